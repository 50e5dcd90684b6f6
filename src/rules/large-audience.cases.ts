import type { RuleCases } from "./cases";
import type rule from "./large-audience";

/** n addresses like `user1@<domain>`. */
const many = (n: number, domain: string, prefix = "user") =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}@${domain}`);

const cases: RuleCases<typeof rule> = {
  valid: [
    { name: "49 recipients", draft: { to: many(20, "example.co.jp"), cc: many(19, "client.co.jp"), bcc: many(10, "gmail.com") } },
    { name: "a usual team mail", draft: { to: many(8, "example.co.jp") } },
    { name: "the same 30 addresses in To and CC count once", draft: { to: many(30, "example.co.jp"), cc: many(30, "example.co.jp") } },
    { name: "letter case does not make a new address", draft: { to: many(30, "example.co.jp"), bcc: many(30, "EXAMPLE.CO.JP", "USER") } },
    { name: "a distribution list counts as one", draft: { to: [{ address: "all-staff@example.co.jp", name: "全社員", kind: "distributionList" }, ...many(10, "example.co.jp")] } },
    { name: "threshold raised to 100", draft: { bcc: many(80, "gmail.com") }, policy: { rules: { "large-audience": { threshold: 100 } } } },
    { name: "a capped field below a higher threshold is not known to reach it", draft: { bcc: many(500, "gmail.com"), capped: { bcc: true } }, policy: { rules: { "large-audience": { threshold: 1000 } } } },
    { name: "turned off", draft: { bcc: many(60, "gmail.com") }, policy: { rules: { "large-audience": { severity: "off" } } } },
  ],
  invalid: [
    { name: "exactly 50 internal recipients", draft: { to: many(50, "example.co.jp") }, errors: [{ messageId: "many", severity: "warn", params: { count: 50 } }] },
    { name: "a meeting inviting 50 colleagues", draft: { kind: "meeting", to: many(20, "example.co.jp"), cc: many(50, "example.co.jp").slice(20) }, errors: [{ messageId: "many-meeting", severity: "warn", params: { count: 50 } }] },
    { name: "spread over To, CC and BCC", draft: { to: many(10, "example.co.jp"), cc: many(20, "client.co.jp"), bcc: many(30, "gmail.com") }, errors: [{ messageId: "many", severity: "warn", params: { count: 60 } }] },
    { name: "duplicates across fields are counted once", draft: { to: many(60, "example.co.jp"), cc: many(10, "example.co.jp") }, errors: [{ messageId: "many", severity: "warn", params: { count: 60 } }] },
    { name: "students in BCC, list capped at 1,000 by Outlook", draft: { from: "office@school.ac.jp", bcc: many(1000, "school.ac.jp", "s"), capped: { bcc: true } }, errors: [{ messageId: "many", severity: "warn", params: { count: "1000+" } }] },
    { name: "a capped To list reports at least", draft: { to: many(500, "gmail.com"), capped: { to: true } }, errors: [{ messageId: "many", severity: "warn", params: { count: "500+" } }] },
    { name: "a capped CC list reaches a threshold above the page", draft: { cc: many(500, "client.co.jp"), bcc: many(200, "gmail.com"), capped: { cc: true } }, policy: { rules: { "large-audience": { threshold: 600 } } }, errors: [{ messageId: "many", severity: "warn", params: { count: "700+" } }] },
    { name: "lower threshold from policy", draft: { to: many(5, "example.co.jp") }, policy: { rules: { "large-audience": { threshold: 5 } } }, errors: [{ messageId: "many", severity: "warn", params: { count: 5 } }] },
    { name: "severity raised to confirm, the message is the item", draft: { bcc: many(55, "gmail.com") }, policy: { rules: { "large-audience": { severity: "confirm" } } }, errors: [{ messageId: "many", severity: "confirm", params: { count: 55 } }] },
    { name: "confirming a recipient does not confirm the message", draft: { bcc: many(55, "gmail.com") }, policy: { rules: { "large-audience": { severity: "confirm" } } }, confirmations: [{ rule: "large-audience", item: "recipient:user1@gmail.com" }], errors: [{ messageId: "many", severity: "confirm", params: { count: 55 } }] },
    { name: "internal domains from the policy still count", draft: { to: many(50, "sales.example.co.jp") }, policy: { internalDomains: ["*.example.co.jp"] }, errors: [{ messageId: "many", severity: "warn", params: { count: 50 } }] },
  ],
};

export default cases;
