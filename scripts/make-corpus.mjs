// Writes test/fixtures/corpus/: saved drafts of two fictional organisations, in the format of the shared
// examples (.eml + policy + expected.json with mustStopAtLeast / mustAllow / mustInclude), written the way
// different mailers save them: Outlook (text + HTML, "-----Original Message-----", 差出人:/送信日時:
// blocks), Gmail ("2026年11月27日(金) 10:00 山田 <a@b>:" attributions, > quoting), iPhone, Thunderbird
// (format=flowed), Becky!-style ISO-2022-JP and Shift_JIS bodies and headers, quoted-printable, RFC 2231
// file names, multipart/related pictures, forwarded mail. Each slip comes in other words than the
// samples, and legitimate mail that looks like a slip must be allowed. test/corpus.test.ts runs them.
// The output is committed; run `node scripts/make-corpus.mjs` after changing this file (deterministic).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  aesZip,
  encryptedZip,
  filePart,
  headers,
  message,
  messagePart,
  multipart,
  plainZip,
  sevenZipEncryptedHeader,
  textPart,
  writeMessages,
} from "./eml-kit.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "test/fixtures/corpus");

// ---------------------------------------------------------------- policies

const POLICIES = {
  // 水無瀬テクノ株式会社: a manufacturer with a holding company, a trusted carrier and auditor, a blocked data broker.
  "policy.json": {
    version: 1,
    internalDomains: ["minase-techno.example", "*.minase-techno.example", "minase-hd.example"],
    trustedDomains: ["komorebi-unyu.co.jp", "tokiwa-audit.example"],
    blockedDomains: ["mogura-data.test", "*.mogura-data.test"],
    rules: {
      "bcc-exposure": { severity: "block", threshold: 10 },
      "external-recipient": { severity: "confirm" },
      "external-attachment": { severity: "confirm" },
      "sensitive-content": { severity: "confirm", keywords: ["社外秘", "部外秘", "極秘", "confidential"] },
    },
  },
  // 青嵐大学: students have addresses under the university's own domain, so they count in bcc-exposure.
  "policy-university.json": {
    version: 1,
    internalDomains: ["seiran-u.example", "*.seiran-u.example"],
    rules: {
      "bcc-exposure": { severity: "block", threshold: 10, includeInternal: true },
    },
  },
};

// ---------------------------------------------------------------- dates, mailers

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n) => String(n).padStart(2, "0");

/** An RFC 5322 date in Japan time: the corpus runs from October 2026 to September 2027. */
function date(month, day, hour, minute, second = 0) {
  const year = month >= 10 ? 2026 : 2027;
  const weekday = DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday}, ${day} ${MONTHS[month - 1]} ${year} ${two(hour)}:${two(minute)}:${two(second)} +0900`;
}

let boundaries = 0;
/** Boundaries and header lines the way each mailer writes them. */
const MAILERS = {
  outlook: {
    boundary: () => `----=_NextPart_000_${String(++boundaries).padStart(4, "0")}_01DC5E2A.1B7C3F10`,
    extra: ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ja"],
  },
  gmail: { boundary: () => `000000000000${(0x5a3f10c2e4n + BigInt(++boundaries) * 7919n).toString(16)}`, extra: [] },
  iphone: { boundary: () => `Apple-Mail-${two(++boundaries)}A3C9F0-71E2-4B5D-9C3A-2F8E6D1B4A70`, extra: ["X-Mailer: iPhone Mail (22B91)"] },
  thunderbird: {
    boundary: () => `------------${two(++boundaries)}Qx7mB2kT9wLr4sVn8pZc`,
    extra: ["User-Agent: Mozilla Thunderbird", "Content-Language: ja"],
  },
  becky: { boundary: () => `----_NextPart_${two(++boundaries)}_Becky_7F3A`, extra: ["X-Mailer: Becky! ver. 2.81.04 [ja]"] },
};

// ---------------------------------------------------------------- people (all fictional)

const minase = (name, local) => [name, `${local}@minase-techno.example`];
const fujiwara = minase("藤原 真理", "m.fujiwara");
const onishi = minase("大西 浩二", "k.onishi");
const kuwabara = minase("桑原 由紀", "y.kuwabara");
const noguchi = minase("野口 健太", "k.noguchi");
const miura = minase("三浦 彩花", "a.miura");
const harada = minase("原田 隆之", "t.harada");
const seminarDesk = minase("水無瀬テクノ セミナー事務局", "seminar");
const prDesk = minase("水無瀬テクノ 広報室", "pr");

const katayama = ["片山 修", "o.katayama@komorebi-unyu.co.jp"]; // trusted carrier
const hori = ["堀 千尋", "c.hori@komorebi-unyu.co.jp"];
const hayakawa = ["早川 宏", "h.hayakawa@tokiwa-audit.example"]; // trusted auditor

const watabe = ["渡部 理恵", "r.watabe@akatsuki-foods.example"];
const sugawara = ["菅原 賢一", "k.sugawara@akatsuki-foods.example"];
const mochizuki = ["望月 亜紀", "a.mochizuki@yamanami-kensetsu.example"];
const kubo = ["久保 拓真", "t.kubo@hoshikuzu-seiyaku.co.jp"];
const mizuno = ["水野 恵", "e.mizuno@hoshikuzu-seiyaku.co.jp"];
const imamura = ["今村 聡", "s.imamura@sazanami-hoken.example"];
const collins = ["Sarah Collins", "s.collins@lumen-analytics.example"];
const park = ["Daniel Park", "d.park@lumen-analytics.example"];

const SIGNATURE = (name, dept, tel = "03-5555-0261") => `――――――――――――――――――――――
水無瀬テクノ株式会社 ${dept}
${name}
〒105-0011 東京都港区芝公園9-9-9
TEL: ${tel}  FAX: 03-5555-0262
――――――――――――――――――――――`;

const SIGNATURE_EN = (name, title) => `--
${name}
${title}, Minase Techno Co., Ltd.
Tel: +81-3-5555-0261`;

// A 1×1 PNG: a signature logo or a pasted screenshot.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const PDF = (title) => Buffer.from(`%PDF-1.4\n% ${title}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, "utf8");
/** The first bytes of an OOXML file are a ZIP's: a stand-in for .docx / .xlsx. */
const OFFICE = (part) => plainZip("[Content_Types].xml", `<?xml version="1.0"?><Types><!-- ${part} --></Types>`);

// ---------------------------------------------------------------- body helpers

const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const lines = (...text) => text.join("\n");
const quote = (text) => text.split("\n").map((line) => (line === "" ? ">" : `> ${line}`)).join("\n");

/** Outlook's Word HTML: one MsoNormal paragraph per line; a reply's header block sits in a top-bordered div. */
function outlookHtml(text, quoted) {
  const paragraphs = (t) =>
    t.split("\n").map((line) => `<p class=MsoNormal>${line === "" ? "<o:p>&nbsp;</o:p>" : `${escapeHtml(line)}<o:p></o:p>`}</p>`).join("\n");
  let html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><style><!--p.MsoNormal{margin:0mm;font-size:10.5pt;font-family:"Yu Gothic"}--></style></head>
<body lang=JA link="#0563C1"><div class=WordSection1>
${paragraphs(text)}`;
  if (quoted) {
    html += `
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm'><p class=MsoNormal><b>${quoted.header
      .map(([label, value]) => `${escapeHtml(label)}:</b> ${escapeHtml(value)}`)
      .join("<br><b>")}<o:p></o:p></p></div>
${paragraphs(quoted.text)}`;
  }
  return `${html}
</div></body></html>`;
}

/** Outlook's plain-text rendering of the same reply. */
function outlookText(text, quoted, separator = "") {
  if (!quoted) return text;
  const head = quoted.header.map(([label, value]) => `${label}: ${value}`).join("\n");
  return `${text}\n\n${separator ? `${separator}\n` : ""}${head}\n\n${quoted.text}`;
}

/** An Outlook draft: text and HTML alternatives, files after them. */
function outlook(head, { text, quoted, separator, files = [], charset = "utf-8", encoding = "base64", related = [] }) {
  const alternative = multipart(
    "alternative",
    [
      textPart(outlookText(text, quoted, separator), { charset, encoding }),
      textPart(outlookHtml(text, quoted), { subtype: "html", encoding: "quoted-printable" }),
    ],
    MAILERS.outlook.boundary(),
  );
  let body = related.length > 0 ? multipart("related", [alternative, ...related], MAILERS.outlook.boundary()) : alternative;
  if (files.length > 0) body = multipart("mixed", [body, ...files.map(filePart)], MAILERS.outlook.boundary());
  return message(headers({ ...head, extra: MAILERS.outlook.extra }), body);
}

/** A Gmail draft: text and HTML; a reply quotes under "date name <address>:" and in a gmail_quote blockquote. */
function gmail(head, { text, attribution, quoted, files = [], wrapAttribution = false }) {
  const htmlLines = (t) => t.split("\n").map((line) => `<div>${line === "" ? "<br>" : escapeHtml(line)}</div>`).join("");
  let plain = text;
  let html = `<div dir="ltr">${htmlLines(text)}</div>`;
  if (quoted) {
    // Gmail's plain text breaks a long attribution before the address.
    const shownAttribution = wrapAttribution ? attribution.replace(" <", " <\n") : attribution;
    plain += `\n\n${shownAttribution}\n\n${quote(quoted)}\n`;
    html += `<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${escapeHtml(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${htmlLines(quoted)}</blockquote></div>`;
  }
  let body = multipart(
    "alternative",
    [textPart(plain, { encoding: "base64", quoteCharset: false }), textPart(html, { subtype: "html", encoding: "quoted-printable", quoteCharset: false })],
    MAILERS.gmail.boundary(),
  );
  if (files.length > 0) body = multipart("mixed", [body, ...files.map(filePart)], MAILERS.gmail.boundary());
  return message(headers({ ...head, extra: MAILERS.gmail.extra }), body, false);
}

/** An iPhone draft: quoted-printable UTF-8 text; files go inline, as Apple Mail marks them. */
function iphone(head, { text, files = [] }) {
  const plain = textPart(text, { encoding: "quoted-printable", quoteCharset: false });
  const body =
    files.length > 0 ? multipart("mixed", [plain, ...files.map((f) => filePart({ ...f, inline: true }))], MAILERS.iphone.boundary()) : plain;
  return message(headers({ ...head, extra: MAILERS.iphone.extra }), body, false);
}

/** A Thunderbird draft: format=flowed UTF-8 (or another charset), names as RFC 2047 words. */
function thunderbird(head, { text, files = [], charset = "utf-8" }) {
  const encoding = charset === "iso-2022-jp" ? "7bit" : "8bit";
  const plain = textPart(text, { charset, encoding, flowed: true, quoteCharset: false });
  const body =
    files.length > 0
      ? multipart("mixed", [plain, ...files.map((f) => filePart({ nameStyle: "encoded-word", charset, ...f }))], MAILERS.thunderbird.boundary())
      : plain;
  return message(headers({ ...head, charset, extra: MAILERS.thunderbird.extra }), body);
}

/** A Becky!-style draft: ISO-2022-JP everywhere (headers, 7bit body, file names as RFC 2047 words). */
function becky(head, { text, files = [] }) {
  const charset = "iso-2022-jp";
  const plain = textPart(text, { charset, encoding: "7bit" });
  const body =
    files.length > 0
      ? multipart("mixed", [plain, ...files.map((f) => filePart({ nameStyle: "encoded-word", charset, ...f }))], MAILERS.becky.boundary())
      : plain;
  return message(headers({ ...head, charset, extra: MAILERS.becky.extra }), body);
}

/** A draft from an older Japanese mailer or web system: Shift_JIS headers and body. */
function shiftJis(head, { text, files = [], encoding = "8bit" }) {
  const charset = "shift_jis";
  const plain = textPart(text, { charset, encoding });
  const body =
    files.length > 0
      ? multipart("mixed", [plain, ...files.map((f) => filePart({ charset, ...f }))], MAILERS.outlook.boundary())
      : plain;
  return message(headers({ ...head, charset, extra: ["X-Mailer: Microsoft Outlook Express 6.00.2900.5931"] }), body);
}

/**
 * An old Japanese mailer or in-house system: header text (names, subject, file names) written raw
 * in the body's charset instead of as RFC 2047 words.
 */
function oldMailer(head, { text, files = [], charset }) {
  const plain = textPart(text, { charset, encoding: charset === "iso-2022-jp" ? "7bit" : "8bit", quoteCharset: false });
  const body =
    files.length > 0 ? multipart("mixed", [plain, ...files.map((f) => filePart({ nameStyle: "raw", charset, ...f }))], MAILERS.becky.boundary()) : plain;
  return message(headers({ ...head, charset, raw: true, extra: ["X-Mailer: Shuriken Pro3 3.0"] }), body);
}

// ---------------------------------------------------------------- the corpus

const messages = {};
const expected = [];

/**
 * One draft and what must happen to it. `stop`: the least decision that catches the slip, or
 * "allow" for legitimate mail (nothing may be found then).
 */
function draft(file, { from, policy, stop, include = [], why }, text) {
  if (messages[file]) throw new Error(`duplicate ${file}`);
  messages[file] = text;
  expected.push({
    file,
    from,
    ...(policy ? { policy } : {}),
    ...(stop === "allow" ? { mustAllow: true } : { mustStopAtLeast: stop }),
    mustInclude: include,
    why,
  });
}

// ---- recipients visible to each other

const seminarGuests = [
  ["青山 直子", "naoko.aoyama.0718@gmail.com"],
  ["井口 勝", "m-iguchi@yahoo.co.jp"],
  ["宇野 里美", "satomi_uno@icloud.com"],
  ["江藤 雄一", "eto.yuichi@docomo.ne.jp"],
  ["大橋 舞", "mai-ohashi.0302@ezweb.ne.jp"],
  ["加納 俊介", "s.kanou@hotmail.co.jp"],
  ["菊池 由香", "yuka.kikuchi55@outlook.jp"],
  ["工藤 学", "manabu.kudo@nifty.com"],
  ["小松 沙織", "saori-komatsu@biglobe.ne.jp"],
  ["坂井 宏", "h.sakai.tokyo@gmail.com"],
  ["篠原 明美", "akemi.shinohara@softbank.ne.jp"],
  ["杉山 大地", "daichi.sugiyama@au.com"],
  ["関 久美子", "kumiko-seki@yahoo.co.jp"],
  ["高野 翼", "tsubasa.takano.88@gmail.com"],
  ["千葉 美穂", "miho_chiba@i.softbank.jp"],
  ["土井 和也", "k.doi@sanpo-kogyo.example"],
  ["中島 優", "yu.nakajima@hirose-denzai.example"],
  ["新田 早苗", "sanae.nitta@ocn.ne.jp"],
  ["橋本 光", "hikaru.hashimoto@live.jp"],
  ["平野 恵子", "keiko-hirano@so-net.ne.jp"],
  ["福田 純", "jun.fukuda@kawaguchi-setsubi.example"],
  ["松井 愛", "ai.matsui.0921@gmail.com"],
];

draft(
  "c01-seminar-to-iso2022jp.eml",
  { from: seminarDesk[1], stop: "block", include: ["bcc-exposure"], why: "22 seminar guests (personal and company addresses) in To, sent from a Becky!-style ISO-2022-JP mailer." },
  becky(
    {
      date: date(11, 24, 17, 5, 12),
      from: seminarDesk,
      to: seminarGuests,
      subject: "【水無瀬テクノ】省エネ設備セミナー（12月3日）受講票のご案内",
      id: "20261124170512.B7E1.SEMINAR",
    },
    {
      text: lines(
        "セミナーにお申し込みの皆様",
        "",
        "このたびは「省エネ設備セミナー」にお申し込みいただき、誠にありがとうございます。",
        "水無瀬テクノ セミナー事務局でございます。",
        "",
        "■日時：2026年12月3日（木）13:30～16:00（受付13:00～）",
        "■会場：水無瀬テクノ本社 5階 大会議室",
        "",
        "当日は本メールを受付にてご提示ください。",
        "",
        SIGNATURE("セミナー事務局", "営業企画部"),
      ),
    },
  ),
);

const webinarGuests = [
  ["Emily Turner", "e.turner@brightfield-eng.example"],
  ["Hiroshi Ando", "h.ando@kamome-plant.example"],
  ["Lucas Moreau", "lucas.moreau@veridia-energy.example"],
  ["Priya Nair", "priya.nair@gmail.com"],
  ["Tom Becker", "t.becker@nordwerk.example"],
  ["Yuki Sato", "yuki.sato@shirotae-chem.example"],
  ["Grace Lee", "grace.lee@harborline.example"],
  ["Kenji Ota", "kenji.ota@outlook.com"],
  ["Maria Santos", "m.santos@altamira-foods.example"],
  ["Olivia Brown", "olivia.brown@yahoo.com"],
  ["Chen Wei", "chen.wei@eastgate-tech.example"],
  ["Akira Mori", "a.mori@kohaku-pharma.example"],
  ["James Wilson", "jwilson@redwood-logistics.example"],
  ["Sofia Rossi", "sofia.rossi@icloud.com"],
];

draft(
  "c02-webinar-cc-thunderbird.eml",
  { from: onishi[1], stop: "block", include: ["bcc-exposure"], why: "14 webinar attendees from different companies in CC of an English Thunderbird follow-up (format=flowed)." },
  thunderbird(
    {
      date: date(11, 13, 10, 2, 44),
      from: ["Koji Onishi", onishi[1]],
      to: [["Koji Onishi", onishi[1]]],
      cc: webinarGuests,
      subject: "Follow-up: Predictive Maintenance Webinar (Nov 12)",
      id: "3c1f9a22-8d4e-4b7a-a3f5-2e9c7d1b0a61",
    },
    {
      text: lines(
        "Dear attendees,",
        "",
        "Thank you for joining yesterday's webinar on predictive maintenance for ",
        "compressors. The recording will be available on our website next week, ",
        "and we will be happy to arrange a follow-up call with our engineers.",
        "",
        "Best regards,",
        SIGNATURE_EN("Koji Onishi", "Engineering Department"),
      ),
    },
  ),
);

draft(
  "c03-two-companies-cc-sjis.eml",
  { from: fujiwara[1], stop: "confirm", include: ["cross-org-exposure"], why: "A colleague in To and two unrelated customer companies in CC, Shift_JIS (8bit) body and headers." },
  shiftJis(
    {
      date: date(11, 16, 11, 40, 3),
      from: fujiwara,
      to: [onishi],
      cc: [sugawara, mochizuki],
      subject: "新工場見学日程の調整について",
      id: "000a01dc5e2a$7b1c3f10$SJIS",
    },
    {
      text: lines(
        "大西さん",
        "（CC：暁フーズ 菅原様、山並建設 望月様）",
        "",
        "お世話になっております。水無瀬テクノの藤原です。",
        "新工場の見学日程について、候補日を以下のとおりご提案いたします。",
        "",
        "・12月8日（火）10:00～",
        "・12月10日（木）14:00～",
        "",
        "ご都合のよい日程をお知らせください。",
        "",
        SIGNATURE("藤原 真理", "営業部"),
      ),
    },
  ),
);

draft(
  "c04-reply-all-adds-customer.eml",
  { from: fujiwara[1], stop: "confirm", include: ["cross-org-exposure"], why: "Reply to one customer (Outlook, -----Original Message-----) with another customer's contact added in CC." },
  outlook(
    {
      date: date(11, 18, 15, 21, 9),
      from: fujiwara,
      to: [kubo],
      cc: [imamura],
      subject: "RE: 納入スケジュールのご相談",
      id: "TY1PR01MB8843.A1B2C3D4",
      inReplyTo: "OS3PR01MB6620.9F8E7D6C@hoshikuzu-seiyaku.co.jp",
    },
    {
      text: lines("星屑製薬株式会社", "久保様", "", "ご連絡ありがとうございます。", "12月第2週の納入で手配いたします。", "", SIGNATURE("藤原 真理", "営業部")),
      separator: "-----Original Message-----",
      quoted: {
        header: [
          ["From", "久保 拓真 <t.kubo@hoshikuzu-seiyaku.co.jp>"],
          ["Sent", "Wednesday, November 18, 2026 2:05 PM"],
          ["To", "藤原 真理 <m.fujiwara@minase-techno.example>"],
          ["Subject", "納入スケジュールのご相談"],
        ],
        text: lines("藤原様", "", "納入時期を12月第2週に変更できますでしょうか。", "", "久保"),
      },
    },
  ),
);

// ---- look-alike domains

draft(
  "c05-lookalike-own-rn.eml",
  { from: noguchi[1], stop: "confirm", include: ["lookalike-domain"], why: "Casual internal mail to a colleague at rninase-techno.example (rn for m in our own domain)." },
  iphone(
    { date: date(11, 20, 19, 48, 30), from: noguchi, to: [["桑原 由紀", "y.kuwabara@rninase-techno.example"]], subject: "忘年会の出欠", id: "A81F3C2E-5D0B-4E7A-9C61-2B8F4D7E0A13" },
    { text: lines("桑原さん", "", "忘年会、経理部は6名参加でお願いします！", "1名遅れて合流予定です。", "", "野口", "", "iPhoneから送信") },
  ),
);

draft(
  "c06-lookalike-partner-zero.eml",
  { from: fujiwara[1], stop: "confirm", include: ["lookalike-domain"], why: "Reply meant for the trusted carrier, sent to k0morebi-unyu.co.jp (zero for o)." },
  outlook(
    {
      date: date(11, 19, 9, 12, 55),
      from: fujiwara,
      to: [["片山 修", "o.katayama@k0morebi-unyu.co.jp"]],
      subject: "RE: 12月の集荷スケジュール",
      id: "TY1PR01MB8843.E5F6A7B8",
    },
    {
      text: lines("木漏れ日運輸株式会社", "片山様", "", "いつもお世話になっております。", "12月の集荷スケジュール、承知いたしました。", "", SIGNATURE("藤原 真理", "営業部")),
      quoted: {
        header: [
          ["差出人", "片山 修 <o.katayama@komorebi-unyu.co.jp>"],
          ["送信日時", "2026年11月18日 17:30"],
          ["宛先", "藤原 真理 <m.fujiwara@minase-techno.example>"],
          ["件名", "12月の集荷スケジュール"],
        ],
        text: lines("藤原様", "", "12月の集荷は毎週火・金の午後となります。", "", "片山"),
      },
    },
  ),
);

draft(
  "c07-lookalike-partner-com.eml",
  { from: kuwabara[1], stop: "confirm", include: ["lookalike-domain"], why: "The trusted carrier's name under .com instead of .co.jp (komorebi-unyu.com), from an iPhone." },
  iphone(
    { date: date(11, 21, 8, 3, 17), from: kuwabara, to: [["堀 千尋", "c.hori@komorebi-unyu.com"]], subject: "本日の引取り時間について", id: "6E2D9A41-0C7F-4B38-A5E2-91D3C8F7B604" },
    { text: lines("堀様", "", "お世話になっております。水無瀬テクノの桑原です。", "本日の引取りは15時以降でお願いできますでしょうか。", "", "桑原", "", "iPhoneから送信") },
  ),
);

draft(
  "c08-lookalike-other-recipient.eml",
  { from: fujiwara[1], stop: "confirm", include: ["lookalike-domain"], why: "Three people at akatsuki-foods.example and one at akatsuki-food.example (s dropped) on the same mail." },
  outlook(
    {
      date: date(11, 24, 13, 45, 0),
      from: fujiwara,
      to: [watabe, sugawara, ["石田 真由美", "m.ishida@akatsuki-food.example"]],
      cc: [["暁フーズ 品質保証部", "qa@akatsuki-foods.example"]],
      subject: "品質会議の議題について",
      id: "TY1PR01MB8843.C9D0E1F2",
    },
    {
      text: lines(
        "暁フーズ株式会社",
        "渡部様、菅原様、石田様",
        "",
        "いつもお世話になっております。",
        "来週の品質会議の議題案を以下にまとめました。",
        "1. 11月度の不良率推移",
        "2. 包装ラインの改善状況",
        "",
        SIGNATURE("藤原 真理", "営業部"),
      ),
    },
  ),
);

draft(
  "c09-lookalike-hyphen-dropped.eml",
  { from: harada[1], stop: "confirm", include: ["lookalike-domain"], why: "A colleague's address with the hyphen of our domain dropped (minasetechno.example)." },
  thunderbird(
    {
      date: date(11, 25, 18, 30, 41),
      from: harada,
      to: [["大西 浩二", "k.onishi@minasetechno.example"]],
      subject: "VPN接続設定の変更",
      id: "b1e7c0d2-4f3a-49e8-8c21-7d5a0f6e3b92",
    },
    { text: lines("大西さん", "", "来週からVPNの接続先が変わります。", "設定手順は社内ポータルに掲載しています。", "", "情報システム部 原田") },
  ),
);

draft(
  "c10-lookalike-jp-suffix.eml",
  { from: onishi[1], stop: "confirm", include: ["lookalike-domain"], why: "Two recipients at hoshikuzu-seiyaku.co.jp and one at hoshikuzu-seiyaku.jp (.co.jp / .jp)." },
  gmail(
    {
      date: date(11, 26, 14, 10, 5),
      from: onishi,
      to: [kubo, mizuno],
      cc: [["岡部 浩", "h.okabe@hoshikuzu-seiyaku.jp"]],
      subject: "試作機の評価日程",
      id: "CAKp3xQ7mW9vR2tY@mail.gmail.com",
    },
    { text: lines("星屑製薬株式会社", "久保様、水野様、岡部様", "", "試作機の評価は12月14日からの週で調整させてください。", "", "大西") },
  ),
);

draft(
  "c11-lookalike-l1.eml",
  { from: onishi[1], stop: "confirm", include: ["lookalike-domain"], why: "A customer's colleague at 1umen-analytics.example (digit 1 for l) beside lumen-analytics.example." },
  gmail(
    {
      date: date(11, 27, 8, 55, 31),
      from: ["Koji Onishi", onishi[1]],
      to: [collins],
      cc: [["Daniel Park", "d.park@1umen-analytics.example"]],
      subject: "Sensor data export format",
      id: "CAKp3xQ8nX0wS3uZ@mail.gmail.com",
    },
    { text: lines("Hi Sarah, Daniel,", "", "We can export the vibration data as CSV or Parquet; which would you prefer?", "", "Best,", "Koji") },
  ),
);

// ---- promised files that are not there

draft(
  "c12-forgot-quotation-formal.eml",
  { from: fujiwara[1], stop: "warn", include: ["forgotten-attachment"], why: "\"お見積書をお送りいたしますので、ご査収のほど\" with nothing attached (Outlook text + HTML)." },
  outlook(
    { date: date(11, 30, 10, 20, 0), from: fujiwara, to: [mochizuki], subject: "空調設備更新のお見積りについて", id: "TY1PR01MB8843.0A1B2C3D" },
    {
      text: lines(
        "山並建設株式会社",
        "望月様",
        "",
        "平素より大変お世話になっております。水無瀬テクノの藤原でございます。",
        "先日ご依頼いただきました空調設備更新につきまして、お見積書をお送りいたしますので、",
        "ご査収のほどよろしくお願い申し上げます。",
        "",
        SIGNATURE("藤原 真理", "営業部"),
      ),
    },
  ),
);

draft(
  "c13-forgot-english-gmail.eml",
  { from: onishi[1], stop: "warn", include: ["forgotten-attachment"], why: "\"Please see the attached proposal\" in English with nothing attached." },
  gmail(
    { date: date(12, 1, 9, 14, 2), from: ["Koji Onishi", onishi[1]], to: [collins], subject: "Proposal for the sensor retrofit", id: "CAKp3xQ9oY1xT4vA@mail.gmail.com" },
    { text: lines("Hi Sarah,", "", "Please see the attached proposal for the sensor retrofit and let me know if you have any questions.", "", "Best regards,", "Koji") },
  ),
);

draft(
  "c14-forgot-casual-internal.eml",
  { from: miura[1], stop: "warn", include: ["forgotten-attachment"], why: "Casual internal \"議事録、添付しとくので\" from an iPhone, nothing attached." },
  iphone(
    { date: date(12, 1, 18, 2, 40), from: miura, to: [noguchi], subject: "採用面接の議事録", id: "F0B3D7A2-9E1C-4A56-B8D2-3C7E0F9A1B25" },
    { text: lines("野口さん", "", "今日の面接の議事録、添付しとくので目を通しといてください！", "", "三浦", "", "iPhoneから送信") },
  ),
);

draft(
  "c15-forgot-subject-bracket.eml",
  { from: noguchi[1], stop: "warn", include: ["forgotten-attachment"], why: "Subject 【送付】請求書 with nothing attached (to the trusted carrier, so nothing else is found)." },
  outlook(
    { date: date(12, 2, 11, 0, 12), from: noguchi, to: [katayama], subject: "【送付】請求書（2026年11月分）", id: "TY1PR01MB8843.4E5F6A7B" },
    { text: lines("木漏れ日運輸株式会社", "片山様", "", "いつもお世話になっております。", "標記の件、よろしくお願いいたします。", "", SIGNATURE("野口 健太", "経理部")) },
  ),
);

draft(
  "c16-forgot-besshi-html-only.eml",
  { from: onishi[1], stop: "warn", include: ["forgotten-attachment"], why: "\"詳細は別紙をご確認ください\" in an HTML-only Outlook draft, nothing attached." },
  message(
    headers({
      date: date(12, 2, 16, 45, 7),
      from: onishi,
      to: [hayakawa],
      subject: "設備台帳の確認依頼",
      id: "TY1PR01MB8843.8C9D0E1F",
      extra: MAILERS.outlook.extra,
    }),
    textPart(
      outlookHtml(lines("常盤監査法人", "早川様", "", "お世話になっております。", "期末の設備台帳について、詳細は別紙をご確認ください。", "", "大西")),
      { subtype: "html", encoding: "quoted-printable" },
    ),
  ),
);

// ---- replies whose attachment words are only in the quote

draft(
  "c17-reply-quote-outlook-ja.eml",
  { from: fujiwara[1], stop: "allow", why: "Reply to the trusted carrier; 添付 only in the quoted original under an Outlook 差出人:/送信日時: block." },
  outlook(
    {
      date: date(12, 3, 9, 31, 18),
      from: fujiwara,
      to: [katayama],
      subject: "RE: 年末年始の配送計画",
      id: "TY1PR01MB8843.2A3B4C5D",
    },
    {
      text: lines("片山様", "", "配送計画表、拝見いたしました。", "12月29日の便で問題ございません。", "", "藤原"),
      quoted: {
        header: [
          ["差出人", "片山 修 <o.katayama@komorebi-unyu.co.jp>"],
          ["送信日時", "2026年12月2日 18:04"],
          ["宛先", "藤原 真理 <m.fujiwara@minase-techno.example>"],
          ["件名", "年末年始の配送計画"],
        ],
        text: lines("藤原様", "", "年末年始の配送計画表を添付いたします。", "ご確認のほどよろしくお願いいたします。", "", "木漏れ日運輸 片山"),
      },
    },
  ),
);

draft(
  "c18-reply-quote-gmail-ja.eml",
  { from: noguchi[1], stop: "allow", why: "Gmail reply to the trusted auditor; the attribution wraps before the address and 添付 is only in the > quote." },
  gmail(
    {
      date: date(12, 4, 10, 22, 0),
      from: noguchi,
      to: [hayakawa],
      subject: "Re: 期末監査のスケジュール",
      id: "CAKp3xQ0pZ2yU5wB@mail.gmail.com",
    },
    {
      text: lines("早川様", "", "ご連絡ありがとうございます。", "1月12日からの日程で承知いたしました。", "", "野口"),
      attribution: "2026年12月3日(木) 17:46 早川 宏 <h.hayakawa@tokiwa-audit.example>:",
      wrapAttribution: true,
      quoted: lines("野口様", "", "期末監査のスケジュール案を添付しましたのでご確認ください。", "", "常盤監査法人 早川"),
    },
  ),
);

draft(
  "c19-reply-quote-iphone.eml",
  { from: harada[1], stop: "allow", why: "Internal iPhone reply; the original, quoted under \"…のメール:\", says 添付." },
  iphone(
    { date: date(12, 4, 12, 8, 43), from: harada, to: [onishi], subject: "Re: 検査装置のログ", id: "2C8E4A10-B7D3-4F95-8E06-A1C3D5F7B9E2" },
    {
      text: lines(
        "大西さん",
        "",
        "ありがとうございます。午後に確認します。",
        "",
        "iPhoneから送信",
        "",
        "2026/12/04 11:52、大西 浩二 <k.onishi@minase-techno.example>のメール:",
        "",
        quote(lines("原田さん", "", "検査装置のログを添付します。", "エラーは15時台に集中しています。", "", "大西")),
      ),
    },
  ),
);

draft(
  "c20-reply-quote-thunderbird.eml",
  { from: onishi[1], stop: "allow", why: "Internal Thunderbird reply (format=flowed); the quoted original promised a file." },
  thunderbird(
    { date: date(12, 7, 9, 5, 26), from: onishi, to: [harada], subject: "Re: 端末の入替え手順", id: "5e0a9c3f-71b2-4d8e-b6a4-0c2f8e1d7a35" },
    {
      text: lines(
        "原田さん",
        "",
        "手順書ありがとうございます。明日の朝に入替えます。",
        "",
        "大西",
        "",
        "On 2026/12/04 17:41, 原田 隆之 wrote:",
        quote(lines("大西さん", "", "端末の入替え手順書を添付しました。", "", "原田")),
      ),
    },
  ),
);

// ---- files that run programs or hide their type

draft(
  "c21-lnk-shortcut.eml",
  { from: harada[1], stop: "block", include: ["attachment-type"], why: "A Windows shortcut (.lnk) attached to an internal mail." },
  outlook(
    { date: date(12, 7, 13, 30, 0), from: harada, to: [kuwabara], subject: "共有フォルダへのショートカット", id: "TY1PR01MB8843.6E7F8091" },
    {
      text: lines("桑原さん", "", "共有フォルダへのショートカットを添付します。", "", "原田"),
      files: [{ name: "総務共有フォルダ.lnk", type: "application/octet-stream", bytes: Buffer.from("4c0000000114020000000000c000000000000046", "hex") }],
    },
  ),
);

draft(
  "c22-iso-image.eml",
  { from: noguchi[1], stop: "block", include: ["attachment-type"], why: "A disk image (.iso) named like an invoice, to a customer." },
  outlook(
    { date: date(12, 8, 10, 10, 10), from: noguchi, to: [mochizuki], subject: "請求書のご送付", id: "TY1PR01MB8843.A2B3C4D5" },
    {
      text: lines("山並建設株式会社", "望月様", "", "11月分の請求書を添付いたします。", "", SIGNATURE("野口 健太", "経理部")),
      files: [{ name: "請求書_2026年11月.iso", type: "application/octet-stream", bytes: Buffer.concat([Buffer.alloc(64), Buffer.from("CD001", "latin1")]) }],
    },
  ),
);

draft(
  "c23-double-extension-sjis.eml",
  { from: kuwabara[1], stop: "block", include: ["attachment-type"], why: "A screensaver named like a Word file (契約書.docx.scr), Shift_JIS name in RFC 2231 form." },
  shiftJis(
    { date: date(12, 8, 15, 22, 37), from: kuwabara, to: [onishi], subject: "業務委託契約書の件", id: "000b01dc5e2a$8c2d4021$SJIS" },
    {
      text: lines("大西さん", "", "取引先から届いた業務委託契約書を転送します。", "", "桑原"),
      encoding: "base64",
      files: [{ name: "業務委託契約書.docx.scr", type: "application/octet-stream", bytes: Buffer.from("MZ\x90\x00presend corpus stand-in", "latin1") }],
    },
  ),
);

draft(
  "c24-rtlo-name.eml",
  { from: onishi[1], stop: "block", include: ["attachment-type"], why: "A right-to-left override makes invoice_\u202efdp.scr read as invoice_rcs.pdf." },
  gmail(
    { date: date(12, 9, 11, 45, 59), from: ["Koji Onishi", onishi[1]], to: [park], subject: "Invoice for November", id: "CAKp3xQ1qA3zV6xC@mail.gmail.com" },
    {
      text: lines("Hi Daniel,", "", "Forwarding the invoice we received.", "", "Koji"),
      files: [{ name: "invoice_\u202efdp.scr", type: "application/octet-stream", bytes: Buffer.from("MZ\x90\x00", "latin1") }],
    },
  ),
);

draft(
  "c25-macro-workbook.eml",
  { from: noguchi[1], stop: "warn", include: ["attachment-type"], why: "A macro-enabled workbook (.xlsm) to a colleague: a warning, not a block." },
  outlook(
    { date: date(12, 9, 17, 3, 22), from: noguchi, to: [fujiwara], subject: "経費集計マクロ", id: "TY1PR01MB8843.E6F70819" },
    {
      text: lines("藤原さん", "", "経費集計用のマクロ入りファイルを添付します。", "", "野口"),
      files: [{ name: "経費集計マクロ_v3.xlsm", type: "application/vnd.ms-excel.sheet.macroEnabled.12", bytes: OFFICE("xlsm") }],
    },
  ),
);

// ---- PPAP

draft(
  "c26-aes-zip-iso2022jp.eml",
  { from: fujiwara[1], stop: "warn", include: ["encrypted-archive"], why: "An AES-encrypted ZIP (flag bit 0, extra field 0x9901) with \"パスワードは別途ご連絡いたします\", ISO-2022-JP." },
  becky(
    { date: date(12, 10, 14, 0, 30), from: fujiwara, to: [watabe], subject: "見積書一式のご送付", id: "20261210140030.C4A2.FUJIWARA" },
    {
      text: lines("暁フーズ株式会社", "渡部様", "", "お世話になっております。", "見積書一式をお送りいたします。", "パスワードは別途ご連絡いたします。", "", SIGNATURE("藤原 真理", "営業部")),
      files: [{ name: "見積書一式_暁フーズ様.zip", type: "application/x-zip-compressed", bytes: aesZip("見積書一式.xlsx", "見積番号,金額\nMT-2026-311,4800000\n") }],
    },
  ),
);

draft(
  "c27-zipcrypto-no-mention.eml",
  { from: miura[1], stop: "warn", include: ["encrypted-archive"], why: "A ZipCrypto ZIP with no word about a password: the bytes show it." },
  outlook(
    { date: date(12, 10, 16, 12, 4), from: miura, to: [["柊 正人", "m.hiiragi@hiiragi-sr.example"]], subject: "12月入社者の書類", id: "TY1PR01MB8843.1A2B3C4D" },
    {
      text: lines("柊社会保険労務士事務所", "柊様", "", "12月入社者の手続き書類をお送りします。", "ご確認ください。", "", SIGNATURE("三浦 彩花", "人事部")),
      files: [{ name: "入社手続き書類.zip", type: "application/zip", bytes: encryptedZip("入社手続き書類.pdf", "%PDF-1.4 stand-in", "Hr#2026Dec") }],
    },
  ),
);

draft(
  "c28-password-followup-ja.eml",
  { from: miura[1], stop: "warn", include: ["encrypted-archive"], why: "The PPAP follow-up: \"先ほどお送りしたファイルのパスワードをお知らせします\" with the password, no file." },
  outlook(
    { date: date(12, 10, 16, 14, 30), from: miura, to: [["柊 正人", "m.hiiragi@hiiragi-sr.example"]], subject: "パスワードのお知らせ", id: "TY1PR01MB8843.5E6F7A8B" },
    { text: lines("柊様", "", "先ほどお送りしたファイルのパスワードをお知らせします。", "", "Hr#2026Dec", "", "三浦") },
  ),
);

draft(
  "c29-password-followup-en.eml",
  { from: onishi[1], stop: "warn", include: ["encrypted-archive"], why: "English PPAP follow-up: the password for the file sent a few minutes earlier." },
  gmail(
    { date: date(12, 11, 9, 40, 0), from: ["Koji Onishi", onishi[1]], to: [collins], subject: "Password", id: "CAKp3xQ2rB4aW7yD@mail.gmail.com" },
    { text: lines("Hi Sarah,", "", "Here is the password for the file I sent a few minutes ago: 8fK!x2Lw", "", "Koji") },
  ),
);

draft(
  "c30-7z-encrypted-header.eml",
  { from: onishi[1], stop: "warn", include: ["encrypted-archive"], why: "A 7z archive whose headers are AES-encrypted (7z -mhe=on), no word about a password." },
  outlook(
    { date: date(12, 11, 13, 3, 3), from: onishi, to: [mochizuki], subject: "図面一式", id: "TY1PR01MB8843.9C0D1E2F" },
    {
      text: lines("望月様", "", "図面一式を7z形式で圧縮してお送りします。", "", "大西"),
      files: [{ name: "図面一式.7z", type: "application/x-7z-compressed", bytes: sevenZipEncryptedHeader() }],
    },
  ),
);

draft(
  "c31-password-casual-pasu.eml",
  { from: onishi[1], stop: "warn", include: ["encrypted-archive"], why: "Casual PPAP follow-up: \"さっきのZIPの解凍パスです\" (パス for パスワード)." },
  iphone(
    { date: date(12, 11, 13, 10, 0), from: onishi, to: [mochizuki], subject: "図面の件", id: "93B1E6C4-2A7F-4D08-B5E3-6F1A9C2D8E47" },
    { text: lines("望月様", "", "さっきのZIPの解凍パスです。", "Zm7#k2Qp", "", "大西", "", "iPhoneから送信") },
  ),
);

// ---- confidentiality labels and personal data

draft(
  "c32-confidential-filename-continued.eml",
  { from: fujiwara[1], stop: "confirm", include: ["sensitive-content"], why: "【社外秘】 in a long attachment name written as RFC 2231 continuations." },
  thunderbird(
    { date: date(12, 14, 10, 30, 0), from: fujiwara, to: [sugawara], subject: "価格改定のご案内", id: "7d2c5b1e-9a04-4f63-8e17-3b6d0c9f2a58" },
    {
      text: lines("菅原様", "", "来年度の価格改定についての資料をお送りします。", "", "藤原"),
      files: [
        {
          name: "【社外秘】2027年度_価格改定案_暁フーズ様向け_最終版.xlsx",
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          bytes: OFFICE("xlsx"),
          nameStyle: "continued",
        },
      ],
    },
  ),
);

draft(
  "c33-hi-label-subject.eml",
  { from: miura[1], stop: "confirm", include: ["sensitive-content"], why: "【秘】 (the one-character secret label) in the subject of a mail to the trusted auditor." },
  outlook(
    { date: date(12, 14, 17, 20, 45), from: miura, to: [hayakawa], subject: "【秘】組織変更の内示について", id: "TY1PR01MB8843.3F4A5B6C" },
    { text: lines("早川様", "", "1月1日付の組織変更について、内示の内容をお知らせいたします。", "公表までお取り扱いにご注意ください。", "", "三浦") },
  ),
);

draft(
  "c34-maru-hi-filename.eml",
  { from: miura[1], stop: "confirm", include: ["sensitive-content"], why: "A file named ㊙人事評価一覧.xlsx to an outside address." },
  gmail(
    { date: date(12, 15, 9, 2, 19), from: miura, to: [["柊 正人", "m.hiiragi@hiiragi-sr.example"]], subject: "評価資料", id: "CAKp3xQ3sC5bX8zE@mail.gmail.com" },
    {
      text: lines("柊様", "", "ご依頼の資料です。よろしくお願いいたします。", "", "三浦"),
      files: [{ name: "㊙人事評価一覧.xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes: OFFICE("xlsx") }],
    },
  ),
);

draft(
  "c35-card-number-spaces.eml",
  { from: kuwabara[1], stop: "confirm", include: ["sensitive-content"], why: "A card number written in groups of four (with its expiry) in a hotel booking mail." },
  outlook(
    { date: date(12, 15, 11, 48, 0), from: kuwabara, to: [["ホテル潮騒 予約係", "reservations@shiosai-hotel.example"]], subject: "宿泊予約（12月22日・2名）", id: "TY1PR01MB8843.7D8E9F0A" },
    {
      text: lines(
        "ホテル潮騒 ご予約係 御中",
        "",
        "12月22日に2名で1泊の予約をお願いいたします。",
        "お支払いは下記のカードでお願いします。",
        "カード番号：4532 0198 3746 5219",
        "有効期限：08/29",
        "",
        SIGNATURE("桑原 由紀", "総務部"),
      ),
    },
  ),
);

draft(
  "c36-my-number-grouped.eml",
  { from: miura[1], stop: "confirm", include: ["sensitive-content"], why: "A new employee's My Number written 4-4-4 to the outside labour consultant." },
  outlook(
    { date: date(12, 16, 10, 5, 0), from: miura, to: [["柊 正人", "m.hiiragi@hiiragi-sr.example"]], subject: "12月入社 佐伯さんの資格取得手続き", id: "TY1PR01MB8843.B1C2D3E4" },
    {
      text: lines(
        "柊様",
        "",
        "12月入社の佐伯の資格取得手続きをお願いいたします。",
        "氏名：佐伯 直人",
        "生年月日：1994年6月12日",
        "個人番号：3821 6940 5271",
        "",
        "三浦",
      ),
    },
  ),
);

draft(
  "c37-numbers-not-personal-data.eml",
  {
    from: noguchi[1],
    stop: "allow",
    why: "To the trusted carrier, with the file: phone, order, slip and lot numbers (some passing the My Number check digit), 郵便番号, dates, amounts, a bank account and JAN codes are not personal data.",
  },
  outlook(
    { date: date(12, 16, 14, 33, 21), from: noguchi, to: [katayama], subject: "12月分 出荷明細", id: "TY1PR01MB8843.F5A6B7C8" },
    {
      text: lines(
        "片山様",
        "",
        "12月分の出荷明細を添付いたします。",
        "",
        "注文番号：4510-2233-8890",
        "お問い合わせ伝票番号：3528 4017 6620 1184",
        "出荷日：2026/12/16　納品日：2026年12月18日",
        "届け先：〒530-0001 大阪府大阪市北区梅田9-9-9",
        "担当直通：090-5555-0147 / 06-5555-0180",
        "JANコード：4901234567894、4987176013015",
        "請求金額：¥1,234,567（税込）",
        "振込先：みなせ銀行 本店 普通 1234567",
        "送り状番号：7041-9258-1637　取引先コード：382169405271",
        "■ロット番号",
        "3821 6940 5271",
        "",
        SIGNATURE("野口 健太", "経理部"),
      ),
      files: [{ name: "出荷明細_202612.pdf", type: "application/pdf", bytes: PDF("出荷明細") }],
    },
  ),
);

draft(
  "c38-english-strictly-confidential.eml",
  { from: onishi[1], stop: "confirm", include: ["sensitive-content"], why: "\"STRICTLY CONFIDENTIAL\" in the subject of an English mail to a customer." },
  gmail(
    { date: date(12, 17, 8, 40, 0), from: ["Koji Onishi", onishi[1]], to: [collins], subject: "STRICTLY CONFIDENTIAL - Q1 2027 price list", id: "CAKp3xQ4tD6cY9aF@mail.gmail.com" },
    { text: lines("Hi Sarah,", "", "Below is our Q1 2027 price list for the sensor modules.", "Model S-200: JPY 48,000 / Model S-300: JPY 62,000", "", "Koji") },
  ),
);

// ---- legitimate mail that looks like a slip

const allStaff = [
  ...["m.fujiwara", "k.onishi", "y.kuwabara", "k.noguchi", "a.miura", "t.harada", "s.ueno", "r.kaneko", "n.takeda", "h.sakurai"].map((l) => ["", `${l}@minase-techno.example`]),
  ...["k.imai", "y.ishikawa", "t.endo", "m.ono", "s.kawai", "a.kitamura", "r.kondo", "h.saito", "d.shibata", "e.sugimoto"].map((l) => ["", `${l}@osaka.minase-techno.example`]),
  ...["t.seki", "m.tanabe", "y.tsuda", "k.nakano", "s.nishida", "a.noda", "r.hamada", "h.higuchi", "n.fujita", "m.maeda"].map((l) => ["", `${l}@factory.minase-techno.example`]),
  ...["y.yoshikawa", "k.mori", "s.yamada", "t.wada", "e.aoki"].map((l) => ["", `${l}@minase-hd.example`]),
];

draft(
  "c39-internal-announcement.eml",
  { from: prDesk[1], stop: "allow", why: "35 colleagues across subdomains and the holding company in To, a logo in multipart/related and a PDF notice." },
  outlook(
    { date: date(12, 18, 9, 0, 0), from: prDesk, to: allStaff, subject: "【全社】年末年始休業のお知らせ", id: "TY1PR01MB8843.D9E0F1A2" },
    {
      text: lines("社員各位", "", "年末年始の休業期間を添付のとおりお知らせします。", "休業期間：12月29日（火）～1月4日（月）", "", "広報室"),
      related: [filePart({ name: "image001.png", type: "image/png", bytes: PNG, inline: true, contentId: "image001.png@01DC5E2A.1B7C3F10" })],
      files: [{ name: "年末年始休業のお知らせ.pdf", type: "application/pdf", bytes: PDF("年末年始休業") }],
    },
  ),
);

draft(
  "c40-all-staff-list.eml",
  { from: harada[1], stop: "allow", why: "A system-maintenance notice to the internal all-staff address." },
  outlook(
    { date: date(12, 18, 15, 30, 0), from: harada, to: [["全社員", "all@minase-techno.example"]], subject: "【全社】社内システム停止のお知らせ（12月26日）", id: "TY1PR01MB8843.B3C4D5E6" },
    { text: lines("社員各位", "", "12月26日（土）9:00～18:00、基幹システムを停止します。", "停止中は勤怠入力もできませんのでご注意ください。", "", SIGNATURE("原田 隆之", "情報システム部")) },
  ),
);

const partnerStaff = [
  ...["o.katayama", "c.hori", "t.ikeda", "m.ueda", "k.okada", "y.kato", "s.kimura", "r.kobayashi", "h.sasaki", "n.shimizu", "a.takahashi", "e.tanaka", "j.nakamura", "k.nishimura", "s.hayashi", "m.fujii"].map((l) => ["", `${l}@komorebi-unyu.co.jp`]),
  ...["h.hayakawa", "y.matsuda", "t.miyazaki", "k.murakami", "r.yamaguchi", "s.yamamoto", "m.yoshida", "a.watanabe"].map((l) => ["", `${l}@tokiwa-audit.example`]),
];

draft(
  "c41-bcc-partner-notice.eml",
  { from: prDesk[1], stop: "allow", why: "A notice to 24 people at the two trusted partners, correctly in BCC with To = the sender." },
  outlook(
    { date: date(12, 21, 10, 0, 0), from: prDesk, to: [prDesk], bcc: partnerStaff, subject: "年末年始の営業日のご案内", id: "TY1PR01MB8843.F7A8B9C0" },
    { text: lines("お取引先各位", "", "平素は格別のお引き立てを賜り、厚く御礼申し上げます。", "弊社の年末年始の営業日についてご案内いたします。", "", "12月28日（月）まで通常営業、1月5日（火）より営業いたします。", "", "水無瀬テクノ株式会社 広報室") },
  ),
);

draft(
  "c42-trusted-thread-with-file.eml",
  { from: fujiwara[1], stop: "allow", why: "Reply to the trusted carrier with the promised file attached and the thread quoted." },
  outlook(
    {
      date: date(12, 21, 13, 12, 0),
      from: fujiwara,
      to: [katayama],
      cc: [hori],
      subject: "RE: 出荷指示書の修正",
      id: "TY1PR01MB8843.1D2E3F40",
    },
    {
      text: lines("片山様", "", "修正版の出荷指示書を添付いたします。", "ご確認のほどよろしくお願いいたします。", "", "藤原"),
      separator: "-----Original Message-----",
      quoted: {
        header: [
          ["From", "片山 修 <o.katayama@komorebi-unyu.co.jp>"],
          ["Sent", "Monday, December 21, 2026 11:02 AM"],
          ["To", "藤原 真理 <m.fujiwara@minase-techno.example>"],
          ["Cc", "堀 千尋 <c.hori@komorebi-unyu.co.jp>"],
          ["Subject", "出荷指示書の修正"],
        ],
        text: lines("藤原様", "", "出荷指示書の数量に誤りがありましたので、修正版をお送りいただけますか。", "", "片山"),
      },
      files: [{ name: "出荷指示書_修正版.pdf", type: "application/pdf", bytes: PDF("出荷指示書") }],
    },
  ),
);

draft(
  "c43-blocked-subdomain.eml",
  { from: fujiwara[1], stop: "block", include: ["blocked-recipient"], why: "A recipient at a subdomain of the blocked data broker." },
  gmail(
    { date: date(12, 22, 9, 30, 0), from: fujiwara, to: [["営業窓口", "info@sales.mogura-data.test"]], subject: "資料請求", id: "CAKp3xQ5uE7dZ0bG@mail.gmail.com" },
    { text: lines("ご担当者様", "", "貴社サービスの資料をご送付いただけますでしょうか。", "", "水無瀬テクノ 藤原") },
  ),
);

draft(
  "c44-no-subject-header.eml",
  { from: harada[1], stop: "warn", include: ["missing-subject"], why: "No Subject header at all (the field was never filled in)." },
  message(
    [`Date: ${date(12, 22, 11, 0, 0)}`, `From: Takayuki Harada <${harada[1]}>`, `To: ${onishi[1]}`, `Message-ID: <9a8b7c6d@minase-techno.example>`, "MIME-Version: 1.0"].join("\r\n"),
    textPart("Onishi-san,\n\nThe new printer is ready on the 3rd floor.\n\nHarada", { encoding: "7bit", quoteCharset: false }),
  ),
);

draft(
  "c45-new-customer.eml",
  { from: onishi[1], stop: "confirm", include: ["external-recipient"], why: "A first mail to a new outside company." },
  gmail(
    { date: date(12, 22, 14, 0, 0), from: onishi, to: [imamura], subject: "設備保険の見直しのご相談", id: "CAKp3xQ6vF8eA1cH@mail.gmail.com" },
    { text: lines("細波保険株式会社", "今村様", "", "はじめてご連絡いたします。水無瀬テクノの大西と申します。", "工場設備の保険の見直しについてご相談させてください。", "", "大西") },
  ),
);

draft(
  "c46-group-syntax-customers.eml",
  { from: fujiwara[1], stop: "confirm", include: ["cross-org-exposure"], why: "A named group in To (RFC 5322 group syntax) that lists three different customer companies." },
  outlook(
    {
      date: date(12, 23, 10, 0, 0),
      from: fujiwara,
      to: [{ group: "展示会出展企業", members: [watabe, mochizuki, kubo] }],
      subject: "展示会の搬入時間について",
      id: "TY1PR01MB8843.5B6C7D8E",
    },
    { text: lines("展示会出展企業 各位", "", "搬入は1月14日（木）8:00～12:00となりました。", "", SIGNATURE("藤原 真理", "営業部")) },
  ),
);

draft(
  "c47-external-mailing-list.eml",
  { from: onishi[1], stop: "confirm", include: ["external-recipient"], why: "A post to an outside user-group mailing list." },
  thunderbird(
    { date: date(12, 23, 21, 15, 0), from: ["Koji Onishi", onishi[1]], to: [["PdM Users", "pdm-users@lists.veridia-energy.example"]], subject: "Question on bearing vibration thresholds", id: "e4c1b8a7-0d29-4f5e-9b36-8a2c7f1e0d94" },
    { text: lines("Hello all,", "", "What alarm thresholds do you use for bearing vibration on 30 kW motors?", "", "Koji Onishi") },
  ),
);

const forwardedOriginal = message(
  headers({ date: date(12, 23, 9, 0, 0), from: kubo, to: [fujiwara], subject: "納入品の検査結果", id: "OS3PR01MB6620.ABCDEF01" }),
  textPart(lines("藤原様", "", "納入品の検査結果をお知らせします。全数合格です。", "", "久保")),
);

draft(
  "c48-forward-as-attachment.eml",
  { from: fujiwara[1], stop: "confirm", include: ["external-attachment"], why: "A customer's mail forwarded as an attachment (message/rfc822) to another company." },
  // "Forward as attachment": the original travels whole as a message/rfc822 part.
  message(
    headers({ date: date(12, 24, 11, 0, 0), from: fujiwara, to: [imamura], subject: "FW: 納入品の検査結果", id: "TY1PR01MB8843.9F0A1B2C", extra: MAILERS.outlook.extra }),
    multipart(
      "mixed",
      [textPart(lines("今村様", "", "保険の件、ご参考までに転送いたします。", "", "藤原")), messagePart("納入品の検査結果.eml", forwardedOriginal)],
      MAILERS.outlook.boundary(),
    ),
  ),
);

draft(
  "c49-forward-inline-with-file.eml",
  { from: onishi[1], stop: "confirm", include: ["external-attachment"], why: "A Gmail forward that keeps the original's file, sent to an outside company." },
  gmail(
    { date: date(12, 24, 15, 0, 0), from: onishi, to: [mochizuki], subject: "Fwd: 仕様書送付の件", id: "CAKp3xQ7wG9fB2dI@mail.gmail.com" },
    {
      text: lines(
        "望月様",
        "",
        "星屑製薬様向けと同じ仕様書です。ご参考まで。",
        "",
        "大西",
        "",
        "---------- Forwarded message ---------",
        "From: 久保 拓真 <t.kubo@hoshikuzu-seiyaku.co.jp>",
        "Date: 2026年12月23日(水) 16:20",
        "Subject: 仕様書送付の件",
        "To: 大西 浩二 <k.onishi@minase-techno.example>",
        "",
        "大西様",
        "",
        "仕様書を添付いたします。",
      ),
      files: [{ name: "仕様書_v2.pdf", type: "application/pdf", bytes: PDF("仕様書") }],
    },
  ),
);

draft(
  "c50-pasted-screenshot-internal.eml",
  { from: kuwabara[1], stop: "allow", why: "An internal mail with a pasted screenshot (multipart/related, cid:) and no other file." },
  outlook(
    { date: date(12, 25, 10, 0, 0), from: kuwabara, to: [harada], subject: "勤怠システムのエラー", id: "TY1PR01MB8843.3D4E5F60" },
    {
      text: lines("原田さん", "", "勤怠システムでエラーが出ます。画面のキャプチャを貼ります。", "", "桑原"),
      related: [filePart({ name: "image001.png", type: "image/png", bytes: PNG, inline: true, contentId: "image001.png@01DC5E2B.00000000" })],
    },
  ),
);

draft(
  "c51-iphone-inline-pdf-trusted.eml",
  { from: kuwabara[1], stop: "allow", why: "iPhone sends the PDF it promises with Content-Disposition: inline, to the trusted carrier." },
  iphone(
    { date: date(12, 25, 12, 0, 0), from: kuwabara, to: [hori], subject: "受領書", id: "4D7A0E93-C1B6-4F28-9A5D-E3B0C7F2A618" },
    { text: lines("堀様", "", "本日分の受領書を添付します。", "", "桑原"), files: [{ name: "受領書_1225.pdf", type: "application/pdf", bytes: PDF("受領書") }] },
  ),
);

draft(
  "c52-disclaimer-en-trusted.eml",
  { from: noguchi[1], stop: "allow", why: "An English reply to the trusted auditor whose legal footer mentions confidential attachments; nothing is attached." },
  gmail(
    { date: date(12, 28, 9, 0, 0), from: ["Kenta Noguchi", noguchi[1]], to: [hayakawa], subject: "Re: Year-end inventory count", id: "CAKp3xQ8xH0gC3eJ@mail.gmail.com" },
    {
      text: lines(
        "Dear Mr Hayakawa,",
        "",
        "The count will start at 9:00 on December 30 at the Osaka warehouse.",
        "",
        "Kind regards,",
        "Kenta Noguchi",
        "",
        "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it.",
      ),
    },
  ),
);

draft(
  "c53-disclaimer-ja-trusted.eml",
  { from: fujiwara[1], stop: "allow", why: "A Japanese mail to the trusted carrier whose standard footer mentions 添付ファイル and 機密情報; nothing is attached." },
  outlook(
    { date: date(12, 28, 10, 30, 0), from: fujiwara, to: [katayama], subject: "年明けの初荷について", id: "TY1PR01MB8843.7B8C9D0E" },
    {
      text: lines(
        "片山様",
        "",
        "年明けの初荷は1月5日の午前でお願いいたします。",
        "",
        SIGNATURE("藤原 真理", "営業部"),
        "",
        "本メールおよび添付ファイルには機密情報が含まれている場合があります。",
        "誤って受信された場合は、お手数ですが送信者までご連絡の上、削除してください。",
      ),
    },
  ),
);

draft(
  "c54-nda-trusted.eml",
  { from: fujiwara[1], stop: "allow", why: "The NDA draft (秘密保持契約書) sent to the trusted auditor: talk about secrecy, not a label." },
  outlook(
    { date: date(12, 28, 14, 0, 0), from: fujiwara, to: [hayakawa], subject: "秘密保持契約書（案）のご確認", id: "TY1PR01MB8843.F1A2B3C4" },
    {
      text: lines("早川様", "", "秘密保持契約書の案を添付いたします。", "ご確認のほどよろしくお願いいたします。", "", "藤原"),
      files: [{ name: "秘密保持契約書_案.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes: OFFICE("docx") }],
    },
  ),
);

draft(
  "c55-html-only-outlook-reply-internal.eml",
  { from: onishi[1], stop: "allow", why: "An HTML-only Outlook reply inside the company; 添付 only under the quoted 差出人: block." },
  message(
    headers({ date: date(12, 29, 9, 15, 0), from: onishi, to: [noguchi], subject: "RE: 出張精算", id: "TY1PR01MB8843.5D6E7F80", extra: MAILERS.outlook.extra }),
    textPart(
      outlookHtml(lines("野口さん", "", "承知しました。今週中に提出します。", "", "大西"), {
        header: [
          ["差出人", "野口 健太 <k.noguchi@minase-techno.example>"],
          ["送信日時", "2026年12月28日 17:55"],
          ["宛先", "大西 浩二 <k.onishi@minase-techno.example>"],
          ["件名", "出張精算"],
        ],
        text: lines("大西さん", "", "出張精算の申請書を添付しますので、記入して提出してください。", "", "野口"),
      }),
      { subtype: "html", encoding: "quoted-printable" },
    ),
  ),
);

draft(
  "c56-thanks-for-their-attachment-ja.eml",
  { from: onishi[1], stop: "allow", why: "Thanks for the file the trusted carrier sent (昨日いただいた添付資料): no file is promised." },
  outlook(
    { date: date(12, 29, 11, 0, 0), from: onishi, to: [hori], subject: "倉庫レイアウトの件", id: "TY1PR01MB8843.9A0B1C2D" },
    { text: lines("堀様", "", "昨日いただいた添付資料、拝見しました。", "レイアウト案の2番で進めたいと思います。", "", "大西") },
  ),
);

draft(
  "c57-thanks-for-their-attachment-en.eml",
  { from: onishi[1], stop: "allow", why: "\"Thanks for the attached report\" in reply to the trusted auditor's file: no file is promised." },
  gmail(
    { date: date(12, 29, 13, 0, 0), from: ["Koji Onishi", onishi[1]], to: [hayakawa], subject: "Equipment depreciation schedule", id: "CAKp3xQ9yI1hD4fK@mail.gmail.com" },
    { text: lines("Dear Mr Hayakawa,", "", "Thanks for the attached report. The figures match our ledger.", "", "Best regards,", "Koji Onishi") },
  ),
);

const trainees = [
  "r.watabe", "k.sugawara", "m.ishida", "y.hattori", "t.inoue", "s.uchida", "a.ozawa", "k.kamata", "n.kishi", "h.kuroda", "m.koga",
  "s.saito", "t.shimada", "y.suda", "r.takagi", "k.tsuchida", "e.nagai", "h.nomura", "a.hirata", "m.fukui", "y.honda", "s.matsuo",
].map((l) => ["", `${l}@akatsuki-foods.example`]);

draft(
  "c58-one-customer-many-attendees.eml",
  { from: onishi[1], stop: "confirm", include: ["external-recipient"], why: "22 trainees all at one customer company in To: they know each other, so it is only an outside mail to confirm." },
  outlook(
    { date: date(12, 30, 9, 0, 0), from: onishi, to: trainees, subject: "操作研修（1月8日）のご案内", id: "TY1PR01MB8843.3E4F5061" },
    { text: lines("暁フーズ株式会社", "研修ご参加の皆様", "", "1月8日（金）10時から、包装ラインの操作研修を行います。", "", SIGNATURE("大西 浩二", "技術部")) },
  ),
);

draft(
  "c59-html-only-label-above-footer.eml",
  { from: fujiwara[1], stop: "confirm", include: ["sensitive-content"], why: "社外秘 in the body of an HTML-only Outlook mail whose standard footer (機密情報, 誤って受信) follows after an empty paragraph." },
  message(
    headers({ date: date(12, 30, 11, 0, 0), from: fujiwara, to: [sugawara], subject: "来期の価格について", id: "TY1PR01MB8843.7F809102", extra: MAILERS.outlook.extra }),
    textPart(
      outlookHtml(
        lines(
          "菅原様",
          "",
          "来期の価格改定案をお知らせします。社外秘の内容のため、社内でのご検討に限ってお使いください。",
          "",
          "藤原",
          "",
          "本メールには機密情報が含まれている場合があります。誤って受信された場合は、送信者までご連絡ください。",
        ),
      ),
      { subtype: "html", encoding: "quoted-printable" },
    ),
  ),
);

draft(
  "c60-no-blank-lines-footer.eml",
  { from: onishi[1], stop: "confirm", include: ["sensitive-content"], why: "部外秘 in a mail written without blank lines, so the standard footer shares its paragraph." },
  shiftJis(
    { date: date(12, 30, 15, 0, 0), from: onishi, to: [sugawara], subject: "試作結果のご報告", id: "000c01dc5e2a$9d3e5132$SJIS" },
    {
      text: lines(
        "暁フーズ株式会社 菅原様",
        "いつもお世話になっております。水無瀬テクノの大西です。",
        "部外秘の試作結果をお知らせします。包装強度は目標値を満たしました。",
        "水無瀬テクノ 技術部 大西",
        "※本メールは機密情報を含む場合があります。誤って受信された場合は削除してください。",
      ),
      encoding: "quoted-printable",
    },
  ),
);

draft(
  "c61-raw-jis-headers-guests.eml",
  { from: seminarDesk[1], stop: "block", include: ["bcc-exposure"], why: "12 guests in To, their names written as raw ISO-2022-JP by an old mailer (not RFC 2047)." },
  oldMailer(
    { date: date(12, 31, 9, 0, 0), from: seminarDesk, to: seminarGuests.slice(0, 12), subject: "新春見学会のご案内", id: "20261231090000.RAW1.SEMINAR" },
    { charset: "iso-2022-jp", text: lines("見学会にお申し込みの皆様", "", "1月9日（土）10時に本社正門へお越しください。", "", "水無瀬テクノ セミナー事務局") },
  ),
);

draft(
  "c62-raw-sjis-confidential-file.eml",
  { from: noguchi[1], stop: "confirm", include: ["sensitive-content"], why: "A file named 【社外秘】… with its name written as raw Shift_JIS by an in-house system." },
  oldMailer(
    { date: date(12, 31, 10, 0, 0), from: noguchi, to: [mochizuki], subject: "原価資料", id: "20261231100000.RAW2.NOGUCHI" },
    {
      charset: "shift_jis",
      text: lines("望月様", "", "ご依頼の資料です。", "", "野口"),
      files: [{ name: "【社外秘】原価一覧_2026.xlsx", type: "application/vnd.ms-excel", bytes: OFFICE("xlsx") }],
    },
  ),
);

draft(
  "c63-forgot-casual-no-particle.eml",
  { from: kuwabara[1], stop: "warn", include: ["forgotten-attachment"], why: "Casual \"資料送ります〜\" to a colleague, nothing attached." },
  iphone(
    { date: date(1, 5, 9, 10, 0), from: kuwabara, to: [harada], subject: "新年会の案内", id: "C3E8A1F0-7B2D-4E96-8A15-D0F3B6C9E274" },
    { text: lines("原田さん", "", "新年会の案内資料送ります〜", "出欠は金曜までにお願いします！", "", "桑原", "", "iPhoneから送信") },
  ),
);

draft(
  "c64-link-instead-of-file.eml",
  { from: onishi[1], stop: "allow", why: "\"ファイルは添付せず、共有リンクでお送りします\" to the trusted carrier: no file is promised." },
  outlook(
    { date: date(1, 5, 11, 0, 0), from: onishi, to: [katayama], subject: "倉庫図面の共有", id: "TY1PR01MB8843.A3B4C5D6" },
    { text: lines("片山様", "", "図面は容量が大きいため、ファイルは添付せず、共有リンクでお送りします。", "https://share.minase-techno.example/s/7Hq2", "", "大西") },
  ),
);

draft(
  "c65-new-outlook-reply-sender-block.eml",
  { from: harada[1], stop: "allow", why: "Internal reply from new Outlook, whose quoted header block starts with 送信元: (not 差出人:)." },
  outlook(
    { date: date(1, 6, 9, 0, 0), from: harada, to: [kuwabara], subject: "RE: PC入替えの日程", id: "TY1PR01MB8843.E7F80912" },
    {
      text: lines("桑原さん", "", "1月14日で了解しました。", "", "原田"),
      quoted: {
        header: [
          ["送信元", "桑原 由紀 <y.kuwabara@minase-techno.example>"],
          ["送信日時", "2027年1月5日 17:12"],
          ["宛先", "原田 隆之 <t.harada@minase-techno.example>"],
          ["件名", "PC入替えの日程"],
        ],
        text: lines("原田さん", "", "入替え対象の一覧を添付しますのでご確認ください。", "", "桑原"),
      },
    },
  ),
);

draft(
  "c66-thunderbird-forward-ja.eml",
  { from: onishi[1], stop: "allow", why: "Internal Thunderbird forward (-------- 転送メッセージ --------); only the forwarded original says 添付." },
  thunderbird(
    { date: date(1, 6, 10, 0, 0), from: onishi, to: [noguchi], subject: "Fwd: 検収書の件", id: "0b7e2d94-5c1a-4f8b-9e63-d2a17c4f0b85" },
    {
      text: lines(
        "野口さん",
        "",
        "ご参考まで転送します。",
        "",
        "-------- 転送メッセージ --------",
        "件名: 検収書の件",
        "日付: Tue, 5 Jan 2027 16:40:12 +0900",
        "送信者: 望月 亜紀 <a.mochizuki@yamanami-kensetsu.example>",
        "宛先: 大西 浩二 <k.onishi@minase-techno.example>",
        "",
        "大西様",
        "",
        "検収書を添付いたします。",
      ),
    },
  ),
);

draft(
  "c67-lookalike-hyphen-and-suffix.eml",
  { from: fujiwara[1], stop: "confirm", include: ["lookalike-domain"], why: "Our own name without its hyphen under .co.jp (minasetechno.co.jp)." },
  gmail(
    { date: date(1, 7, 9, 0, 0), from: fujiwara, to: [["三浦 彩花", "a.miura@minasetechno.co.jp"]], subject: "面接日程の件", id: "CAKp3xQ1aK3jF6hM@mail.gmail.com" },
    { text: lines("三浦さん", "", "来週の面接、火曜の午後でお願いします。", "", "藤原") },
  ),
);

draft(
  "c68-password-in-quotes-reply.eml",
  { from: onishi[1], stop: "warn", include: ["encrypted-archive"], why: "A reply that gives the ZIP's password in brackets (パスワードは「…」です)." },
  outlook(
    { date: date(1, 7, 14, 0, 0), from: onishi, to: [mochizuki], subject: "RE: 図面データ", id: "TY1PR01MB8843.1B2C3D4E" },
    {
      text: lines("望月様", "", "失礼いたしました。パスワードは「Zm7#k2Qp」です。", "", "大西"),
      separator: "-----Original Message-----",
      quoted: {
        header: [
          ["From", "望月 亜紀 <a.mochizuki@yamanami-kensetsu.example>"],
          ["Sent", "Thursday, January 7, 2027 1:40 PM"],
          ["To", "大西 浩二 <k.onishi@minase-techno.example>"],
          ["Subject", "図面データ"],
        ],
        text: lines("大西様", "", "ZIPファイルが開けません。パスワードを教えていただけますか。", "", "望月"),
      },
    },
  ),
);

draft(
  "c69-contact-group.eml",
  { from: fujiwara[1], stop: "confirm", include: ["distribution-list"], why: "A personal contact group in To (a name without an address): who is on it cannot be seen." },
  outlook(
    { date: date(1, 8, 9, 0, 0), from: fujiwara, to: [["展示会プロジェクト関係者", ""]], subject: "展示会ブースの最終レイアウト", id: "TY1PR01MB8843.5F6A7B8C" },
    { text: lines("関係者各位", "", "展示会ブースの最終レイアウトが決まりました。", "詳細は共有フォルダをご確認ください。", "", "藤原") },
  ),
);

draft(
  "c70-reply-checked-their-file.eml",
  { from: noguchi[1], stop: "allow", why: "Gmail reply to the trusted auditor: \"添付ファイルを確認しました\" is about their file; nothing is promised." },
  gmail(
    { date: date(1, 8, 15, 0, 0), from: noguchi, to: [hayakawa], subject: "Re: 残高確認書", id: "CAKp3xQ2bL4kG7iN@mail.gmail.com" },
    {
      text: lines("早川様", "", "添付ファイルを確認しました。内容で問題ございません。", "原本は本日郵送いたします。", "", "野口"),
      attribution: "2027年1月8日(金) 11:20 早川 宏 <h.hayakawa@tokiwa-audit.example>:",
      quoted: lines("野口様", "", "残高確認書を添付いたしますので、ご確認ください。", "", "常盤監査法人 早川"),
    },
  ),
);

// ---- a university: students have internal addresses

const seiran = (name, local) => [name, `${local}@seiran-u.example`];
const kyomu = seiran("青嵐大学 教務課", "kyomu");
const students = Array.from({ length: 30 }, (_, i) => ["", `s26${String(1001 + i * 7)}@st.seiran-u.example`]);

draft(
  "u01-students-in-to.eml",
  { from: kyomu[1], policy: "policy-university.json", stop: "block", include: ["bcc-exposure"], why: "30 students' addresses in To (the school counts internal addresses)." },
  outlook(
    { date: date(11, 10, 8, 30, 0), from: kyomu, to: students, subject: "【休講】11月11日（水）2限「統計学入門」", id: "TY2PR01MB7710.10AA" },
    { text: lines("受講生の皆さん", "", "11月11日（水）2限の「統計学入門」は休講とします。", "補講日は後日お知らせします。", "", "青嵐大学 教務課") },
  ),
);

draft(
  "u02-students-in-bcc.eml",
  { from: kyomu[1], policy: "policy-university.json", stop: "allow", why: "The same notice with the students in BCC and To = the office." },
  outlook(
    { date: date(11, 10, 8, 35, 0), from: kyomu, to: [kyomu], bcc: students, subject: "【休講】11月11日（水）2限「統計学入門」", id: "TY2PR01MB7710.10AB" },
    { text: lines("受講生の皆さん", "", "11月11日（水）2限の「統計学入門」は休講とします。", "補講日は後日お知らせします。", "", "青嵐大学 教務課") },
  ),
);

draft(
  "u03-reply-to-student.eml",
  { from: "t.kamiya@seiran-u.example", policy: "policy-university.json", stop: "allow", why: "A teacher's Gmail-style reply to one student; the student's question quoted mentions 添付." },
  gmail(
    {
      date: date(11, 12, 20, 10, 0),
      from: seiran("神谷 徹", "t.kamiya"),
      to: [["", "s261008@st.seiran-u.example"]],
      subject: "Re: レポートの提出について",
      id: "CAKp3xQ0zJ2iE5gL@mail.gmail.com",
    },
    {
      text: lines("山本さん", "", "提出期限は11月20日で大丈夫です。", "", "神谷"),
      attribution: "2026年11月12日(木) 18:02 <s261008@st.seiran-u.example>:",
      quoted: lines("神谷先生", "", "レポートを添付しました。提出期限は延長できますか。", "", "山本"),
    },
  ),
);

// ---------------------------------------------------------------- write

writeMessages(outDir, messages);
for (const [file, policy] of Object.entries(POLICIES)) writeFileSync(path.join(outDir, file), `${JSON.stringify(policy, null, 2)}\n`);
writeFileSync(path.join(outDir, "expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`wrote ${expected.length} expectations and ${Object.keys(POLICIES).length} policies`);
