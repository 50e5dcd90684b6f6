// Gzip budgets of what Outlook downloads, shared by the build (webpack.config.js fails
// over them) and `npm run size` (which also names what makes a bundle big): of all the files
// a budget matches together, or of each (`each`) where a send fetches only some of them.
"use strict";
const { gzipSync } = require("node:zlib");

// The event script loads inside the 5-second Smart Alerts budget, so it is kept small; the
// pane's script loads each time the user opens Presend. Data both need (the Public Suffix
// List) is a separate file they fetch beside the policy, cached once for both: it has its
// own budget, so moving code into "data" cannot hide growth.
const BUDGETS = [
  // 40 KB until the compose snapshot and the recipient memory (DESIGN §1a) joined the same
  // script, as Outlook requires of every event of one add-in (3.2 KB), and the handler learnt
  // to refuse unsafe policies and every .jp suffix rule (2.1 KB), then the invalid-address rule,
  // the delivery delay in the alert and its plain line for an unusable policy (0.9 KB), and
  // addressee-mismatch (DESIGN §3: its greeting reader, the memory's names and the surname
  // table's loader) joined: 4.9 KB, the table itself being fetched data; then lookalike-domain's
  // confusables generated from Unicode's table (0.7 KB): 52.4 KB in all. Then meeting requests
  // (OnAppointmentSend, DESIGN §1a), which must share the script too: reading attendees, the
  // organizer and rooms, and each rule's attendee wording in both languages (1.8 KB): 54.0 KB.
  // Then the cold start (issue 13): data files searched as fetched, the build's validation of
  // config/policy.json written in so the first send builds no validator, the policy and suffix
  // list asked for as the script loads, the surname table only when a name is greeted (1.3 KB).
  // Then the built-in suffix rules' gaps (1.1 KB), which spare most first sends the download of
  // the full list: 56.9 KB. Then judging the draft with the build's policy while the published
  // one is on its way (0.2 KB), which takes the rules off a warm send's wait: 57.1 KB. Then
  // passing over the mailbox providers no recipient domain could meet and searching short
  // texts one term at a time (0.5 KB), which cut a first send's own work by a third: 57.6 KB.
  // Then the surname table in parts (0.7 KB: asking a draft's names of the table before it is
  // judged, and fetching the shards they fall in), which spares a send 70 KB of download: 58.3 KB.
  // Then valibot in place of zod/mini for the policy's validator (6.1 KB less): 52.2 KB.
  { name: "launchevent.js", match: /^launchevent\.js$/, kb: 53 },
  // The pane's stylesheet counts with its script: moving styles out of the bundle must not hide growth.
  // 155 KB until addressee-mismatch joined (4.6 KB) and the Unicode confusables (0.7 KB); 154.7 KB
  // once terser minified it under webpack, then meetings in the pane (2.0 KB): 156.7 KB; then
  // valibot in place of zod/mini (4.0 KB less): 152.7 KB.
  { name: "taskpane js+css", match: /^taskpane.*\.(js|css)$/, kb: 154 },
  { name: "suffix list", match: /^public-suffix-list\..*\.txt$/, kb: 30 },
  // ~11,000 Japanese surnames with readings (scripts/surname-readings.cjs), fetched once and cached:
  // 73 KB by reading, 96 KB since it is sorted both by surname and by reading key so the handler
  // searches it as fetched (reading it into maps cost ~200 ms of a cold send on a slow CPU).
  { name: "surname table", match: /^surname-readings\.[0-9a-f]{10}\.txt$/, kb: 100 },
  // The same table in parts for the event runtime (src/office/surname-source.ts): every reading
  // key, asked for as the script loads, and the shards of surnames by their first character, of
  // which a send fetches those its draft's names fall in (each with IPADIC's notice, ~1.9 KB).
  { name: "surname keys", match: /^surname-readings\.[0-9a-f]{10}00\.txt$/, kb: 26 },
  { name: "surname shard", match: /^surname-readings\.[0-9a-f]{10}(0[1-9a-f]|[1-9a-f][0-9a-f])\.txt$/, kb: 8, each: true },
];

/**
 * The gzip bytes a budget counts of its files (`bytesOf(file)`: one file's contents): all of
 * them together, or the largest one for a budget of `each`.
 */
function budgetedBytes(budget, files, bytesOf) {
  const sizes = files.map((file) => gzipSync(bytesOf(file), { level: 9 }).length);
  return budget.each ? Math.max(0, ...sizes) : sizes.reduce((sum, size) => sum + size, 0);
}

module.exports = { BUDGETS, budgetedBytes };
