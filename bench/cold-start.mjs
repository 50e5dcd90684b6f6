/**
 * Cold start of the send check (issue 13 §4): the built event runtime page
 * (dist/launchevent.html and launchevent.js) in headless Chromium with the CPU
 * slowed 4× and a 20 Mbit/s, 50 ms network, against a fake Outlook
 * (bench/cold-start-host.ts in place of office.js) that presses Send as soon as
 * the handler is registered; or, with `--office-js real`, after Microsoft's office.js,
 * once that has also loaded and run its Outlook scripts, as Outlook sends no event
 * before (the stub's press is the worst case: all of the script's loading shows in
 * the decision, where in Outlook most of it overlaps office.js's). Timed from the
 * runtime's navigation start to event.completed: cold (a fresh browser context, nothing cached or compiled)
 * and warm (a second send in the same runtime, from that press to its answer).
 * Beside it the same page with a stand-in script (bench/stand-in.ts) that only
 * reads the draft and fetches the policy: what any send check pays. The draft greets
 * no one by name; Presend is also timed on the same draft opening with 「藤田様」, for which
 * it fetches the surname table too. "Script alone" is Presend's script loaded with the
 * stand-in's script after it, whose handler answers, and Presend's early requests held back
 * (they never reach the network): what compiling and running the script's code costs a
 * send before any of its requests or checks. The stand-in's page is Presend's with only the
 * preloads of files the stand-in asks for (its script). Files are served
 * as a static host would: by sirv, gzip-compressed, with ETags.
 *
 * `node bench/cold-start.mjs [--host-latency MS] [--runs N] [--seed S] [--office-js fake|real] [--against DIST] [--json]` prints the figures
 * (the fake Outlook answering each call at once, or after MS; medians of N rounds, 20 by default,
 * the pages taking their turns in an order drawn anew each round from the seed S, 1 by default):
 * each page's time and its ratio to the stand-in's, the median over rounds of the ratio within
 * each round with the interval that holds the true median with 95% in brackets (bench/stats.ts;
 * at 20 rounds about the middle half of them), and where a cold run's time went (when the handler was
 * registered, and the first send from its press). `--against DIST` times another build's dist/
 * folder (a worktree's, say) in the same rounds on the same drafts: the way to see whether a
 * change helps, since two runs of one build differ by up to 0.2×; one that the interval of
 * this build over the other holds 1.00× in is not told apart (a build timed against itself,
 * 20 rounds of shuffled orders: 0.99×, 95%: 0.86–1.05). `--json` prints measureColdStart's
 * result instead. `--profile FILE` also writes
 * the CPU profile of one cold Presend run (open it in Chrome's DevTools) and
 * prints the functions with the most self time.
 */
import { build } from "esbuild";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import sirv from "sirv";
import { require as tsRequire } from "tsx/cjs/api";

const require = createRequire(import.meta.url);
const { CHROMIUM, CHROMIUM_ARGS } = require("../scripts/chromium.cjs");
const { median, medianInterval, seededRandom, shuffled } = tsRequire("./stats.ts", import.meta.url);

export { CHROMIUM };

const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/**
 * --office-js real: Microsoft's office.js (@microsoft/office-js) in front of the fake Outlook. In
 * Outlook on the web the event runtime's page address says the host (`_host_Info`), and office.js
 * asks for that host's script and its strings and runs them before Outlook can send an event;
 * it also asks for MicrosoftAjax.js from the ASP.NET CDN, which is not in the package: the page
 * (http, no CDN here) fails to load it, so that script's ~100 KB are left out of the model.
 */
const OFFICE_JS_DIST = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const OFFICE_JS_SCRIPTS = ["outlook-web-16.01.js", "ja-jp/office_strings.js"];
const HOST_INFO = "?_host_Info=Outlook$Web$16.01$ja-JP$$$$0";
export const CPU_SLOWDOWN = 4;
export const NETWORK = { latencyMs: 50, megabitsPerSecond: 20 };
/** What bench/cold-start-host.ts logs once both sends are decided. */
const DONE_MESSAGE = "presend-bench: sends decided";
/** What the stand-in's page keeps of Presend's preloads: the files the stand-in asks for. */
const STAND_IN_PRELOADS = ["launchevent.js"];
/** What dist/ must hold for the measurement. */
/**
 * cold: a new runtime in a new browser (nothing cached); warm: the same runtime's second send;
 * returning: a new runtime where Outlook ran it before (the HTTP cache and V8's code cache hold
 * the files, each revalidated), Presend's and the stand-in's.
 */
const KINDS = ["cold", "warm", "returning"];
/**
 * Where a cold run's time went (medians only): when the page's script had its OnMessageSend
 * handler associated (loading, compiling and running it: the fake Outlook presses Send at
 * once; with the real office.js, once its Outlook scripts have run too, officeLoaded), and the
 * first send from that press to its answer.
 */
const PHASES = ["registered", "officeLoaded", "firstSend"];
const RETURNING_PAGES = ["presend", "standIn"];
const RETURNING_VISITS = 2;

/** The seed of the rounds' orders by default (--seed): the same orders on every run. */
const ORDER_SEED = 1;

/** Rounds by default: the interval that holds the median with 95% is then from the 6th to the 15th (nine: the 2nd to the 8th). */
const COLD_START_ROUNDS = 20;

export const COLD_START_FILES = ["launchevent.html", "launchevent.js", "policy.json"];

export async function bundle(entry, target) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: "iife", target, write: false, logLevel: "silent" });
  return result.outputFiles[0].text;
}

/** Where a page's files are served: Presend's at the root, the others each in a folder named after it. */
const pageFolder = (which) => (which === "presend" ? "/" : `/${which}/`);

/**
 * The pages' files, by path (Presend's page at /launchevent.html, the stand-in's at
 * /standIn/launchevent.html: pageFolder), with the policy and the data files beside each,
 * where the scripts fetch them (bench/cold-start-host.ts points publicUrl at the page's
 * origin); and the pages' names. With `realOfficeJs`, each page's office.js is Microsoft's
 * followed by the fake Outlook, and its Outlook scripts lie beside each page (OFFICE_JS_SCRIPTS).
 */
async function files(root, hostLatencyMs, againstDist, realOfficeJs) {
  const dist = join(root, "dist");
  const { benchDraftSpec } = tsRequire(join(root, "bench/handler.ts"), import.meta.url);
  const hostScript = await bundle(join(root, "bench/cold-start-host.ts"), "es2020");
  const draft = benchDraftSpec("confirm");
  // With the real office.js, it runs first and asks for its Outlook scripts; the fake Outlook then takes its place.
  const officeJs = realOfficeJs ? `${readFileSync(join(OFFICE_JS_DIST, "office.js"), "utf8")}\n` : "";
  // …beside each page, where office.js asks for them.
  const officeScripts = realOfficeJs ? OFFICE_JS_SCRIPTS.map((file) => [file, readFileSync(join(OFFICE_JS_DIST, file), "utf8")]) : [];
  const hostFor = (spec, { quietUntilSend = false } = {}) =>
    `${officeJs}window.presendBenchDraft = ${JSON.stringify(spec)};\nwindow.presendBenchHostLatencyMs = ${hostLatencyMs};\n` +
    `window.presendBenchQuietUntilSend = ${quietUntilSend};\n` +
    `window.presendBenchOfficeScripts = ${JSON.stringify(realOfficeJs ? OFFICE_JS_SCRIPTS : [])};\n${hostScript}`;
  const host = hostFor(draft);
  const script = readFileSync(join(dist, "launchevent.js"), "utf8");
  const standIn = await bundle(join(root, "bench/stand-in.ts"), "es2016");
  // A build's page, with the fake host where office.js would load from its CDN.
  const pageOf = (folder) => readFileSync(join(folder, "launchevent.html"), "utf8").replace(OFFICE_JS_URL, "office.js");
  // The files beside a build's page: the policy and the data files its script fetches, and office.js's scripts.
  const dataFilesOf = (folder) =>
    readdirSync(folder)
      .filter((file) => file === "policy.json" || file.endsWith(".txt"))
      .map((file) => [file, readFileSync(join(folder, file), "utf8")])
      .concat(officeScripts);
  const page = pageOf(dist);
  // The stand-in's page: the same, preloading only what the stand-in asks for (its script).
  const standInPage = page.replace(/\n[ \t]*<link rel="preload" href="([^"]+)"[^>]*>/g, (link, href) =>
    STAND_IN_PRELOADS.includes(href) ? link : "",
  );
  const greetedHost = hostFor({ ...draft, body: `藤田様\n\n${draft.body}` });
  const pageFiles = {
    presend: { page, host, script },
    greeted: { page, host: greetedHost, script },
    // Presend's early requests never answer: the stand-in fetches what it needs itself. The
    // host presses Send on the handler associated last: the stand-in's.
    scriptAlone: { page: standInPage, host: hostFor(draft, { quietUntilSend: true }), script: `${script}\n${standIn}` },
    standIn: { page: standInPage, host, script: standIn },
  };
  // Another build of Presend on the same drafts, to compare with this one (--against).
  if (againstDist) {
    const other = { page: pageOf(againstDist), script: readFileSync(join(againstDist, "launchevent.js"), "utf8"), data: dataFilesOf(againstDist) };
    pageFiles.against = { ...other, host };
    pageFiles.againstGreeted = { ...other, host: greetedHost };
  }
  const dataFiles = dataFilesOf(dist);
  const out = new Map([["/blank.html", "<!doctype html><title>blank</title>"]]);
  // Each page in a folder of its own with the files beside it, where its preloads and fetches ask.
  for (const [which, { page, host, script, data }] of Object.entries(pageFiles)) {
    const folder = pageFolder(which);
    out.set(`${folder}launchevent.html`, page).set(`${folder}office.js`, host).set(`${folder}launchevent.js`, script);
    for (const [file, text] of data || dataFiles) out.set(`${folder}${file}`, text);
  }
  return { paths: out, pages: Object.keys(pageFiles) };
}

/**
 * Serves `files` as the admin guide has a host do (docs/admin.md §3): with sirv, from a folder
 * holding each file and its gzip (sent to browsers that accept it), with ETags (a revalidation
 * answers 304), `Cache-Control: no-cache`, and the data files whose names carry their content's
 * hash cached for good. Returns the server and the folder to remove.
 */
function serve(files) {
  const folder = mkdtempSync(join(tmpdir(), "presend-cold-start-"));
  for (const [path, text] of files) {
    const file = join(folder, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    writeFileSync(`${file}.gz`, gzipSync(text));
  }
  const cacheControl = (path) => (/\.[0-9a-f]+\.txt$/.test(path) ? "public, max-age=31536000, immutable" : "no-cache");
  const serveFolder = sirv(folder, { gzip: true, etag: true, setHeaders: (response, path) => response.setHeader("Cache-Control", cacheControl(path)) });
  return { server: createServer(serveFolder), folder };
}

/**
 * One runtime: a fresh context (empty cache), a blank page of the same origin (so the
 * page's renderer keeps the slowed CPU), then the page. Returns the cold decision (ms
 * from navigation start) and the warm one (ms from the second press), and the CPU profile if asked.
 */
async function runOnce(browser, url, { profile = false, earlierVisits = 0 } = {}) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL("/blank.html", url).href);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await cdp.send("Network.enable");
    const bytesPerSecond = (NETWORK.megabitsPerSecond * 1e6) / 8;
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: NETWORK.latencyMs,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    if (profile) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
    }
    // The host says when both sends are decided: waiting for that message needs nothing from the page meanwhile.
    const visit = async () => {
      const done = page.waitForEvent("console", { predicate: (message) => message.text() === DONE_MESSAGE, timeout: 60000 });
      await page.goto(url);
      await done;
    };
    // A returning user's runtime: Outlook started it before, so the HTTP cache and V8's code cache hold the files.
    for (let visitsLeft = earlierVisits; visitsLeft > 0; visitsLeft--) {
      await visit();
      await page.goto(new URL("/blank.html", url).href);
    }
    await visit();
    const { sends, registered, officeLoaded } = await page.evaluate(() => ({
      sends: window.presendBenchSends,
      registered: window.presendBenchRegistered,
      officeLoaded: window.presendBenchOfficeLoaded,
    }));
    const result = {
      cold: sends[0].decided,
      warm: sends[1].decided - sends[1].start,
      registered,
      ...(officeLoaded === undefined ? {} : { officeLoaded }),
      firstSend: sends[0].decided - sends[0].start,
      allowEvent: sends[0].allowEvent,
    };
    if (profile) result.profile = (await cdp.send("Profiler.stop")).profile;
    return result;
  } finally {
    await context.close();
  }
}

/** A ratio as printed: its median over the rounds, then the interval that holds the true median with 95% (none under six rounds). */
export function formatRatio({ median, interval }) {
  return `${median.toFixed(2)}×${interval ? ` (95%: ${interval.low.toFixed(2)}–${interval.high.toFixed(2)})` : ""}`;
}

/** Where a page's cold time went, as printed: `{ registered, officeLoaded, firstSend }` of its medians, `ms` formatting each. */
export function formatPhases({ registered, officeLoaded, firstSend }, ms = (value) => `${value.toFixed(0)} ms`) {
  return `handler at ${ms(registered)}${officeLoaded === undefined ? "" : `, office.js's scripts run at ${ms(officeLoaded)}`}, first send ${ms(firstSend)}`;
}

/**
 * Medians over `runs` runtimes each, the pages taking turns in a new order each round, drawn
 * from `seed` (after one warm-up round for the browser): `{ presend, greeted, scriptAlone, standIn, runs }` (and
 * `against` and `againstGreeted`, another build's dist/ folder on the same drafts, when given), each
 * `{ cold, warm, registered, officeLoaded, firstSend }` in ms (PHASES: where the cold time went; officeLoaded
 * with the real office.js only) and `allowEvent`, each round's first answer; `ratios`,
 * each page's time over the stand-in's in the same round (so that the
 * machine's slower and faster spells cancel), as `{ cold, warm }` of `{ median, interval }`
 * (interval: bench/stats.ts medianInterval, undefined under six rounds); and `profile` (one cold Presend run's CPU profile) when asked; with `against`,
 * `overOther`: this build's cold time over the other's in the same round, for the plain and the
 * greeted draft (the same shape). The fake Outlook answers each call after `hostLatencyMs`.
 */
export async function measureColdStart(root, { runs = COLD_START_ROUNDS, profile = false, hostLatencyMs = 0, against, seed = ORDER_SEED, realOfficeJs = false } = {}) {
  const { paths, pages: names } = await files(root, hostLatencyMs, against, realOfficeJs);
  const { server, folder } = serve(paths);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = require("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const pages = Object.fromEntries(names.map((which) => [which, `${origin}${pageFolder(which)}launchevent.html${realOfficeJs ? HOST_INFO : ""}`]));

  try {
    const times = Object.fromEntries(Object.keys(pages).map((which) => [which, []]));
    // Each page's cold runtime and, for some, a returning one: the round's trials, in a new order each round.
    const trials = Object.keys(pages).flatMap((which) => [{ which }, ...(RETURNING_PAGES.includes(which) ? [{ which, returning: true }] : [])]);
    const random = seededRandom(seed);
    for (let round = 0; round <= runs; round++) {
      const roundRuns = {};
      const returning = {};
      for (const { which, returning: isReturning } of shuffled(trials, random)) {
        if (isReturning) returning[which] = (await runOnce(browser, pages[which], { earlierVisits: RETURNING_VISITS })).cold;
        else roundRuns[which] = await runOnce(browser, pages[which]);
      }
      if (round > 0) for (const which of Object.keys(pages)) times[which].push({ ...roundRuns[which], ...(which in returning ? { returning: returning[which] } : {}) });
    }
    const measured = (list, names) => names.filter((name) => list[0][name] !== undefined);
    const kindsOf = (list) => measured(list, KINDS);
    const summary = (list) => ({
      ...Object.fromEntries([...kindsOf(list), ...measured(list, PHASES)].map((kind) => [kind, median(list.map((run) => run[kind]))])),
      // What each round's first send answered: a check that the page's handler judged the draft.
      allowEvent: list.map((run) => run.allowEvent),
    });
    const result = { ...Object.fromEntries(Object.entries(times).map(([which, list]) => [which, summary(list)])), runs };
    const spread = (ratios) => ({ median: median(ratios), interval: medianInterval(ratios) });
    // Each round's time over the same round's on another page (the stand-in's unless said).
    const roundRatios = (list, kind, over = times.standIn) => list.map((run, round) => run[kind] / over[round][kind]);
    result.ratios = Object.fromEntries(
      Object.entries(times)
        .filter(([which]) => which !== "standIn")
        .map(([which, list]) => [which, Object.fromEntries(kindsOf(list).map((kind) => [kind, spread(roundRatios(list, kind))]))]),
    );
    // This build over the other, round by round: what a change did, with the machine's spells cancelled twice over.
    if (against) {
      const overOther = (which, other) => spread(roundRatios(times[which], "cold", times[other]));
      result.overOther = { presend: overOther("presend", "against"), greeted: overOther("greeted", "againstGreeted") };
    }
    if (profile) result.profile = (await runOnce(browser, pages.presend, { profile: true })).profile;
    return result;
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The functions with the most self time in a CPU profile: `[{ name, url, line, ms }]`. */
export function topSelfTime(profile, count = 25) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byNode.get(profile.samples[i]);
    const frame = node.callFrame;
    const key = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(key, (self.get(key) || 0) + profile.timeDeltas[i] / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => ({ name, ms }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  if (!COLD_START_FILES.every((file) => existsSync(join(root, "dist", file)))) throw new Error("run npm run build first");
  const at = process.argv.indexOf("--profile");
  const profileFile = at > 0 ? process.argv[at + 1] : undefined;
  const latencyAt = process.argv.indexOf("--host-latency");
  const hostLatencyMs = latencyAt > 0 ? Number(process.argv[latencyAt + 1]) : 0;
  const runsAt = process.argv.indexOf("--runs");
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : undefined;
  if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1)) throw new Error(`--runs ${process.argv[runsAt + 1]}: expected a whole number of rounds, 1 or more`);
  const seedAt = process.argv.indexOf("--seed");
  const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : undefined;
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`--seed ${process.argv[seedAt + 1]}: expected a whole number`);
  const officeJsAt = process.argv.indexOf("--office-js");
  const officeJs = officeJsAt > 0 ? process.argv[officeJsAt + 1] : "fake";
  if (officeJs !== "fake" && officeJs !== "real") throw new Error(`--office-js ${officeJs}: expected fake or real`);
  const againstAt = process.argv.indexOf("--against");
  const against = againstAt > 0 ? resolve(process.argv[againstAt + 1]) : undefined;
  if (against && !COLD_START_FILES.every((file) => existsSync(join(against, file)))) throw new Error(`--against ${against}: expected a build's dist/ folder`);
  const result = await measureColdStart(root, { profile: !!profileFile, hostLatencyMs, runs, against, seed, realOfficeJs: officeJs === "real" });
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ ...result, profile: undefined }));
    process.exit(0);
  }
  for (const kind of KINDS) {
    const versus = (which) => `${result[which][kind].toFixed(0)} ms, ${formatRatio(result.ratios[which][kind])}`;
    const otherBuild = () => (against ? `; the other build ${versus("against")}, greeting a name ${versus("againstGreeted")}` : "");
    const others = kind === "returning" ? "" : `; greeting a name ${versus("greeted")}; script alone ${versus("scriptAlone")}${otherBuild()}`;
    console.log(`${kind}: Presend ${versus("presend")}, stand-in ${result.standIn[kind].toFixed(0)} ms${others}`);
  }
  const compared = ["presend", "greeted", "standIn", ...(against ? ["against", "againstGreeted"] : [])];
  if (against) console.log(`cold, this build over the other in the same rounds: ${formatRatio(result.overOther.presend)}; greeting a name ${formatRatio(result.overOther.greeted)}`);
  console.log(`cold, where the time went: ${compared.map((which) => `${which} ${formatPhases(result[which])}`).join("; ")}`);
  if (profileFile) {
    writeFileSync(profileFile, JSON.stringify(result.profile));
    for (const { name, ms } of topSelfTime(result.profile)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  }
}
