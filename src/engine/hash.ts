/**
 * Fixed-size fingerprints of addresses for what Presend keeps about them (the
 * conversation snapshot, the recipient memory): never the address itself.
 *
 * Two 32-bit multiply-xorshift lanes over the UTF-16 code units (the cyrb53
 * construction), of which 42 bits are kept as 7 URL-safe Base64 characters.
 * With 2,000 remembered addresses a new address matches one by chance about
 * once in two billion sends; a match only spares a question, never a block.
 * Not a cryptographic hash: the memory's per-user salt keeps a stored
 * fingerprint from being looked up in a table of common addresses.
 */
export const FINGERPRINT_CHARS = 7;

const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** One character per 6 bits: used for fingerprints and the memory's day numbers. */
export function base64Digits(value: number, count: number): string {
  let out = "";
  for (let i = count - 1; i >= 0; i--) out += DIGITS.charAt(Math.floor(value / Math.pow(64, i)) % 64);
  return out;
}

/** The number `count` Base64 digits at `start` stand for, or -1 when one is not a digit. */
export function readBase64Digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = DIGITS.indexOf(text.charAt(i));
    if (digit < 0) return -1;
    value = value * 64 + digit;
  }
  return value;
}

/** The fingerprint of `text` (a canonical address) under `salt`. */
export function fingerprint(text: string, salt = ""): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (code: number) => {
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  };
  for (let i = 0; i < salt.length; i++) mix(salt.charCodeAt(i));
  // A separator no address contains, so ("ab", "c") and ("a", "bc") differ.
  mix(0xffff);
  for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // 24 bits of one lane and 18 of the other.
  return base64Digits((h1 >>> 8) & 0xffffff, 4) + base64Digits((h2 >>> 14) & 0x3ffff, 3);
}
