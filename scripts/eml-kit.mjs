// Building blocks for the saved drafts that scripts/make-samples.mjs and scripts/make-corpus.mjs write:
// MIME encoding the way mail clients do it (CRLF, RFC 2047 encoded-words, base64 / quoted-printable /
// 7bit / 8bit bodies, RFC 2231 file names) in UTF-8, ISO-2022-JP or Shift_JIS, and ZIP archives with
// PKWARE or AES encryption. Everything is deterministic, so re-running a script gives the same bytes.
//
// A message is built as a "binary string" (one character per byte): ASCII for everything encoded, and
// the raw bytes of an 8bit part as Latin-1 characters. writeMessages writes them back byte for byte.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { crc32, deflateRawSync } from "node:zlib";

export const CRLF = "\r\n";

export function wrap(text, width = 76) {
  const lines = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines.join(CRLF);
}

// ---------------------------------------------------------------- charsets

/**
 * Reverse of the WHATWG decoders Node ships (full ICU): character → bytes,
 * found by decoding every double-byte code once.
 */
const reverseTables = new Map();

function reverseTable(charset) {
  let table = reverseTables.get(charset);
  if (table) return table;
  table = new Map();
  const add = (bytes, wrapped = bytes) => {
    let char;
    try {
      char = new TextDecoder(charset, { fatal: true }).decode(Buffer.from(wrapped));
    } catch {
      return;
    }
    if (char.length === 1 && !table.has(char)) table.set(char, bytes);
  };
  if (charset === "shift_jis") {
    for (let b = 0xa1; b <= 0xdf; b++) add([b]); // half-width katakana
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) add([lead, trail]);
    }
  } else if (charset === "iso-2022-jp") {
    for (let row = 0x21; row <= 0x7e; row++) {
      for (let cell = 0x21; cell <= 0x7e; cell++) add([row, cell], [0x1b, 0x24, 0x42, row, cell, 0x1b, 0x28, 0x42]);
    }
  } else {
    throw new Error(`no encoder for ${charset}`);
  }
  reverseTables.set(charset, table);
  return table;
}

const ESCAPE_JIS = [0x1b, 0x24, 0x42]; // ESC $ B: JIS X 0208
const ESCAPE_ASCII = [0x1b, 0x28, 0x42]; // ESC ( B

/** Text → bytes in `charset` (utf-8, shift_jis, iso-2022-jp); throws on a character the charset lacks. */
export function encodeText(text, charset = "utf-8") {
  const name = charset.toLowerCase();
  if (name === "utf-8") return Buffer.from(text, "utf8");
  const table = reverseTable(name);
  const out = [];
  let jis = false;
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code < 0x80) {
      if (jis && name === "iso-2022-jp") out.push(...ESCAPE_ASCII);
      jis = false;
      out.push(code);
      continue;
    }
    const bytes = table.get(char);
    if (!bytes) throw new Error(`${charset} cannot encode ${JSON.stringify(char)} (U+${code.toString(16)})`);
    if (!jis && name === "iso-2022-jp") out.push(...ESCAPE_JIS);
    jis = true;
    out.push(...bytes);
  }
  if (jis && name === "iso-2022-jp") out.push(...ESCAPE_ASCII);
  return Buffer.from(out);
}

/** The MIME label mail clients write for a charset. */
const LABELS = { "utf-8": "UTF-8", "shift_jis": "Shift_JIS", "iso-2022-jp": "ISO-2022-JP" };
const label = (charset) => LABELS[charset.toLowerCase()] ?? charset;

// ---------------------------------------------------------------- headers

/** RFC 2047 B encoding, split on character boundaries so each encoded word stays under 75 characters. */
export function encodeWord(text, charset = "utf-8") {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words = [];
  let chunk = "";
  for (const char of text) {
    if (encodeText(chunk + char, charset).length > 42) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?${label(charset)}?B?${encodeText(w, charset).toString("base64")}?=`).join(`${CRLF} `);
}

/** Header text raw in the charset, as old Japanese mailers wrote it (not RFC 2047): bytes as Latin-1 characters. */
export const rawWord = (text, charset) => encodeText(text, charset).toString("latin1");

const mailbox = ([name, address], word) => (name ? `${word(name)} <${address}>` : address);
const addressList = (list, word) => list.map((m) => mailbox(m, word)).join(`,${CRLF} `);

/**
 * The header block. `from`, `to`, `cc`, `bcc` are [name, address] pairs; a `to` entry may also be
 * a group `{ group: "name", members: [...] }` (RFC 5322 group syntax). `charset` encodes names and
 * the subject, as RFC 2047 words or with `raw` as raw bytes; `extra` lines go before MIME-Version
 * (X-Mailer, Thread-Topic, …).
 */
export function headers({ date, from, to, cc, bcc, subject, id, inReplyTo, charset = "utf-8", raw = false, extra = [] }) {
  const word = (text) => (raw ? rawWord(text, charset) : encodeWord(text, charset));
  const list = (entries) =>
    entries
      .map((entry) => (entry.group !== undefined ? `${word(entry.group)}: ${addressList(entry.members, word)};` : mailbox(entry, word)))
      .join(`,${CRLF} `);
  const lines = [`Date: ${date}`, `From: ${mailbox(from, word)}`];
  if (to?.length) lines.push(`To: ${list(to)}`);
  if (cc?.length) lines.push(`Cc: ${list(cc)}`);
  if (bcc?.length) lines.push(`Bcc: ${list(bcc)}`);
  lines.push(`Subject: ${subject === "" ? "" : word(subject)}`);
  lines.push(`Message-ID: <${id}@${from[1].split("@")[1]}>`);
  if (inReplyTo) lines.push(`In-Reply-To: <${inReplyTo}>`, `References: <${inReplyTo}>`);
  lines.push(...extra);
  lines.push("MIME-Version: 1.0");
  return lines.join(CRLF);
}

// ---------------------------------------------------------------- bodies

export const base64 = (text, charset = "utf-8") => wrap(encodeText(text, charset).toString("base64"));

export function quotedPrintable(text, charset = "utf-8") {
  const out = [];
  for (const line of text.split(/\r?\n/)) {
    let encoded = "";
    for (const byte of encodeText(line, charset)) {
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

const crlfText = (text) => text.replace(/\r?\n/g, CRLF);

/**
 * A text part. `encoding`: base64, quoted-printable, 7bit (ISO-2022-JP is 7-bit by itself) or 8bit
 * (raw bytes, as Latin-1 characters of the binary string). `flowed` adds format=flowed (Thunderbird).
 */
export function textPart(text, { subtype = "plain", encoding = "base64", charset = "utf-8", flowed = false, quoteCharset = true } = {}) {
  let body;
  if (encoding === "base64") body = base64(crlfText(text), charset);
  else if (encoding === "quoted-printable") body = quotedPrintable(text, charset);
  else body = encodeText(crlfText(text), charset).toString("latin1");
  const shown = charset.toLowerCase() === "utf-8" ? "utf-8" : label(charset);
  const charsetParam = quoteCharset ? `"${shown}"` : shown;
  return [
    `Content-Type: text/${subtype}; charset=${charsetParam}${flowed ? "; format=flowed" : ""}`,
    `Content-Transfer-Encoding: ${encoding}`,
    "",
    body,
  ].join(CRLF);
}

const percentEncode = (bytes) =>
  Array.from(bytes, (b) =>
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || "-._~!".includes(String.fromCharCode(b))
      ? String.fromCharCode(b)
      : `%${b.toString(16).toUpperCase().padStart(2, "0")}`,
  ).join("");

/**
 * A file part. `nameStyle`:
 * - "outlook": name= as RFC 2047, filename*= as RFC 2231 (Outlook, and the default)
 * - "encoded-word": name= and filename= both RFC 2047 (Thunderbird's old default, Becky!, many Japanese mailers)
 * - "continued": RFC 2231 continuations filename*0*= filename*1*= … for a long name
 * - "raw": filename="…" with the name's bytes raw in `charset` (old Japanese mailers)
 * `charset` encodes the name.
 */
export function filePart({ name, type, bytes, inline, contentId, nameStyle = "outlook", charset = "utf-8" }) {
  const disposition = inline ? "inline" : "attachment";
  const rfc2231 = percentEncode(encodeText(name, charset));
  const lines = [];
  if (nameStyle === "raw") {
    lines.push(`Content-Type: ${type}`, "Content-Transfer-Encoding: base64");
    lines.push(`Content-Disposition: ${disposition}; filename="${rawWord(name, charset)}"`);
  } else if (nameStyle === "encoded-word") {
    lines.push(`Content-Type: ${type};${CRLF} name="${encodeWord(name, charset)}"`, "Content-Transfer-Encoding: base64");
    if (contentId) lines.push(`Content-ID: <${contentId}>`);
    lines.push(`Content-Disposition: ${disposition};${CRLF} filename="${encodeWord(name, charset)}"`);
  } else if (nameStyle === "continued") {
    lines.push(`Content-Type: ${type}`, "Content-Transfer-Encoding: base64");
    if (contentId) lines.push(`Content-ID: <${contentId}>`);
    const pieces = [];
    // Cut between escapes so no %XX is split.
    for (let rest = rfc2231; rest.length > 0; ) {
      let cut = Math.min(rest.length, 45);
      const escape = rest.lastIndexOf("%", cut);
      if (cut < rest.length && escape > cut - 3) cut = escape;
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    const params = pieces.map((piece, i) => `filename*${i}*=${i === 0 ? `${label(charset)}''` : ""}${piece}`);
    lines.push(`Content-Disposition: ${disposition};${CRLF}\t${params.join(`;${CRLF}\t`)}`);
  } else {
    lines.push(`Content-Type: ${type};${CRLF}\tname="${encodeWord(name, charset)}"`, "Content-Transfer-Encoding: base64");
    if (contentId) lines.push(`Content-ID: <${contentId}>`);
    lines.push(`Content-Disposition: ${disposition};${CRLF}\tfilename*=${label(charset)}''${rfc2231}; size=${bytes.length}`);
  }
  lines.push("", wrap(Buffer.from(bytes).toString("base64")));
  return lines.join(CRLF);
}

/**
 * The invitation of a meeting request: iCalendar text as `text/calendar; method=…` (RFC 6047),
 * base64 like Outlook sends it, or 8bit like Thunderbird (`encoding`).
 */
export function calendarPart(ics, { method = "REQUEST", encoding = "base64" } = {}) {
  const text = crlfText(ics);
  return [
    `Content-Type: text/calendar; charset="utf-8"; method=${method}`,
    `Content-Transfer-Encoding: ${encoding}`,
    "",
    encoding === "base64" ? base64(text) : encodeText(text).toString("latin1"),
  ].join(CRLF);
}

/** A forwarded message attached whole (message/rfc822), as "forward as attachment" does. */
export function messagePart(name, text) {
  return [
    `Content-Type: message/rfc822;${CRLF}\tname="${encodeWord(name)}"`,
    `Content-Disposition: attachment;${CRLF}\tfilename="${encodeWord(name)}"`,
    "",
    text,
  ].join(CRLF);
}

let boundaryCount = 0;
/** A multipart body; `boundary` defaults to an Outlook-style one, numbered. */
export function multipart(subtype, parts, boundary) {
  boundaryCount += 1;
  const marker = boundary ?? `----=_NextPart_${String(boundaryCount).padStart(3, "0")}_01DC2A7F.5E3B9C40`;
  const body = parts.map((part) => `--${marker}${CRLF}${part}${CRLF}`).join(CRLF);
  return [`Content-Type: multipart/${subtype};${CRLF}\tboundary="${marker}"`, "", body, `--${marker}--`].join(CRLF);
}

export function message(head, body, preamble = true) {
  const isMultipart = body.startsWith("Content-Type: multipart/");
  const [typeLines, ...rest] = body.split(`${CRLF}${CRLF}`);
  const content = isMultipart && preamble
    ? `${typeLines}${CRLF}${CRLF}This is a multi-part message in MIME format.${CRLF}${CRLF}${rest.join(`${CRLF}${CRLF}`)}`
    : body;
  return `${head}${CRLF}${content}${CRLF}`;
}

/** Writes { file: binary string } into `dir`, byte for byte. */
export function writeMessages(dir, messages) {
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(messages)) writeFileSync(path.join(dir, file), Buffer.from(text, "latin1"));
  console.log(`wrote ${Object.keys(messages).length} messages to ${path.relative(process.cwd(), dir) || "."}`);
}

// ---------------------------------------------------------------- ZIP archives

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

/** A one-entry ZIP: local header, data, central directory, end record (APPNOTE.TXT §4.3). */
function singleEntryZip({ name, flags, method, crc, body, size, extra = Buffer.alloc(0) }) {
  const nameBytes = Buffer.from(name, "utf8");
  const dosTime = (10 << 11) | (30 << 5); // 10:30:00
  const dosDate = ((2026 - 1980) << 9) | (10 << 5) | 16; // 2026-10-16

  // The local header and the central directory entry repeat these fields in this order
  // (version needed to extract … extra field length), from `at` on.
  const writeEntryFields = (header, at) => {
    header.writeUInt16LE(method === 99 ? 51 : 20, at);
    header.writeUInt16LE(flags, at + 2);
    header.writeUInt16LE(method, at + 4);
    header.writeUInt16LE(dosTime, at + 6);
    header.writeUInt16LE(dosDate, at + 8);
    header.writeUInt32LE(crc, at + 10);
    header.writeUInt32LE(body.length, at + 14);
    header.writeUInt32LE(size, at + 18);
    header.writeUInt16LE(nameBytes.length, at + 22);
    header.writeUInt16LE(extra.length, at + 24);
  };

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  writeEntryFields(local, 4);

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(0x031e, 4);
  writeEntryFields(central, 6);
  central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
  central.writeUInt32LE(0, 42);

  const centralOffset = local.length + nameBytes.length + extra.length + body.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length + extra.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, extra, body, central, nameBytes, extra, end]);
}

const ENCRYPTED = 0x0001;
const UTF8_NAME = 0x0800;

/** A ZIP whose one entry is encrypted with ZipCrypto (traditional PKWARE encryption). */
export function encryptedZip(fileName, content, password) {
  const data = Buffer.from(content, "utf8");
  const crc = crc32(data);
  // 11 bytes that are random in real tools (fixed here so the sample is reproducible), then the CRC's high byte.
  const header = Buffer.from([0x5a, 0x13, 0xc7, 0x88, 0x02, 0x9e, 0x41, 0xd6, 0x7b, 0x30, 0xe5, crc >>> 24]);
  const body = zipCrypto(password, header, deflateRawSync(data));
  return singleEntryZip({ name: fileName, flags: ENCRYPTED | UTF8_NAME, method: 8, crc, body, size: data.length });
}

/**
 * A ZIP whose one entry is WinZip AES-256 encrypted (AE-2): flag bit 0, compression method 99 and
 * the 0x9901 extra field. The salt, verifier, ciphertext and MAC are stand-ins of the right sizes:
 * nothing reads them but the tool that would decrypt.
 */
export function aesZip(fileName, content) {
  const data = Buffer.from(content, "utf8");
  const extra = Buffer.alloc(11);
  extra.writeUInt16LE(0x9901, 0);
  extra.writeUInt16LE(7, 2);
  extra.writeUInt16LE(2, 4); // AE-2: no CRC
  extra.write("AE", 6, "latin1");
  extra.writeUInt8(3, 8); // AES-256
  extra.writeUInt16LE(8, 9); // the data is deflated before encryption
  const compressed = deflateRawSync(data);
  const stream = Buffer.alloc(16 + 2 + compressed.length + 10);
  for (let i = 0; i < stream.length; i++) stream[i] = (i * 151 + 89) & 0xff;
  return singleEntryZip({ name: fileName, flags: ENCRYPTED | UTF8_NAME, method: 99, crc: 0, body: stream, size: data.length, extra });
}

/** A plain (not encrypted) one-entry ZIP. */
export function plainZip(fileName, content) {
  const data = Buffer.from(content, "utf8");
  return singleEntryZip({ name: fileName, flags: UTF8_NAME, method: 8, crc: crc32(data), body: deflateRawSync(data), size: data.length });
}

// ---------------------------------------------------------------- 7z archives

/**
 * A 7z archive as `7z a -p -mhe=on` writes it: the file list is itself packed and encrypted, so the
 * end header is an encoded header (0x17) whose one folder chains the AES-256 + SHA-256 coder
 * (06 F1 07 01) and LZMA. The packed streams are stand-ins of plausible sizes.
 */
export function sevenZipEncryptedHeader() {
  const contentSize = 96;
  const headerSize = 48;
  const packed = Buffer.alloc(contentSize + headerSize);
  for (let i = 0; i < packed.length; i++) packed[i] = (i * 73 + 41) & 0xff;
  const aesProperties = [0xd3, 0x07, 0x3e, 0x91, 0x5c, 0x2a, 0x84, 0x11, 0xf0, 0x6b];
  const next = Buffer.from([
    0x17, // kEncodedHeader
    0x06, contentSize, 0x01, 0x09, headerSize, 0x00, // kPackInfo: position, one stream, its size, kEnd
    0x07, 0x0b, 0x01, 0x00, // kUnPackInfo, kFolder: one folder, not external
    0x02, // two coders
    0x24, 0x06, 0xf1, 0x07, 0x01, aesProperties.length, ...aesProperties, // AES-256 + SHA-256
    0x23, 0x03, 0x01, 0x01, 0x05, 0x5d, 0x00, 0x00, 0x01, 0x00, // LZMA
    0x01, 0x00, // bind pair: LZMA's input is AES's output
    0x0c, 0x40, 0x3a, // kCodersUnPackSize
    0x00, // kEnd
    0x00, // kEnd
  ]);
  const start = Buffer.alloc(20);
  start.writeUInt32LE(packed.length, 0); // next header offset (64-bit, high half 0)
  start.writeUInt32LE(next.length, 8); // next header size
  start.writeUInt32LE(crc32(next), 16);
  const signature = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04]);
  const startCrc = Buffer.alloc(4);
  startCrc.writeUInt32LE(crc32(start), 0);
  return Buffer.concat([signature, startCrc, start, packed, next]);
}
