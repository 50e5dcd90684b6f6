import { firstNamed, isIncompleteAddress } from "../engine/recipients";
import { defineRule, type RuleDocs } from "../engine/rule";

/** Entries named in the message. */
const NAMED_ENTRIES = 3;

export const docs: RuleDocs = {
  en: "A recipient in To, CC or BCC that is not a complete email address: a name Outlook has not resolved (田中), an address cut short (tanaka@, @example.co.jp) or a domain without a dot (tanaka@example). Presend cannot tell where such an entry goes, so none of its other checks can judge it. It must be removed and the recipient picked again from the address book or typed in full. Contact groups without an address are left to `distribution-list`. On a meeting request the same goes for the required and optional attendees.",
  ja: "To/CC/BCC に完全なメールアドレスではない宛先があります。Outlook で解決されていない名前(田中)、途中で切れたアドレス(tanaka@、@example.co.jp)、ドットのないドメイン(tanaka@example)などです。送信先が分からないため、Presend の他のチェックでも判断できません。宛先から削除し、アドレス帳から選び直すか正しいアドレスを入力する必要があります。アドレスのない連絡先グループは `distribution-list` で扱います。会議出席依頼の必須・任意の出席者も同様です。",
};

export default defineRule()({
  id: "invalid-address",
  defaults: { severity: "block" },
  options: {},
  messages: ["incomplete", "incomplete-meeting"],
  check(_draft, { recipients }) {
    const incomplete = recipients.filter(isIncompleteAddress);
    if (incomplete.length === 0) return [];
    // Named by what the user typed: an unresolved name may have no address at all.
    const entries = firstNamed(incomplete.map((r) => r.address || r.name), NAMED_ENTRIES);
    return [{ messageId: "incomplete", params: { entries }, recipients: incomplete, fixes: ["remove-recipient"] }];
  },
});
