/**
 * Base64 → bytes without atob: classic Outlook's JavaScript-only runtime has
 * no DOM (no atob), and atob would give a binary string that still needs
 * copying. Whitespace is skipped (some hosts wrap lines); any other character
 * outside the alphabet makes the input invalid.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUES: Record<string, number> = {};
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charAt(i)] = i;
// URL-safe variants decode to the same values.
VALUES["-"] = 62;
VALUES["_"] = 63;

export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\s=]+/g, "");
  if (clean.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (let i = 0; i < clean.length; i++) {
    const value = VALUES[clean.charAt(i)];
    if (value === undefined) return undefined;
    buffer = ((buffer << 6) | value) & 0xffff; // only the low 14 bits are ever pending
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >> bits) & 0xff;
    }
  }
  return index === out.length ? out : out.subarray(0, index);
}
