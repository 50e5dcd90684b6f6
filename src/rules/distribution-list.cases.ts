import { messageItemKey } from "../engine/items";
import type { Recipient } from "../engine/types";
import type { RuleCases } from "./cases";
import type rule from "./distribution-list";

const list = (address: string, name = ""): Recipient => ({ address, name, kind: "distributionList" });
/** Outlook returns a personal contact group without an address. */
const contactGroup = (name: string) => list("", name);

const cases: RuleCases<typeof rule> = {
  valid: [
    { name: "people only", draft: { to: ["a@example.co.jp", "b@client.co.jp"] } },
    { name: "a list in BCC: members do not see each other", draft: { to: ["sender@example.co.jp"], bcc: [list("all-staff@example.co.jp", "全社員")] } },
    { name: "a contact group in BCC", draft: { to: ["sender@example.co.jp"], bcc: [contactGroup("セミナー参加者")] } },
    { name: "a recipient of unknown kind", draft: { to: [{ address: "team@example.co.jp", name: "Team", kind: "unknown" }] } },
    { name: "a list-like address of a person is not a list", draft: { to: ["all-staff@example.co.jp", "ml-sales@client.co.jp"] } },
    { name: "turned off", draft: { to: [list("all-staff@example.co.jp")] }, policy: { rules: { "distribution-list": { severity: "off" } } } },
    { name: "a confirmed contact group", draft: { to: [contactGroup("Family")] }, confirmations: [{ rule: "distribution-list", item: messageItemKey("group", { name: "Family" }) }] },
    { name: "confirmed list", draft: { to: [list("all-staff@example.co.jp")] }, confirmations: [{ rule: "distribution-list", item: "recipient:all-staff@example.co.jp" }] },
    { name: "no recipients", draft: {} },
  ],
  invalid: [
    { name: "an Exchange list in To", draft: { to: [list("all-staff@example.co.jp", "全社員")] }, errors: [{ messageId: "list", severity: "confirm", recipients: ["all-staff@example.co.jp"] }] },
    { name: "an external list in CC", draft: { to: ["a@client.co.jp"], cc: [list("project@client.co.jp")] }, errors: [{ messageId: "list", severity: "confirm", recipients: ["project@client.co.jp"] }] },
    { name: "a personal contact group is about the message and named", draft: { to: [contactGroup("取引先各位")] }, errors: [{ messageId: "group", severity: "confirm", params: { name: "取引先各位" } }] },
    { name: "a list invited to a meeting: its sentence fits a meeting as it is", draft: { kind: "meeting", to: [list("all-staff@example.co.jp", "全社員")] }, errors: [{ messageId: "list", severity: "confirm", recipients: ["all-staff@example.co.jp"] }] },
    { name: "a contact group among a meeting's attendees", draft: { kind: "meeting", cc: [contactGroup("取引先各位")] }, errors: [{ messageId: "group-meeting", severity: "confirm", params: { name: "取引先各位" } }] },
    { name: "a contact group beside a person", draft: { to: ["a@client.co.jp", contactGroup("Family")] }, errors: [{ messageId: "group", severity: "confirm", params: { name: "Family" } }] },
    { name: "two lists, each reported", draft: { to: [list("sales@example.co.jp")], cc: [list("dev@example.co.jp")] }, errors: [{ messageId: "list", severity: "confirm", recipients: ["sales@example.co.jp"] }, { messageId: "list", severity: "confirm", recipients: ["dev@example.co.jp"] }] },
    { name: "one list in To and CC in different case is one item", draft: { to: [list("Sales@Example.co.jp")], cc: [list("sales@example.co.jp")] }, errors: [{ messageId: "list", severity: "confirm", recipients: ["Sales@Example.co.jp"] }] },
    { name: "a contact group without a name is about the message", draft: { to: [contactGroup("")] }, errors: [{ messageId: "unnamed", severity: "confirm" }] },
    { name: "the list in To still counts when another is in BCC", draft: { to: [list("sales@example.co.jp")], bcc: [list("dev@example.co.jp")] }, errors: [{ messageId: "list", severity: "confirm", recipients: ["sales@example.co.jp"] }] },
    { name: "confirming one list leaves a new one pending", draft: { to: [list("sales@example.co.jp"), list("dev@example.co.jp")] }, confirmations: [{ rule: "distribution-list", item: "recipient:sales@example.co.jp" }], errors: [{ messageId: "list", severity: "confirm", recipients: ["dev@example.co.jp"] }] },
    { name: "severity raised to block", draft: { to: [list("all@example.co.jp")] }, policy: { rules: { "distribution-list": { severity: "block" } } }, errors: [{ messageId: "list", severity: "block", recipients: ["all@example.co.jp"] }] },
    { name: "severity lowered to warn", draft: { cc: [contactGroup("Family")] }, policy: { rules: { "distribution-list": { severity: "warn" } } }, errors: [{ messageId: "group", severity: "warn", params: { name: "Family" } }] },
    { name: "a list and a contact group", draft: { to: [list("sales@example.co.jp"), contactGroup("Family")] }, errors: [{ messageId: "list", severity: "confirm", recipients: ["sales@example.co.jp"] }, { messageId: "group", severity: "confirm", params: { name: "Family" } }] },
  ],
};

export default cases;
