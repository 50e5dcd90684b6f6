import type { RuleCases } from "./cases";
import type rule from "./external-recipient";

const cases: RuleCases<typeof rule> = {
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
    { name: "ask new: a recipient the user has written to before", draft: { to: ["toda@kaede-trading.example"], remembered: ["toda@kaede-trading.example"] } },
    { name: "ask new: remembered in another letter case and in Unicode", draft: { to: ["Toda@例え.jp"], remembered: ["toda@xn--r8jz45g.jp"] } },
    { name: "ask new: carried over from the conversation", draft: { to: ["a@alpha.co.jp"], cc: ["b@beta.co.jp"], thread: { compose: "reply", addresses: ["a@alpha.co.jp", "b@beta.co.jp"] } } },
    { name: "ask new: a forward to a remembered person", draft: { to: ["a@alpha.co.jp"], thread: { compose: "forward", addresses: [] }, remembered: ["a@alpha.co.jp"] } },
    { name: "every outside recipient confirmed (in any letter case)", draft: { to: ["A@Alpha.co.jp"], cc: ["b@beta.co.jp"] }, confirmations: [{ rule: "external-recipient", item: "recipient:a@alpha.co.jp" }, { rule: "external-recipient", item: "recipient:b@beta.co.jp" }] },
  ],
  invalid: [
    { name: "a field the host capped makes the count 'at least'", draft: { to: ["a@alpha.co.jp", "b@beta.co.jp"], capped: { to: true } }, errors: [{ messageId: "outside", severity: "confirm", params: { count: "2+" }, recipients: ["a@alpha.co.jp", "b@beta.co.jp"] }] },
    { name: "one recipient at a new customer", draft: { to: ["戸田 智子 <toda@kaede-trading.example>"] }, errors: [{ messageId: "outside", severity: "confirm", params: { count: 1 }, recipients: ["toda@kaede-trading.example"] }] },
    { name: "an outside attendee of a meeting", draft: { kind: "meeting", to: ["toda@kaede-trading.example"], cc: ["colleague@example.co.jp"] }, errors: [{ messageId: "outside-meeting", severity: "confirm", params: { count: 1 }, recipients: ["toda@kaede-trading.example"] }] },
    { name: "with memory, a meeting names the attendees never written to", draft: { kind: "meeting", to: ["a@alpha.co.jp", "b@beta.co.jp"], remembered: ["a@alpha.co.jp"] }, errors: [{ messageId: "first-meeting", severity: "confirm", params: { count: 1 }, recipients: ["b@beta.co.jp"] }] },
    { name: "outside recipients in every field, internal left out", draft: { to: ["a@alpha.co.jp", "me2@example.co.jp"], cc: ["b@gmail.com"], bcc: ["c@beta.co.jp"] }, errors: [{ messageId: "outside", severity: "confirm", params: { count: 3 }, recipients: ["a@alpha.co.jp", "b@gmail.com", "c@beta.co.jp"] }] },
    { name: "trusted spared, untrusted listed", draft: { to: ["m@tsurugi-kikai.co.jp", "x@kaede-trading.example"] }, policy: { trustedDomains: ["tsurugi-kikai.co.jp"] }, errors: [{ messageId: "outside", severity: "confirm", params: { count: 1 }, recipients: ["x@kaede-trading.example"] }] },
    { name: "a lookalike of the trusted domain is not trusted", draft: { to: ["m@tsurugi-kikal.co.jp"] }, policy: { trustedDomains: ["tsurugi-kikai.co.jp"] }, errors: [{ messageId: "outside", severity: "confirm", params: { count: 1 }, recipients: ["m@tsurugi-kikal.co.jp"] }] },
    { name: "a subdomain of an exact trusted domain is not trusted", draft: { to: ["m@osaka.partner.co.jp"] }, policy: { trustedDomains: ["partner.co.jp"] }, errors: [{ messageId: "outside", severity: "confirm", params: { count: 1 }, recipients: ["m@osaka.partner.co.jp"] }] },
    { name: "one trusted address does not trust its whole provider", draft: { to: ["other@gmail.com"] }, policy: { trustedDomains: ["kojin@gmail.com"] }, errors: [{ messageId: "outside", severity: "confirm", params: { count: 1 }, recipients: ["other@gmail.com"] }] },
    { name: "a full-width domain is still outside", draft: { to: ["a@ａｌｐｈａ.co.jp"] }, errors: [{ messageId: "outside", severity: "confirm", params: { count: 1 }, recipients: ["a@ａｌｐｈａ.co.jp"] }] },
    { name: "the sender's domain is external when internalDomains omits it", draft: { to: ["colleague@example.co.jp"] }, policy: { internalDomains: ["hq.example"] }, errors: [{ messageId: "outside", severity: "confirm", params: { count: 1 }, recipients: ["colleague@example.co.jp"] }] },
    { name: "an external distribution list is an outside recipient", draft: { to: [{ address: "all@client.co.jp", name: "Client all", kind: "distributionList" }] }, errors: [{ messageId: "outside", severity: "confirm", params: { count: 1 }, recipients: ["all@client.co.jp"] }] },
    { name: "confirming one recipient leaves the other pending", draft: { to: ["a@alpha.co.jp", "b@beta.co.jp"] }, confirmations: [{ rule: "external-recipient", item: "recipient:a@alpha.co.jp" }], errors: [{ messageId: "outside", severity: "confirm", params: { count: 2 }, recipients: ["b@beta.co.jp", "a@alpha.co.jp"] }] },
    { name: "the unblocked recipient beside a blocked one", draft: { to: ["contact@spam-relay.test", "toda@kaede-trading.example"] }, policy: { blockedDomains: ["spam-relay.test"] }, errors: [{ messageId: "outside", severity: "confirm", params: { count: 1 }, recipients: ["toda@kaede-trading.example"] }] },
    {
      name: "ask new: only the recipient not written to before",
      draft: { to: ["known@alpha.co.jp", "stranger@beta.co.jp"], remembered: ["known@alpha.co.jp"] },
      errors: [{ messageId: "first", severity: "confirm", params: { count: 1 }, recipients: ["stranger@beta.co.jp"] }],
    },
    { name: "ask new: a private address never written to, beside a known colleague there", draft: { to: ["sugawara.96@gmail.com"], remembered: ["d.sugawara@wakaba-system.example"] }, errors: [{ messageId: "first", severity: "confirm", params: { count: 1 }, recipients: ["sugawara.96@gmail.com"] }] },
    { name: "ask new: remembered under the same name at another domain is still new", draft: { to: ["toda@kaede-trading.example"], remembered: ["toda@kaede-trading.test"] }, errors: [{ messageId: "first", severity: "confirm", params: { count: 1 }, recipients: ["toda@kaede-trading.example"] }] },
    { name: "ask new without a memory: every outside recipient, in the plain wording", draft: { to: ["a@alpha.co.jp"] }, errors: [{ messageId: "outside", severity: "confirm", params: { count: 1 }, recipients: ["a@alpha.co.jp"] }] },
    { name: "ask new: a newcomer beside carried-over recipients", draft: { to: ["a@alpha.co.jp"], cc: ["c@gamma.co.jp"], thread: { compose: "reply", addresses: ["a@alpha.co.jp"] } }, errors: [{ messageId: "outside", severity: "confirm", params: { count: 1 }, recipients: ["c@gamma.co.jp"] }] },
    {
      name: "ask always: remembered and carried-over recipients are asked again",
      draft: { to: ["a@alpha.co.jp"], cc: ["b@beta.co.jp"], thread: { compose: "reply", addresses: ["a@alpha.co.jp"] }, remembered: ["b@beta.co.jp"] },
      policy: { rules: { "external-recipient": { ask: "always" } } },
      errors: [{ messageId: "outside", severity: "confirm", params: { count: 2 }, recipients: ["a@alpha.co.jp", "b@beta.co.jp"] }],
    },
    { name: "memory turned off in the policy: a remembered recipient is asked", draft: { to: ["a@alpha.co.jp"], remembered: ["a@alpha.co.jp"] }, policy: { memory: { enabled: false } }, errors: [{ messageId: "outside", severity: "confirm", params: { count: 1 }, recipients: ["a@alpha.co.jp"] }] },
    { name: "set to block, a remembered recipient is not spared", draft: { to: ["a@alpha.co.jp"], remembered: ["a@alpha.co.jp"] }, policy: { rules: { "external-recipient": { severity: "block" } } }, errors: [{ messageId: "outside", severity: "block", params: { count: 1 }, recipients: ["a@alpha.co.jp"] }] },
    { name: "severity lowered to warn", draft: { to: ["a@alpha.co.jp"] }, policy: { rules: { "external-recipient": { severity: "warn" } } }, errors: [{ messageId: "outside", severity: "warn", params: { count: 1 }, recipients: ["a@alpha.co.jp"] }] },
  ],
};

export default cases;
