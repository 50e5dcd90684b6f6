// `npm run size`: gzip sizes of what Outlook downloads on every send (the event script)
// and when the pane opens, against budgets; exits 1 over budget or when a bundle is missing.
// Over budget, it lists the biggest inputs of the bundle, from what the webpack build
// wrote in .cache/build-meta (webpack.config.js, BudgetPlugin). The build fails over the
// same budgets (scripts/budgets.cjs); this names the culprits.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const META_DIR = join(root, ".cache/build-meta");
const { BUDGETS, budgetedBytes } = createRequire(import.meta.url)("./budgets.cjs");

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Bytes per npm package (or source folder) in one bundle, biggest first: each module as
 * webpack bundled it (types stripped, before tree-shaking and minifying), so a package
 * that is mostly shaken off reads bigger than it ships; the order is what to look at.
 */
function biggestInputs(file, count) {
  const metaFile = join(META_DIR, `${file}.json`);
  if (!existsSync(metaFile)) return [];
  const { inputs } = JSON.parse(readFileSync(metaFile, "utf8"));
  const byPackage = new Map();
  for (const [input, bytes] of Object.entries(inputs ?? {}).filter(([name]) => !name.endsWith(".css"))) {
    const pkg = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = pkg ? pkg[1] : input.split("/").slice(0, 2).join("/");
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytes);
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, count);
}

const names = existsSync(dist) ? readdirSync(dist) : [];
let failed = false;
console.log(`${"bundle".padEnd(20)}${"gzip".padStart(10)}${"budget".padStart(10)}`);
for (const budget of BUDGETS) {
  const files = names.filter((name) => budget.match.test(name));
  if (files.length === 0) {
    console.log(`${budget.name.padEnd(20)}${"missing".padStart(10)}${`${budget.kb} KB`.padStart(10)}  run npm run build`);
    failed = true;
    continue;
  }
  const bytes = budgetedBytes(budget, files, (file) => readFileSync(join(dist, file)));
  const over = bytes > budget.kb * 1024;
  console.log(`${(budget.each ? `${budget.name} (max)` : budget.name).padEnd(20)}${kb(bytes).padStart(10)}${`${budget.kb} KB`.padStart(10)}${over ? "  OVER BUDGET" : ""}`);
  if (over) {
    failed = true;
    for (const file of files) {
      for (const [input, size] of biggestInputs(file, 6)) console.log(`    ${file}: ${input} ${kb(size)} of module source`);
    }
  }
}
if (failed) process.exitCode = 1;
