import { readFileSync } from "node:fs";
import path from "node:path";
import { parseEml } from "../src/formats/eml";
import { htmlToText } from "../src/formats/html-text";

const SAMPLES = path.resolve(__dirname, "../samples");
const sample = (file: string) => readFileSync(path.join(SAMPLES, file));

/** A message from header lines and a body, with CRLF like a saved .eml. */
const eml = (lines: string[]) => lines.join("\r\n");
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

describe("parseEml: addresses", () => {
  it("flattens group syntax into its members and decodes RFC 2047 display names", async () => {
    const draft = await parseEml(
      eml([
        "From: =?UTF-8?B?5bGx55SwIOWkqumDjg==?= <yamada@example.co.jp>",
        "To: =?UTF-8?B?44OX44Ot44K444Kn44Kv44OI?=: a.sato@client.example, =?UTF-8?B?6Yi05pyoIOiKsQ==?= <hana@client.example>;,",
        " ito@other.example",
        "Cc: =?ISO-2022-JP?B?GyRCOjRGIxsoQg==?= <sato@third.example>, =?UTF-8?Q?=E6=9D=B1_=E5=A4=A7?= <azuma@x.example>",
        "Bcc: undisclosed-recipients:;, hidden@example.org",
        "Subject: =?UTF-8?B?6KaL56mN5pu444Gu5Lu2?=",
        "",
        "body",
      ]),
    );
    expect(draft.from).toEqual({ address: "yamada@example.co.jp", name: "山田 太郎" });
    expect(draft.to).toEqual([
      { address: "a.sato@client.example", name: "", kind: "user" },
      { address: "hana@client.example", name: "鈴木 花", kind: "user" },
      { address: "ito@other.example", name: "", kind: "user" },
    ]);
    expect(draft.cc).toEqual([
      { address: "sato@third.example", name: "佐藤", kind: "user" },
      { address: "azuma@x.example", name: "東 大", kind: "user" },
    ]);
    // An empty group (undisclosed-recipients:;) adds nobody.
    expect(draft.bcc.map((r) => r.address)).toEqual(["hidden@example.org"]);
    expect(draft.subject).toBe("見積書の件");
  });

  it("reads a name without an address as a contact group, and keeps the sender an address", async () => {
    const draft = await parseEml(
      eml(["From: 山田", "To: =?UTF-8?B?5Za25qWt6YOo44Oh44Oz44OQ44O8?=, a@client.example", "Cc: \"Sales Team\" <>", "Bcc: 関係者各位:;", "Subject: x", "", "hi"]),
    );
    expect(draft.from).toBeUndefined();
    expect(draft.to).toEqual([
      { address: "", name: "営業部メンバー", kind: "distributionList" },
      { address: "a@client.example", name: "", kind: "user" },
    ]);
    expect(draft.cc).toEqual([{ address: "", name: "Sales Team", kind: "distributionList" }]);
    expect(draft.bcc).toEqual([]);
  });

  it("gives an empty subject and no sender when the headers have none", async () => {
    const draft = await parseEml(eml(["To: a@example.com", "Subject: ", "", "hello"]));
    expect(draft.subject).toBe("");
    expect(draft.from).toBeUndefined();
    expect(draft.attachments).toEqual([]);
  });
});

describe("parseEml: body", () => {
  it("reads text/plain and splits off the quoted reply", async () => {
    const draft = await parseEml(
      eml([
        "From: a@example.co.jp",
        "To: b@partner.example",
        "Subject: Re: schedule",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: base64",
        "",
        b64("承知しました。\r\n\r\n> 資料を添付しました。\r\n> ご確認ください。\r\n"),
      ]),
    );
    expect(draft.body.newText).toBe("承知しました。");
    expect(draft.body.quotedText).toContain("資料を添付しました。");
  });

  it("converts an HTML-only body to text with line breaks and blockquotes as quoted lines", async () => {
    const draft = await parseEml(sample("s10-trusted-reply-ok.eml"));
    expect(draft.body.newText.split("\n")).toEqual([
      "小川様",
      "",
      "ご連絡ありがとうございます。11月の配送スケジュール、承知いたしました。",
      "引き続きよろしくお願いいたします。",
      "",
      "高橋",
    ]);
    expect(draft.body.quotedText).toContain("> 11月の配送スケジュールを添付いたしましたので、ご確認ください。");
    expect(draft.body.newText).not.toContain("添付");
  });

  it("prefers text/plain over HTML in multipart/alternative", async () => {
    const draft = await parseEml(sample("s04-forgotten-attachment.eml"));
    expect(draft.body.newText).toContain("打合せで使用した資料を添付いたしますので、ご確認ください。");
    expect(draft.body.newText).not.toMatch(/MsoNormal|<p/);
  });

  it("treats an Outlook HTML reply header block (From:/Sent:) as the start of the quote", async () => {
    const html =
      "<html><body><p class=MsoNormal>Thanks, see you then.<o:p></o:p></p>" +
      "<div style='border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>From:</b> Ito &lt;ito@partner.example&gt;<br>" +
      "<b>Sent:</b> Monday, October 5, 2026 9:00 AM<br><b>Subject:</b> Plan</p></div>" +
      "<p class=MsoNormal>Please find the plan attached.</p></body></html>";
    const draft = await parseEml(
      eml(["From: a@example.co.jp", "To: ito@partner.example", "Subject: RE: Plan", "Content-Type: text/html; charset=utf-8", "", html]),
    );
    expect(draft.body.newText).toBe("Thanks, see you then.");
    expect(draft.body.quotedText).toContain("Please find the plan attached.");
  });
});

describe("parseEml: attachments", () => {
  const pdf = "%PDF-1.4 sample";
  const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
  const part = (headers: string[], content: Buffer | string) => [
    "--b1",
    ...headers,
    "Content-Transfer-Encoding: base64",
    "",
    Buffer.from(content).toString("base64"),
  ];
  const message = eml([
    "From: a@example.co.jp",
    "To: b@partner.example",
    "Subject: files",
    'Content-Type: multipart/mixed; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/html; charset=utf-8",
    "",
    '<p>See below</p><img src="cid:sig%40example.co.jp">',
    ...part(["Content-Type: application/pdf; name=report.pdf", "Content-Disposition: attachment; filename=report.pdf"], pdf),
    // Apple Mail marks files inline: still a file the recipient receives.
    ...part(["Content-Type: application/pdf", "Content-Disposition: inline; filename=\"=?UTF-8?B?6KaL56mN5pu4LnBkZg==?=\""], pdf),
    ...part(["Content-Type: image/png", "Content-Disposition: inline; filename=pasted.png"], png),
    // Shown by the HTML through its Content-ID, though not inside multipart/related.
    ...part(["Content-Type: image/png; name=logo.png", "Content-ID: <sig@example.co.jp>"], png),
    ...part(["Content-Type: application/zip", "Content-Disposition: attachment"], "PK\u0003\u0004"),
    "--b1--",
    "",
  ]);

  it("reports names, real sizes, bytes, content types and inline parts", async () => {
    const draft = await parseEml(message);
    expect(draft.attachments.map((a) => [a.name, a.size, a.inline, a.contentType])).toEqual([
      ["report.pdf", pdf.length, false, "application/pdf"],
      ["見積書.pdf", pdf.length, false, "application/pdf"],
      ["pasted.png", png.length, true, "image/png"],
      ["logo.png", png.length, true, "image/png"],
      ["attachment-5", 4, false, "application/zip"],
    ]);
    expect(Buffer.from(draft.attachments[0].bytes!).toString()).toBe(pdf);
    expect(draft.attachments.map((a) => a.id)).toEqual(["0", "1", "2", "3", "4"]);
  });

  it("accepts the message as bytes as well as text", async () => {
    const fromBytes = await parseEml(new TextEncoder().encode(message));
    expect(fromBytes.attachments.map((a) => a.name)).toEqual((await parseEml(message)).attachments.map((a) => a.name));
  });

  it("treats a multipart/related signature image as inline", async () => {
    const draft = await parseEml(sample("s09-internal-ok.eml"));
    expect(draft.attachments).toHaveLength(1);
    expect(draft.attachments[0]).toMatchObject({ name: "image001.png", inline: true, contentType: "image/png" });
  });

  it("keeps the bytes of a password ZIP so its encryption flag can be read", async () => {
    const [zip] = (await parseEml(sample("s06-password-zip.eml"))).attachments;
    expect(zip.name).toBe("支払明細_2026年10月.zip");
    expect(zip.inline).toBe(false);
    const bytes = zip.bytes!;
    expect(zip.size).toBe(bytes.length);
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(bytes[6] & 1).toBe(1); // general purpose flag bit 0: encrypted
  });

  it("reads the script with a double extension as an attachment", async () => {
    const draft = await parseEml(sample("s05-double-extension.eml"));
    expect(draft.attachments.map((a) => [a.name, a.inline])).toEqual([["請求書_10月分.pdf.vbs", false]]);
    expect(Buffer.from(draft.attachments[0].bytes!).toString()).toContain("MsgBox");
  });
});

describe("parseEml: old Japanese mailers", () => {
  /** A message as bytes, from a string holding one character per byte (raw ISO-2022-JP escapes, \xNN for 8-bit). */
  const bytes = (lines: string[]) => Buffer.from(lines.join("\r\n"), "latin1");
  const sjis = (hex: string) => Buffer.from(hex, "hex").toString("latin1");
  const E = "\u001b";
  const jis = (codes: string) => `${E}$B${codes}${E}(B`;
  const yamada = `${jis(";3ED")} ${jis("B@O:")}`; // 山田 太郎
  const sato = `${jis(":4F#")} ${jis("2V;R")}`; // 佐藤 花子

  it("reads raw ISO-2022-JP header text: names (whose ESC ( B is no comment), subject and file name", async () => {
    const draft = await parseEml(
      bytes([
        `From: ${yamada} <yamada@example.co.jp>`,
        `To: ${sato} <sato@client.example>, ${yamada} <t.yamada@other.example>`,
        `Subject: ${jis("8+@Q=q$N7o")}`, // 見積書の件
        'Content-Type: multipart/mixed; boundary="b1"',
        "",
        "--b1",
        "Content-Type: text/plain; charset=ISO-2022-JP",
        "",
        jis("E:IU$7$^$9!#"), // 添付します。
        "--b1",
        "Content-Type: application/pdf",
        `Content-Disposition: attachment; filename="${jis("8+@Q=q")}.pdf"`,
        "Content-Transfer-Encoding: base64",
        "",
        "JVBERi0=",
        "--b1--",
        "",
      ]),
    );
    expect(draft.from).toEqual({ address: "yamada@example.co.jp", name: "山田 太郎" });
    expect(draft.to.map((r) => [r.name, r.address])).toEqual([
      ["佐藤 花子", "sato@client.example"],
      ["山田 太郎", "t.yamada@other.example"],
    ]);
    expect(draft.subject).toBe("見積書の件");
    // The body's own ISO-2022-JP is declared and left to the decoder.
    expect(draft.body.newText).toBe("添付します。");
    expect(draft.attachments.map((a) => a.name)).toEqual(["見積書.pdf"]);
  });

  it("reads raw Shift_JIS header text in the message and in a part", async () => {
    const draft = await parseEml(
      bytes([
        "From: a@example.co.jp",
        "To: b@client.example",
        `Subject: ${sjis("89bf8a69955c82cc8c8f")}`, // 価格表の件
        'Content-Type: multipart/mixed; boundary="b2"',
        "",
        "--b2",
        "Content-Type: text/plain; charset=Shift_JIS",
        "Content-Transfer-Encoding: 8bit",
        "",
        sjis("9359957482b582dc82b78142"), // 添付します。
        "--b2",
        "Content-Type: application/vnd.ms-excel",
        `Content-Disposition: attachment; filename="${sjis("81798ed08a4f94e9817a89bf8a69955c2e786c7378")}"`, // 【社外秘】価格表.xlsx
        "Content-Transfer-Encoding: base64",
        "",
        "UEsDBA==",
        "--b2--",
        "",
      ]),
    );
    expect(draft.subject).toBe("価格表の件");
    expect(draft.body.newText).toBe("添付します。");
    expect(draft.attachments.map((a) => a.name)).toEqual(["【社外秘】価格表.xlsx"]);
  });

  it("decodes an ISO-2022-JP body whose part names no charset", async () => {
    const draft = await parseEml(bytes(["From: a@example.co.jp", "To: b@client.example", "Subject: x", "Content-Type: text/plain", "", jis("E:IU$7$^$9!#")]));
    expect(draft.body.newText).toBe("添付します。");
  });

  it("leaves an 8-bit body alone when only a body line starts with --", async () => {
    const draft = await parseEml(
      bytes(["From: a@example.co.jp", "To: b@client.example", "Subject: x", "Content-Type: text/plain; charset=Shift_JIS", "Content-Transfer-Encoding: 8bit", "", sjis("9359957482b582dc82b78142"), "-- ", sjis("8e5293632091be9859")]),
    );
    expect(draft.body.newText).toBe("添付します。\n-- \n山田 太郎");
  });
});

describe("parseEml: meeting requests", () => {
  /** A Thunderbird-style invitation: the calendar as an 8-bit alternative part. */
  const invitation = (vevent: string[], { method = "REQUEST", extraParts = [] as string[] } = {}) =>
    eml([
      "From: Organizer <org@example.co.jp>",
      "To: a@alpha.example, room@venue.example",
      "Subject: Mail subject",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="outer"',
      "",
      "--outer",
      'Content-Type: multipart/alternative; boundary="alt"',
      "",
      "--alt",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "When: tomorrow. Where: here.",
      "--alt",
      `Content-Type: text/calendar; charset=utf-8; method=${method}`,
      "Content-Transfer-Encoding: 8bit",
      "",
      "BEGIN:VCALENDAR",
      `METHOD:${method}`,
      "VERSION:2.0",
      "PRODID:-//test//EN",
      "BEGIN:VEVENT",
      "UID:1",
      "DTSTAMP:20261201T000000Z",
      ...vevent,
      "END:VEVENT",
      "END:VCALENDAR",
      "--alt--",
      ...extraParts,
      "--outer--",
      "",
    ]);

  it("takes attendees from the calendar by role, leaving out rooms, resources and the organizer", async () => {
    const draft = await parseEml(
      invitation([
        "ORGANIZER;CN=Organizer:mailto:org@example.co.jp",
        "ATTENDEE;ROLE=CHAIR;CN=Organizer:MAILTO:org@example.co.jp",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"工藤 彩\":mailto:a@alpha.example",
        "ATTENDEE:mailto:b@beta.example",
        "ATTENDEE;ROLE=OPT-PARTICIPANT:mailto:c@gamma.example",
        "ATTENDEE;ROLE=NON-PARTICIPANT:mailto:fyi@delta.example",
        "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:room@venue.example",
        "ATTENDEE;CUTYPE=RESOURCE:mailto:projector@example.co.jp",
        "ATTENDEE;CUTYPE=GROUP;CN=Partners:mailto:partners@alpha.example",
        "SUMMARY:Kick-off",
        "DESCRIPTION:Agenda attached.\\nSee you there.",
        "LOCATION:Room B",
        "DTSTART:20261210T010000Z",
      ]),
    );
    expect(draft.kind).toBe("meeting");
    expect(draft.from).toEqual({ address: "org@example.co.jp", name: "Organizer" });
    expect(draft.to).toEqual([
      { address: "a@alpha.example", name: "工藤 彩", kind: "user" },
      { address: "b@beta.example", name: "", kind: "user" },
      { address: "partners@alpha.example", name: "Partners", kind: "distributionList" },
    ]);
    expect(draft.cc.map((r) => r.address)).toEqual(["c@gamma.example", "fyi@delta.example"]);
    expect(draft.bcc).toEqual([]);
    expect(draft.subject).toBe("Kick-off");
    expect(draft.body.newText).toBe("Agenda attached.\nSee you there.");
    expect(draft.meeting).toEqual({ location: "Room B", start: new Date("2026-12-10T01:00:00Z") });
    // The invitation itself is not a file the user attached.
    expect(draft.attachments).toEqual([]);
  });

  it("reads files attached to the mail and files inside the calendar", async () => {
    const draft = await parseEml(
      invitation(
        ["ORGANIZER:mailto:org@example.co.jp", "ATTENDEE:mailto:a@alpha.example", "SUMMARY:Review", `ATTACH;FMTTYPE=text/plain;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=notes.txt:${b64("notes")}`, "ATTACH:https://files.example/link"],
        { extraParts: ["--outer", 'Content-Type: application/pdf; name="handout.pdf"', "Content-Disposition: attachment; filename=\"handout.pdf\"", "Content-Transfer-Encoding: base64", "", b64("%PDF-1.7")] },
      ),
    );
    expect(draft.attachments.map((a) => [a.name, a.size, a.contentType])).toEqual([
      ["handout.pdf", 8, "application/pdf"],
      ["notes.txt", 5, "text/plain"],
    ]);
  });

  it("falls back to the mail's subject, text and sender when the calendar has none", async () => {
    const draft = await parseEml(invitation(["ATTENDEE:mailto:org@example.co.jp", "ATTENDEE:mailto:a@alpha.example"]));
    expect(draft.from).toEqual({ address: "org@example.co.jp", name: "Organizer" });
    expect(draft.to.map((r) => r.address)).toEqual(["a@alpha.example"]);
    expect(draft.subject).toBe("Mail subject");
    expect(draft.body.newText).toBe("When: tomorrow. Where: here.");
    expect(draft.meeting).toEqual({ location: "" });
  });

  it("reads a reply or a cancellation as a message, with its calendar as a file", async () => {
    const draft = await parseEml(invitation(["ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@alpha.example"], { method: "REPLY" }));
    expect(draft.kind).toBe("message");
    expect(draft.to.map((r) => r.address)).toEqual(["a@alpha.example", "room@venue.example"]);
    expect(draft.attachments.map((a) => a.contentType)).toEqual(["text/calendar"]);
  });

  it("reports a damaged calendar instead of checking an empty meeting", async () => {
    const broken = invitation(["ATTENDEE:mailto:a@alpha.example"]).replace("BEGIN:VEVENT", "BEGIN:VEVENT\r\nnot a property");
    await expect(parseEml(broken)).rejects.toThrow();
  });

  it("reads the committed meeting samples as meetings", async () => {
    const draft = await parseEml(sample("s12-meeting-two-companies.eml"));
    expect(draft.kind).toBe("meeting");
    expect(draft.to.map((r) => r.address)).toEqual(["s.hayashi@aoba-shoji.example"]);
    expect(draft.cc.map((r) => r.address)).toEqual(["a.inoue@minato-denki.example"]);
    expect(draft.attachments.map((a) => a.name)).toEqual(["新製品説明会_資料.pdf"]);
    expect(draft.meeting?.start).toEqual(new Date("2026-10-15T05:00:00Z"));
  });
});

describe("htmlToText", () => {
  it("quotes nested blockquotes per level", () => {
    expect(htmlToText("<p>new</p><blockquote><p>one</p><blockquote>two<br>lines</blockquote>back</blockquote>end")).toBe(
      ["new", "> one", "> > two", "> > lines", "> back", "end"].join("\n"),
    );
  });

  it("keeps blank lines from <br><br>, drops styles, scripts and comments, decodes entities", () => {
    expect(
      htmlToText(
        "<!DOCTYPE html><html><head><style>p{color:red}</style><title>t</title></head><body>" +
          "A&amp;B&nbsp;&lt;x&gt; &#x6DFB;&#20184;<br><br>C<!-- hidden --><script>alert(1)</script></body></html>",
      ),
    ).toBe("A&B <x> 添付\n\nC");
  });

  it("keeps Outlook's empty paragraphs (<p>&nbsp;</p>) as blank lines, but not empty elements", () => {
    const paragraph = (text: string) => `<p class=MsoNormal>${text}<o:p></o:p></p>`;
    const empty = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>";
    expect(htmlToText(`${paragraph("A")}${empty}${paragraph("B")}<p class=MsoNormal>\u00a0</p>${paragraph("C")}`)).toBe("A\n\nB\n\nC");
    expect(htmlToText("<div>A</div><div></div><p> </p><div>B</div>")).toBe("A\nB");
  });

  it("keeps the lines of <pre> and collapses other whitespace", () => {
    expect(htmlToText("<div>a\n   b</div><pre>x\n  y</pre>")).toBe("a b\nx\n  y");
  });

  it("leaves a stray < as text", () => {
    expect(htmlToText("<p>1 < 2</p>")).toBe("1 < 2");
  });

  it("reads a > inside an attribute as part of the attribute", () => {
    expect(htmlToText('<p><a title="a>b" href="x">link</a> here</p>')).toBe("link here");
  });

  it("hides what follows an unclosed comment, script or style", () => {
    expect(htmlToText("<p>shown</p><!-- <p>hidden</p>")).toBe("shown");
    expect(htmlToText("<p>shown</p><script>alert(1)<p>hidden</p>")).toBe("shown");
    expect(htmlToText("<p>shown</p><style>p{}")).toBe("shown");
  });

  it("cuts trailing blanks of a preformatted line of 100,000 spaces in linear time", () => {
    // /[ \t]+$/ on it took seconds; the engine's splitBody has the same pattern (src/engine/body.ts).
    expect(htmlToText(`<p>a</p><pre>${" ".repeat(100000)}x \t\nsecond</pre>`)).toBe(`a\n${" ".repeat(100000)}x\nsecond`);
  });

  it("quotes at most 20 levels deep however many blockquotes are open", () => {
    expect(htmlToText(`${"<blockquote>".repeat(1000)}deep`)).toBe(`${"> ".repeat(20)}deep`);
  });
});
