import type { Attachment } from "../engine/types";
import { inspectArchive } from "../formats/archive";
import { extensionOf, sentAttachments } from "./attachments";
import { defineRule, type RuleDocs, type RuleReport } from "../engine/rule";
import { asWrittenIn, findPatterns, normalizeText, phraseAt, subjectKind, unnegated } from "./text";

/** Names of archive types that can carry a password. */
const ARCHIVE_EXTENSIONS = ["zip", "7z", "rar", "lzh", "lha", "cab", "gz", "tgz", "bz2", "xz"];

/**
 * A mail that sends or announces a password for a file (normalized text:
 * lower case, NFKC, so "パスワード：" has an ASCII colon).
 */
export const PASSWORD_PHRASES: readonly RegExp[] = [
  // パス is short for パスワード in casual mail (not パスポート, パスタ, パスケース).
  /(パスワード|パス(?!ポート|タ|ケース)|\bpw\b)[^。\n]{0,20}(別途|別メール|別便|別送|後送|後ほど|のちほど|追って)/,
  /(別途|別メール|別便|後ほど|のちほど|追って)[^。\n]{0,20}(パスワード|パス(?!ポート|タ|ケース)|\bpw\b)/,
  /(解凍|展開|復号|開封)(用の?|の)?パス(ワード)?/,
  /(zip|ファイル|圧縮ファイル|資料|添付)の?パスワード/,
  /(パスワード|\bpw\b)(を|の)?(お知らせ|ご連絡|送付|お送り|通知)/,
  /パスワード(は|を)?(以下|下記)/,
  /パスワード\s*[:=]|パスワードは\s*["'“「『]/,
  /(zip|ファイル|圧縮|資料|添付)[^。\n]{0,10}パスワードを?(かけ|設定|付与|付け)/,
  /パスワード付き(の)?(zip|ファイル|圧縮|書類|資料)/,
  /[【[(](解凍)?(パスワード|pw|password)[】\])]/,
  /暗号化(した|済みの?|された)?(zip|ファイル|圧縮)/,
  /password[^.\n]{0,40}\b(separately|separate (e-?mail|mail|message)|to follow|will follow|follows|in (another|a second|a follow-up|the next) (e-?mail|mail|message))/,
  /\b(separately|separate (e-?mail|mail|message))[^.\n]{0,40}\bpassword/,
  /\b(zip|archive|file|attachment|document)s? password\b/,
  /\bpassword (for|to open|to unzip|to extract|to decrypt) (the |this |that |your )?(attached |zip|file|archive|attachment|document)/,
  /\bpassword[- ]protected (zip|file|archive|attachment|document)/,
  /\b(pw|pwd|passcode|password)\s*[:=]\s*\S/,
  /\bpassword is\s*[:"'“]|\bpassword is\s+\S*\d/, // "the password is Minase2026", not "the password is case-sensitive"
];

/**
 * Every password phrase names a password (パスワード, パス, pw, pwd, password, passcode)
 * or encryption (暗号化), so a text without one of these words is not searched phrase
 * by phrase: most mail never mentions one, and a long body is costly to search 18
 * times. A phrase added above must contain one of them.
 */
export const PASSWORD_WORDS = ["パス", "pw", "pass", "暗号化"];

/** Four indexOf calls: half the time of one regex for the four words over a megabyte. */
export function mentionsPassword(text: string): boolean {
  return PASSWORD_WORDS.some((word) => text.indexOf(word) >= 0);
}

/**
 * Not PPAP: no password at all, a notice abolishing PPAP, or a password for
 * something other than a file (login, Wi-Fi, VPN, a portal's ID and password,
 * a meeting passcode, a temporary account password).
 */
const NOT_PPAP: readonly RegExp[] = [
  /パスワード(は|を)?(不要|なし|無し|かけず|かけない|かけて(おりません|いません))|廃止|取りやめ|とりやめ|中止|禁止/,
  /\bno password|\bwithout (a )?password|password[- ]free|\bno longer\b|\bstop(ped)? (sending|using)|\bdiscontinu|\babolish/,
  /ログイン|アカウント|wi-?fi|無線lan|初期パスワード|仮パスワード|\blog ?in\b|\bsign ?in\b|\baccount\b|\btemporary password/,
  // VPN and portal credentials, an ID with its password, meeting passcodes
  // (会議資料のパスワード is a file's: only a meeting's own password or passcode is excluded.)
  /(vpn|ポータル)[^。\n]{0,8}パスワード|\bid\s*(と|及び|および|\/|・|&|and)\s*パスワード|(会議|ミーティング|zoom|teams|webex)の?(パスワード|パスコード)|\bmeeting (password|passcode)/,
];

function isArchive(attachment: Attachment): boolean {
  if (ARCHIVE_EXTENSIONS.indexOf(extensionOf(attachment.name)) >= 0) return true;
  // By signature only 7z and RAR: many document types (.docx, .xlsx, .jar) are ZIP files inside.
  const format = attachment.bytes ? inspectArchive(attachment.bytes)?.format : undefined;
  return format === "7z" || format === "rar";
}

export const docs: RuleDocs = {
  en: "The PPAP pattern: a password-protected archive attached (ZIP encryption read from the file's bytes; 7z and RAR when their headers show it), or a subject or new body text that sends or announces a password for a file (パスワードは別途お送りします, 解凍パスワード, 解凍パス, パスワードは「…」です, password to follow, the password is …), with or without the archive in the same mail (a password for a login, Wi-Fi, VPN, a portal or a meeting is not one for a file). Sending the password by mail protects nothing (a mail to the wrong address sends both) and stops virus checks from looking inside; a sharing link (OneDrive, SharePoint) limited to the recipients is the replacement. Without the file's bytes a .zip name alone is not reported; with a password announcement it is.",
  ja: "PPAP(パスワード付きZIPとパスワードの別送)です。パスワード付きの圧縮ファイル(ZIP はファイルの中身から判定、7z/RAR はヘッダーから分かる場合)の添付、または件名や本文(引用を除く)でファイルのパスワードを送る・予告する文(パスワードは別途お送りします、解凍パスワード、解凍パス、パスワードは「…」です、password to follow など)を検出します。圧縮ファイルが同じメールにあるかどうかは問いません(パスワードだけを送る2通目も対象。ログイン、Wi-Fi、VPN、ポータル、会議のパスワードは対象外)。パスワードをメールで送っても、宛先を誤れば両方が同じ相手に届くため安全ではなく、ウイルスチェックもすり抜けます。代わりに相手を限定した OneDrive や SharePoint の共有リンクを使います。ファイルの中身が読めない場合、名前が .zip だけでは報告しません(パスワードの予告があれば報告します)。",
};

export default defineRule()({
  id: "encrypted-archive",
  defaults: { severity: "warn" },
  options: {},
  messages: ["encrypted", "announced", "password"],
  check(draft) {
    const attachments = sentAttachments(draft);
    const encrypted = attachments.filter((a) => a.bytes !== undefined && inspectArchive(a.bytes)?.encrypted === true);
    const reports: RuleReport<"encrypted" | "announced" | "password">[] = [];
    if (encrypted.length > 0) reports.push({ messageId: "encrypted", attachments: encrypted, fixes: ["remove-attachment"] });

    // A reply's subject repeats the password mail it answers; a forward's subject goes with the password again.
    const sentSubject = subjectKind(draft.subject) === "reply" ? "" : draft.subject;
    const subject = normalizeText(sentSubject);
    const body = normalizeText(draft.body.newText);
    if (!mentionsPassword(subject) && !mentionsPassword(body)) return reports;
    const text = `${subject}\n${body}`;
    const announcement = unnegated(text, findPatterns(text, PASSWORD_PHRASES), NOT_PPAP)[0];
    if (!announcement) return reports;
    const phrase = asWrittenIn(`${sentSubject}\n${draft.body.newText}`)(phraseAt(text, announcement));
    const archives = attachments.filter((a) => encrypted.indexOf(a) < 0 && isArchive(a));
    if (archives.length > 0) {
      reports.push({ messageId: "announced", params: { phrase }, attachments: archives, fixes: ["remove-attachment"] });
    } else if (encrypted.length === 0) {
      reports.push({ messageId: "password", params: { phrase } });
    }
    return reports;
  },
});
