// Bundles the command line (src/cli/index.ts) into dist/cli.js, which bin/presend.js runs.
// Runs on `npm install` (prepare) so `npx presend` works in a fresh clone; scripts/build.mjs calls buildCli().
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function buildCli() {
  await build({
    entryPoints: [path.join(root, "src/cli/index.ts")],
    outfile: path.join(root, "dist/cli.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "warning",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCli().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
