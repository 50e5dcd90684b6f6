import type { RuleCases } from "./cases";

const cases: RuleCases = {
  valid: [
    { name: "complete addresses, inside and outside", draft: { to: ["aoki@kita-shoji.example", "boss@example.co.jp"], bcc: ["a@例え.jp"] } },
    { name: "a personal contact group, which has no address", draft: { to: [{ name: "取引先各位", address: "", kind: "distributionList" }] } },
    { name: "turned off", draft: { to: ["tanaka@"] }, policy: { rules: { "invalid-address": { severity: "off" } } } },
  ],
  invalid: [
    { name: "an address cut short after the @", draft: { to: ["tanaka@", "aoki@kita-shoji.example"] }, recipients: ["tanaka@"], severity: "block", messageId: "incomplete", params: { entries: ["tanaka@"] } },
    { name: "an unresolved name without an @", draft: { cc: ["田中"] }, recipients: ["田中"], params: { entries: ["田中"] } },
    { name: "nothing before the @", draft: { to: ["@kita-shoji.example"] }, recipients: ["@kita-shoji.example"] },
    { name: "a domain without a dot", draft: { bcc: ["tanaka@example"] }, recipients: ["tanaka@example"] },
    { name: "several, the first three named", draft: { to: ["a@", "b@", "c@", "d@"] }, recipients: ["a@", "b@", "c@", "d@"], params: { entries: ["a@", "b@", "c@", "…"] } },
    { name: "an unresolved optional attendee of a meeting", draft: { kind: "meeting", to: ["aoki@kita-shoji.example"], cc: ["田中"] }, recipients: ["田中"], severity: "block", messageId: "incomplete-meeting", fixes: ["remove-recipient"] },
    { name: "a confirmation does not release it", draft: { to: ["tanaka@"] }, confirmations: [{ rule: "invalid-address", item: "recipient:tanaka" }], severity: "block" },
  ],
};

export default cases;
