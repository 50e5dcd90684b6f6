/** Characters that reorder text on screen: "請求書\u202Efdp.exe" shows as "請求書exe.pdf". */
export const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * A user-controlled string (file name, display name, address) with each bidi
 * control written out ("[U+202E]"), so it cannot reorder what people read.
 */
export function showBidiControls(text: string): string {
  return text.replace(new RegExp(BIDI_CONTROL.source, "g"), (c) => `[U+${`000${c.charCodeAt(0).toString(16).toUpperCase()}`.slice(-4)}]`);
}
