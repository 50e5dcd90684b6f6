import { trimTrailing } from "./trim";
/** Characters that reorder text on screen: "請求書\u202Efdp.exe" shows as "請求書exe.pdf". */
export const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Every one of them, for String.prototype.replace. */
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, "g");

/**
 * A user-controlled string (file name, display name, address) with each bidi
 * control written out ("[U+202E]"), so it cannot reorder what people read.
 */
export function showBidiControls(text: string): string {
  // Called for every name and file an alert shows, nearly all without one: those come back as they are.
  if (!BIDI_CONTROL.test(text)) return text;
  return text.replace(BIDI_CONTROLS, (c) => `[U+${`000${c.charCodeAt(0).toString(16).toUpperCase()}`.slice(-4)}]`);
}

/**
 * Characters a reader cannot see or that change how a name reads: C0/C1 controls (a
 * newline would start a Markdown list item), the soft hyphen, zero-width characters,
 * bidi controls, word joiners, the BOM and the Hangul filler. The alert turns them into
 * spaces; the rule reference writes them out. Global: use with String.prototype.replace.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
export const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\u3164\ufeff]/g;

/** Cuts at a character boundary (never between the halves of a surrogate pair) and marks the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

const HIRAGANA = /[\u3041-\u309f]/;
/** What starts a word after a phrase's hiragana: kanji, katakana, digits and Latin letters (half or full width). */
const STARTS_WORD = /[0-9A-Za-z\u3005\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
const KANJI = /[\u3005\u3400-\u4dbf\u4e00-\u9fff]/;
/** Japanese punctuation and closing brackets (、。・, full-width !),.? and 」』】〕, and ")"): a phrase ends after them. ASCII . and , do not: they sit inside addresses. */
const CLOSES_PHRASE = /[)\u3001\u3002\u30fb\uff01\uff09\uff0c\uff0e\uff1f\u300d\u300f\u3011\u3015]/;
/** Opening brackets ("(", full-width ( and 「『【〔): a phrase starts before them. */
const OPENS_PHRASE = /[(\uff08\u300c\u300e\u3010\u3014]/;
/** What may end a shortened text before its "…": a dangling comma reads as a mistake. */
const TRAILING_SEPARATOR = /[\s\u3001\uff0c,;:]/;

/** The honorific prefixes お and ご belong to the kanji word after them ("ご確認"). */
function isPrefixAt(text: string, at: number): boolean {
  const ch = text.charAt(at);
  return (ch === "お" || ch === "ご") && KANJI.test(text.charAt(at + 1));
}

/**
 * Whether a reader sees a break between text[at - 1] and text[at]: a space, Japanese
 * punctuation or brackets, or the end of a Japanese phrase — hiragana (particles,
 * okurigana) followed by the next word ("社外の|宛先", "ないか|1件", "ずつ|ご確認").
 */
function isBreak(text: string, at: number): boolean {
  const before = text.charAt(at - 1);
  const after = text.charAt(at);
  if (/\s/.test(before) || /\s/.test(after) || CLOSES_PHRASE.test(before) || OPENS_PHRASE.test(after)) return true;
  if (!HIRAGANA.test(before) || isPrefixAt(text, at - 1)) return false;
  return STARTS_WORD.test(after) || isPrefixAt(text, at);
}

/**
 * Shortens to at most `max` characters ending with "…", never in the middle of a word:
 * at a space in English, after punctuation or at a phrase boundary in Japanese (so
 * between whole listed items too). Only a single unbroken run (a long address) is cut
 * inside, at a character boundary as `truncate` does.
 */
export function shorten(text: string, max: number): string {
  const cut = truncate(text, max);
  if (cut === text) return text;
  for (let end = cut.length - 1; end > 0; end--) {
    if (!isBreak(text, end)) continue;
    const kept = trimTrailing(text.slice(0, end), TRAILING_SEPARATOR);
    if (kept !== "") return `${kept}…`;
  }
  return cut;
}
