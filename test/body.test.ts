import { splitBody } from "../src/engine/body";

/** Lines joined with CRLF or LF. */
const text = (...lines: string[]) => lines.join("\n");

describe("splitBody", () => {
  const cases: Array<[string, string, string, string]> = [
    // [name, body, expected new text, expected quoted text]
    ["plain new text only", text("山田様", "", "資料を添付します。"), text("山田様", "", "資料を添付します。"), ""],
    ["> quoted lines", text("Thanks!", "", "> I attached the report.", "> Taro"), "Thanks!", text("> I attached the report.", "> Taro")],
    ["full-width ＞ quoted lines", text("承知しました。", "＞ 資料を添付します。"), "承知しました。", "＞ 資料を添付します。"],
    ["inline replies keep the new lines between quotes", text("> Can you come?", "Yes.", "> Attached is the map.", "Thanks."), text("Yes.", "Thanks."), text("> Can you come?", "> Attached is the map.")],
    ["Outlook -----Original Message-----", text("OK.", "", "-----Original Message-----", "From: Taro", "Please see attached."), "OK.", text("-----Original Message-----", "From: Taro", "Please see attached.")],
    ["Outlook Japanese -----元のメッセージ-----", text("了解です。", "-----元のメッセージ-----", "添付をご確認ください。"), "了解です。", text("-----元のメッセージ-----", "添付をご確認ください。")],
    ["Outlook header block From/Sent", text("Noted.", "", "________________________________", "From: Taro Yamada <t@client.example>", "Sent: Wednesday, November 25, 2026 10:00", "Subject: report", "", "Attached."), "Noted.", text("________________________________", "From: Taro Yamada <t@client.example>", "Sent: Wednesday, November 25, 2026 10:00", "Subject: report", "", "Attached.")],
    ["Japanese Outlook header block 差出人/送信日時", text("承知しました。", "", "差出人: 山田 太郎 <t@client.example>", "送信日時: 2026年11月25日 10:00", "宛先: 佐藤", "", "見積書を添付いたします。"), "承知しました。", text("差出人: 山田 太郎 <t@client.example>", "送信日時: 2026年11月25日 10:00", "宛先: 佐藤", "", "見積書を添付いたします。")],
    ["Outlook for Mac Japanese 差出人/日付", text("確認しました。", "差出人: 山田 <t@client.example>", "日付: 2026年11月25日 水曜日 10:00", "資料を添付します。"), "確認しました。", text("差出人: 山田 <t@client.example>", "日付: 2026年11月25日 水曜日 10:00", "資料を添付します。")],
    ["a From: line without a header block stays new text", text("From: the sales team", "We will send the catalogue next week."), text("From: the sales team", "We will send the catalogue next week."), ""],
    ["Gmail On … wrote:", text("Sure.", "", "On Wed, Nov 25, 2026 at 10:00 AM Taro <t@client.example> wrote:", "> attached"), "Sure.", text("On Wed, Nov 25, 2026 at 10:00 AM Taro <t@client.example> wrote:", "> attached")],
    ["Gmail On … wrote: wrapped over two lines", text("Sure.", "", "On Wed, Nov 25, 2026 at 10:00 AM Taro Yamada <", "t@client.example> wrote:", "", "Please find the file attached."), "Sure.", text("On Wed, Nov 25, 2026 at 10:00 AM Taro Yamada <", "t@client.example> wrote:", "", "Please find the file attached.")],
    // The first line has no dash, >, _ or colon: only the line after says it is an attribution.
    ["an attribution wrapped after a first line without any mark", text("Sure.", "", "On Wed Nov 25 2026 Taro Yamada", "<t@client.example> wrote:", "> attached"), "Sure.", text("On Wed Nov 25 2026 Taro Yamada", "<t@client.example> wrote:", "> attached")],
    ["a Japanese date line wrapped after a first line without any mark", text("承知しました。", "2026年11月25日 山田太郎", "<t@client.example>：", "添付します"), "承知しました。", text("2026年11月25日 山田太郎", "<t@client.example>：", "添付します")],
    ["Gmail Japanese date line", text("ありがとうございます。", "", "2026年11月25日(水) 10:00 山田太郎 <t@client.example>:", "", "資料を添付します。"), "ありがとうございます。", text("2026年11月25日(水) 10:00 山田太郎 <t@client.example>:", "", "資料を添付します。")],
    ["Thunderbird Japanese さんは書きました", text("了解です。", "山田 太郎 さんは書きました:", "添付します"), "了解です。", text("山田 太郎 さんは書きました:", "添付します")],
    ["Apple Mail Japanese のメール:", text("了解です。", "", "2026/11/25 10:00、山田太郎 <t@client.example>のメール:", "", "添付します"), "了解です。", text("2026/11/25 10:00、山田太郎 <t@client.example>のメール:", "", "添付します")],
    ["Apple Mail Begin forwarded message:", text("FYI", "", "Begin forwarded message:", "", "From: Taro <t@client.example>", "attached"), "FYI", text("Begin forwarded message:", "", "From: Taro <t@client.example>", "attached")],
    ["Gmail forward separator", text("ご参考まで。", "", "---------- Forwarded message ---------", "From: Taro"), "ご参考まで。", text("---------- Forwarded message ---------", "From: Taro")],
    ["the line before a one-line attribution stays new", text("Thanks.", "Taro Yamada <t@client.example> wrote:", "> attached"), "Thanks.", text("Taro Yamada <t@client.example> wrote:", "> attached")],
    ["header names in bold from HTML-to-text", text("See below.", "*From:* Taro <t@client.example>", "*Sent:* Wednesday", "attached"), "See below.", text("*From:* Taro <t@client.example>", "*Sent:* Wednesday", "attached")],
    ["new Outlook Japanese 送信元/送信日時", text("了解です。", "", "送信元: 山田 太郎 <t@client.example>", "送信日時: 2026年11月30日 10:00", "資料を添付します。"), "了解です。", text("送信元: 山田 太郎 <t@client.example>", "送信日時: 2026年11月30日 10:00", "資料を添付します。")],
    ["a header block with the date first (送信日時 then 差出人)", text("了解", "", "送信日時: 2026/11/30 10:00", "差出人: 山田", "添付します"), "了解", text("送信日時: 2026/11/30 10:00", "差出人: 山田", "添付します")],
    ["a 件名/日時 notice in new text is not a header block", text("件名: 新製品説明会", "日時: 12月3日 10:00", "資料を添付します。"), text("件名: 新製品説明会", "日時: 12月3日 10:00", "資料を添付します。"), ""],
    ["Thunderbird Japanese forward -------- 転送メッセージ --------", text("ご参考", "-------- 転送メッセージ --------", "件名: 見積", "添付します"), "ご参考", text("-------- 転送メッセージ --------", "件名: 見積", "添付します")],
    ["-- 以下、元のメール --", text("了解", "-- 以下、元のメール --", "添付します"), "了解", text("-- 以下、元のメール --", "添付します")],
    ["Lotus Notes ----- 転送者 … -----", text("ご参考", "----- 転送者 山田太郎/Minase 2026/11/30 10:00 -----", "添付します"), "ご参考", text("----- 転送者 山田太郎/Minase 2026/11/30 10:00 -----", "添付します")],
    ["GroupWise >>> … >>>", text("了解", ">>> 山田太郎 <t@client.example> 2026/11/30 10:00 >>>", "添付します"), "了解", text(">>> 山田太郎 <t@client.example> 2026/11/30 10:00 >>>", "添付します")],
    ["CRLF line ends", "OK.\r\n\r\n> attached\r\n", "OK.", "> attached"],
  ];

  it.each(cases)("%s", (_name, body, newText, quotedText) => {
    expect(splitBody(body)).toEqual({ newText, quotedText });
  });

  it("an empty body has no new or quoted text", () => {
    expect(splitBody("")).toEqual({ newText: "", quotedText: "" });
  });
});

describe("splitBody on very long threads", () => {
  it("splits 300,000 quoted lines below a separator without exceeding call-argument limits", () => {
    const thread = ["新しい本文です。", "-----Original Message-----", ...Array.from({ length: 300_000 }, (_, i) => `line ${i}`)].join("\n");
    const { newText, quotedText } = splitBody(thread);
    expect(newText).toBe("新しい本文です。");
    expect(quotedText.startsWith("-----Original Message-----\nline 0")).toBe(true);
    expect(quotedText.endsWith("line 299999")).toBe(true);
  });
});
