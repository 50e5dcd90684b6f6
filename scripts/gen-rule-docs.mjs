#!/usr/bin/env node
/**
 * Writes docs/rules/<id>.md for every registered rule and docs/rules/README.md.
 * The generator is TypeScript (src/docs/rule-docs.ts): it, the registry and
 * every case table are loaded as they are through tsx.
 *
 *   npm run docs:rules            write the pages (and delete pages of removed rules)
 *   npm run docs:rules -- --check exit 1 if a committed page is missing or stale
 */
// The project's TypeScript modules are loaded as they are, through tsx.
import { require as tsRequire } from "tsx/cjs/api";
import { readFileSync, readdirSync, rmSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

/** The generator, the registry and each case table by rule id, loaded through tsx. */
function loadGenerator() {
  const caseIds = readdirSync(join(root, "src/rules"))
    .filter((file) => file.endsWith(".cases.ts"))
    .map((file) => file.slice(0, -".cases.ts".length))
    .sort();
  const casesById = Object.fromEntries(caseIds.map((id) => [id, tsRequire(`../src/rules/${id}.cases.ts`, import.meta.url).default]));
  return {
    ...tsRequire("../src/docs/rule-docs.ts", import.meta.url),
    ...tsRequire("../src/rules/index.ts", import.meta.url),
    ...tsRequire("../src/engine/surnames.ts", import.meta.url),
    casesById,
  };
}

const { renderRuleDocs, RULE_DOCS_DIR, allRules, ruleDocs, casesById, SurnameReadings, romajiKey, surnameShardOf } = loadGenerator();
// The case tables are written for the add-in with its surname table loaded, as the tests run them.
const surnames = new SurnameReadings(createRequire(import.meta.url)("./surname-readings.cjs").surnameReadingsText(romajiKey, surnameShardOf).text);
const files = renderRuleDocs(allRules, ruleDocs, (id) => casesById[id], surnames);
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
