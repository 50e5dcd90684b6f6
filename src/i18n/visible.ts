/** Characters that reorder text on screen: "請求書\u202Efdp.exe" shows as "請求書exe.pdf". */
export const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * A user-controlled string (file name, display name, address) with each bidi
 * control written out ("[U+202E]"), so it cannot reorder what people read.
 */
export function showBidiControls(text: string): string {
  return text.replace(new RegExp(BIDI_CONTROL.source, "g"), (c) => `[U+${`000${c.charCodeAt(0).toString(16).toUpperCase()}`.slice(-4)}]`);
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
