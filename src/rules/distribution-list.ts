import { defineRule, type RuleReport } from "./rule";

export default defineRule({
  id: "distribution-list",
  docs: {
    en: "A distribution list or contact group is in To/CC: the sender cannot see who is on it, so the mail may reach people it was not meant for (and they see the list). Exchange groups and personal contact groups both count; in BCC a list is not reported. Outlook gives a contact group no address, so it is named by its display name.",
    ja: "To/CC に配布リストまたは連絡先グループが含まれています。メンバーが見えないため、想定外の人に届くおそれがあります。Exchange の配布グループも個人の連絡先グループも対象で、BCC のリストは対象外です。連絡先グループはアドレスを持たないため表示名で示します。",
  },
  defaults: { severity: "confirm" },
  options: {},
  messages: ["list", "unnamed"],
  check(_draft, { visible }) {
    const reports: RuleReport[] = [];
    const seen = new Set<string>();
    let unnamed = false;
    for (const r of visible) {
      if (r.kind !== "distributionList") continue;
      // A personal contact group arrives without an address; its display name is all the user knows it by.
      const label = r.address.trim() || r.name.trim();
      if (!label) {
        unnamed = true;
        continue;
      }
      const key = r.address.trim() ? r.normalized : `name:${label.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // One finding per list so the message can name it in the singular.
      reports.push({ messageId: "list", recipients: [{ address: label }] });
    }
    // Nothing to name: the finding is about the message itself.
    if (unnamed) reports.push({ messageId: "unnamed" });
    return reports;
  },
});
