import { sentAttachments } from "./attachments";
import { MAX_TO, namesInFileName, readGreeting, verdictFor, type GreetedName } from "../engine/greeting";
import { defineRule, type RuleDocs, type RuleReport } from "../engine/rule";

export const docs: RuleDocs = {
  en: "The greeting at the top of the new text (「青島電機株式会社 営業部 藤田 海斗 様」, 「藤田様」, 「〇〇さん」, 「〇〇御中」, 「〇〇先生」, \"Dear Ms. Fujita,\", \"Hi Kaito,\") or an attachment's file name (「丸吉フーズ様_お見積書.pdf」, 「株式会社青島電機_請求書.pdf」) names a person or organisation that none of the To recipients is. Who a recipient is comes from the display name (kanji, kana or Latin letters, with or without the company: `藤田 海斗 (青島電機)`, `Kaito Fujita`), the address (`k.fujita`, `fujita-k`: kanji surnames are read with a table of ~11,800 Japanese surnames from IPADIC, fetched beside the policy) and what this user greeted the address and its organisation with before (the recipient memory), so a 「青島電機」 greeting once sent to `@aoshima-denki.co.jp` makes 「青島電機 … 様」 to another company a mismatch. It is silent when nothing tells either way (「藤田様」 to `k.f@example.jp`, never greeted before; a surname it cannot read), for group greetings (各位, 皆様, ご担当者様, \"Dear all\"), for names further down the text (「藤田様にもよろしく」) or in the quoted earlier mail, for names on a CC line of the greeting or matching a CC recipient, and for mass mailings (more than 20 To recipients). Items: the To recipients (fix: remove them) or the file (fix: remove it). On a meeting request the required attendees are its To and the optional attendees its CC.",
  ja: "本文冒頭の宛名(「青島電機株式会社 営業部 藤田 海斗 様」「藤田様」「〇〇さん」「〇〇御中」「〇〇先生」「Dear Ms. Fujita,」「Hi Kaito,」)や添付ファイル名(「丸吉フーズ様_お見積書.pdf」「株式会社青島電機_請求書.pdf」)が示す人や組織が、To の宛先のどれとも一致しません。宛先が誰かは、表示名(漢字・かな・ローマ字、会社名付きも可: `藤田 海斗 (青島電機)`、`Kaito Fujita`)、アドレス(`k.fujita`、`fujita-k`。漢字の姓は IPADIC 由来の約11,800件の姓と読みの表で読みます。表はポリシーと同じ場所から取得します)、過去にそのアドレスや組織にどの宛名で送ったか(送信先の記憶)で判断します。たとえば「青島電機」宛てのメールを `@aoshima-denki.co.jp` に送ったことがあれば、「青島電機 … 様」で別の会社に送ろうとしたときに確認します。判断材料がない場合(`k.f@example.jp` への「藤田様」で、以前の宛名の記憶もない場合、読みの分からない姓)、全体宛て(各位、皆様、ご担当者様、Dear all)、本文の途中の名前(「藤田様にもよろしく」)や引用部分、宛名の CC 行の名前や CC の宛先に一致する名前、To が20件を超える一斉送信では何もしません。対象は To の宛先(修正: 宛先から削除)または添付ファイル(修正: 添付を削除)です。会議出席依頼では、必須出席者を To、任意出席者を CC として判断します。",
};

/** The name as the greeting wrote it: 藤田 海斗, Fujita, 青島電機. */
function shown(name: GreetedName): string {
  return name.latin && name.kind === "person" ? name.parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(" ") : name.parts.join(" ");
}

export default defineRule()({
  id: "addressee-mismatch",
  defaults: { severity: "confirm" },
  options: {},
  messages: ["greeting", "file", "greeting-meeting", "file-meeting"],
  check(draft, { recipients, remembering, surnames }) {
    if (draft.to.length === 0 || draft.to.length > MAX_TO) return [];
    // Every entry (To comes first, then CC), not each address once: one address in To twice, with and
    // without a display name, is judged the same in either order.
    const to = recipients.slice(0, draft.to.length).filter((r) => r.kind !== "distributionList");
    const cc = recipients.slice(draft.to.length, draft.to.length + Math.min(draft.cc.length, MAX_TO));
    if (to.length === 0) return [];
    const memory = remembering ? draft.memory : undefined;
    // Every To recipient known to be someone else, and no CC recipient the one greeted.
    const addressesNoOne = (name: GreetedName) =>
      to.every((r) => verdictFor(name, r, memory, surnames) === "other") && !cc.some((r) => verdictFor(name, r, memory, surnames) === "match");
    const toNames = to.map((r) => r.name || r.address).join(", ");
    const reports: RuleReport<"greeting" | "file">[] = [];
    const greeting = readGreeting(draft.body.newText, surnames);
    const greeted = greeting.group ? undefined : greeting.names.find(addressesNoOne);
    if (greeted) reports.push({ messageId: "greeting", params: { name: shown(greeted), to: toNames }, recipients: to, fixes: ["remove-recipient"] });
    for (const attachment of sentAttachments(draft)) {
      const named = namesInFileName(attachment.name, surnames).find(addressesNoOne);
      if (named) reports.push({ messageId: "file", params: { name: shown(named), to: toNames }, attachments: [attachment], fixes: ["remove-attachment"] });
    }
    return reports;
  },
});
