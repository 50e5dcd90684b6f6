import type { RuleCases } from "./cases";
import type rule from "./cross-org-exposure";

const contactGroup = { address: "", name: "取引先一覧", kind: "distributionList" as const };

const cases: RuleCases<typeof rule> = {
  valid: [
    { name: "one client in To", draft: { to: ["h.asano@kawasemi-shokuhin.example"] } },
    { name: "a meeting with one client and internal attendees", draft: { kind: "meeting", to: ["a@client.co.jp", "boss@example.co.jp"], cc: ["team@example.co.jp"] } },
    { name: "two people at one company across subdomains", draft: { to: ["a@tokyo.client.co.jp"], cc: ["b@osaka.client.co.jp", "c@client.co.jp"] } },
    { name: "one client with internal colleagues in CC", draft: { to: ["a@client.co.jp"], cc: ["boss@example.co.jp", "team@sales.example.co.jp"] }, policy: { internalDomains: ["example.co.jp", "*.example.co.jp"] } },
    { name: "an unrelated client in BCC is hidden", draft: { to: ["a@alpha.co.jp"], bcc: ["b@beta.co.jp", "c@gmail.com"] } },
    { name: "one gmail user in To and again in CC with other case", draft: { to: ["Taro@gmail.com"], cc: ["taro@GMAIL.com"] } },
    { name: "Unicode and punycode forms of one company are one party", draft: { to: ["a@例え.jp"], cc: ["b@xn--r8jz45g.jp"] } },
    { name: "two addresses at an ISP that is not on the consumer list are one organisation", draft: { to: ["a@family-isp.example", "b@family-isp.example"] } },
    { name: "two parties with minParties 3", draft: { to: ["a@alpha.co.jp"], cc: ["b@beta.co.jp"] }, policy: { rules: { "cross-org-exposure": { minParties: 3 } } } },
    { name: "a reply to two companies that were on the conversation together", draft: { to: ["a@alpha.co.jp"], cc: ["b@beta.co.jp"], thread: { compose: "reply", addresses: ["a@alpha.co.jp", "b@beta.co.jp"] } } },
    { name: "a contact group without address is not a party", draft: { to: ["a@alpha.co.jp", contactGroup] } },
    { name: "turned off", draft: { to: ["a@alpha.co.jp"], cc: ["b@beta.co.jp"] }, policy: { rules: { "cross-org-exposure": { severity: "off" } } } },
  ],
  invalid: [
    {
      name: "a meeting with two client companies: separate invitations, no BCC fix",
      draft: { kind: "meeting", to: ["a@alpha.co.jp"], cc: ["b@beta.co.jp"] },
      errors: [{ messageId: "parties-meeting", severity: "confirm", params: { parties: 2, names: ["alpha.co.jp", "beta.co.jp"] }, recipients: ["a@alpha.co.jp", "b@beta.co.jp"], fixes: [] }],
    },
    { name: "a reply bringing a second company to a one-company conversation", draft: { to: ["a@alpha.co.jp"], cc: ["b@beta.co.jp"], thread: { compose: "reply", addresses: ["a@alpha.co.jp"] } }, errors: [{ messageId: "parties", severity: "confirm", params: { parties: 2, names: ["alpha.co.jp", "beta.co.jp"] }, recipients: ["a@alpha.co.jp", "b@beta.co.jp"], fixes: ["move-to-bcc"] }] },
    { name: "remembered recipients of two companies still see each other", draft: { to: ["a@alpha.co.jp"], cc: ["b@beta.co.jp"], remembered: ["a@alpha.co.jp", "b@beta.co.jp"] }, errors: [{ messageId: "parties", severity: "confirm", params: { parties: 2, names: ["alpha.co.jp", "beta.co.jp"] }, recipients: ["a@alpha.co.jp", "b@beta.co.jp"], fixes: ["move-to-bcc"] }] },
    {
      name: "one client in To and an unrelated client in CC",
      draft: { to: ["浅野 瞳 <h.asano@kawasemi-shokuhin.example>"], cc: ["j-sawada@hibiki-zairyo.example"] },
      errors: [{ messageId: "parties", severity: "confirm", params: { parties: 2, names: ["kawasemi-shokuhin.example", "hibiki-zairyo.example"] }, recipients: ["h.asano@kawasemi-shokuhin.example", "j-sawada@hibiki-zairyo.example"], fixes: ["move-to-bcc"] }],
    },
    {
      name: "two gmail users are two people who do not know each other",
      draft: { to: ["a@gmail.com", "b@gmail.com"] },
      errors: [{ messageId: "parties", severity: "confirm", params: { parties: 2, names: ["a@gmail.com", "b@gmail.com"] }, recipients: ["a@gmail.com", "b@gmail.com"], fixes: ["move-to-bcc"] }],
    },
    {
      name: "carrier mail on a provider subdomain is a person too",
      draft: { to: ["a@alpha.co.jp"], cc: ["keitai@mail.goo.ne.jp"] },
      errors: [{ messageId: "parties", severity: "confirm", params: { parties: 2, names: ["alpha.co.jp", "keitai@mail.goo.ne.jp"] }, recipients: ["a@alpha.co.jp", "keitai@mail.goo.ne.jp"], fixes: ["move-to-bcc"] }],
    },
    {
      name: "an ISP listed in personalMailDomains makes each address a person",
      draft: { to: ["a@family-isp.example", "b@family-isp.example"] },
      policy: { personalMailDomains: ["family-isp.example"] },
      errors: [{ messageId: "parties", severity: "confirm", params: { parties: 2, names: ["a@family-isp.example", "b@family-isp.example"] }, recipients: ["a@family-isp.example", "b@family-isp.example"], fixes: ["move-to-bcc"] }],
    },
    {
      name: "a trusted partner still counts as a party",
      draft: { to: ["m.iwata@tsurugi-kikai.co.jp"], cc: ["toda@kaede-trading.example"] },
      policy: { trustedDomains: ["tsurugi-kikai.co.jp"] },
      errors: [{ messageId: "parties", severity: "confirm", params: { parties: 2, names: ["tsurugi-kikai.co.jp", "kaede-trading.example"] }, recipients: ["m.iwata@tsurugi-kikai.co.jp", "toda@kaede-trading.example"], fixes: ["move-to-bcc"] }],
    },
    {
      name: "internal and BCC recipients are not listed",
      draft: { to: ["a@alpha.co.jp", "me2@example.co.jp"], cc: ["b@sales.beta.co.jp"], bcc: ["c@gamma.co.jp"] },
      errors: [{ messageId: "parties", severity: "confirm", params: { parties: 2, names: ["alpha.co.jp", "beta.co.jp"] }, recipients: ["a@alpha.co.jp", "b@sales.beta.co.jp"], fixes: ["move-to-bcc"] }],
    },
    {
      name: "more than three parties are counted and the names cut short",
      draft: { to: ["a@alpha.co.jp", "a2@alpha.co.jp", "b@beta.co.jp"], cc: ["c@gamma.co.jp", "d@delta.co.jp"] },
      errors: [{ messageId: "parties", severity: "confirm", params: { parties: 4, names: ["alpha.co.jp", "beta.co.jp", "gamma.co.jp", "…"] }, recipients: ["a@alpha.co.jp", "a2@alpha.co.jp", "b@beta.co.jp", "c@gamma.co.jp", "d@delta.co.jp"], fixes: ["move-to-bcc"] }],
    },
    {
      name: "minParties 3 reached",
      draft: { to: ["a@alpha.co.jp"], cc: ["b@beta.co.jp", "c@yahoo.co.jp"] },
      policy: { rules: { "cross-org-exposure": { minParties: 3 } } },
      errors: [{ messageId: "parties", severity: "confirm", params: { parties: 3, names: ["alpha.co.jp", "beta.co.jp", "c@yahoo.co.jp"] }, recipients: ["a@alpha.co.jp", "b@beta.co.jp", "c@yahoo.co.jp"], fixes: ["move-to-bcc"] }],
    },
    {
      name: "a capped To list makes the party count at least",
      draft: { to: ["a@alpha.co.jp"], cc: ["b@beta.co.jp"], capped: { to: true } },
      errors: [{ messageId: "parties", severity: "confirm", params: { parties: "2+", names: ["alpha.co.jp", "beta.co.jp"] }, recipients: ["a@alpha.co.jp", "b@beta.co.jp"], fixes: ["move-to-bcc"] }],
    },
    {
      name: "names show Unicode domains with their xn-- form, so a homograph shows",
      draft: { to: ["a@xn--r8jz45g.jp"], cc: ["b@beta.co.jp"] },
      errors: [{ messageId: "parties", severity: "confirm", params: { parties: 2, names: ["例え.jp (xn--r8jz45g.jp)", "beta.co.jp"] }, recipients: ["a@xn--r8jz45g.jp", "b@beta.co.jp"], fixes: ["move-to-bcc"] }],
    },
    {
      name: "severity raised to block",
      draft: { to: ["a@alpha.co.jp"], cc: ["b@beta.co.jp"] },
      policy: { rules: { "cross-org-exposure": { severity: "block" } } },
      errors: [{ messageId: "parties", severity: "block", params: { parties: 2, names: ["alpha.co.jp", "beta.co.jp"] }, recipients: ["a@alpha.co.jp", "b@beta.co.jp"], fixes: ["move-to-bcc"] }],
    },
  ],
};

export default cases;
