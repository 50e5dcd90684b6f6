import type { RuleCases } from "./cases";
import type rule from "./invalid-address";

const cases: RuleCases<typeof rule> = {
  valid: [
    { name: "complete addresses, inside and outside", draft: { to: ["aoki@kita-shoji.example", "boss@example.co.jp"], bcc: ["a@例え.jp"] } },
    { name: "a personal contact group, which has no address", draft: { to: [{ name: "取引先各位", address: "", kind: "distributionList" }] } },
    { name: "turned off", draft: { to: ["tanaka@"] }, policy: { rules: { "invalid-address": { severity: "off" } } } },
  ],
  invalid: [
    { name: "an address cut short after the @", draft: { to: ["tanaka@", "aoki@kita-shoji.example"] }, errors: [{ messageId: "incomplete", severity: "block", params: { entries: ["tanaka@"] }, recipients: ["tanaka@"], fixes: ["remove-recipient"] }] },
    { name: "an unresolved name without an @", draft: { cc: ["田中"] }, errors: [{ messageId: "incomplete", severity: "block", params: { entries: ["田中"] }, recipients: ["田中"], fixes: ["remove-recipient"] }] },
    { name: "nothing before the @", draft: { to: ["@kita-shoji.example"] }, errors: [{ messageId: "incomplete", severity: "block", params: { entries: ["@kita-shoji.example"] }, recipients: ["@kita-shoji.example"], fixes: ["remove-recipient"] }] },
    { name: "a domain without a dot", draft: { bcc: ["tanaka@example"] }, errors: [{ messageId: "incomplete", severity: "block", params: { entries: ["tanaka@example"] }, recipients: ["tanaka@example"], fixes: ["remove-recipient"] }] },
    { name: "several, the first three named", draft: { to: ["a@", "b@", "c@", "d@"] }, errors: [{ messageId: "incomplete", severity: "block", params: { entries: ["a@", "b@", "c@", "…"] }, recipients: ["a@", "b@", "c@", "d@"], fixes: ["remove-recipient"] }] },
    { name: "an unresolved optional attendee of a meeting", draft: { kind: "meeting", to: ["aoki@kita-shoji.example"], cc: ["田中"] }, errors: [{ messageId: "incomplete-meeting", severity: "block", params: { entries: ["田中"] }, recipients: ["田中"], fixes: ["remove-recipient"] }] },
    { name: "a confirmation does not release it", draft: { to: ["tanaka@"] }, confirmations: [{ rule: "invalid-address", item: "recipient:tanaka" }], errors: [{ messageId: "incomplete", severity: "block", params: { entries: ["tanaka@"] }, recipients: ["tanaka@"], fixes: ["remove-recipient"] }] },
  ],
};

export default cases;
