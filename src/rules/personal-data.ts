/**
 * Detectors for personal data in mail text: payment card numbers and
 * Japanese Individual Numbers (マイナンバー). Both are checked numbers (Luhn,
 * check digit), and both skip digit runs that are part of something else:
 * phone numbers (+81…), amounts (¥, 円), order and reference numbers, dates.
 */

export const DETECTORS = ["credit-card", "my-number"] as const;
export type Detector = (typeof DETECTORS)[number];

export interface PersonalData {
  kind: Detector;
  /** Last four digits, the only part a message shows. */
  last4: string;
}

/** Digits with single spaces or hyphens between groups (text is NFKC-normalized: full-width digits are ASCII). */
const DIGIT_RUN = /\d+(?:[ \-‐−]\d+)*/g;

/** Labels of numbers that are not personal data: "注文番号: 4111…", "TEL 0312345678…", "送り状番号", "シリアル", "No. …". */
const REFERENCE_LABEL =
  /((注文|受注|発注|伝票|送り状|荷物|出荷|配送|請求|見積|問い?合わ?せ|管理|予約|受付|申込|追跡|お客様|顧客|会員|社員|従業員|契約|口座|振込|電話|携帯|商品|製品|品番|型番|製造|シリアル|ロット|法人|tel|fax|phone|order|invoice|tracking|shipment|parcel|ref|reference|account|booking|customer|member|employee|contract|serial|lot|jan|ean|isbn)\s*(番号|no\.?|number|#|id|コード|code)?|\bno\.)\s*[:：#.]?\s*$/;

/**
 * Any other named number ("取引先コード", "証券番号", "案件No.") is a reference
 * too, unless the name says card or Individual Number (カード番号, 個人番号, my number).
 */
const NAMED_NUMBER = /\S\s*(番号|no\.|number|#|id|コード|code)\s*[:：#.]?\s*$/;
const PERSONAL_NAME = /(個人|カード|card|\bmy)\s*(番号|no\.?|number|#|id|コード|code)\s*[:：#.]?\s*$/;

function isReference(label: string): boolean {
  return REFERENCE_LABEL.test(label) || (NAMED_NUMBER.test(label) && !PERSONAL_NAME.test(label));
}

/** A digit run glued to letters, a currency, a decimal point or a unit is part of something else. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? "";
  const after = text[end] ?? "";
  if (/[a-z0-9_/#+¥$€£]/.test(before) || (/[.,]/.test(before) && /\d/.test(text[start - 2] ?? ""))) return false;
  if (/[a-z0-9_/%円万億]/.test(after) || (/[.,]/.test(after) && /\d/.test(text[end + 1] ?? ""))) return false;
  // The label is before the number on its line, or alone on the line above when the number opens its line.
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let label = text.slice(Math.max(lineStart, start - 20), start);
  if (label.trim() === "" && lineStart > 0) {
    const above = text.lastIndexOf("\n", lineStart - 2) + 1;
    label = text.slice(Math.max(above, lineStart - 21), lineStart - 1);
  }
  return !isReference(label);
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes and lengths: Visa, Mastercard, American Express, JCB, Diners Club, Discover. */
function knownIssuer(digits: string): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  if (digits[0] === "4") return n === 13 || n === 16 || n === 19;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16;
  if (p2 === 34 || p2 === 37) return n === 15;
  if (p4 >= 3528 && p4 <= 3589) return n >= 16;
  if (p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) return n >= 14;
  if (p4 === 6011 || p2 === 65) return n >= 16;
  return false;
}

/** 個人番号 check digit (総務省令): weights 2–7 then 2–6 from the right, 11 minus the remainder. */
function myNumberValid(digits: string): boolean {
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = Number(digits[11 - n]);
    sum += p * (n <= 6 ? n + 1 : n - 5);
  }
  const remainder = sum % 11;
  return Number(digits[11]) === (remainder <= 1 ? 0 : 11 - remainder);
}

/** yyyymmdd… at the start: a date or timestamp, not an Individual Number. */
const DATE_PREFIX = /^(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/;

function isMyNumber(run: string, digits: string): boolean {
  if (digits.length !== 12 || /^(\d)\1*$/.test(digits) || DATE_PREFIX.test(digits)) return false;
  // Written as one block or as 4-4-4 with one kind of separator.
  const grouped = run === digits || /^\d{4}([ \-‐−])\d{4}\1\d{4}$/.test(run);
  return grouped && myNumberValid(digits);
}

/**
 * A JAN code (EAN-13 from GS1 Japan: 45 or 49, then a mod-10 check digit with
 * weights 1 and 3). Every Japanese product carries one, and one in ten would
 * also pass as a 13-digit Visa number.
 */
function isJanCode(digits: string): boolean {
  if (digits.length !== 13 || !/^4[59]/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === Number(digits[12]);
}

function isCardNumber(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && knownIssuer(digits) && luhnValid(digits) && !isJanCode(digits);
}

/** Card numbers and Individual Numbers in normalized text (see normalizeText). */
export function findPersonalData(text: string, detectors: readonly Detector[]): PersonalData[] {
  const found: PersonalData[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    const run = m[0];
    const digits = run.replace(/\D/g, "");
    if (digits.length < 12 || digits.length > 19 || !standsAlone(text, m.index, m.index + run.length)) continue;
    const last4 = digits.slice(-4);
    if (detectors.indexOf("credit-card") >= 0 && isCardNumber(digits)) found.push({ kind: "credit-card", last4 });
    else if (detectors.indexOf("my-number") >= 0 && isMyNumber(run, digits)) found.push({ kind: "my-number", last4 });
  }
  return found;
}
