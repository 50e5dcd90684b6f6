import { COMMON_SUFFIX_GAPS, COMMON_SUFFIX_RULES } from "./common-suffixes";
import { afterComments, countOf, findRecord, recordEnd } from "./sorted-records";

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
 * top) that a lookup binary-searches as it is (src/domains/sorted-records.ts):
 * loading the list builds nothing.
 *
 * The built-in rules answer as the full list does but in their gaps (COMMON_SUFFIX_GAPS,
 * 1 KB gzip: names under a prefecture's domain in .jp, and parts of other country codes).
 * A list made with its gaps notes when a lookup falls in one (`metGap`), so the send check
 * judges with the built-in rules and fetches the full list only for a draft that needs it:
 * most mail from Japan goes to .co.jp, .jp, .com and .net, where the two agree.
 */
/** Domains whose public suffix a list remembers: more than a runtime meets, few enough to be small. */
const MAX_ANSWERS = 10000;

export class PublicSuffixList {
  private readonly text: string;
  /** Where the first TLD's line starts (after the comment lines) and the last one ends. */
  private readonly start: number;
  private readonly end: number;
  private rules = -1;
  /** The TLDs looked up so far: few, and asked again for every domain under them. */
  private readonly lines = new Map<string, TldLine | null>();
  /** Public suffixes found so far, by domain (at most MAX_ANSWERS: then it starts again). */
  private readonly answers = new Map<string, string>();
  /** Where this list may answer otherwise than the full list (none for the full list itself). */
  private readonly gaps: PublicSuffixList | undefined;
  private gapMet = false;

  /** `gaps`: where these rules may answer otherwise than the full list, in the same format (COMMON_SUFFIX_GAPS). */
  constructor(text: string, gaps?: string) {
    const start = afterComments(text);
    let end = text.length;
    while (end > start && text.charAt(end - 1) === "\n") end--;
    this.text = text;
    this.start = start;
    this.end = end;
    this.gaps = gaps === undefined ? undefined : new PublicSuffixList(gaps);
  }

  /** Whether a lookup so far met a domain in the list's gaps, where the full list may answer otherwise. */
  get metGap(): boolean {
    return this.gapMet;
  }

  /** How many rules the list has (counted on first use: only checks and tests ask). */
  get size(): number {
    if (this.rules < 0) {
      // One rule per line, and one more per comma.
      const { text, start, end } = this;
      this.rules = end > start ? 1 + countOf(text, start, end, "\n") + countOf(text, start, end, ",") : 0;
    }
    return this.rules;
  }

  /** Whether the list has this rule, written as the list writes it (`co.jp`, `*.kawasaki.jp`, `!city.kawasaki.jp`). */
  has(rule: string): boolean {
    const dot = rule.lastIndexOf(".");
    const line = this.tldLine(rule.slice(dot + 1));
    if (!line) return false;
    if (dot < 0) return line.tldIsRule;
    const entry = rule.slice(0, dot);
    return this.hasEntry(entry[0] === "!" ? line.exceptions : entry[0] === "*" ? line.wildcards : line.rules, entry);
  }

  /**
   * The public suffix of a canonical ASCII domain: `co.jp` for
   * sales.example.co.jp; the last label when no rule matches (the list's
   * implicit `*` rule, so `.example` and `.test` work).
   */
  publicSuffix(domain: string): string {
    let suffix = this.answers.get(domain);
    if (suffix === undefined) {
      // A draft names the same domains again and again, and so do the drafts after it.
      if (this.answers.size >= MAX_ANSWERS) this.answers.clear();
      suffix = this.lookUp(domain);
      this.answers.set(domain, suffix);
      if (this.gaps && !this.gapMet) this.gapMet = this.gaps.spans(domain);
    }
    return suffix;
  }

  private lookUp(domain: string): string {
    const tldDot = domain.lastIndexOf(".");
    const line = this.tldLine(domain.slice(tldDot + 1));
    if (line) {
      // Longest candidate first, each as its labels before the TLD. An exception (!city.kawasaki.jp)
      // beats the wildcard (*.kawasaki.jp) it carves out of, and its own first label is not part of the suffix.
      for (let from = 0; from < tldDot; ) {
        const dot = domain.indexOf(".", from);
        const labels = domain.slice(from, tldDot);
        if (this.hasEntry(line.exceptions, `!${labels}`)) return domain.slice(dot + 1);
        if (this.hasEntry(line.rules, labels)) return domain.slice(from);
        // A wildcard over the parent: `*.kawasaki` under jp, or `*` for one over the TLD itself.
        if (this.hasEntry(line.wildcards, dot === tldDot ? "*" : `*.${domain.slice(dot + 1, tldDot)}`)) return domain.slice(from);
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

  /**
   * As a list of gaps (COMMON_SUFFIX_GAPS): whether the domain lies in one. Under a TLD
   * that is a rule, every name lies in the gap but those under an exception's second label
   * (`uk:,!co`: not example.co.uk); otherwise the names under an entry's (`jp:aichi`: x.aichi.jp).
   */
  private spans(domain: string): boolean {
    const tldDot = domain.lastIndexOf(".");
    const line = tldDot > 0 ? this.tldLine(domain.slice(tldDot + 1)) : undefined;
    if (!line) return false;
    const second = domain.slice(domain.lastIndexOf(".", tldDot - 1) + 1, tldDot);
    return line.tldIsRule ? !this.hasEntry(line.exceptions, `!${second}`) : this.hasEntry(line.rules, second);
  }

  /** The line of a TLD: where its entries start and end, and whether the TLD itself is a rule. */
  private tldLine(tld: string): TldLine | undefined {
    let line = this.lines.get(tld);
    if (line === undefined) {
      line = null;
      const start = findRecord(this.text, this.start, this.end, "\n", ":", tld);
      if (start >= 0) {
        const end = recordEnd(this.text, start, this.end, "\n");
        const colon = start + tld.length;
        const tldIsRule = colon === end || this.text.charAt(colon + 1) === ",";
        const exceptions = this.entriesMarked("!", colon === end ? end : tldIsRule ? colon + 2 : colon + 1, end);
        const wildcards = this.entriesMarked("*", exceptions.next, end);
        line = { tldIsRule, exceptions, wildcards, rules: { start: wildcards.next, end } };
      }
      this.lines.set(tld, line);
    }
    return line || undefined;
  }

  /**
   * The run of entries from `start` that begin with `mark`: exceptions (`!`) sort before
   * wildcards (`*`), and both before any label, so each kind is searched only among its own
   * (most TLDs have neither: one search per candidate instead of three).
   */
  private entriesMarked(mark: string, start: number, end: number): EntryRange & { next: number } {
    let next = start;
    while (next < end && this.text.charAt(next) === mark) next = recordEnd(this.text, next, end, ",") + 1;
    return next > start ? { start, end: Math.min(next - 1, end), next: Math.min(next, end) } : { start, end: start, next: start };
  }

  private hasEntry(range: EntryRange, entry: string): boolean {
    return range.start < range.end && findRecord(this.text, range.start, range.end, ",", ",", entry) >= 0;
  }
}

/** Where a run of a TLD line's comma-separated entries starts, and where its last one ends. */
interface EntryRange {
  start: number;
  end: number;
}

interface TldLine {
  tldIsRule: boolean;
  exceptions: EntryRange;
  wildcards: EntryRange;
  rules: EntryRange;
}

/**
 * The built-in stand-in for the full list. Nothing installs a list for the
 * runtime: whoever loaded the full one passes it to evaluate and parsePolicy.
 */
export const COMMON_SUFFIXES = new PublicSuffixList(COMMON_SUFFIX_RULES);

/**
 * A new copy of the built-in rules with their gaps, whose `metGap` tells about its own
 * lookups only: one per send (the event runtime's; the pane waits for the full list).
 */
export function commonSuffixes(): PublicSuffixList {
  return new PublicSuffixList(COMMON_SUFFIX_RULES, COMMON_SUFFIX_GAPS);
}
