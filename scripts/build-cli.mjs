// Bundles the command line (src/cli/index.ts) into dist/cli.js, which bin/presend.js runs:
// the "cli" configuration of webpack.config.js alone, leaving the rest of dist/ as it is.
// Runs on `npm install` (prepare) so `npx presend` works in a fresh clone.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

export async function buildCli() {
  const webpack = require("webpack");
  const configs = await require(path.join(root, "webpack.config.js"))({ WEBPACK_BUILD: true }, { configName: ["cli"] });
  const config = configs.find((c) => c.name === "cli");
  const stats = await new Promise((resolve, reject) => {
    webpack(config, (error, result) => (error ? reject(error) : resolve(result)));
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ preset: "errors-only", colors: false }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCli().catch((error) => {
    if (error?.code === "MODULE_NOT_FOUND" && /'(webpack|esbuild|esbuild-loader)'/.test(String(error.message))) {
      // `npm install --omit=dev` runs prepare without dev dependencies: installing must not fail for that.
      console.warn("build-cli: webpack is not installed, dist/cli.js not built (npx presend will say so).");
      return;
    }
    console.error(error);
    process.exitCode = 1;
  });
}
