import * as v from "valibot";
import { stringList, trueOrFalse } from "../policy/schema";
import { sentAttachments } from "./attachments";
import { defineRule, type RuleDocs } from "../engine/rule";
import { asWrittenIn, findPatterns, findTerms, inSentencesNot, normalizeText, phraseAt, subjectKind, withoutDisclaimers, type TermMatch } from "./text";

interface Options {
  keywords: string[];
  builtIn: boolean;
}

/** Words that say something is attached; the policy's `keywords` add to them. */
const BUILT_IN_KEYWORDS = ["添付", "別添", "別紙", "査収", "attached", "attaching", "attachment", "attachments", "enclosed", "pfa"];

/** Document nouns before "をお送りします": "資料をお送りします" means a file comes with the mail. */
const DOCUMENT = "(資料|ファイル|書類|データ|一式|写真|画像|明細|見積り?|見積もり|書|録|表|票|図|案|\\bpdf|\\bexcel|エクセル|\\bword|ワード|スライド|原稿|リスト|一覧)";

/** Built-in phrases (dropped with the keywords by `builtIn: false`). Text is normalized: lower case, NFKC. */
const SENDING_PHRASES: readonly RegExp[] = [
  /送付(いたし|致し|させていただき|させて頂き|申し上げ|し)ます/,
  // 資料をお送りします, 見積書はPDFでお送りします, 図面をお届けします, データを送らせていただきます, casual 資料お送りします
  new RegExp(`${DOCUMENT}(を|も|は|にて|で)?((お送り|送り|お届け)(いたし|致し|させていただき|させて頂き|申し上げ|し)?|送らせて(いただき|頂き))ます`),
  // Plain forms between colleagues: ファイル送るね, 資料送っときます, 議事録を送っておきます
  new RegExp(`${DOCUMENT}(を|も)?送(る(ね|よ|から|ので)|っと(く|き)|っておき)`),
];

/** A subject names what the mail is: "見積書送付の件", "資料送付のご案内", or labels it "【送付】請求書", "[資料送付]". */
const SUBJECT_PHRASES: readonly RegExp[] = [/送付(の件|のご案内|のお知らせ|のご連絡|について|[】\])]|$)/];

/**
 * A sentence with one of these does not promise an attachment in this mail:
 * a negation (添付は不要です, no attachment), the recipient's own attachment
 * or a request for one (ご添付の資料, 添付してください, your attachment), an
 * earlier mail (先日お送りした資料), a later one or another channel (後日、
 * 郵送、別メール, separately), or a warning about other people's attachments.
 */
// Every repeat is bounded ({0,8}, not *): a sentence can be a megabyte of "添付添付…", tried at each occurrence.
const NEGATIONS: readonly RegExp[] = [
  /(添付|送付|お送り)(ファイル|資料)?(は|も|を|が)?(不要|なし|無し|ない|ありません|ございません|省略|控え|禁止|不可)/,
  /(添付|送付|お送り)(して|いたして|致して|いたし|致し|し|でき|され|せ)?(おりません|いません|ていない|いない|ません|ない|なかった|ず)/,
  /ご(添付|送付)(の|いただ|頂|くださ|下さ|願)/,
  /(添付|送付|お送り)(して|し|の上|のうえ)?(ご返信|ご返送|返信|返送|送信|お送り)?(いただ|頂|くださ|下さ|もら|ほしい|願)/,
  /(先日|前回|以前|先ほど|先程|さきほど|昨日|過日)[^。]{0,30}(添付|送付|お送り)(いた|致)?し(た|ました)(資料|ファイル|メール|件|もの|書類|データ|内容|添付|zip|の|際|が|けど|ところ)/,
  /別紙[^。]{0,20}(郵送|宅配|別便|fax|ファックス|ファクス|持参|手渡し|お渡し)/, // a paper enclosure
  /(添付|attach)[^。]{0,12}(開か|開く|開い|開け|開封|open)|不審|怪しい|標的型|suspicious|phishing/,
  /(\bno|\bwithout|\bnot|n't|\bnever)\s+(\S+\s+){0,3}(attach|enclos)/,
  /(attach|enclos)\w{0,8}\s+(is|are|was|were)\s+not\b/,
  /\byour\s+(\w+\s+)?(attach|enclos)|\byou('ve|\s+have)?\s+(attached|enclosed|sent)\b/,
  // What the recipient sent and the sender has received or read: 昨日いただいた添付資料, 添付資料、拝見しました, thanks for the attached report.
  // (Not ご依頼いただいた見積書を添付します: what was received there is the request.)
  /(いただい|頂い|頂戴し|受領し|拝受し|受け取っ|もらっ|届い)た(ご)?(添付|別添)|(添付|別添)(?!し|いた|致|させ)[^。]{0,12}(拝見|拝受|受領|ありがと|有難)/,
  // A reply about that file: 添付ファイルを確認しました, 添付の内容で問題ありません, 添付の件、承知しました, attachment received.
  // 添付 as a noun there (添付ファイルを, 添付の件、): "添付しますので、問題ないか…" still promises a file.
  /(添付|別添)(ファイル|資料|書類|データ)?(の|は|を|、)[^。]{0,10}(確認(しました|いたしました|させていただきました|済)|問題(ありません|ございません|なし|ない)|承知|了解|承りました)/,
  /(attach|enclos)\w{0,8}\s+(received|looks good|looks fine|is fine)\b/,
  /\b(thanks|thank you) for (sending |sharing |forwarding )?(the|your)\s+(\w+\s+)?(attach|enclos)|\b(received|got|reviewed|read|checked|opened)\s+(the|your)\s+(\w+\s+)?(attach|enclos)/,
  /(attach|enclos)\w{0,8}\s*:\s*(none|n\/a|no)\b/,
  /\b(could|can|would) you (please )?(re-?send|send|forward|share)\b|\bplease (re-?send|send|forward) me\b/,
  // A sentence about a forgotten file is judged by RESEND alone.
  /添付(が|を|も)?(ミス|漏れ|もれ|抜け|忘れ|し忘れ)/,
  // The PPAP follow-up: the password for a file attached to the earlier mail.
  /(添付|attach)\S{0,20}の(パスワード|pw)|password (for|to open) (the |this )?(attach|zip|file)/,
];

/**
 * A later mail or another channel (後日、郵送、別メール, separately) does not promise an attachment
 * in this one either, unless what comes later is the password: "添付ファイルのパスワードは別メールで
 * お送りします" says the file is in this mail (the first of a password-zip pair).
 */
const LATER: readonly RegExp[] = [
  /(後日|後ほど|のちほど|別途|追って|郵送|宅配|別便|fax|ファックス|ファクス|別メール)[^。]{0,20}(添付|送付|お送り|査収)/,
  /\b(later|separately|to follow|will follow)\b|separate (e-?mail|mail|message)/,
];
const PASSWORD_LATER = /(パスワード|pw|password)[^。]{0,12}(後日|後ほど|のちほど|別途|追って|別便|別メール|later|separately|to follow|will follow|separate)/;

/** Whether a sentence's mention of an attachment does not promise one in this mail. */
const negated = (sentence: string) =>
  NEGATIONS.some((negation) => negation.test(sentence)) || (!PASSWORD_LATER.test(sentence) && LATER.some((later) => later.test(sentence)));

/** A resend after a forgotten file ("添付漏れがありました", "forgot to attach") must carry the file, whatever else the sentence says. */
const RESEND: readonly RegExp[] = [/添付(が|を|も)?(ミス|漏れ|もれ|抜け|忘れ|し忘れ)/, /\bforgot (to attach|the attachment)/];

/** …unless the mail asks the recipient to resend theirs: 添付が漏れていたようです。再送をお願いできますか。 */
const RESEND_REQUEST = /(再送|再送付|再度(お)?送)[^。]{0,6}(お願い|ください|下さい|いただけ|頂け|願え)|\b(could|can|would) you (please )?re-?send\b/;

/** A pasted picture is an inline attachment: "スクリーンショットを添付します" is then kept. */
const PICTURE_WORDS = /画像|写真|スクリーンショット|スクショ|キャプチャ|image|screenshot|picture|photo/;

function mentions(text: string, options: Options, hasInline: boolean, extra: readonly RegExp[]): TermMatch[] {
  const phrases = options.builtIn ? [...SENDING_PHRASES, ...extra] : [];
  const found = [
    ...inSentencesNot(text, [...findTerms(text, options.keywords), ...findPatterns(text, phrases)], negated),
    ...(options.builtIn && !RESEND_REQUEST.test(text) ? findPatterns(text, RESEND) : []),
  ];
  return hasInline ? inSentencesNot(text, found, (sentence) => PICTURE_WORDS.test(sentence)) : found;
}

export const docs: RuleDocs = {
  en: "The subject or the new body text says something is attached (添付, 別添, 別紙, ご査収ください, 送付します, 資料をお送りします, attached, enclosed, …; `keywords` add words, `builtIn: false` keeps only yours) but no file is attached. Quoted earlier mail does not count, nor does a reply's or forward's subject (RE:/FW:/転送:), which repeats the earlier mail's. Sentences that negate (添付は不要です, no attachment), refer to the recipient's attachment (ご添付の資料, 昨日いただいた添付資料, 添付ファイルを確認しました, your attachment, thanks for the attached report), to an earlier or later mail (先日お送りした資料, 後日郵送します, separately) are ignored, and so are legal footers (\"This e-mail and any attachments are confidential…\", 本メールおよび添付ファイルには…).",
  ja: "件名または本文(引用部分を除く)に添付を示す言葉(添付、別添、別紙、ご査収ください、送付します、資料をお送りします、attached、enclosed など。`keywords` で追加、`builtIn: false` で組み込みの語を使わない)があるのに、ファイルが添付されていません。返信・転送の件名(RE:/FW:/転送:)は元のメールの件名なので対象外です。否定(添付は不要です)、相手の添付(ご添付の資料、昨日いただいた添付資料、添付ファイルを確認しました)、以前や後日のメール(先日お送りした資料、後日郵送します)を指す文、メール末尾の定型の免責文(本メールおよび添付ファイルには…)も対象外です。",
};

export default defineRule<Options>()({
  id: "forgotten-attachment",
  defaults: { severity: "warn", keywords: BUILT_IN_KEYWORDS, builtIn: true },
  get options() {
    return {
      keywords: v.optional(stringList()),
      builtIn: v.optional(trueOrFalse()),
    };
  },
  messages: ["body", "subject"],
  check(draft, { options }) {
    if (sentAttachments(draft).length > 0) return [];
    const hasInline = draft.attachments.length > 0; // only inline ones are left
    // A legal footer's "and any attachments" is on every mail.
    const body = withoutDisclaimers(normalizeText(draft.body.newText));
    const inBody = mentions(body, options, hasInline, []);
    if (inBody.length > 0) return [{ messageId: "body", params: { phrase: asWrittenIn(draft.body.newText)(phraseAt(body, inBody[0])) } }];
    // A reply's or forward's subject repeats the earlier mail's, whose attachment stayed with it.
    if (subjectKind(draft.subject) !== "new") return [];
    const subject = normalizeText(draft.subject);
    const inSubject = mentions(subject, options, hasInline, SUBJECT_PHRASES);
    return inSubject.length > 0 ? [{ messageId: "subject", params: { phrase: asWrittenIn(draft.subject)(phraseAt(subject, inSubject[0])) } }] : [];
  },
});
