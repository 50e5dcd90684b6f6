import { messageItemKey } from "../engine/items";
import type { RuleCases } from "./cases";

const to = ["hori@nagisa-audit.example"];
const internal = ["a@example.co.jp"];
const lines = (...text: string[]) => text.join("\n");

const cases: RuleCases = {
  valid: [
    { name: "office and mobile phone numbers", draft: { to, body: "TEL: 03-1234-5678 / 携帯: 090-1234-5678 / FAX 03-1234-5679" } },
    { name: "international phone numbers (+81)", draft: { to, body: "Call me on +81-90-1234-5678 or +81 3 1234 5678." } },
    { name: "postal code and address", draft: { to, body: "〒100-0001 東京都千代田区千代田1-1" } },
    { name: "dates in several forms", draft: { to, body: "2026-11-27、2026年11月27日、2026/11/27 に伺います。" } },
    { name: "a 12-digit timestamp", draft: { to, body: "ログID 202611271030 をご確認ください。" } },
    { name: "a labelled order number that happens to pass Luhn", draft: { to, body: "注文番号: 4111111111111111" } },
    { name: "an order number in English", draft: { to, body: "Order No. 123456789018 has shipped." } },
    { name: "amounts with yen", draft: { to, body: "合計 ¥1,234,567(税込)、予算 123456789018円" } },
    { name: "Luhn-valid but no card issuer starts with 9", draft: { to, body: "管理コードは 9111111111111110 ではなく" } },
    { name: "12 digits with a wrong check digit", draft: { to, body: "番号 1234 5678 9012 を確認" } },
    { name: "Visa-like number failing Luhn", draft: { to, body: "4111 1111 1111 1112" } },
    { name: "a card number inside a longer digit run", draft: { to, body: "41111111111111110000" } },
    { name: "an ISBN", draft: { to, body: "ISBN 978-4-12345-678-2" } },
    { name: "JAN product codes (13 digits from 45/49, one passes Luhn)", draft: { to, body: "4901234567894、4987176013015 の2品目を各10ケースお願いします。" } },
    { name: "a shipping slip number (送り状番号)", draft: { to, body: "送り状番号 7041-9258-1637 でお送りしました。" } },
    { name: "a serial number (シリアル番号)", draft: { to, body: "シリアル番号：704192581637 の機器です。" } },
    { name: "a number after No.", draft: { to, body: "No. 7041 9258 1637 の件で" } },
    { name: "a card number only in the quoted text of a reply", draft: { to, subject: "Re: お支払い", body: lines("確認しました。", "", "> カード番号 4111 1111 1111 1111") } },
    { name: "社外秘 to colleagues only", draft: { to: internal, subject: "【社外秘】人事異動", body: "社外秘です。" } },
    { name: "an NDA is talk about secrecy, not a label", draft: { to, subject: "秘密保持契約書のご確認", body: "秘密保持契約書のドラフトを送付いたします。" } },
    { name: "a legal footer on every mail", draft: { to, body: lines("Thanks for the meeting.", "", "This e-mail is confidential and intended solely for the addressee. If you have received it in error, please delete it.") } },
    { name: "a Japanese footer: 本メールおよび添付ファイル…機密情報", draft: { to, body: lines("初荷の件、承知しました。", "", "本メールおよび添付ファイルには機密情報が含まれている場合があります。") } },
    {
      name: "a wrapped English footer",
      draft: { to, body: lines("Thanks for the meeting.", "", "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the", "intended recipient(s) and may contain confidential and privileged information.") },
    },
    { name: "a footer forbidding copying (無断転載)", draft: { to, body: lines("よろしくお願いいたします。", "", "本メールの内容は機密情報です。無断転載・複製を禁じます。") } },
    { name: "秘 inside words (秘書, 便秘, 秘訣) is not a label", draft: { to, body: "秘書室の山田です。便秘薬の広告の件、成功の秘訣をまとめました。" } },
    { name: "confidentiality agreement (not the word confidential)", draft: { to, body: "Please sign the confidentiality agreement." } },
    { name: "the message item confirmed", draft: { to, subject: "【社外秘】検討状況" }, confirmations: [{ rule: "sensitive-content", item: messageItemKey("keyword", { keywords: "社外秘" }) }] },
    { name: "detectors without my-number", draft: { to, body: "マイナンバー 1234 5678 9018" }, policy: { rules: { "sensitive-content": { detectors: ["credit-card"] } } } },
    { name: "builtIn false drops the 【秘】 mark too", draft: { to, subject: "【秘】組織変更" }, policy: { rules: { "sensitive-content": { builtIn: false, keywords: ["プロジェクトX"] } } } },
    { name: "builtIn false: only the policy's words", draft: { to, subject: "【社外秘】" }, policy: { rules: { "sensitive-content": { builtIn: false, keywords: ["プロジェクトX"] } } } },
    { name: "turned off", draft: { to, subject: "【極秘】" }, policy: { rules: { "sensitive-content": { severity: "off" } } } },
  ],
  invalid: [
    { name: "部外秘 in the subject to an outside address", draft: { to, subject: "【部外秘】拠点統合の検討状況", body: "拠点統合の検討状況をご報告します。" }, messageId: "keyword", severity: "confirm", params: { keywords: "部外秘" } },
    { name: "trusted partners are still outside", draft: { to: ["a@partner.co.jp"], body: "本資料は社外秘につき取扱注意でお願いします。" }, policy: { trustedDomains: ["partner.co.jp"] }, params: { keywords: "社外秘, 取扱注意" } },
    { name: "full-width STRICTLY CONFIDENTIAL", draft: { to, subject: "ＳＴＲＩＣＴＬＹ ＣＯＮＦＩＤＥＮＴＩＡＬ: Q3 plan" }, params: { keywords: "confidential, strictly confidential" } },
    { name: "【秘】 in the subject", draft: { to, subject: "【秘】組織変更の内示について", body: "内示の内容をお知らせします。" }, messageId: "keyword", params: { keywords: "【秘】" } },
    { name: "㊙ in a file name", draft: { to, attachments: [{ name: "㊙人事評価一覧.xlsx" }] }, messageId: "keyword-file", attachments: ["㊙人事評価一覧.xlsx"], params: { keywords: "(秘)" } },
    { name: "(秘) and 社内秘 in the text", draft: { to, body: "(秘) 社内秘のため取り扱いにご注意ください。" }, params: { keywords: "社内秘, (秘)" } },
    { name: "a file name with 社外秘", draft: { to, attachments: [{ name: "【社外秘】人事評価.xlsx" }] }, messageId: "keyword-file", attachments: ["【社外秘】人事評価.xlsx"], params: { keywords: "社外秘" } },
    { name: "label in the subject and in a file name", draft: { to, subject: "極秘: 買収計画", attachments: [{ name: "極秘_買収計画.pptx" }, { name: "地図.pdf" }] }, attachments: ["極秘_買収計画.pptx"] },
    { name: "a Visa number with spaces", draft: { to, body: "カード番号: 4111 1111 1111 1111 でお願いします。" }, messageId: "credit-card", params: { numbers: "****1111" } },
    { name: "a 13-digit Visa number that is not a JAN code", draft: { to, body: "旧カード 4222222222222 は解約済みです。" }, messageId: "credit-card", params: { numbers: "****2222" } },
    { name: "a Mastercard number with hyphens", draft: { to, body: "5555-5555-5555-4444" }, params: { numbers: "****4444" } },
    { name: "an American Express number grouped 4-6-5", draft: { to, body: "Amex 3782 822463 10005" }, params: { numbers: "****0005" } },
    { name: "a JCB number in full-width digits", draft: { to, body: "JCB ３５３０１１１３３３３０００００ です" }, params: { numbers: "****0000" } },
    { name: "two card numbers", draft: { to, body: "4111111111111111 と 5555555555554444" }, params: { numbers: "****1111, ****4444" } },
    { name: "an Individual Number grouped 4-4-4", draft: { to, body: "マイナンバー: 1234 5678 9018" }, messageId: "my-number", params: { numbers: "****9018" } },
    { name: "an Individual Number in the subject", draft: { to, subject: "個人番号 876543210989 の件" }, messageId: "my-number", params: { numbers: "****0989" } },
    { name: "a forward carries the quoted 社外秘 mail outside", draft: { to, subject: "FW: 人事異動の件", body: lines("ご参考まで。", "", "-----Original Message-----", "From: 人事部", "Sent: Monday", "【社外秘】来期の人事異動について") }, params: { keywords: "社外秘" } },
    { name: "a label above a footer in the same paragraph (no blank lines) still counts", draft: { to, body: lines("菅原様", "部外秘の試作結果をお知らせします。", "大西", "※本メールは機密情報を含む場合があります。誤って受信された場合は削除してください。") }, params: { keywords: "部外秘" } },
    {
      name: "a wrapped English footer after the text, without a blank line",
      draft: { to, body: lines("Internal only: Q1 figures below.", "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the", "intended recipient(s) and may contain confidential and privileged information.") },
      params: { keywords: "internal only" },
    },
    { name: "a label above a footer still counts", draft: { to, body: lines("社外秘の資料です。", "", "本メールおよび添付ファイルには機密情報が含まれている場合があります。") }, params: { keywords: "社外秘" } },
    { name: "policy keyword added", draft: { to, body: "プロジェクトXの進捗です。" }, policy: { rules: { "sensitive-content": { keywords: ["プロジェクトX"] } } }, params: { keywords: "プロジェクトx" } },
    { name: "onlyExternal false checks internal mail", draft: { to: internal, subject: "【社外秘】人事異動" }, policy: { rules: { "sensitive-content": { onlyExternal: false } } } },
    { name: "detectors narrowed to my-number", draft: { to, body: "4111111111111111 / 1234-5678-9018" }, policy: { rules: { "sensitive-content": { detectors: ["my-number"] } } }, messageId: "my-number" },
    { name: "outsider only in BCC", draft: { to: internal, bcc: to, subject: "【極秘】" } },
    { name: "internal only / do not forward in English", draft: { to, body: "Internal only - do not forward." }, params: { keywords: "internal only, do not forward" } },
    { name: "severity raised to block", draft: { to, subject: "【社外秘】" }, policy: { rules: { "sensitive-content": { severity: "block" } } }, severity: "block" },
  ],
};

export default cases;
