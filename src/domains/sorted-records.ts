/**
 * Lookups in data files used as fetched (the Public Suffix List, the surname table):
 * records sorted by key, each ended by a separator, binary-searched in the text itself,
 * so loading a file builds nothing.
 */

/**
 * Where in text[lo, hi) the record whose key is `key` starts, or -1. Each record ends
 * at `separator` (the last one at hi); its key is the record up to the first `keyEnd`
 * in it, or all of it. Keys sort by UTF-16 code units, as JavaScript compares strings
 * (the build sorted them so).
 */
export function findRecord(text: string, lo: number, hi: number, separator: string, keyEnd: string, key: string): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // The record around mid: after the separator before it, up to the next one.
    const start = Math.max(lo, text.lastIndexOf(separator, mid - 1) + 1);
    const end = recordEnd(text, start, hi, separator);
    // As much of the record as the key is long: enough to order them, and no scan past it.
    const limit = Math.min(end, start + key.length);
    let found = text.slice(start, limit);
    const cut = keyEnd === separator ? -1 : found.indexOf(keyEnd);
    if (cut >= 0) found = found.slice(0, cut);
    else if (found === key) {
      // The record's key starts with `key`: it is `key` if it ends there, else it sorts after.
      if (limit === end || text.charAt(limit) === keyEnd) return start;
      hi = start - 1;
      continue;
    }
    if (found < key) lo = end + 1;
    else hi = start - 1;
  }
  return -1;
}

/** Where the record starting at `start` ends: at its separator, or at hi. */
export function recordEnd(text: string, start: number, hi: number, separator: string): number {
  const end = text.indexOf(separator, start);
  return end < 0 || end > hi ? hi : end;
}

/** How many times `character` occurs in text[lo, hi). */
export function countOf(text: string, lo: number, hi: number, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character, lo); at >= 0 && at < hi; at = text.indexOf(character, at + 1)) count++;
  return count;
}

/** Where the records start: after the comment lines (`#`) and blank lines at the top. */
export function afterComments(text: string): number {
  let start = 0;
  while (text.charAt(start) === "#" || text.charAt(start) === "\n") {
    const newline = text.indexOf("\n", start);
    start = newline < 0 ? text.length : newline + 1;
  }
  return start;
}
