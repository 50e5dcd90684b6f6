import type { RuleCases } from "./cases";
import type rule from "./thread-newcomer";

const partner = "y.hirano@wakaba-system.example";
const partnerColleague = "d.sugawara@wakaba-system.example";
const otherCompany = "takada.aoi@shirakaba-food.example";
const reply = (addresses: string[]) => ({ compose: "reply" as const, addresses });

const cases: RuleCases<typeof rule> = {
  valid: [
    { name: "a reply to the same people", draft: { to: [partner], thread: reply([partner]) } },
    { name: "a colleague of the partner added (same organisation)", draft: { to: [partner], cc: [partnerColleague], thread: reply([partner]) } },
    { name: "a subdomain of a company already on the thread", draft: { to: [partner], cc: ["k.ono@tokyo.wakaba-system.example"], thread: reply([partner]) } },
    { name: "an internal colleague added to the reply", draft: { to: [partner], cc: ["colleague@example.co.jp"], thread: reply([partner]) } },
    { name: "a newcomer in BCC is not shown to the thread", draft: { to: [partner], bcc: [otherCompany], thread: reply([partner]) } },
    { name: "a new mail has no conversation", draft: { to: [otherCompany] } },
    // No compose type for meetings: a snapshot on one (from any caller) is not looked at.
    { name: "a meeting request has no conversation", draft: { kind: "meeting", to: [partner], cc: [otherCompany], thread: reply([partner]) } },
    { name: "a forward is addressed afresh", draft: { to: [otherCompany], thread: { compose: "forward", addresses: [] } } },
    { name: "the original sender removed, the rest kept", draft: { to: [partnerColleague], thread: reply([partner, partnerColleague]) } },
    { name: "the same person at a consumer mailbox", draft: { to: ["kojin.taro@gmail.com"], thread: reply(["Kojin.Taro@gmail.com"]) } },
    { name: "the thread's domain written in Unicode, the reply in punycode", draft: { to: ["a@xn--r8jz45g.jp"], thread: reply(["b@例え.jp"]) } },
    { name: "a blocked newcomer is left to blocked-recipient", draft: { to: [partner], cc: ["x@spam-relay.test"], thread: reply([partner]) }, policy: { blockedDomains: ["spam-relay.test"] } },
    {
      name: "the newcomer confirmed in the pane",
      draft: { to: [partner], cc: [otherCompany], thread: reply([partner]) },
      confirmations: [{ rule: "thread-newcomer", item: `recipient:${otherCompany}` }],
    },
    { name: "turned off", draft: { to: [otherCompany], thread: reply([partner]) }, policy: { rules: { "thread-newcomer": { severity: "off" } } } },
  ],
  invalid: [
    {
      name: "the reply's recipient replaced by someone at another company",
      draft: { to: [otherCompany], thread: reply([partner]) },
      errors: [{ messageId: "newcomer", severity: "confirm", params: { parties: ["shirakaba-food.example"] }, recipients: [otherCompany], fixes: ["remove-recipient"] }],
    },
    { name: "a second company added in CC", draft: { to: [partner], cc: [otherCompany], thread: reply([partner]) }, errors: [{ messageId: "newcomer", severity: "confirm", params: { parties: ["shirakaba-food.example"] }, recipients: [otherCompany], fixes: ["remove-recipient"] }] },
    {
      name: "a known contact still counts as a newcomer to this thread",
      draft: { to: [partner], cc: ["fujita.tatsuya@kohoku-works.example"], thread: reply([partner]), remembered: ["fujita.tatsuya@kohoku-works.example"] },
      errors: [{ messageId: "newcomer", severity: "confirm", params: { parties: ["kohoku-works.example"] }, recipients: ["fujita.tatsuya@kohoku-works.example"], fixes: ["remove-recipient"] }],
    },
    {
      name: "a look-alike of the thread's domain is another organisation",
      draft: { to: [partner], cc: ["ando.ai@tsuwabki-tax.example"], thread: reply([partner, "uchida@tsuwabuki-tax.example"]) },
      errors: [{ messageId: "newcomer", severity: "confirm", params: { parties: ["tsuwabki-tax.example"] }, recipients: ["ando.ai@tsuwabki-tax.example"], fixes: ["remove-recipient"] }],
    },
    { name: "another person at the same consumer provider", draft: { to: ["kojin.hanako@gmail.com"], thread: reply(["kojin.taro@gmail.com"]) }, errors: [{ messageId: "newcomer", severity: "confirm", params: { parties: ["kojin.hanako@gmail.com"] }, recipients: ["kojin.hanako@gmail.com"], fixes: ["remove-recipient"] }] },
    { name: "a trusted partner is still a newcomer", draft: { to: [partner], cc: ["a@partner.co.jp"], thread: reply([partner]) }, policy: { trustedDomains: ["partner.co.jp"] }, errors: [{ messageId: "newcomer", severity: "confirm", params: { parties: ["partner.co.jp"] }, recipients: ["a@partner.co.jp"], fixes: ["remove-recipient"] }] },
    {
      name: "several newcomers name their parties",
      draft: { to: [partner], cc: ["a@alpha.example", "b@beta.example", "c@gamma.example", "d@delta.example"], thread: reply([partner]) },
      errors: [{ messageId: "newcomer", severity: "confirm", params: { parties: ["alpha.example", "beta.example", "gamma.example", "…"] }, recipients: ["a@alpha.example", "b@beta.example", "c@gamma.example", "d@delta.example"], fixes: ["remove-recipient"] }],
    },
    {
      name: "one of two newcomers confirmed leaves the other",
      draft: { to: [partner], cc: [otherCompany, "x@other.example"], thread: reply([partner]) },
      confirmations: [{ rule: "thread-newcomer", item: `recipient:${otherCompany}` }],
      errors: [{ messageId: "newcomer", severity: "confirm", params: { parties: ["shirakaba-food.example", "other.example"] }, recipients: ["x@other.example", otherCompany], fixes: ["remove-recipient"] }],
    },
    { name: "a reply with nobody at open (a draft reopened empty)", draft: { to: [otherCompany], thread: reply([]) }, errors: [{ messageId: "newcomer", severity: "confirm", params: { parties: ["shirakaba-food.example"] }, recipients: [otherCompany], fixes: ["remove-recipient"] }] },
    { name: "severity lowered to warn", draft: { to: [otherCompany], thread: reply([partner]) }, policy: { rules: { "thread-newcomer": { severity: "warn" } } }, errors: [{ messageId: "newcomer", severity: "warn", params: { parties: ["shirakaba-food.example"] }, recipients: [otherCompany], fixes: ["remove-recipient"] }] },
  ],
};

export default cases;
