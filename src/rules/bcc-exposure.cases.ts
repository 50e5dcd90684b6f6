import type { RuleCases } from "./cases";
import type rule from "./bcc-exposure";

/** n addresses like `user1@<domain>`. */
const many = (n: number, domain: string, prefix = "user") =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}@${domain}`);
/** n consumer mailboxes, each its own party. */
const people = (n: number) => many(n, "gmail.com", "person");

const cases: RuleCases<typeof rule> = {
  valid: [
    { name: "9 external people in To (below threshold)", draft: { to: people(9) } },
    { name: "15 people in BCC with To = sender", draft: { to: ["sender@example.co.jp"], bcc: people(15) } },
    { name: "a meeting with 12 colleagues at one client company", draft: { kind: "meeting", to: many(12, "client.co.jp") } },
    { name: "12 colleagues at one client company know each other", draft: { to: many(12, "client.co.jp") } },
    { name: "one client company across subdomains is one party", draft: { to: many(6, "tokyo.client.co.jp"), cc: many(6, "osaka.client.co.jp") } },
    { name: "20 internal addresses", draft: { to: many(20, "example.co.jp") } },
    { name: "internal subdomain addresses under *.example.co.jp", draft: { to: many(20, "sales.example.co.jp") }, policy: { internalDomains: ["example.co.jp", "*.example.co.jp"] } },
    { name: "threshold raised to 30", draft: { to: people(20) }, policy: { rules: { "bcc-exposure": { threshold: 30 } } } },
    { name: "the same address in To and CC counts once", draft: { to: people(5), cc: people(5) } },
    { name: "turned off", draft: { to: people(20) }, policy: { rules: { "bcc-exposure": { severity: "off" } } } },
    { name: "students on the school domain without includeInternal", draft: { from: "teacher@school.ac.jp", to: many(40, "school.ac.jp", "s") } },
  ],
  invalid: [
    { name: "10 people on one carrier's mail (spmode.ne.jp): each a party", draft: { to: many(10, "spmode.ne.jp", "guest") }, errors: [{ messageId: "visible", severity: "block", params: { count: 10 }, recipients: many(10, "spmode.ne.jp", "guest"), fixes: ["move-to-bcc"] }] },
    { name: "15 seminar attendees with personal addresses in To", draft: { to: people(15) }, errors: [{ messageId: "visible", severity: "block", params: { count: 15 }, recipients: people(15), fixes: ["move-to-bcc"] }] },
    { name: "a meeting inviting 15 personal addresses: separate invitations, no BCC fix", draft: { kind: "meeting", to: people(10), cc: people(15).slice(10) }, errors: [{ messageId: "visible-meeting", severity: "block", params: { count: 15 }, recipients: people(15), fixes: [] }] },
    { name: "a message keeps the BCC fix", draft: { to: people(10) }, errors: [{ messageId: "visible", severity: "block", params: { count: 10 }, recipients: people(10), fixes: ["move-to-bcc"] }] },
    { name: "exactly the threshold", draft: { to: people(10) }, errors: [{ messageId: "visible", severity: "block", params: { count: 10 }, recipients: people(10), fixes: ["move-to-bcc"] }] },
    { name: "split across To and CC", draft: { to: people(5), cc: many(5, "yahoo.co.jp", "y") }, errors: [{ messageId: "visible", severity: "block", params: { count: 10 }, recipients: [...people(5), ...many(5, "yahoo.co.jp", "y")], fixes: ["move-to-bcc"] }] },
    { name: "two client companies, 6 each", draft: { to: many(6, "alpha.co.jp"), cc: many(6, "beta.co.jp") }, errors: [{ messageId: "visible", severity: "block", params: { count: 12 }, recipients: [...many(6, "alpha.co.jp"), ...many(6, "beta.co.jp")], fixes: ["move-to-bcc"] }] },
    { name: "internal addresses are not counted or listed", draft: { to: [...people(10), ...many(5, "example.co.jp")] }, errors: [{ messageId: "visible", severity: "block", params: { count: 10 }, recipients: people(10), fixes: ["move-to-bcc"] }] },
    { name: "trusted partners still count", draft: { to: [...many(5, "partner.co.jp"), ...people(5)] }, policy: { trustedDomains: ["partner.co.jp"] }, errors: [{ messageId: "visible", severity: "block", params: { count: 10 }, recipients: [...many(5, "partner.co.jp"), ...people(5)], fixes: ["move-to-bcc"] }] },
    { name: "lower threshold from policy", draft: { to: people(3) }, policy: { rules: { "bcc-exposure": { threshold: 3 } } }, errors: [{ messageId: "visible", severity: "block", params: { count: 3 }, recipients: people(3), fixes: ["move-to-bcc"] }] },
    { name: "includeInternal for a school", draft: { from: "teacher@school.ac.jp", to: many(12, "school.ac.jp", "s") }, policy: { rules: { "bcc-exposure": { includeInternal: true } } }, errors: [{ messageId: "visible", severity: "block", params: { count: 12 }, recipients: many(12, "school.ac.jp", "s"), fixes: ["move-to-bcc"] }] },
    { name: "capped To list reports at least", draft: { to: people(500), capped: { to: true } }, errors: [{ messageId: "visible", severity: "block", params: { count: "500+" }, recipients: people(500), fixes: ["move-to-bcc"] }] },
    { name: "severity lowered to confirm", draft: { to: people(12) }, policy: { rules: { "bcc-exposure": { severity: "confirm" } } }, errors: [{ messageId: "visible", severity: "confirm", params: { count: 12 }, recipients: people(12), fixes: ["move-to-bcc"] }] },
  ],
};

export default cases;
