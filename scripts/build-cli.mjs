// Bundles the command line (src/cli/index.ts) into dist/cli.js, which bin/presend.js runs.
// Runs on `npm install` (prepare) so `npx presend` works in a fresh clone; scripts/build.mjs calls buildCli().
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Writes cli.js into `outDir` (dist/ by default: bin/presend.js runs it from there). */
export async function buildCli(outDir = path.join(root, "dist")) {
  const { build } = await import("esbuild");
  const require = createRequire(import.meta.url);
  const { publicSuffixListText } = require("./public-suffix-list.cjs");
  const { surnameReadingsText } = require("./surname-readings.cjs");
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  await build({
    entryPoints: [path.join(root, "src/cli/index.ts")],
    outfile: path.join(outDir, "cli.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles.
    mainFields: ["module", "main"],
    define: {
      __PRESEND_SUFFIX_LIST_TEXT__: JSON.stringify(publicSuffixListText().text),
      __PRESEND_SURNAME_READINGS_TEXT__: JSON.stringify(surnameReadingsText().text),
      __PRESEND_VERSION__: JSON.stringify(version),
    },
    logLevel: "warning",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCli().catch((error) => {
    if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("esbuild")) {
      // `npm install --omit=dev` runs prepare without dev dependencies: installing must not fail for that.
      console.warn("build-cli: esbuild is not installed, dist/cli.js not built (npx presend will say so).");
      return;
    }
    console.error(error);
    process.exitCode = 1;
  });
}
