// `npm run size`: gzip sizes of what Outlook downloads on every send (the event script)
// and when the pane opens, against budgets; exits 1 over budget or when a bundle is missing.
// Over budget, it lists the biggest inputs from the build's esbuild metafile.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { META_DIR } from "./build.mjs";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

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
  // organizer and rooms, and each rule's attendee wording in both languages (1.7 KB).
  { name: "launchevent.js", match: /^launchevent\.js$/, kb: 56 },
  // The pane's stylesheet counts with its script: moving styles out of the bundle must not hide growth.
  // 155 KB until addressee-mismatch joined (4.6 KB) and the Unicode confusables (0.7 KB), then
  // meeting requests: the attendee wording and the pane on a meeting's organizer form (1.9 KB).
  { name: "taskpane js+css", match: /^taskpane.*\.(js|css)$/, kb: 164 },
  { name: "suffix list", match: /^public-suffix-list\..*\.txt$/, kb: 30 },
  // ~11,800 Japanese surnames with readings (scripts/surname-readings.cjs), 73 KB: fetched once and cached.
  { name: "surname table", match: /^surname-readings\..*\.txt$/, kb: 80 },
];

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Minified bytes per npm package (or source folder) in one bundle, biggest first. */
function biggestInputs(file, count) {
  const metaFile = join(META_DIR, `${file}.json`);
  if (!existsSync(metaFile)) return [];
  const outputs = JSON.parse(readFileSync(metaFile, "utf8")).outputs;
  const byPackage = new Map();
  for (const output of Object.values(outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
      const key = pkg ? pkg[1] : input.split("/").slice(0, 2).join("/");
      byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, count);
}

const names = existsSync(dist) ? readdirSync(dist) : [];
let failed = false;
console.log(`${"bundle".padEnd(16)}${"gzip".padStart(10)}${"budget".padStart(10)}`);
for (const budget of BUDGETS) {
  const files = names.filter((name) => budget.match.test(name));
  if (files.length === 0) {
    console.log(`${budget.name.padEnd(16)}${"missing".padStart(10)}${`${budget.kb} KB`.padStart(10)}  run npm run build`);
    failed = true;
    continue;
  }
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
  const over = bytes > budget.kb * 1024;
  console.log(`${budget.name.padEnd(16)}${kb(bytes).padStart(10)}${`${budget.kb} KB`.padStart(10)}${over ? "  OVER BUDGET" : ""}`);
  if (over) {
    failed = true;
    for (const file of files) {
      for (const [input, size] of biggestInputs(file, 6)) console.log(`    ${file}: ${input} ${kb(size)} minified`);
    }
  }
}
if (failed) process.exitCode = 1;
