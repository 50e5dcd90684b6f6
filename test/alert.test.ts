import { makeDraft } from "../src/engine/draft";
import { evaluate } from "../src/engine/evaluate";
import { composeAlert } from "../src/launchevent/alert";
import { parsePolicy } from "../src/policy";

const policy = (() => {
  const parsed = parsePolicy({ internalDomains: ["hoshizora-logi.example"] });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.policy;
})();

function alertFor(to: string[], cc: string[], locale: "en" | "ja") {
  const draft = makeDraft({ from: "me@hoshizora-logi.example", to, cc, subject: "ご案内" });
  const evaluation = evaluate(draft, policy);
  return composeAlert(evaluation.decision, evaluation.findings, locale, policy);
}

describe("Smart Alerts text", () => {
  const to = ["aoki@kita-shoji.example", "sato@kita-shoji.example"];
  const cc = ["mori@minato-denki.example"];

  it.each(["en", "ja"] as const)("never cuts an address in half when a finding line is long (%s)", (locale) => {
    const { plain, markdown } = alertFor(to, cc, locale);
    for (const text of [plain, markdown.replace(/\\(.)/g, "$1")]) {
      // Every address fragment that appears is a whole address.
      const fragments = text.match(/[\w.-]+@[\w-]*(?:\.[\w-]+)*/g) ?? [];
      for (const fragment of fragments) expect([...to, ...cc]).toContain(fragment);
      expect(text).not.toMatch(/@[\w.-]*…/);
    }
  });

  it("names the worst items: the cross-organisation line lists the organisations", () => {
    const { plain } = alertFor(to, cc, "en");
    expect(plain).toContain("kita-shoji.example");
    expect(plain).toContain("minato-denki.example");
    expect(plain.length).toBeLessThanOrEqual(500);
  });
});
