#!/usr/bin/env node
/**
 * Writes docs/rules/<id>.md for every registered rule and docs/rules/README.md.
 * The generator is TypeScript (src/docs/rule-docs.ts): esbuild bundles it with
 * the registry and every case table into a temporary CommonJS file, which is
 * then loaded here; no TypeScript runner is needed.
 *
 *   npm run docs:rules            write the pages (and delete pages of removed rules)
 *   npm run docs:rules -- --check exit 1 if a committed page is missing or stale
 */
import { build } from "esbuild";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

/** An entry module that imports the generator, the registry and each case table by name. */
function entrySource() {
  const caseIds = readdirSync(join(root, "src/rules"))
    .filter((file) => file.endsWith(".cases.ts"))
    .map((file) => file.slice(0, -".cases.ts".length))
    .sort();
  const imports = caseIds.map((id, i) => `import cases${i} from "./src/rules/${id}.cases";`);
  const table = caseIds.map((id, i) => `  ${JSON.stringify(id)}: cases${i},`);
  return [
    'export { renderRuleDocs, RULE_DOCS_DIR } from "./src/docs/rule-docs";',
    'export { allRules, ruleDocs } from "./src/rules";',
    'export { SurnameReadings, useSurnameReadings } from "./src/rules/surnames";',
    ...imports,
    `export const casesById = {\n${table.join("\n")}\n};`,
  ].join("\n");
}

async function loadGenerator() {
  const dir = mkdtempSync(join(tmpdir(), "presend-docs-"));
  const outfile = join(dir, "rule-docs.cjs");
  try {
    await build({
      stdin: { contents: entrySource(), resolveDir: root, loader: "ts", sourcefile: "rule-docs-entry.ts" },
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      outfile,
      logLevel: "warning",
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { renderRuleDocs, RULE_DOCS_DIR, allRules, ruleDocs, casesById, SurnameReadings, useSurnameReadings } = await loadGenerator();
// The case tables are written for the add-in with its surname table loaded, as the tests run them.
useSurnameReadings(new SurnameReadings(createRequire(import.meta.url)("./surname-readings.cjs").surnameReadingsText().text));
const files = renderRuleDocs(allRules, ruleDocs, (id) => casesById[id]);
const outDir = join(root, RULE_DOCS_DIR);
const stale = existsSync(outDir)
  ? readdirSync(outDir).filter((file) => file.endsWith(".md") && !(file in files))
  : [];

if (check) {
  const problems = [];
  for (const [file, content] of Object.entries(files)) {
    const path = join(outDir, file);
    if (!existsSync(path)) problems.push(`${RULE_DOCS_DIR}/${file}: missing`);
    else if (readFileSync(path, "utf8") !== content) problems.push(`${RULE_DOCS_DIR}/${file}: out of date`);
  }
  for (const file of stale) problems.push(`${RULE_DOCS_DIR}/${file}: no rule with this id`);
  if (problems.length > 0) {
    console.error(`${problems.join("\n")}\nRun npm run docs:rules.`);
    process.exit(1);
  }
  console.log(`${RULE_DOCS_DIR}: ${Object.keys(files).length} pages up to date`);
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(outDir, file), content);
  for (const file of stale) rmSync(join(outDir, file));
  const missingCases = allRules.filter((rule) => !casesById[rule.id]).map((rule) => rule.id);
  console.log(`${RULE_DOCS_DIR}: wrote ${Object.keys(files).length} pages for ${allRules.length} rules`);
  if (stale.length > 0) console.log(`removed ${stale.join(", ")}`);
  if (missingCases.length > 0) console.log(`no case table for ${missingCases.join(", ")}`);
}
