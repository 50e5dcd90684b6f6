import type { RuleCases } from "./cases";
import type rule from "./missing-subject";

const cases: RuleCases<typeof rule> = {
  valid: [
    { name: "a normal subject", draft: { to: ["a@example.co.jp"], subject: "定例会議の件" } },
    { name: "a one-character subject", draft: { to: ["a@example.co.jp"], subject: "A" } },
    { name: "Re: only still says something", draft: { to: ["a@example.co.jp"], subject: "Re:" } },
    { name: "Japanese subject with leading full-width space", draft: { to: ["a@example.co.jp"], subject: "\u3000ご連絡" } },
    { name: "subject with emoji only", draft: { to: ["a@example.co.jp"], subject: "🎉" } },
    { name: "no recipients but a subject", draft: { subject: "メモ" } },
    { name: "rule turned off", draft: { to: ["a@example.co.jp"], subject: "" }, policy: { rules: { "missing-subject": { severity: "off" } } } },
    { name: "subject with digits only", draft: { to: ["a@example.co.jp"], subject: "2026" } },
  ],
  invalid: [
    { name: "empty subject", draft: { to: ["a@example.co.jp"], subject: "" }, errors: [{ messageId: "empty", severity: "warn" }] },
    { name: "spaces only", draft: { to: ["a@example.co.jp"], subject: "   " }, errors: [{ messageId: "empty", severity: "warn" }] },
    { name: "full-width spaces only", draft: { to: ["a@example.co.jp"], subject: "\u3000\u3000" }, errors: [{ messageId: "empty", severity: "warn" }] },
    { name: "tabs and newlines only", draft: { to: ["a@example.co.jp"], subject: "\t\n" }, errors: [{ messageId: "empty", severity: "warn" }] },
    { name: "empty subject to an external recipient", draft: { to: ["x@other.example"], subject: "" }, errors: [{ messageId: "empty", severity: "warn" }] },
    { name: "severity raised to block by policy", draft: { to: ["a@example.co.jp"], subject: "" }, policy: { rules: { "missing-subject": { severity: "block" } } }, errors: [{ messageId: "empty", severity: "block" }] },
    { name: "severity confirm by policy", draft: { to: ["a@example.co.jp"], subject: "" }, policy: { rules: { "missing-subject": { severity: "confirm" } } }, errors: [{ messageId: "empty", severity: "confirm" }] },
    { name: "empty subject with attachments", draft: { to: ["a@example.co.jp"], subject: "", attachments: [{ name: "a.pdf" }] }, errors: [{ messageId: "empty", severity: "warn" }] },
  ],
};

export default cases;
