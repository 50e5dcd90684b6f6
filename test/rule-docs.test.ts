import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as v from "valibot";
import { RULE_DOCS_DIR, renderRuleDocs, renderRulePage } from "../src/docs/rule-docs";
import { stringList, wholeNumber } from "../src/policy/schema";
import type { RuleCases } from "../src/rules/cases";
import { allRules, ruleDocs } from "../src/rules";
import type { AnyRule } from "../src/engine/rule";
import { SURNAMES } from "./support/surnames";

const docsDir = join(__dirname, "..", RULE_DOCS_DIR);
const REGENERATE = "docs/rules is out of date: run `npm run docs:rules` and commit the result";

function casesOf(ruleId: string): RuleCases | undefined {
  const path = join(__dirname, "..", "src", "rules", `${ruleId}.cases.ts`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return existsSync(path) ? (require(path).default as RuleCases) : undefined;
}

const generated = renderRuleDocs(allRules, ruleDocs, casesOf, SURNAMES);

/** Fails with the first line that differs, so a stale page says what changed. */
function expectCurrent(file: string): void {
  const path = join(docsDir, file);
  if (!existsSync(path)) throw new Error(`${RULE_DOCS_DIR}/${file} is missing: ${REGENERATE}`);
  const committed = readFileSync(path, "utf8").split("\n");
  const expected = generated[file].split("\n");
  const line = expected.findIndex((text, i) => committed[i] !== text);
  if (line >= 0 || committed.length !== expected.length) {
    const at = line >= 0 ? line : Math.min(committed.length, expected.length);
    throw new Error(
      `${RULE_DOCS_DIR}/${file} line ${at + 1}: ${REGENERATE}\n  committed: ${committed[at] ?? "(end)"}\n  generated: ${expected[at] ?? "(end)"}`,
    );
  }
}

describe("docs/rules", () => {
  it.each(allRules.map((rule) => [rule.id]))("has a current page for %s", (ruleId) => {
    expectCurrent(`${ruleId}.md`);
  });

  it("has a current index listing every rule", () => {
    expectCurrent("README.md");
    for (const rule of allRules) expect(generated["README.md"]).toContain(`](${rule.id}.md)`);
  });

  it("has no page for a rule that is not registered", () => {
    const pages = readdirSync(docsDir).filter((file) => file.endsWith(".md"));
    expect(pages.filter((file) => !(file in generated))).toEqual([]);
  });
});

describe("rule docs", () => {
  it("come with every registered rule, and only with those", () => {
    expect(Object.keys(ruleDocs).sort()).toEqual(allRules.map((rule) => rule.id).sort());
    for (const docs of Object.values(ruleDocs)) {
      expect(docs.en.trim()).not.toBe("");
      expect(docs.ja.trim()).not.toBe("");
    }
  });

  it("refuse to render a rule without docs", () => {
    const { [allRules[0].id]: _left, ...withoutFirst } = ruleDocs;
    expect(() => renderRuleDocs(allRules, withoutFirst, casesOf, SURNAMES)).toThrow(`rule ${allRules[0].id} has no docs`);
  });
});

describe("rule page generator", () => {
  const sample: AnyRule = {
    id: "sample-rule",
    defaults: { severity: "warn", limit: 3, words: ["a"] },
    options: { limit: v.optional(wholeNumber(1)), words: v.optional(stringList()) },
    messages: ["none"],
    check: () => [],
  };
  const sampleDocs = { en: "Finds samples.", ja: "サンプルを検出します。" };

  it("shows hidden characters in examples instead of letting them reorder the page", () => {
    const cases: RuleCases = {
      valid: [{ name: "right-to-left override", draft: { to: ["a@client.co.jp"], attachments: [{ name: "report\u202Efdp.exe" }] } }],
      invalid: [{ name: "pipe | and <b>tags</b>", draft: { subject: "`tick` | pipe" }, errors: [{ messageId: "none", severity: "warn" }] }],
    };
    const page = renderRulePage(sample, sampleDocs, cases, SURNAMES);
    expect(page).toContain("report\\u202Efdp.exe");
    expect(page).not.toContain("\u202E");
    expect(page).toContain("pipe \\| and \\<b\\>tags\\</b\\>");
    expect(page).toContain("``\"`tick` \\| pipe\"``");
  });

  it("documents every option with its default, and the built-in list note for list options", () => {
    const page = renderRulePage(sample, sampleDocs, undefined, SURNAMES);
    expect(page).toContain("| `severity` | `\"warn\"` | `off`, `warn`, `confirm`, `block` |");
    expect(page).toContain("| `limit` | `3` | whole number ≥ 1 |");
    expect(page).toContain("| `words` | `[\"a\"]` | list of non-empty text |");
    expect(page).toContain('add `"builtIn": false` to use only yours');
    // The snippet shows scalar settings; built-in lists are long and extended anyway.
    expect(page).toContain('"sample-rule": { "severity": "warn", "limit": 3 }');
    expect(page).toContain("No test table yet");
  });
});
