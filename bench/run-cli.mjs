/** Runs dist/cli.js in a child, for the bench: wall time, the child's peak RSS and its output. */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

/**
 * Resolves with `{ seconds, maxRssBytes, code, stdout, stderr }`; the peak RSS is read by the
 * child itself as it exits (fd 3), so it is the command's own, not a wrapper's.
 */
export function runCli(cli, argv) {
  const exitHook = `process.on("exit", () => require("node:fs").writeSync(3, String(process.resourceUsage().maxRSS)));`;
  // process.argv of `node -e … cli.js a b` is [node, cli.js, a, b]: the placeholder stands where the script path would be.
  const args = ["-e", `${exitHook} require(${JSON.stringify(cli)});`, "cli.js", ...argv];
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe", "pipe"] });
    const out = { stdout: "", stderr: "", rss: "" };
    child.stdout.on("data", (chunk) => (out.stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk) => (out.stderr += chunk.toString("utf8")));
    child.stdio[3].on("data", (chunk) => (out.rss += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - began) / 1000;
      resolve({ seconds, maxRssBytes: Number(out.rss) * 1024, code, stdout: out.stdout, stderr: out.stderr });
    });
  });
}
