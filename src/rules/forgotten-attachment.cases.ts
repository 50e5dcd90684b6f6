import type { RuleCases } from "./cases";

const to = ["mochizuki@client.example"];
const pdf = { name: "見積書.pdf", size: 120_000 };
const pastedPicture = { name: "image001.png", size: 80_000, inline: true };
const lines = (...text: string[]) => text.join("\n");

const cases: RuleCases = {
  valid: [
    {
      name: "添付 only in the quoted original of a reply",
      draft: { to, subject: "Re: 点検日程のご相談", body: lines("土屋様", "", "10月28日の午前で承知しました。", "", "> 点検日程の候補を添付いたしましたので、ご都合をお知らせください。") },
    },
    { name: "a reply's subject repeats the earlier mail's (Re: 添付の件)", draft: { to, subject: "Re: 添付の件", body: "確認しました。ありがとうございます。" } },
    { name: "a forward's subject repeats the earlier mail's (FW: 資料送付の件)", draft: { to, subject: "FW: 資料送付の件", body: "ご参考まで。" } },
    { name: "the file is attached", draft: { to, body: "見積書を添付します。", attachments: [pdf] } },
    { name: "添付は不要です", draft: { to, body: "今回は資料の添付は不要です。口頭でご説明します。" } },
    { name: "添付しておりません", draft: { to, body: "容量が大きいため、今回は添付しておりません。" } },
    { name: "the recipient's attachment (ご添付いただいた資料)", draft: { to, body: "ご添付いただいた資料を拝見しました。" } },
    { name: "the recipient's file, received (昨日いただいた添付資料、拝見しました)", draft: { to, body: "昨日いただいた添付資料、拝見しました。レイアウト案の2番で進めます。" } },
    { name: "the recipient's file, thanked for (添付の資料ありがとうございます)", draft: { to, body: "添付の資料ありがとうございます。" } },
    { name: "thanks for the attached report (English)", draft: { to, body: "Thanks for the attached report. The figures match our ledger." } },
    { name: "I reviewed the attached slides (English)", draft: { to, body: "I reviewed the attached slides and have no comments." } },
    { name: "a request to attach (添付してご返信ください)", draft: { to, body: "申込書にご記入の上、添付してご返信ください。" } },
    { name: "an earlier mail (先日お送りした資料)", draft: { to, body: "先日お送りした資料について、ご不明な点はございますか。" } },
    { name: "later, by post (後日郵送にて送付いたします)", draft: { to, body: "原本は後日郵送にて送付いたします。" } },
    { name: "later, separately (資料は別途お送りします)", draft: { to, body: "資料は別途お送りします。" } },
    { name: "a subject asking the recipient to send (資料送付のお願い)", draft: { to, subject: "資料送付のお願い", body: "お手数ですが、ご準備をお願いいたします。" } },
    { name: "送付先 is an address, not a file", draft: { to, subject: "送付先変更のお知らせ", body: "4月1日より書類の送付先が変わります。" } },
    { name: "no attachment (English)", draft: { to, body: "There is no attachment this time; the figures are below." } },
    { name: "your attachment (English)", draft: { to, body: "Thank you for your attachment, I will review it today." } },
    { name: "security notice about opening attachments", draft: { to: ["all@example.co.jp"], subject: "不審メールにご注意ください", body: "心当たりのないメールの添付ファイルは開かないでください。" } },
    { name: "please find … below is not an attachment", draft: { to, body: "Please find the details below." } },
    { name: "will be sent separately (English)", draft: { to, body: "The attachment will be sent separately." } },
    { name: "a pasted screenshot is an inline attachment", draft: { to, body: "エラー画面のスクリーンショットを添付します。", attachments: [pastedPicture] } },
    { name: "Please find attached only inside -----Original Message-----", draft: { to, subject: "RE: Invoice", body: lines("Thanks, received.", "", "-----Original Message-----", "From: Taro", "Sent: Monday", "Please find attached the invoice.") } },
    { name: "builtIn false: only the policy's words count", draft: { to, body: "見積書を添付します。" }, policy: { rules: { "forgotten-attachment": { builtIn: false, keywords: ["同封"] } } } },
    { name: "a rule about attaching files (添付は禁止されています)", draft: { to: ["all@example.co.jp"], body: "メールへのファイル添付は禁止されています。共有フォルダをご利用ください。" } },
    { name: "asking for the recipient's attachment again", draft: { to, body: "Could you send me the attachment again?" } },
    { name: "the PPAP follow-up names the earlier mail's attachment", draft: { to, subject: "パスワードのお知らせ", body: "先ほどお送りした添付ファイルのパスワードをお知らせします。" } },
    { name: "ご査収 of a document sent by post", draft: { to, body: "契約書を本日郵送いたしましたので、ご査収ください。" } },
    { name: "turned off", draft: { to, body: "見積書を添付します。" }, policy: { rules: { "forgotten-attachment": { severity: "off" } } } },
    {
      name: "an English legal footer's \"any attachments\"",
      draft: { to, body: lines("The count starts at 9:00.", "", "Kind regards,", "Kenta", "", "This e-mail and any attachments are confidential and intended solely for the addressee.") },
    },
    {
      name: "a Japanese legal footer's 添付ファイル",
      draft: { to, body: lines("初荷は1月5日の午前でお願いいたします。", "", "本メールおよび添付ファイルには機密情報が含まれている場合があります。", "誤って受信された場合は、送信者までご連絡の上、削除してください。") },
    },
  ],
  invalid: [
    {
      name: "見積書を添付します with nothing attached",
      draft: { to, subject: "フォークリフト保守のお見積り", body: lines("剣機械株式会社", "ご担当者様", "", "来期のフォークリフト保守について、弊社で作成した見積書を添付します。", "内容をご確認ください。") },
      messageId: "body",
      severity: "warn",
      params: { phrase: "来期のフォークリフト保守について、弊社で作成した見積書を添付します" },
    },
    { name: "資料を添付いたしました", draft: { to, body: "会議資料を添付いたしました。" } },
    { name: "別添のとおり", draft: { to, body: "詳細は別添のとおりです。" } },
    { name: "請求書を送付いたします", draft: { to, body: "10月分の請求書を送付いたします。" }, params: { phrase: "10月分の請求書を送付いたします" } },
    { name: "議事録をお送りします", draft: { to, body: "本日の議事録をお送りします。" } },
    { name: "Please find attached", draft: { to, body: "Please find attached the invoice for October." } },
    { name: "I've attached", draft: { to, body: "Hi Ken, I've attached the slides for tomorrow." } },
    { name: "I'm attaching", draft: { to, body: "I'm attaching the minutes from today." } },
    { name: "enclosed", draft: { to, body: "See the enclosed agreement for details." } },
    { name: "full-width letters (Ａｔｔａｃｈｅｄ)", draft: { to, body: "Ａｔｔａｃｈｅｄ is the report." } },
    { name: "a new mail's subject (見積書送付の件)", draft: { to, subject: "見積書送付の件", body: "よろしくお願いいたします。" }, messageId: "subject", params: { phrase: "見積書送付の件" } },
    { name: "a subject labelled 【送付】", draft: { to, subject: "【送付】請求書(2026年11月分)", body: "標記の件、よろしくお願いいたします。" }, messageId: "subject", params: { phrase: "【送付】請求書(2026年11月分)" } },
    { name: "a subject labelled [資料送付]", draft: { to, subject: "[資料送付] 11月度 月次報告書", body: "ご確認ください。" }, messageId: "subject" },
    { name: "a new mail's subject (【添付】)", draft: { to, subject: "【添付】会議資料", body: "ご確認ください。" }, messageId: "subject" },
    { name: "a reply whose new text promises a file", draft: { to, subject: "Re: 見積の件", body: lines("修正版を添付します。", "", "> 修正をお願いします。") }, messageId: "body" },
    { name: "only an inline logo, and the sentence is not about a picture", draft: { to, body: "見積書を添付します。", attachments: [pastedPicture] } },
    { name: "thanks in one sentence, a promise in the next", draft: { to, body: "添付資料ありがとうございました。修正版を添付します。" }, params: { phrase: "修正版を添付します" } },
    { name: "thanks for the e-mail, then the promise (English)", draft: { to, body: "Thanks for your email, please find the attached file." } },
    { name: "a negation in another sentence does not cancel", draft: { to, body: "前回は添付しておりませんでした。今回は見積書を添付します。" }, params: { phrase: "今回は見積書を添付します" } },
    { name: "添付を忘れておりました (the resend still has no file)", draft: { to, body: "先ほどのメールで添付を忘れておりました。失礼いたしました。" } },
    { name: "ご査収ください implies a document", draft: { to, body: "ご査収のほど、よろしくお願いいたします。" } },
    { name: "the resend after a forgotten file (添付ミス) still has none", draft: { to, body: "先ほどお送りしたメールに添付ミスがありました。" } },
    { name: "policy keyword added to the built-in words", draft: { to, body: "資料を同封します。" }, policy: { rules: { "forgotten-attachment": { keywords: ["同封"] } } } },
    { name: "builtIn false with the policy's own word", draft: { to, body: "資料を同封します。" }, policy: { rules: { "forgotten-attachment": { builtIn: false, keywords: ["同封"] } } } },
    { name: "English subject of a new mail", draft: { to, subject: "Attachment: Q3 report", body: "Hi all." }, messageId: "subject" },
    { name: "a long sentence is shortened in the message", draft: { to, body: "先月の打ち合わせでご依頼いただいておりました新製品の販売計画と価格表を添付いたしますので、ご確認のほどよろしくお願いいたします。" }, params: { phrase: "…した新製品の販売計画と価格表を添付いたしますので、ご確認のほどよろしくお願いいた…" } },
    {
      name: "a promise above a legal footer still counts",
      draft: { to, body: lines("Please find attached the invoice.", "", "This e-mail and any attachments are confidential and intended solely for the addressee.") },
      params: { phrase: "please find attached the invoice" },
    },
    { name: "severity raised to confirm", draft: { to, body: "資料を添付します。" }, policy: { rules: { "forgotten-attachment": { severity: "confirm" } } }, severity: "confirm" },
  ],
};

export default cases;
