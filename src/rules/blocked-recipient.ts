import { defineRule, type RuleDocs } from "../engine/rule";

export const docs: RuleDocs = {
  en: "A recipient in To, CC or BCC matches `blockedDomains` (a domain, `*.` its subdomains, or one address; case-insensitive, Unicode and punycode alike). The recipient must be removed: this cannot be confirmed away.",
  ja: "To/CC/BCC の宛先が `blockedDomains`(ドメイン、`*.` で始まるサブドメイン、または個別のアドレス。大文字小文字や Unicode/punycode 表記の違いは区別しません)に一致します。確認では送信できず、宛先から削除する必要があります。",
};

export default defineRule()({
  id: "blocked-recipient",
  defaults: { severity: "block" },
  options: {},
  messages: ["blocked", "blocked-meeting"],
  check(_draft, { distinct }) {
    const blocked = distinct.filter((r) => r.blocked);
    return blocked.length > 0 ? [{ messageId: "blocked", recipients: blocked, fixes: ["remove-recipient"] }] : [];
  },
});
