import * as v from "valibot";
import { described, stringList, trueOrFalse } from "../policy/schema";
import { DETECTORS, findPersonalData, type Detector } from "./personal-data";
import { defineRule, oneOf, type RuleDocs, type RuleReport } from "../engine/rule";
import { asWrittenIn, findPatterns, normalizeText, subjectKind, termFinder, withoutDisclaimers, type TermMatch } from "./text";

interface Options {
  keywords: string[];
  builtIn: boolean;
  /** Unset: every detector. Not a built-in list: the policy's value replaces it. */
  detectors?: Detector[];
  onlyExternal: boolean;
}

/** Labels that mark a mail or file as not for outside eyes. */
const BUILT_IN_KEYWORDS = [
  "社外秘", "部外秘", "社内秘", "人事秘", "極秘", "厳秘", "マル秘", "丸秘", "秘密", "機密", "取扱注意", "取扱い注意", "取り扱い注意", "関係者外秘", "社内限り",
  "confidential", "strictly confidential", "strictly private", "internal only", "internal use only", "do not forward", "do not distribute",
];

/**
 * 秘密保持契約 and 機密保持 are NDAs, 機密性 is "confidentiality", 機密情報の取扱い
 * (an NDA's or a policy's subject): talk about secrecy, not a label.
 */
const NOT_A_LABEL = /(秘密保持|機密保持|機密性|(秘密|機密)情報(の|に関する)?(取り?扱い|管理|保護))/y;

/**
 * 秘 alone in brackets is a label: 【秘】, (秘), ［秘］, and ㊙ (which
 * normalizeText writes as (秘)). Unbracketed 秘 is part of other words (秘書, 便秘).
 */
const SECRET_MARK = /[([【〔《<「『]\s{0,2}秘\s{0,2}[)\]】〕》>」』]/;

function isLabelAt(text: string, index: number): boolean {
  NOT_A_LABEL.lastIndex = index;
  return !NOT_A_LABEL.test(text);
}

/**
 * Finds the labels in normalized texts: each of `keywords` once (the message lists
 * which ones, so a body saying "confidential" 4,000 times is not searched 4,000 times),
 * and with `marks` every bracketed 秘 (【秘】 and (秘) are listed apart).
 */
function labelFinder(keywords: readonly string[], marks: boolean): (text: string) => TermMatch[] {
  const findKeywords = termFinder(keywords, { accept: isLabelAt, firstOnly: true });
  // SECRET_MARK needs a 秘: a quick look spares its slower search of most texts.
  return (text) => [
    ...findKeywords(text),
    ...(marks && text.indexOf("秘") >= 0 ? findPatterns(text, [SECRET_MARK], { accept: isLabelAt }) : []),
  ];
}

/** Each value once, in first-seen order, for a message's list ("社外秘, confidential", "****1111, ****4444"). */
function distinctList(values: readonly string[]): string[] {
  // A Set, not indexOf: a long text can hold 10,000 different card numbers.
  const seen = new Set<string>();
  for (const value of values) seen.add(value);
  return Array.from(seen);
}

/** A label found: its normalized term (what tells labels apart) and how the writer typed it. */
interface WrittenLabel {
  term: string;
  written: string;
}

function writtenLabels(matches: readonly TermMatch[], original: string): WrittenLabel[] {
  if (matches.length === 0) return [];
  const asWritten = asWrittenIn(original);
  return matches.map((m) => ({ term: m.term, written: asWritten(m.term) }));
}

/**
 * Each label once, as first written: "Confidential" in the subject and "CONFIDENTIAL" below
 * are one, and "CONFIDENTIAL" inside a "STRICTLY CONFIDENTIAL" found too is not named again.
 */
function distinctLabels(labels: readonly WrittenLabel[]): string[] {
  const written = new Map<string, string>();
  for (const label of labels) if (!written.has(label.term)) written.set(label.term, label.written);
  const terms = Array.from(written.keys());
  return terms.filter((term) => !terms.some((other) => other !== term && other.indexOf(term) >= 0)).map((term) => written.get(term) as string);
}

export const docs: RuleDocs = {
  en: "A mail to an outside recipient (trusted ones included) whose subject, new body text or attachment names carry a confidentiality label (`keywords`; built in: 社外秘, 部外秘, 社内秘, 極秘, 秘密, 機密, 取扱注意, 関係者外秘, confidential, internal only, do not forward, …, and 秘 in brackets: 【秘】, (秘), ㊙), or whose subject or text contains personal data found by `detectors` (default both): `credit-card` (13–19 digits, Luhn-valid, a known issuer's prefix) and `my-number` (a 12-digit 個人番号 with a valid check digit). A forward's quoted text is searched too: it goes out again. Phone numbers, postal codes, dates, amounts, JAN product codes and numbers named as something else on their line or alone on the line above (注文番号, 送り状番号, 取引先コード, Order No., …; not カード番号 or 個人番号) are not personal data; NDA wording (秘密保持契約, 機密情報の取扱い) and legal footers are not labels. Messages show only the last four digits. `onlyExternal: false` checks internal mail too.",
  ja: "社外(信頼済みの取引先を含む)宛てのメールで、件名・本文(引用を除く)・添付ファイル名に機密表示(`keywords`。組み込み: 社外秘、部外秘、社内秘、極秘、秘密、機密、取扱注意、関係者外秘、confidential、internal only、do not forward など。括弧付きの【秘】(秘)や ㊙ も対象)があるか、件名・本文に個人情報(`detectors`。既定は両方)があります。`credit-card` はクレジットカード番号(13〜19桁、Luhn チェック、国際ブランドの番号体系)、`my-number` はマイナンバー(12桁、チェックデジット)です。転送メールでは引用部分も対象です(そのまま社外に出るため)。電話番号、郵便番号、日付、金額、JAN コード、同じ行(または直前の行)で「注文番号」「送り状番号」「取引先コード」など別の名前が付いた番号(「カード番号」「個人番号」は除く)は対象外です。秘密保持契約や機密情報の取扱いといった言葉、メール末尾の定型の免責文は機密表示とみなしません。メッセージには番号の下4桁だけを表示します。`onlyExternal: false` で社内宛ても対象にします。",
};

export default defineRule<Options>()({
  id: "sensitive-content",
  defaults: { severity: "confirm", keywords: BUILT_IN_KEYWORDS, builtIn: true, onlyExternal: true },
  get options() {
    return {
      keywords: v.optional(stringList()),
      builtIn: v.optional(trueOrFalse()),
      detectors: described(
        v.optional(
          v.array(oneOf(DETECTORS), "expected a list of detectors"),
        ),
        `Default: ${DETECTORS.join(", ")}`,
      ),
      onlyExternal: v.optional(trueOrFalse()),
    };
  },
  messages: ["keyword", "keyword-file", "keyword-and-file", "credit-card", "my-number", "keyword-meeting", "keyword-file-meeting", "keyword-and-file-meeting"],
  check(draft, { options, hasExternal }) {
    if (options.onlyExternal && !hasExternal) return [];
    // The subject goes out even on a reply; quoted text goes out again on a forward.
    const forward = subjectKind(draft.subject) === "forward";
    const sentBody = forward ? `${draft.body.newText}\n\n${draft.body.quotedText}` : draft.body.newText;
    const subject = normalizeText(draft.subject);
    const body = normalizeText(sentBody);
    const reports: RuleReport<"keyword" | "keyword-file" | "keyword-and-file" | Detector>[] = [];
    // The subject, the text and every file name are searched for the same labels: each
    // text apart, so a long body is read as it is rather than copied behind the subject.
    const labels = labelFinder(options.keywords, options.builtIn);
    const inText = [...writtenLabels(labels(subject), draft.subject), ...writtenLabels(labels(withoutDisclaimers(body)), sentBody)];
    const files: typeof draft.attachments = [];
    const inFiles: WrittenLabel[] = [];
    for (const attachment of draft.attachments) {
      const found = labels(normalizeText(attachment.name));
      if (found.length > 0) files.push(attachment);
      inFiles.push(...writtenLabels(found, attachment.name));
    }
    // One finding for the labels wherever they are: 社外秘 in the subject, the text and a file name is one risk.
    if (inText.length + inFiles.length > 0) {
      const messageId = files.length === 0 ? "keyword" : inText.length === 0 ? "keyword-file" : "keyword-and-file";
      reports.push({ messageId, params: { keywords: distinctLabels(inText.concat(inFiles)) }, attachments: files });
    }

    const detectors = options.detectors ?? DETECTORS;
    const personal = [...findPersonalData(subject, detectors), ...findPersonalData(body, detectors)];
    for (const kind of DETECTORS) {
      const ofKind = personal.filter((p) => p.kind === kind);
      // Never the whole number: the last four digits are enough to find it.
      if (ofKind.length > 0) reports.push({ messageId: kind, params: { numbers: distinctList(ofKind.map((p) => `****${p.last4}`)) } });
    }
    return reports;
  },
});
