/**
 * The first send's own work, with nothing of a browser around it: the built event script
 * (dist/launchevent.js) and, beside it, the stand-in (bench/stand-in.ts), each loaded into a
 * fresh Node process per run (a new V8, nothing compiled before) with the cold-start bench's
 * fake Outlook (bench/cold-start-host.ts), which presses Send as soon as the handler is
 * registered and then once more. The policy and data files come from dist/ a few ms after they
 * are asked for. Timed from each press to its answer. No CPU slowdown and no network: what is
 * left is the send's code running cold, measured to a few percent where the Chromium figures
 * (bench/cold-start.mjs) move by ±15% between runs of the same build.
 *
 * `node bench/cold-send-node.mjs [--runs N]` prints the figures (medians of N runs, 30 by default).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { require as tsRequire } from "tsx/cjs/api";
import { bundle } from "./cold-start.mjs";

const { median } = tsRequire("./stats.ts", import.meta.url);

/** How long the fake server takes to answer a fetch, and then to hand over its text. */
export const FETCH_MS = 5;

/** What one run does in its own process: the host, then the script, then waits for both sends. */
const RUN_SCRIPT = `
const vm = require("node:vm");
const fs = require("node:fs");
const [hostFile, scriptFile, draftFile, dist, fetchMs] = process.argv.slice(2);
globalThis.window = globalThis;
globalThis.location = { href: "https://bench.invalid/" };
globalThis.presendBenchDraft = JSON.parse(fs.readFileSync(draftFile, "utf8"));
globalThis.presendBenchHostLatencyMs = 0;
const later = (value) => new Promise((resolve) => setTimeout(() => resolve(value), Number(fetchMs)));
globalThis.fetch = (url) => {
  const file = dist + "/" + String(url).split("/").pop();
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  return later({ ok: text !== undefined, status: text === undefined ? 404 : 200, headers: { get: () => "text/plain" }, text: () => later(text) });
};
const log = console.log;
console.log = (message) => {
  if (message !== "presend-bench: sends decided") return;
  log(JSON.stringify(window.presendBenchSends));
};
vm.runInThisContext(fs.readFileSync(hostFile, "utf8"), { filename: "office.js" });
vm.runInThisContext(fs.readFileSync(scriptFile, "utf8"), { filename: "launchevent.js" });
`;

/**
 * Medians over `runs` processes each, Presend's and the stand-in's taking turns:
 * `{ presend, standIn }`, each `{ cold, warm }` in ms (the first send's press to its answer,
 * the second's).
 */
export async function measureColdSendInNode(root, { runs = 30 } = {}) {
  const folder = mkdtempSync(join(tmpdir(), "presend-cold-send-"));
  try {
    const { benchDraftSpec } = tsRequire(join(root, "bench/handler.ts"), import.meta.url);
    const write = (name, text) => {
      writeFileSync(join(folder, name), text);
      return join(folder, name);
    };
    const runScript = write("run.cjs", RUN_SCRIPT);
    const host = write("office.js", await bundle(join(root, "bench/cold-start-host.ts"), "es2020"));
    const draft = write("draft.json", JSON.stringify(benchDraftSpec("confirm")));
    const scripts = {
      presend: join(root, "dist", "launchevent.js"),
      standIn: write("stand-in.js", await bundle(join(root, "bench/stand-in.ts"), "es2016")),
    };
    const times = { presend: [], standIn: [] };
    for (let run = 0; run < runs; run++) {
      for (const which of Object.keys(scripts)) {
        const output = execFileSync(process.execPath, [runScript, host, scripts[which], draft, join(root, "dist"), String(FETCH_MS)], { encoding: "utf8" });
        const sends = JSON.parse(output.trim().split("\n").pop());
        times[which].push({ cold: sends[0].decided - sends[0].start, warm: sends[1].decided - sends[1].start });
      }
    }
    const summary = (list) => ({ cold: median(list.map((t) => t.cold)), warm: median(list.map((t) => t.warm)) });
    return { presend: summary(times.presend), standIn: summary(times.standIn), runs };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const runsAt = process.argv.indexOf("--runs");
  const result = await measureColdSendInNode(root, runsAt > 0 ? { runs: Number(process.argv[runsAt + 1]) } : {});
  console.log(`cold send: Presend ${result.presend.cold.toFixed(1)} ms, stand-in ${result.standIn.cold.toFixed(1)} ms (the policy's ${FETCH_MS}+${FETCH_MS} ms)`);
  console.log(`warm send: Presend ${result.presend.warm.toFixed(1)} ms, stand-in ${result.standIn.warm.toFixed(1)} ms`);
}
