import { existsSync } from "node:fs";
import { join } from "node:path";
import { makeDraft } from "../src/engine/draft";
import { evaluateWith } from "../src/engine/evaluate";
import type { AnyRule } from "../src/engine/rule";
import { renderFinding } from "../src/i18n/findings";
import { parsePolicy } from "../src/check";
import type { ExpectedFinding, RuleCase, RuleCases } from "../src/rules/cases";
import { allRules } from "../src/rules";
import { FULL_SUFFIXES } from "./support/suffixes";
import { SURNAMES } from "./support/surnames";

const DEFAULT_FROM = "sender@example.co.jp";

/** The rule under test alone, as Outlook would run it once the full suffix list and the surname table have loaded: its findings. */
function run(rule: AnyRule, row: RuleCase) {
  const parsed = parsePolicy(row.policy ?? {}, FULL_SUFFIXES);
  if (!parsed.ok) throw new Error(`case policy invalid: ${parsed.errors.join("; ")}`);
  const draft = makeDraft({ from: DEFAULT_FROM, ...row.draft }, { surnames: SURNAMES, suffixes: FULL_SUFFIXES });
  const { findings } = evaluateWith([rule], draft, parsed.policy, row.confirmations ?? [], { suffixes: FULL_SUFFIXES, surnames: SURNAMES });
  for (const finding of findings) expect(finding.rule).toBe(rule.id);
  return { findings };
}

function loadCases(ruleId: string): RuleCases {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`../src/rules/${ruleId}.cases`).default as RuleCases;
}

describe.each(allRules.map((rule) => [rule.id, rule] as const))("rule %s", (ruleId, rule) => {
  it("has a case table with both kinds of rows", () => {
    expect(existsSync(join(__dirname, "..", "src", "rules", `${ruleId}.cases.ts`))).toBe(true);
    const cases = loadCases(ruleId);
    expect(cases.valid.length).toBeGreaterThan(0);
    expect(cases.invalid.length).toBeGreaterThan(0);
  });

  const cases = loadCases(ruleId);

  it.each(cases.valid.map((row) => [row.name, row] as const))("does not fire: %s", (_name, row) => {
    expect(run(rule, row).findings).toEqual([]);
  });

  it.each(cases.invalid.map((row) => [row.name, row] as const))("fires: %s", (_name, row) => {
    const { findings } = run(rule, row);
    expect(row.errors.length).toBeGreaterThan(0);
    // Exactly the stated findings, in the order the rule reports them; what an entry leaves out is empty.
    const lower = (addresses: readonly string[]) => addresses.map((a) => a.toLowerCase());
    const found = findings.map((f) => ({
      messageId: f.message.id,
      severity: f.severity,
      params: f.message.params,
      recipients: lower(f.recipients),
      attachments: f.attachments,
      fixes: f.fixes,
    }));
    const expected = row.errors.map((e: ExpectedFinding) => ({
      messageId: `${ruleId}/${e.messageId}`,
      severity: e.severity,
      params: e.params ?? {},
      recipients: lower(e.recipients ?? []),
      attachments: e.attachments ?? [],
      fixes: e.fixes ?? [],
    }));
    expect(found).toEqual(expected);
    for (const f of findings) {
      // Every finding renders in both languages without a leftover {placeholder} or raw id.
      for (const locale of ["en", "ja"] as const) {
        const text = renderFinding(f, locale);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text).not.toBe(f.message.id);
      }
      expect(rule.messages.map((m) => `${ruleId}/${m}`)).toContain(f.message.id);
    }
  });
});
