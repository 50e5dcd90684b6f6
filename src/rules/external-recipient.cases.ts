import type { RuleCases } from "./cases";

const cases: RuleCases = {
  valid: [
    { name: "internal colleagues only", draft: { to: ["a@example.co.jp"], cc: ["b@example.co.jp"] } },
    { name: "internal subdomain listed with *.", draft: { to: ["a@sales.example.co.jp"] }, policy: { internalDomains: ["example.co.jp", "*.example.co.jp"] } },
    { name: "reply to a trusted partner", draft: { to: ["a.tsuchiya@tsurugi-kikai.co.jp"] }, policy: { trustedDomains: ["tsurugi-kikai.co.jp"] } },
    { name: "a trusted subdomain pattern", draft: { to: ["a@osaka.partner.co.jp"] }, policy: { trustedDomains: ["*.partner.co.jp"] } },
    { name: "one trusted address", draft: { bcc: ["kojin@gmail.com"] }, policy: { trustedDomains: ["kojin@gmail.com"] } },
    { name: "a notice to a trusted partner in BCC with To = the sender", draft: { to: ["info@example.co.jp"], bcc: ["m1@tsurugi-kikai.co.jp", "m2@tsurugi-kikai.co.jp"] }, policy: { trustedDomains: ["tsurugi-kikai.co.jp"] } },
    { name: "internal domain written in Unicode, recipient in punycode", draft: { from: "a@例え.jp", to: ["b@xn--r8jz45g.jp"] }, policy: { internalDomains: ["例え.jp"] } },
    { name: "a contact group without address", draft: { to: ["a@example.co.jp", { address: "", name: "My group", kind: "distributionList" }] } },
    { name: "turned off", draft: { to: ["toda@kaede-trading.example"] }, policy: { rules: { "external-recipient": { severity: "off" } } } },
    { name: "no recipients", draft: {} },
    { name: "a blocked recipient is left to blocked-recipient", draft: { to: ["contact@spam-relay.test"] }, policy: { blockedDomains: ["spam-relay.test"] } },
    { name: "every outside recipient confirmed (in any letter case)", draft: { to: ["A@Alpha.co.jp"], cc: ["b@beta.co.jp"] }, confirmations: [{ rule: "external-recipient", item: "recipient:a@alpha.co.jp" }, { rule: "external-recipient", item: "recipient:b@beta.co.jp" }] },
  ],
  invalid: [
    { name: "a field the host capped makes the count 'at least'", draft: { to: ["a@alpha.co.jp", "b@beta.co.jp"], capped: { to: true } }, params: { count: "2+" } },
    { name: "one recipient at a new customer", draft: { to: ["戸田 智子 <toda@kaede-trading.example>"] }, recipients: ["toda@kaede-trading.example"], severity: "confirm", messageId: "outside" },
    { name: "outside recipients in every field, internal left out", draft: { to: ["a@alpha.co.jp", "me2@example.co.jp"], cc: ["b@gmail.com"], bcc: ["c@beta.co.jp"] }, recipients: ["a@alpha.co.jp", "b@gmail.com", "c@beta.co.jp"] },
    { name: "trusted spared, untrusted listed", draft: { to: ["m@tsurugi-kikai.co.jp", "x@kaede-trading.example"] }, policy: { trustedDomains: ["tsurugi-kikai.co.jp"] }, recipients: ["x@kaede-trading.example"] },
    { name: "a lookalike of the trusted domain is not trusted", draft: { to: ["m@tsurugi-kikal.co.jp"] }, policy: { trustedDomains: ["tsurugi-kikai.co.jp"] }, recipients: ["m@tsurugi-kikal.co.jp"] },
    { name: "a subdomain of an exact trusted domain is not trusted", draft: { to: ["m@osaka.partner.co.jp"] }, policy: { trustedDomains: ["partner.co.jp"] }, recipients: ["m@osaka.partner.co.jp"] },
    { name: "one trusted address does not trust its whole provider", draft: { to: ["other@gmail.com"] }, policy: { trustedDomains: ["kojin@gmail.com"] }, recipients: ["other@gmail.com"] },
    { name: "a full-width domain is still outside", draft: { to: ["a@ａｌｐｈａ.co.jp"] }, recipients: ["a@ａｌｐｈａ.co.jp"] },
    { name: "the sender's domain is external when internalDomains omits it", draft: { to: ["colleague@example.co.jp"] }, policy: { internalDomains: ["hq.example"] }, recipients: ["colleague@example.co.jp"] },
    { name: "an external distribution list is an outside recipient", draft: { to: [{ address: "all@client.co.jp", name: "Client all", kind: "distributionList" }] }, recipients: ["all@client.co.jp"] },
    { name: "confirming one recipient leaves the other pending", draft: { to: ["a@alpha.co.jp", "b@beta.co.jp"] }, confirmations: [{ rule: "external-recipient", item: "recipient:a@alpha.co.jp" }], recipients: ["a@alpha.co.jp", "b@beta.co.jp"] },
    { name: "the unblocked recipient beside a blocked one", draft: { to: ["contact@spam-relay.test", "toda@kaede-trading.example"] }, policy: { blockedDomains: ["spam-relay.test"] }, recipients: ["toda@kaede-trading.example"] },
    { name: "severity lowered to warn", draft: { to: ["a@alpha.co.jp"] }, policy: { rules: { "external-recipient": { severity: "warn" } } }, severity: "warn" },
  ],
};

export default cases;
