import type { RuleCases } from "./cases";

const blocking = (...blockedDomains: string[]) => ({ blockedDomains });

const cases: RuleCases = {
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
    { name: "a soft hyphen hidden in the recipient's domain", draft: { to: ["a@spam\u00adrelay.test"] }, policy: blocking("spamrelay.test"), recipients: ["a@spam\u00adrelay.test"] },
    { name: "a zero-width space hidden in the recipient's domain", draft: { to: ["a@spam\u200brelay.test"] }, policy: blocking("spamrelay.test"), recipients: ["a@spam\u200brelay.test"] },
    { name: "a right-to-left override in the recipient's domain", draft: { to: ["a@spamrelay\u202e.test"] }, policy: blocking("spamrelay.test"), recipients: ["a@spamrelay\u202e.test"] },
    { name: "exact blocked domain", draft: { to: ["contact@spam-relay.test"] }, policy: blocking("spam-relay.test"), recipients: ["contact@spam-relay.test"], severity: "block", messageId: "blocked" },
    { name: "a blocked attendee of a meeting", draft: { kind: "meeting", cc: ["contact@spam-relay.test"] }, policy: blocking("spam-relay.test"), recipients: ["contact@spam-relay.test"], messageId: "blocked-meeting", fixes: ["remove-recipient"] },
    { name: "*. pattern blocks a subdomain", draft: { cc: ["a@mx.rival.example", "b@deep.mx.rival.example"] }, policy: blocking("*.rival.example"), recipients: ["a@mx.rival.example", "b@deep.mx.rival.example"] },
    { name: "a single blocked address", draft: { to: ["friend@gmail.com", "leaker@gmail.com"] }, policy: blocking("leaker@gmail.com"), recipients: ["leaker@gmail.com"] },
    { name: "case does not matter", draft: { to: ["Contact@SPAM-Relay.Test"] }, policy: blocking("Spam-Relay.TEST"), recipients: ["Contact@SPAM-Relay.Test"] },
    { name: "address pattern ignores case", draft: { bcc: ["LEAKER@Gmail.com"] }, policy: blocking("leaker@gmail.com"), recipients: ["LEAKER@Gmail.com"] },
    { name: "Unicode policy, punycode recipient", draft: { to: ["a@xn--r8jz45g.jp"] }, policy: blocking("例え.jp"), recipients: ["a@xn--r8jz45g.jp"] },
    { name: "punycode policy, Unicode recipient", draft: { to: ["a@例え.jp"] }, policy: blocking("xn--r8jz45g.jp"), recipients: ["a@例え.jp"] },
    { name: "full-width recipient domain", draft: { to: ["a@ｓｐａｍ-ｒｅｌａｙ.test"] }, policy: blocking("spam-relay.test"), recipients: ["a@ｓｐａｍ-ｒｅｌａｙ.test"] },
    { name: "blocked in BCC too, others left out", draft: { to: ["ok@alpha.co.jp"], bcc: ["x@spam-relay.test"] }, policy: blocking("spam-relay.test"), recipients: ["x@spam-relay.test"] },
    { name: "a confirmation does not release it", draft: { to: ["contact@spam-relay.test"] }, policy: blocking("spam-relay.test"), confirmations: [{ rule: "blocked-recipient", item: "recipient:contact@spam-relay.test" }], recipients: ["contact@spam-relay.test"], severity: "block" },
    { name: "a blocked subdomain of a trusted partner is still blocked", draft: { to: ["a@old.partner.co.jp"] }, policy: { ...blocking("old.partner.co.jp"), trustedDomains: ["*.partner.co.jp"] }, recipients: ["a@old.partner.co.jp"] },
  ],
};

export default cases;
