import { strToU8, zipSync } from "fflate";
import type { RuleCases } from "./cases";
import type rule from "./encrypted-archive";

const to = ["h.torii@client.example"];

/** A real ZIP of one small PDF-like file, made with fflate. */
const plainZip = zipSync({ "搬入計画書.pdf": strToU8("%PDF-1.4\n見積内容\n".repeat(20)) });

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000;
}

/**
 * The same ZIP marked as encrypted the way ZipCrypto marks it: general-purpose
 * flag bit 0 in the local header (offset 6) and/or the central directory entry
 * (offset 8, found through the end record's directory offset).
 */
function markEncrypted(zip: Uint8Array, where: { local?: boolean; central?: boolean; dataDescriptor?: boolean }): Uint8Array {
  const out = zip.slice();
  const centralDirectory = u32(out, out.length - 22 + 16);
  if (where.local) out[6] |= 0x01;
  if (where.dataDescriptor) out[6] |= 0x08;
  if (where.central) out[centralDirectory + 8] |= 0x01;
  return out;
}

/** A 7z file: 32-byte signature header pointing at `header` right after it. */
function sevenZip(header: number[]): Uint8Array {
  const start = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4, 0, 0, 0, 0];
  const offsetAndSize = [0, 0, 0, 0, 0, 0, 0, 0, header.length, 0, 0, 0, 0, 0, 0, 0];
  return new Uint8Array([...start, ...offsetAndSize, 0, 0, 0, 0, ...header]);
}
const AES = [0x06, 0xf1, 0x07, 0x01];

const RAR4 = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00];
const RAR5 = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00];
/** RAR 4 block: CRC16, type, flags (LE), header size 7. */
const rar4Block = (type: number, flags: number) => [0, 0, type, flags & 0xff, flags >> 8, 7, 0];
/** RAR 5 header: CRC32, size, then type, flags, … */
const rar5Header = (...fields: number[]) => [0, 0, 0, 0, fields.length, ...fields];

const zip = (name: string, bytes?: Uint8Array) => ({ name, bytes, size: bytes?.length ?? 2048 });

const cases: RuleCases<typeof rule> = {
  valid: [
    { name: "an ordinary ZIP, no password mentioned", draft: { to, attachments: [zip("写真.zip", plainZip)] } },
    { name: "a .zip without its bytes is not guessed at", draft: { to, attachments: [zip("搬入計画書.zip")] } },
    { name: "a .docx is a ZIP inside, not an archive", draft: { to, attachments: [zip("報告書.docx", plainZip)] } },
    { name: "a 7z whose plain header lists no AES coder", draft: { to, attachments: [zip("logs.7z", sevenZip([0x01, 0x04, 0x06, 0x00, 0x00]))] } },
    { name: "an unencrypted RAR 4", draft: { to, attachments: [zip("logs.rar", new Uint8Array([...RAR4, ...rar4Block(0x73, 0), ...rar4Block(0x7b, 0)]))] } },
    { name: "an unencrypted RAR 5", draft: { to, attachments: [zip("logs.rar", new Uint8Array([...RAR5, ...rar5Header(1, 0, 0), ...rar5Header(5, 0, 0)]))] } },
    { name: "ZIP without a password, said so", draft: { to, body: "このZIPにはパスワードをかけておりません。", attachments: [zip("写真.zip", plainZip)] } },
    { name: "a notice abolishing PPAP", draft: { to: ["all@example.co.jp"], subject: "PPAP廃止のお知らせ", body: "12月1日より、パスワード付きZIPファイルをメールで送る運用を廃止します。" } },
    { name: "a Wi-Fi password for visitors", draft: { to, body: "来社時のWi-Fiパスワード: guest2026" } },
    { name: "a VPN password from IT", draft: { to: ["a@example.co.jp"], body: "VPNのパスワードをお知らせします。" } },
    { name: "a portal's ID and password", draft: { to, body: "ポータルのIDとパスワードは下記の通りです。" } },
    { name: "a meeting passcode", draft: { to, body: "Teams会議のパスワード:7HxQ2" } },
    { name: "a login password change request", draft: { to: ["a@example.co.jp"], body: "ログインパスワードを変更してください。" } },
    { name: "the announcement only in the quoted earlier mail", draft: { to, subject: "Re: 搬入計画書の送付", body: "受け取りました。\n\n> パスワードは後ほど別メールでお知らせします。" } },
    { name: "a reply to the password mail", draft: { to, subject: "Re: パスワードのお知らせ", body: "確認できました。ありがとうございます。" } },
    { name: "a passport (パスポート), not a password", draft: { to, body: "パスポートは別途ご用意ください。" } },
    { name: "passed (パス) a selection, then news to follow", draft: { to, body: "書類選考はパスしました。結果は別途ご連絡します。" } },
    { name: "a rule about passwords (English)", draft: { to, body: "Note that the password is case-sensitive." } },
    { name: "turned off", draft: { to, attachments: [zip("a.zip", markEncrypted(plainZip, { local: true, central: true }))] }, policy: { rules: { "encrypted-archive": { severity: "off" } } } },
    { name: "garbage bytes named .zip", draft: { to, attachments: [zip("broken.zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xff]))] } },
  ],
  invalid: [
    {
      name: "password-protected ZIP with the password announced (the PPAP first mail)",
      draft: { to, subject: "搬入計画書の送付", body: "搬入計画書をお送りします。\nパスワードは後ほど別メールでお知らせします。", attachments: [zip("搬入計画書.zip", markEncrypted(plainZip, { local: true, central: true }))] },
      errors: [{ messageId: "encrypted", severity: "warn", attachments: ["搬入計画書.zip"], fixes: ["remove-attachment"] }],
    },
    { name: "encrypted ZIP without any mention", draft: { to, attachments: [zip("data.zip", markEncrypted(plainZip, { local: true, central: true }))] }, errors: [{ messageId: "encrypted", severity: "warn", attachments: ["data.zip"], fixes: ["remove-attachment"] }] },
    { name: "only the central directory says encrypted (data descriptor)", draft: { to, attachments: [zip("data.zip", markEncrypted(plainZip, { central: true, dataDescriptor: true }))] }, errors: [{ messageId: "encrypted", severity: "warn", attachments: ["data.zip"], fixes: ["remove-attachment"] }] },
    { name: "only the local header says encrypted", draft: { to, attachments: [zip("data.zip", markEncrypted(plainZip, { local: true }))] }, errors: [{ messageId: "encrypted", severity: "warn", attachments: ["data.zip"], fixes: ["remove-attachment"] }] },
    { name: "encrypted ZIP under another name", draft: { to, attachments: [zip("data.bin", markEncrypted(plainZip, { local: true, central: true }))] }, errors: [{ messageId: "encrypted", severity: "warn", attachments: ["data.bin"], fixes: ["remove-attachment"] }] },
    { name: "7z with an AES coder in its header", draft: { to, attachments: [zip("logs.7z", sevenZip([0x01, 0x04, 0x06, 0x0b, 0x01, 0x00, 0x24, ...AES, 0x00]))] }, errors: [{ messageId: "encrypted", severity: "warn", attachments: ["logs.7z"], fixes: ["remove-attachment"] }] },
    { name: "7z with encrypted headers", draft: { to, attachments: [zip("logs.7z", sevenZip([0x17, 0x06, 0x00, 0x24, ...AES, 0x00]))] }, errors: [{ messageId: "encrypted", severity: "warn", attachments: ["logs.7z"], fixes: ["remove-attachment"] }] },
    { name: "RAR 4 with encrypted headers", draft: { to, attachments: [zip("logs.rar", new Uint8Array([...RAR4, ...rar4Block(0x73, 0x0080)]))] }, errors: [{ messageId: "encrypted", severity: "warn", attachments: ["logs.rar"], fixes: ["remove-attachment"] }] },
    { name: "RAR 4 with an encrypted file", draft: { to, attachments: [zip("logs.rar", new Uint8Array([...RAR4, ...rar4Block(0x73, 0), ...rar4Block(0x74, 0x0004)]))] }, errors: [{ messageId: "encrypted", severity: "warn", attachments: ["logs.rar"], fixes: ["remove-attachment"] }] },
    { name: "RAR 5 with encrypted headers", draft: { to, attachments: [zip("logs.rar", new Uint8Array([...RAR5, ...rar5Header(4, 0, 0)]))] }, errors: [{ messageId: "encrypted", severity: "warn", attachments: ["logs.rar"], fixes: ["remove-attachment"] }] },
    { name: "RAR 5 with a file encryption record", draft: { to, attachments: [zip("logs.rar", new Uint8Array([...RAR5, ...rar5Header(1, 0, 0), ...rar5Header(2, 1, 3, 0, 0, 2, 1, 0)]))] }, errors: [{ messageId: "encrypted", severity: "warn", attachments: ["logs.rar"], fixes: ["remove-attachment"] }] },
    { name: ".zip without bytes, password announced", draft: { to, body: "パスワードは別途お送りします。", attachments: [zip("見積書.zip")] }, errors: [{ messageId: "announced", severity: "warn", params: { phrase: "パスワードは別途お送りします" }, attachments: ["見積書.zip"], fixes: ["remove-attachment"] }] },
    { name: "7z that cannot be read, password announced (English)", draft: { to, body: "The password will follow in a separate email.", attachments: [zip("logs.7z", sevenZip([0x17, 0x06, 0x00]))] }, errors: [{ messageId: "announced", severity: "warn", params: { phrase: "The password will follow in a separate…" }, attachments: ["logs.7z"], fixes: ["remove-attachment"] }] },
    { name: "the PPAP follow-up: only the password", draft: { to, subject: "パスワードのお知らせ", body: "先ほどお送りしたファイルのパスワードをお知らせします。\nパスワード：Xk39fa" }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "先ほどお送りしたファイルのパスワードをお知らせします" } }] },
    { name: "a subject tag 【パスワード】", draft: { to, subject: "【パスワード】見積書.zip", body: "Xk39fa" }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "【パスワード】見積書.zip" } }] },
    { name: "casual 解凍パス (パス for パスワード)", draft: { to, body: "さっきのZIPの解凍パスです。\nZm7#k2Qp" }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "さっきのZIPの解凍パスです" } }] },
    { name: "パスは別途 (casual)", draft: { to, body: "図面を送りました。パスは別途送ります。" }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "パスは別途送ります" } }] },
    { name: "the password in quotes (パスワードは「…」です)", draft: { to, subject: "Re: 図面", body: "先ほどの件、パスワードは「Mn#2026」です。" }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "先ほどの件、パスワードは「Mn#2026」です" } }] },
    { name: "ZIPにパスワードをかけています", draft: { to, body: "zipファイルにパスワードをかけています。" }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "zipファイルにパスワードをかけています" } }] },
    { name: "the password is … (English)", draft: { to, body: "The password is Minase2026" }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "The password is Minase2026" } }] },
    { name: "the password of meeting materials (会議資料のパスワード) is a file's", draft: { to, body: "会議資料のパスワードは別途お送りします。" }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "会議資料のパスワードは別途お送りします" } }] },
    { name: "a file put on a portal, its password separately", draft: { to, body: "ポータルにアップロードしたファイルのパスワードは別途お送りします。" }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "ポータルにアップロードしたファイルのパスワードは別途お送りします" } }] },
    { name: "the password for the meeting materials zip (English)", draft: { to, body: "The password for the meeting materials zip will follow separately." }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "The password for the meeting materials…" } }] },
    { name: "PWは別途 (abbreviated)", draft: { to, body: "PWは別途お送りします。" }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "PWは別途お送りします" } }] },
    { name: "解凍パスワード", draft: { to, body: "解凍パスワードは「Xk39fa」です。" }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "解凍パスワードは「Xk39fa」です" } }] },
    { name: "the quoted phrase keeps the writer's capitals", draft: { to, body: "The ZIP password follows by mail." }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "The ZIP password follows by mail" } }] },
    { name: "PW： with a full-width colon", draft: { to, subject: "Re: 資料", body: "PW：abc12345" }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "PW:abc12345" } }] },
    { name: "English password line", draft: { to, body: "Password for the attached zip: Xk39fa" }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "Password for the attached zip: Xk39fa" } }] },
    { name: "announced password-protected PDF (not an archive) is reported on the message", draft: { to, body: "パスワード付きの資料を添付します。パスワードは別メールでお送りします。", attachments: [{ name: "見積書.pdf" }] }, errors: [{ messageId: "password", severity: "warn", params: { phrase: "パスワードは別メールでお送りします" } }] },
    { name: "severity raised to confirm", draft: { to, attachments: [zip("data.zip", markEncrypted(plainZip, { local: true, central: true }))] }, policy: { rules: { "encrypted-archive": { severity: "confirm" } } }, errors: [{ messageId: "encrypted", severity: "confirm", attachments: ["data.zip"], fixes: ["remove-attachment"] }] },
  ],
};

export default cases;
