import { defineRule, type RuleDocs, type RuleReport } from "../engine/rule";

export const docs: RuleDocs = {
  en: "A distribution list or contact group is in To/CC: the sender cannot see who is on it, so the mail may reach people it was not meant for. Exchange groups and personal contact groups both count; in BCC a list is not reported. Outlook gives a contact group no address, so its finding is about the message and names the group.",
  ja: "To/CC に配布リストまたは連絡先グループが含まれています。メンバーが見えないため、想定外の人に届くおそれがあります。Exchange の配布グループも個人の連絡先グループも対象で、BCC のリストは対象外です。連絡先グループはアドレスを持たないため、グループ名を示してメール全体として確認します。",
};

type Report = RuleReport<"list" | "group" | "unnamed">;

export default defineRule()({
  id: "distribution-list",
  defaults: { severity: "confirm" },
  options: {},
  messages: ["list", "group", "unnamed", "group-meeting", "unnamed-meeting"],
  check(_draft, { visible }) {
    const reports: Report[] = [];
    const seen = new Set<string>();
    const report = (key: string, finding: Report) => {
      if (seen.has(key)) return;
      seen.add(key);
      reports.push(finding);
    };
    // One finding per list so each message names one list.
    for (const r of visible) {
      if (r.kind !== "distributionList") continue;
      const name = r.name.trim();
      if (r.normalized) report(`list:${r.normalized}`, { messageId: "list", recipients: [r] });
      // A personal contact group arrives without an address: nothing to tick but the message itself.
      else if (name) report(`group:${name}`, { messageId: "group", params: { name } });
      else report("unnamed", { messageId: "unnamed" });
    }
    return reports;
  },
});
