import type { RuleCases } from "./cases";
import type rule from "./blocked-recipient";

const blocking = (...blockedDomains: string[]) => ({ blockedDomains });

const cases: RuleCases<typeof rule> = {
  valid: [
    { name: "nothing blocked by default", draft: { to: ["contact@spam-relay.test"] } },
    { name: "a domain that merely contains the blocked one", draft: { to: ["a@notspam-relay.test"] }, policy: blocking("spam-relay.test") },
    { name: "the blocked name under another suffix", draft: { to: ["a@spam-relay.test.example"] }, policy: blocking("spam-relay.test") },
    { name: "an exact domain does not block its subdomains", draft: { to: ["a@mx.spam-relay.test"] }, policy: blocking("spam-relay.test") },
    { name: "*. blocks subdomains, not the domain itself", draft: { to: ["a@rival.example"] }, policy: blocking("*.rival.example") },
    { name: "a blocked address does not block its neighbours", draft: { to: ["other@gmail.com", "leaker2@gmail.com"] }, policy: blocking("leaker@gmail.com") },
    { name: "a different IDN domain", draft: { to: ["a@例え.jp"] }, policy: blocking("見本.jp") },
    { name: "turned off", draft: { to: ["contact@spam-relay.test"] }, policy: { ...blocking("spam-relay.test"), rules: { "blocked-recipient": { severity: "off" } } } },
    { name: "the blocked domain only in the display name", draft: { to: ['"contact@spam-relay.test" <ok@alpha.co.jp>'] }, policy: blocking("spam-relay.test") },
  ],
  invalid: [
    { name: "a soft hyphen hidden in the recipient's domain", draft: { to: ["a@spam\u00adrelay.test"] }, policy: blocking("spamrelay.test"), errors: [{ messageId: "blocked", severity: "block", recipients: ["a@spam\u00adrelay.test"], fixes: ["remove-recipient"] }] },
    { name: "a zero-width space hidden in the recipient's domain", draft: { to: ["a@spam\u200brelay.test"] }, policy: blocking("spamrelay.test"), errors: [{ messageId: "blocked", severity: "block", recipients: ["a@spam\u200brelay.test"], fixes: ["remove-recipient"] }] },
    { name: "a right-to-left override in the recipient's domain", draft: { to: ["a@spamrelay\u202e.test"] }, policy: blocking("spamrelay.test"), errors: [{ messageId: "blocked", severity: "block", recipients: ["a@spamrelay\u202e.test"], fixes: ["remove-recipient"] }] },
    { name: "exact blocked domain", draft: { to: ["contact@spam-relay.test"] }, policy: blocking("spam-relay.test"), errors: [{ messageId: "blocked", severity: "block", recipients: ["contact@spam-relay.test"], fixes: ["remove-recipient"] }] },
    { name: "a blocked attendee of a meeting", draft: { kind: "meeting", cc: ["contact@spam-relay.test"] }, policy: blocking("spam-relay.test"), errors: [{ messageId: "blocked-meeting", severity: "block", recipients: ["contact@spam-relay.test"], fixes: ["remove-recipient"] }] },
    { name: "*. pattern blocks a subdomain", draft: { cc: ["a@mx.rival.example", "b@deep.mx.rival.example"] }, policy: blocking("*.rival.example"), errors: [{ messageId: "blocked", severity: "block", recipients: ["a@mx.rival.example", "b@deep.mx.rival.example"], fixes: ["remove-recipient"] }] },
    { name: "a single blocked address", draft: { to: ["friend@gmail.com", "leaker@gmail.com"] }, policy: blocking("leaker@gmail.com"), errors: [{ messageId: "blocked", severity: "block", recipients: ["leaker@gmail.com"], fixes: ["remove-recipient"] }] },
    { name: "case does not matter", draft: { to: ["Contact@SPAM-Relay.Test"] }, policy: blocking("Spam-Relay.TEST"), errors: [{ messageId: "blocked", severity: "block", recipients: ["Contact@SPAM-Relay.Test"], fixes: ["remove-recipient"] }] },
    { name: "address pattern ignores case", draft: { bcc: ["LEAKER@Gmail.com"] }, policy: blocking("leaker@gmail.com"), errors: [{ messageId: "blocked", severity: "block", recipients: ["LEAKER@Gmail.com"], fixes: ["remove-recipient"] }] },
    { name: "Unicode policy, punycode recipient", draft: { to: ["a@xn--r8jz45g.jp"] }, policy: blocking("例え.jp"), errors: [{ messageId: "blocked", severity: "block", recipients: ["a@xn--r8jz45g.jp"], fixes: ["remove-recipient"] }] },
    { name: "punycode policy, Unicode recipient", draft: { to: ["a@例え.jp"] }, policy: blocking("xn--r8jz45g.jp"), errors: [{ messageId: "blocked", severity: "block", recipients: ["a@例え.jp"], fixes: ["remove-recipient"] }] },
    { name: "full-width recipient domain", draft: { to: ["a@ｓｐａｍ-ｒｅｌａｙ.test"] }, policy: blocking("spam-relay.test"), errors: [{ messageId: "blocked", severity: "block", recipients: ["a@ｓｐａｍ-ｒｅｌａｙ.test"], fixes: ["remove-recipient"] }] },
    { name: "blocked in BCC too, others left out", draft: { to: ["ok@alpha.co.jp"], bcc: ["x@spam-relay.test"] }, policy: blocking("spam-relay.test"), errors: [{ messageId: "blocked", severity: "block", recipients: ["x@spam-relay.test"], fixes: ["remove-recipient"] }] },
    { name: "a confirmation does not release it", draft: { to: ["contact@spam-relay.test"] }, policy: blocking("spam-relay.test"), confirmations: [{ rule: "blocked-recipient", item: "recipient:contact@spam-relay.test" }], errors: [{ messageId: "blocked", severity: "block", recipients: ["contact@spam-relay.test"], fixes: ["remove-recipient"] }] },
    { name: "a blocked subdomain of a trusted partner is still blocked", draft: { to: ["a@old.partner.co.jp"] }, policy: { ...blocking("old.partner.co.jp"), trustedDomains: ["*.partner.co.jp"] }, errors: [{ messageId: "blocked", severity: "block", recipients: ["a@old.partner.co.jp"], fixes: ["remove-recipient"] }] },
  ],
};

export default cases;
