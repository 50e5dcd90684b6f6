// Writes samples/*.eml: drafts of a fictional company (桐谷精工, kiritani-seiko.example), one per
// kind of slip, encoded the way mail clients save them (CRLF, RFC 2047 headers, base64 / quoted-printable
// UTF-8 bodies, RFC 2231 file names). The output is committed; run `node scripts/make-samples.mjs`
// after changing this file. Everything is deterministic, so re-running gives the same bytes.
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateRawSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "samples");

// ---------------------------------------------------------------- MIME encoding

const CRLF = "\r\n";

function wrap(text, width = 76) {
  const lines = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines.join(CRLF);
}

const base64 = (text) => wrap(Buffer.from(text, "utf8").toString("base64"));

/** RFC 2047 B encoding, split on character boundaries so each encoded word stays under 75 characters. */
function encodeWord(text) {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words = [];
  let chunk = "";
  for (const char of text) {
    if (Buffer.byteLength(chunk + char) > 42) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, "utf8").toString("base64")}?=`).join(`${CRLF} `);
}

function quotedPrintable(text) {
  const out = [];
  for (const line of text.split(/\r?\n/)) {
    let encoded = "";
    for (const byte of Buffer.from(line, "utf8")) {
      const plain = byte >= 33 && byte <= 126 && byte !== 61;
      encoded += plain || byte === 32 ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
    encoded = encoded.replace(/ $/, "=20");
    // Soft line breaks at 76, never inside an =XX escape.
    let rest = encoded;
    while (rest.length > 75) {
      let cut = 75;
      const escape = rest.lastIndexOf("=", cut);
      if (escape > cut - 3) cut = escape;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join(CRLF);
}

const mailbox = ([name, address]) => (name ? `${encodeWord(name)} <${address}>` : address);
const addressList = (list) => list.map(mailbox).join(`,${CRLF} `);

function headers({ date, from, to, cc, subject, id, inReplyTo }) {
  const lines = [`Date: ${date}`, `From: ${mailbox(from)}`];
  if (to?.length) lines.push(`To: ${addressList(to)}`);
  if (cc?.length) lines.push(`Cc: ${addressList(cc)}`);
  lines.push(`Subject: ${subject === "" ? "" : encodeWord(subject)}`);
  lines.push(`Message-ID: <${id}@kiritani-seiko.example>`);
  if (inReplyTo) lines.push(`In-Reply-To: <${inReplyTo}>`, `References: <${inReplyTo}>`);
  lines.push("MIME-Version: 1.0");
  return lines.join(CRLF);
}

const crlfText = (text) => text.replace(/\r?\n/g, CRLF);

function textPart(text, { subtype = "plain", encoding = "base64" } = {}) {
  const body = encoding === "base64" ? base64(crlfText(text)) : quotedPrintable(text);
  return [
    `Content-Type: text/${subtype}; charset="utf-8"`,
    `Content-Transfer-Encoding: ${encoding}`,
    "",
    body,
  ].join(CRLF);
}

/** A file part as Outlook writes it: name= as RFC 2047, filename*= as RFC 2231. */
function filePart({ name, type, bytes, inline, contentId }) {
  const encodedName = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const lines = [
    `Content-Type: ${type};${CRLF}\tname="${encodeWord(name)}"`,
    "Content-Transfer-Encoding: base64",
  ];
  if (contentId) lines.push(`Content-ID: <${contentId}>`);
  lines.push(
    `Content-Disposition: ${inline ? "inline" : "attachment"};${CRLF}\tfilename*=UTF-8''${encodedName}; size=${bytes.length}`,
    "",
    wrap(Buffer.from(bytes).toString("base64")),
  );
  return lines.join(CRLF);
}

let boundaryCount = 0;
function multipart(subtype, parts) {
  boundaryCount += 1;
  const boundary = `----=_NextPart_${String(boundaryCount).padStart(3, "0")}_01DC2A7F.5E3B9C40`;
  const body = parts.map((part) => `--${boundary}${CRLF}${part}${CRLF}`).join(CRLF);
  return [`Content-Type: multipart/${subtype};${CRLF}\tboundary="${boundary}"`, "", body, `--${boundary}--`].join(CRLF);
}

function message(head, body, preamble = true) {
  const isMultipart = body.startsWith("Content-Type: multipart/");
  const [typeLines, ...rest] = body.split(`${CRLF}${CRLF}`);
  const content = isMultipart && preamble
    ? `${typeLines}${CRLF}${CRLF}This is a multi-part message in MIME format.${CRLF}${CRLF}${rest.join(`${CRLF}${CRLF}`)}`
    : body;
  return `${head}${CRLF}${content}${CRLF}`;
}

// ---------------------------------------------------------------- password ZIP (PKWARE traditional encryption)

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crcStep = (crc, byte) => (CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)) >>> 0;

/** ZipCrypto as in APPNOTE.TXT §6.1: the scheme Japanese "password ZIP" tools use by default. */
function zipCrypto(password, header, data) {
  let k0 = 0x12345678;
  let k1 = 0x23456789;
  let k2 = 0x34567890;
  const update = (byte) => {
    k0 = crcStep(k0, byte);
    k1 = (Math.imul((k1 + (k0 & 0xff)) >>> 0, 134775813) + 1) >>> 0;
    k2 = crcStep(k2, k1 >>> 24);
  };
  for (const byte of Buffer.from(password, "utf8")) update(byte);
  const plain = Buffer.concat([header, data]);
  const out = Buffer.alloc(plain.length);
  for (let i = 0; i < plain.length; i++) {
    const t = (k2 | 2) & 0xffff;
    out[i] = plain[i] ^ ((t * (t ^ 1)) >>> 8) & 0xff;
    update(plain[i]);
  }
  return out;
}

function encryptedZip(fileName, content, password) {
  const data = Buffer.from(content, "utf8");
  const crc = crc32(data);
  // 11 bytes that are random in real tools (fixed here so the sample is reproducible), then the CRC's high byte.
  const header = Buffer.from([0x5a, 0x13, 0xc7, 0x88, 0x02, 0x9e, 0x41, 0xd6, 0x7b, 0x30, 0xe5, crc >>> 24]);
  const body = zipCrypto(password, header, deflateRawSync(data));
  const name = Buffer.from(fileName, "utf8");
  const flags = 0x0001 | 0x0800; // encrypted | UTF-8 name
  const dosTime = (10 << 11) | (30 << 5); // 10:30:00
  const dosDate = ((2026 - 1980) << 9) | (10 << 5) | 16; // 2026-10-16

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(flags, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(dosTime, 10);
  local.writeUInt16LE(dosDate, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(0x031e, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(flags, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt16LE(dosTime, 12);
  central.writeUInt16LE(dosDate, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
  central.writeUInt32LE(0, 42);

  const centralOffset = local.length + name.length + body.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, body, central, name, end]);
}

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

// ---------------------------------------------------------------- the samples

const samples = {};

samples["s01-mass-to.eml"] = message(
  headers({
    date: "Mon, 5 Oct 2026 09:30:12 +0900",
    from: eventDesk,
    to: [
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
    ],
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

mkdirSync(outDir, { recursive: true });
for (const [file, text] of Object.entries(samples)) {
  writeFileSync(path.join(outDir, file), text);
}
console.log(`wrote ${Object.keys(samples).length} samples to ${path.relative(process.cwd(), outDir) || "."}`);
