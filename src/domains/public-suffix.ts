import { COMMON_SUFFIX_RULES } from "./common-suffixes";

/**
 * The Public Suffix List (ICANN section): where an organisation's own domain
 * starts, so sales.example.co.jp and example.co.jp are one company and
 * a.co.jp and b.co.jp are two.
 *
 * The full list (~7,000 rules, 24 KB gzip) is data, not code: the build
 * writes it to dist/ from publicsuffix.org's file in data/
 * (scripts/public-suffix-list.cjs) and the handler and the pane fetch it
 * alongside the policy (src/office/suffix-source.ts), so neither bundle
 * carries it and both share one cached download. Until it arrives, or when it
 * cannot, the common second-level suffixes built in here (co.jp, lg.jp, co.uk,
 * com.au…) and every .jp rule in a compact form stand in.
 *
 * Both are text in one sorted format (one line per TLD, `com` or
 * `jp:,!city.kawasaki,*.kawasaki,ac,co`: each entry a rule without its TLD,
 * an empty first entry for the TLD itself; `#` starts a comment line at the
 * top) that a lookup binary-searches as it is: loading the list builds nothing,
 * and a lookup builds no string but its answer.
 */
export class PublicSuffixList {
  private readonly text: string;
  /** Where the first TLD's line starts (after the comment lines) and the last one ends. */
  private readonly start: number;
  private readonly end: number;
  private rules = -1;

  constructor(text: string) {
    let start = 0;
    while (text.charAt(start) === "#" || text.charAt(start) === "\n") {
      const newline = text.indexOf("\n", start);
      start = newline < 0 ? text.length : newline + 1;
    }
    let end = text.length;
    while (end > start && text.charAt(end - 1) === "\n") end--;
    this.text = text;
    this.start = start;
    this.end = end;
  }

  /** How many rules the list has (counted on first use: only checks and tests ask). */
  get size(): number {
    if (this.rules < 0) {
      // One rule per line, and one more per comma.
      let rules = this.end > this.start ? 1 : 0;
      for (let at = this.start; at < this.end; at++) {
        const code = this.text.charCodeAt(at);
        if (code === 10 || code === 44) rules++;
      }
      this.rules = rules;
    }
    return this.rules;
  }

  /** Whether the list has this rule, written as the list writes it (`co.jp`, `*.kawasaki.jp`, `!city.kawasaki.jp`). */
  has(rule: string): boolean {
    const dot = rule.lastIndexOf(".");
    const line = this.tldLine(rule, dot + 1);
    if (!line) return false;
    return dot < 0 ? line.tldIsRule : this.search(line.entries, line.end, ",", "", rule, 0, dot) >= 0;
  }

  /**
   * The public suffix of a canonical ASCII domain: `co.jp` for
   * sales.example.co.jp; the last label when no rule matches (the list's
   * implicit `*` rule, so `.example` and `.test` work).
   */
  publicSuffix(domain: string): string {
    const tldDot = domain.lastIndexOf(".");
    const line = this.tldLine(domain, tldDot + 1);
    if (line) {
      // Longest candidate first, each as its labels before the TLD (domain[from, tldDot)). An exception
      // (!city.kawasaki.jp) beats the wildcard (*.kawasaki.jp) it carves out of, and its own first label
      // is not part of the suffix.
      for (let from = 0; from < tldDot; ) {
        const dot = domain.indexOf(".", from);
        if (this.search(line.entries, line.end, ",", "!", domain, from, tldDot) >= 0) return domain.slice(dot + 1);
        if (this.search(line.entries, line.end, ",", "", domain, from, tldDot) >= 0) return domain.slice(from);
        // A wildcard over the parent: `*.kawasaki` under jp, or `*` for one over the TLD itself.
        const wildcard = dot === tldDot ? this.search(line.entries, line.end, ",", "*", domain, tldDot, tldDot) : this.search(line.entries, line.end, ",", "*.", domain, dot + 1, tldDot);
        if (wildcard >= 0) return domain.slice(from);
        from = dot + 1;
      }
    }
    return domain.slice(tldDot + 1);
  }

  /**
   * The registrable domain: one label more than the public suffix
   * (`example.co.jp`). A domain that is itself a public suffix stands for
   * itself. `suffix` spares the lookup when the caller has it already.
   */
  registrableDomain(domain: string, suffix = this.publicSuffix(domain)): string {
    if (suffix.length >= domain.length) return domain;
    // The label before the suffix and the suffix, cut from the domain rather than joined anew.
    const head = domain.slice(0, domain.length - suffix.length - 1);
    return domain.slice(head.lastIndexOf(".") + 1);
  }

  /** The line of the TLD `name.slice(from)`: where its entries start and end, and whether the TLD itself is a rule. */
  private tldLine(name: string, from: number): { entries: number; end: number; tldIsRule: boolean } | undefined {
    const start = this.search(this.start, this.end, "\n", "", name, from, name.length);
    if (start < 0) return undefined;
    const text = this.text;
    let end = text.indexOf("\n", start);
    if (end < 0 || end > this.end) end = this.end;
    const colon = start + name.length - from;
    if (colon === end) return { entries: end, end, tldIsRule: true };
    const tldIsRule = text.charAt(colon + 1) === ",";
    return { entries: tldIsRule ? colon + 2 : colon + 1, end, tldIsRule };
  }

  /**
   * Binary search of the sorted records in text[lo, hi), each ended by `separator` (the
   * last by hi), for `prefix` + key[from, to). A line's record is compared up to its ':'.
   * Returns where the record starts, or -1.
   */
  private search(lo: number, hi: number, separator: string, prefix: string, key: string, from: number, to: number): number {
    const text = this.text;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      // The record around mid: after the separator before it, up to the next one.
      const start = Math.max(lo, text.lastIndexOf(separator, mid - 1) + 1);
      let end = text.indexOf(separator, start);
      if (end < 0 || end > hi) end = hi;
      const order = compareRecord(text, start, end, prefix, key, from, to);
      if (order === 0) return start;
      if (order < 0) lo = end + 1;
      else hi = start - 1;
    }
    return -1;
  }
}

/**
 * How text[start, end) — up to a ':' when it has one — sorts against prefix +
 * key[from, to), by UTF-16 code units as the build sorted the list: negative, 0 or positive.
 */
function compareRecord(text: string, start: number, end: number, prefix: string, key: string, from: number, to: number): number {
  const length = prefix.length + to - from;
  for (let i = 0; ; i++) {
    const code = start + i < end ? text.charCodeAt(start + i) : -1;
    const recordEnded = code === -1 || code === 58; // ':'
    if (i === length) return recordEnded ? 0 : 1;
    if (recordEnded) return -1;
    const wanted = i < prefix.length ? prefix.charCodeAt(i) : key.charCodeAt(from + i - prefix.length);
    if (code !== wanted) return code - wanted;
  }
}

/**
 * The built-in stand-in for the full list. Nothing installs a list for the
 * runtime: whoever loaded the full one passes it to evaluate and parsePolicy.
 */
export const COMMON_SUFFIXES = new PublicSuffixList(COMMON_SUFFIX_RULES);
