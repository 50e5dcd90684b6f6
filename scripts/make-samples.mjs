// Writes samples/*.eml: drafts of a fictional company (桐谷精工, kiritani-seiko.example), one per
// kind of slip, encoded the way mail clients save them (CRLF, RFC 2047 headers, base64 / quoted-printable
// UTF-8 bodies, RFC 2231 file names). The output is committed; run `node scripts/make-samples.mjs`
// after changing this file. Everything is deterministic, so re-running gives the same bytes.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { calendarPart, encryptedZip, filePart, headers, message, multipart, textPart, writeMessages } from "./eml-kit.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "samples");

// ---------------------------------------------------------------- people (all fictional)

const us = (name, local) => [name, `${local}@kiritani-seiko.example`];
const takahashi = us("高橋 美咲", "m.takahashi");
const sasaki = us("佐々木 健", "k.sasaki");
const nakamura = us("中村 翔太", "s.nakamura");
const matsumoto = us("松本 由美", "y.matsumoto");
const eventDesk = us("桐谷精工 見学会事務局", "event");
const ogawa = ["小川 直樹", "n.ogawa@yamabuki-unyu.example"]; // trusted logistics partner

const SIGNATURE = (name, dept) => `――――――――――――――――――――
桐谷精工株式会社 ${dept}
${name}
TEL: 03-5555-0187`;

// A 1×1 PNG: the signature logo Outlook embeds with a Content-ID.
const LOGO_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/** iCalendar lines fold at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
function fold(line) {
  const out = [];
  let current = "";
  for (const ch of line) {
    const limit = out.length === 0 ? 75 : 74; // a continuation line starts with a space
    if (Buffer.byteLength(current + ch) > limit) {
      out.push(current);
      current = "";
    }
    current += ch;
  }
  out.push(current);
  return out.join("\r\n ");
}

const escapeText = (text) => text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");

/**
 * A meeting request's calendar as Outlook writes it (METHOD:REQUEST, Tokyo time zone, one VEVENT).
 * `attendees`: [name, address, params] with params such as "ROLE=OPT-PARTICIPANT" or
 * "CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT" (a room); ROLE=REQ-PARTICIPANT is the default.
 */
function meetingCalendar({ uid, organizer, attendees, summary, description, location, start, end, stamp }) {
  const person = ([name, address], params = "ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE") =>
    `ATTENDEE;${params};CN="${name}":mailto:${address}`;
  const lines = [
    "BEGIN:VCALENDAR",
    "METHOD:REQUEST",
    "PRODID:Microsoft Exchange Server 2010",
    "VERSION:2.0",
    "BEGIN:VTIMEZONE",
    "TZID:Tokyo Standard Time",
    "BEGIN:STANDARD",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:+0900",
    "TZOFFSETTO:+0900",
    "END:STANDARD",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    `ORGANIZER;CN="${organizer[0]}":mailto:${organizer[1]}`,
    ...attendees.map(([name, address, params]) => person([name, address], params)),
    `DESCRIPTION;LANGUAGE=ja-JP:${escapeText(description)}`,
    `UID:${uid}`,
    `SUMMARY;LANGUAGE=ja-JP:${escapeText(summary)}`,
    `DTSTART;TZID=Tokyo Standard Time:${start}`,
    `DTEND;TZID=Tokyo Standard Time:${end}`,
    "CLASS:PUBLIC",
    "PRIORITY:5",
    `DTSTAMP:${stamp}`,
    "TRANSP:OPAQUE",
    "STATUS:CONFIRMED",
    "SEQUENCE:0",
    `LOCATION;LANGUAGE=ja-JP:${escapeText(location)}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}

// ---------------------------------------------------------------- the samples

const samples = {};

/** People writing from personal addresses (a seminar's guests, applicants): the mass-mailing samples' recipients. */
const privatePeople = [
    ["青木 陽子", "yoko.aoki.0412@gmail.com"],
    ["石井 大輔", "d-ishii_77@yahoo.co.jp"],
    ["上田 さくら", "sakura.ueda@icloud.com"],
    ["遠藤 誠", "makoto-endo.1985@docomo.ne.jp"],
    ["岡田 恵美", "emi_okada22@ezweb.ne.jp"],
    ["加藤 隆", "takashi.kato.k@outlook.jp"],
    ["木村 瞳", "hitomi-kimura@plala.or.jp"],
    ["小林 亮", "ryo.kobayashi.run@gmail.com"],
    ["斉藤 香織", "kaori.saito0305@yahoo.co.jp"],
    ["清水 拓海", "takumi.shimizu.31@icloud.com"],
    ["田中 和子", "kazuko-tanaka@docomo.ne.jp"],
    ["西村 悠斗", "yuto.nishimura.jp@gmail.com"],
];

samples["s01-mass-to.eml"] = message(
  headers({
    date: "Mon, 5 Oct 2026 09:30:12 +0900",
    from: eventDesk,
    to: privatePeople,
    subject: "【ご案内】秋の工場見学会(11月8日)のお知らせ",
    id: "S01.5A1C09E2",
  }),
  textPart(`見学会にお申し込みの皆さま

桐谷精工 見学会事務局です。
このたびは秋の工場見学会にお申し込みいただき、ありがとうございます。
11月8日(日)10時に本社工場正門にお集まりください。
当日は歩きやすい靴でお越しください。

${SIGNATURE("見学会事務局", "総務部")}
`),
);

samples["s02-two-companies-cc.eml"] = message(
  headers({
    date: "Tue, 6 Oct 2026 14:05:40 +0900",
    from: takahashi,
    to: [["林 真一", "s.hayashi@aoba-shoji.example"]],
    cc: [["井上 彩", "a.inoue@minato-denki.example"]],
    subject: "新製品説明会の日程について",
    id: "S02.77B0D3A1",
  }),
  textPart(
    `青葉商事株式会社
林様

いつもお世話になっております。桐谷精工の高橋です。
新製品説明会は10月22日(木)14時から弊社会議室で開催いたします。
ご出席の可否を10月15日までにお知らせください。

${SIGNATURE("高橋 美咲", "営業部")}
`,
    { encoding: "quoted-printable" },
  ),
);

samples["s03-lookalike.eml"] = message(
  headers({
    date: "Wed, 7 Oct 2026 17:42:03 +0900",
    from: nakamura,
    // The colleague's domain spelt as it is pronounced (seikou), one letter more than kiritani-seiko.
    to: [["松本 由美", "y.matsumoto@kiritani-seikou.example"]],
    subject: "出張旅費精算の件",
    id: "S03.1F2E3D4C",
  }),
  textPart(`松本さん

先週の大阪出張の旅費精算をお願いします。
新幹線代 27,940円、宿泊費 9,800円です。領収書は明日お渡しします。

中村
`),
);

samples["s04-forgotten-attachment.eml"] = message(
  headers({
    date: "Thu, 8 Oct 2026 11:20:45 +0900",
    from: takahashi,
    to: [ogawa],
    subject: "本日の打合せ資料",
    id: "S04.9C8B7A65",
  }),
  multipart("alternative", [
    textPart(`山吹運輸株式会社
小川様

本日はお打合せのお時間をいただき、ありがとうございました。
打合せで使用した資料を添付いたしますので、ご確認ください。

${SIGNATURE("高橋 美咲", "営業部")}
`),
    textPart(
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0mm;font-size:10.5pt}</style></head>
<body lang="JA"><div class="WordSection1">
<p class="MsoNormal">山吹運輸株式会社<o:p></o:p></p>
<p class="MsoNormal">小川様<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">本日はお打合せのお時間をいただき、ありがとうございました。<o:p></o:p></p>
<p class="MsoNormal">打合せで使用した資料を添付いたしますので、ご確認ください。<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">桐谷精工株式会社 営業部<br>高橋 美咲<o:p></o:p></p>
</div></body></html>
`,
      { subtype: "html" },
    ),
  ]),
);

samples["s05-double-extension.eml"] = message(
  headers({
    date: "Fri, 9 Oct 2026 16:10:27 +0900",
    from: sasaki,
    to: [nakamura],
    subject: "10月分の請求書",
    id: "S05.2B3C4D5E",
  }),
  multipart("mixed", [
    textPart(`中村さん

取引先から届いた10月分の請求書を転送します。内容をご確認ください。

佐々木
`),
    filePart({
      name: "請求書_10月分.pdf.vbs",
      type: "application/octet-stream",
      bytes: Buffer.from('MsgBox "Presend sample: a script disguised as a PDF"\r\n', "utf8"),
    }),
  ]),
);

samples["s06-password-zip.eml"] = message(
  headers({
    date: "Fri, 16 Oct 2026 10:35:18 +0900",
    from: matsumoto,
    to: [ogawa],
    subject: "10月分 支払明細のご送付",
    id: "S06.6D5E4F3A",
  }),
  multipart("mixed", [
    textPart(`山吹運輸株式会社
小川様

いつもお世話になっております。桐谷精工 経理部の松本です。
10月分の支払明細をお送りします。
解凍用のパスワードは別メールにてお送りします。

${SIGNATURE("松本 由美", "経理部")}
`),
    filePart({
      name: "支払明細_2026年10月.zip",
      type: "application/x-zip-compressed",
      bytes: encryptedZip(
        "支払明細_2026年10月.csv",
        "支払日,請求番号,金額\r\n2026/10/30,YU-2026-1042,1280400\r\n2026/10/30,YU-2026-1043,356200\r\n",
        "Kiri#2026Oct",
      ),
    }),
  ]),
);

samples["s07-confidential.eml"] = message(
  headers({
    date: "Tue, 13 Oct 2026 13:55:09 +0900",
    from: nakamura,
    to: [["森 恵", "m.mori@shirakaba-chem.example"]],
    subject: "【関係者外秘】試作品の評価結果について",
    id: "S07.8E9F0A1B",
  }),
  textPart(`白樺化学株式会社
森様

いつもお世話になっております。桐谷精工の中村です。
社外秘の試作品評価結果をまとめましたので、概要をお知らせします。
耐久試験は3,000時間で異常なし、詳細は来週の会議でご説明します。

${SIGNATURE("中村 翔太", "技術部")}
`),
);

samples["s08-blocked.eml"] = message(
  headers({
    date: "Wed, 14 Oct 2026 15:22:51 +0900",
    from: takahashi,
    to: [["黒鉄精機 営業部", "sales@kurogane-seiki.example"]],
    subject: "部品見積のご依頼",
    id: "S08.3C4D5E6F",
  }),
  textPart(`黒鉄精機株式会社
営業部 御中

桐谷精工の高橋です。
下記部品の見積をお願いいたします。
・精密シャフト KS-220 500個

${SIGNATURE("高橋 美咲", "営業部")}
`),
);

samples["s09-internal-ok.eml"] = message(
  headers({
    date: "Thu, 15 Oct 2026 08:45:30 +0900",
    from: sasaki,
    to: [
      nakamura,
      takahashi,
      matsumoto,
      us("山口 裕子", "y.yamaguchi"),
      us("池田 学", "m.ikeda"),
      ["藤井 涼", "r.fujii@osaka.kiritani-seiko.example"],
    ],
    subject: "来週の定例会議の会場変更",
    id: "S09.4A5B6C7D",
  }),
  multipart("related", [
    multipart("alternative", [
      textPart(`各位

来週の定例会議は本館3階の第2会議室に変更になりました。
時間は変わらず10時からです。

${SIGNATURE("佐々木 健", "総務部")}
`),
      textPart(
        `<html><body>
<p>各位</p>
<p>来週の定例会議は本館3階の第2会議室に変更になりました。<br>時間は変わらず10時からです。</p>
<p><img src="cid:logo001@kiritani-seiko.example" alt="桐谷精工" width="1" height="1"><br>
桐谷精工株式会社 総務部<br>佐々木 健</p>
</body></html>
`,
        { subtype: "html" },
      ),
    ]),
    filePart({
      name: "image001.png",
      type: "image/png",
      bytes: LOGO_PNG,
      inline: true,
      contentId: "logo001@kiritani-seiko.example",
    }),
  ]),
);

samples["s10-trusted-reply-ok.eml"] = message(
  headers({
    date: "Tue, 20 Oct 2026 10:02:44 +0900",
    from: takahashi,
    to: [ogawa],
    subject: "Re: 11月の配送スケジュール",
    id: "S10.5B6C7D8E",
    inReplyTo: "CAF3.11.20261020@yamabuki-unyu.example",
  }),
  // An HTML-only reply: the original, which says 添付, is quoted in a <blockquote>.
  textPart(
    `<div dir="ltr"><div>小川様</div><div><br></div>
<div>ご連絡ありがとうございます。11月の配送スケジュール、承知いたしました。</div>
<div>引き続きよろしくお願いいたします。</div><div><br></div><div>高橋</div></div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">2026年10月20日(火) 9:12 小川 直樹 &lt;n.ogawa@yamabuki-unyu.example&gt;:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
<div>桐谷精工株式会社</div><div>高橋様</div><div><br></div>
<div>11月の配送スケジュールを添付いたしましたので、ご確認ください。</div>
<div><br></div><div>山吹運輸 小川</div>
</blockquote></div>
`,
    { subtype: "html", encoding: "quoted-printable" },
  ),
);

samples["s11-empty-subject.eml"] = message(
  headers({
    date: "Mon, 19 Oct 2026 12:03:15 +0900",
    from: matsumoto,
    to: [sasaki],
    subject: "",
    id: "S11.6C7D8E9F",
  }),
  textPart(`佐々木さん

備品購入の稟議、承認されました。発注をお願いします。

松本
`),
);

// ---------------------------------------------------------------- meeting requests (OnAppointmentSend)

const chair = "ROLE=CHAIR;PARTSTAT=ACCEPTED";
const optional = "ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE";
const room = "CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE";

{
  const hayashi = ["林 真一", "s.hayashi@aoba-shoji.example"];
  const inoue = ["井上 彩", "a.inoue@minato-denki.example"];
  const meetingRoom = ["本社 5F 大会議室", "room-5f@kiritani-seiko.example"];
  const description = `林様、井上様

新製品説明会の打ち合わせを下記のとおり設定いたしました。
資料を添付いたしますので、事前にご確認ください。

${SIGNATURE("高橋 美咲", "営業部")}
`;
  // Outlook: To holds the required attendees and the room, Cc the optional ones; the organizer
  // is ORGANIZER and an accepted CHAIR attendee. The handout is a file attached to the mail.
  samples["s12-meeting-two-companies.eml"] = message(
    headers({
      date: "Thu, 8 Oct 2026 10:15:00 +0900",
      from: takahashi,
      to: [hayashi, meetingRoom],
      cc: [inoue],
      subject: "新製品説明会 打ち合わせ",
      id: "S12.0A1B2C3D",
    }),
    multipart("mixed", [
      multipart("alternative", [
        textPart(description, { encoding: "quoted-printable" }),
        calendarPart(
          meetingCalendar({
            uid: "040000008200E00074C5B7101A82E00800000000S12",
            organizer: takahashi,
            attendees: [[...takahashi, chair], hayashi, [...inoue, optional], [...meetingRoom, room]],
            summary: "新製品説明会 打ち合わせ",
            description,
            location: "本社 5F 大会議室",
            start: "20261015T140000",
            end: "20261015T150000",
            stamp: "20261008T011500Z",
          }),
        ),
      ]),
      filePart({ name: "新製品説明会_資料.pdf", type: "application/pdf", bytes: Buffer.from("%PDF-1.7\n% handout\n") }),
    ]),
  );
}

{
  // A study session for applicants with personal addresses, all invited as required attendees:
  // every attendee sees all the others, and a meeting has no BCC to hide them in.
  const applicants = privatePeople.slice(0, 11);
  const description = `会社説明会(オンライン)にお申し込みいただいた皆さま

11月12日(木)19時から、オンラインで会社説明会を開催します。
時間になりましたら、この招待の Teams リンクから参加してください。

${SIGNATURE("採用担当", "人事部")}
`;
  samples["s13-meeting-applicants.eml"] = message(
    headers({
      date: "Mon, 26 Oct 2026 16:40:00 +0900",
      from: eventDesk,
      to: applicants,
      subject: "【会社説明会】11月12日(木)オンライン開催のご案内",
      id: "S13.4E5F6A7B",
    }),
    multipart("alternative", [
      textPart(description),
      calendarPart(
        meetingCalendar({
          uid: "040000008200E00074C5B7101A82E00800000000S13",
          organizer: eventDesk,
          attendees: applicants,
          summary: "【会社説明会】11月12日(木)オンライン開催",
          description,
          location: "Microsoft Teams 会議",
          start: "20261112T190000",
          end: "20261112T200000",
          stamp: "20261026T074000Z",
        }),
        { encoding: "8bit" },
      ),
    ]),
  );
}

{
  // Colleagues only; the organizer is listed among the attendees, and the venue is a room rented
  // outside (a resource with an outside address), which is booked, not invited.
  const hall = ["浜松町カンファレンス ルームB", "room-b@hamamatsucho-conference.example"];
  const description = `各位

来期の販売計画の検討会を下記のとおり行います。
各部の計画案をご持参ください。

${SIGNATURE("佐々木 健", "経営企画部")}
`;
  samples["s14-meeting-internal-ok.eml"] = message(
    headers({
      date: "Fri, 16 Oct 2026 11:20:00 +0900",
      from: sasaki,
      to: [sasaki, takahashi, nakamura, hall],
      cc: [matsumoto],
      subject: "来期販売計画 検討会",
      id: "S14.8C9D0E1F",
    }),
    multipart("alternative", [
      textPart(description),
      calendarPart(
        meetingCalendar({
          uid: "040000008200E00074C5B7101A82E00800000000S14",
          organizer: sasaki,
          attendees: [[...sasaki, chair], takahashi, nakamura, [...matsumoto, optional], [...hall, "CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE"]],
          summary: "来期販売計画 検討会",
          description,
          location: "浜松町カンファレンス ルームB",
          start: "20261105T100000",
          end: "20261105T120000",
          stamp: "20261016T022000Z",
        }),
      ),
    ]),
  );
}

writeMessages(outDir, samples);
