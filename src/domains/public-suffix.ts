import { COMMON_SUFFIX_RULES } from "./common-suffixes";

/**
 * The Public Suffix List (ICANN section): where an organisation's own domain
 * starts, so sales.example.co.jp and example.co.jp are one company and
 * a.co.jp and b.co.jp are two.
 *
 * The full list (~7,000 rules, 23 KB gzip) is data, not code: the build
 * writes it to dist/ (scripts/public-suffix-list.cjs, from tldts-icann) and
 * the handler and the pane fetch it alongside the policy
 * (src/office/suffix-source.ts), so neither bundle carries it and both share
 * one cached download. Until it arrives, or when it cannot, the common
 * second-level suffixes built in here (co.jp, lg.jp, co.uk, com.au…) and every
 * .jp rule in a compact form (scripts/public-suffix-list.cjs) stand in.
 */
export class PublicSuffixList {
  /**
   * The rules (as the list writes them, in ASCII: `co.jp`, `*.kawasaki.jp`,
   * `!city.kawasaki.jp`) by kind, so a lookup never builds a `!` or `*.` string.
   */
  private readonly plain = new Set<string>();
  /** `kawasaki.jp` for `*.kawasaki.jp`: every label directly under it is a suffix. */
  private readonly wildcardParents = new Set<string>();
  /** `city.kawasaki.jp` for `!city.kawasaki.jp`. */
  private readonly exceptions = new Set<string>();

  constructor(rules: Iterable<string>) {
    for (const rule of Array.from(rules)) {
      if (rule.charAt(0) === "!") this.exceptions.add(rule.slice(1));
      else if (rule.slice(0, 2) === "*.") this.wildcardParents.add(rule.slice(2));
      else this.plain.add(rule);
    }
  }

  get size(): number {
    return this.plain.size + this.wildcardParents.size + this.exceptions.size;
  }

  /** Whether the list has this rule, written as the list writes it. */
  has(rule: string): boolean {
    if (rule.charAt(0) === "!") return this.exceptions.has(rule.slice(1));
    if (rule.slice(0, 2) === "*.") return this.wildcardParents.has(rule.slice(2));
    return this.plain.has(rule);
  }

  /**
   * The public suffix of a canonical ASCII domain: `co.jp` for
   * sales.example.co.jp; the last label when no rule matches (the list's
   * implicit `*` rule, so `.example` and `.test` work).
   */
  publicSuffix(domain: string): string {
    // Longest candidate first. An exception (!city.kawasaki.jp) beats the wildcard
    // (*.kawasaki.jp) it carves out of, and its own first label is not part of the suffix.
    for (let candidate = domain; ; ) {
      const dot = candidate.indexOf(".");
      if (this.exceptions.has(candidate)) return candidate.slice(dot + 1);
      if (this.plain.has(candidate) || dot < 0) return candidate;
      const parent = candidate.slice(dot + 1);
      if (this.wildcardParents.has(parent)) return candidate;
      candidate = parent;
    }
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
}

/**
 * Reads the list's line format (scripts/public-suffix-list.cjs): one line per
 * TLD, `com` or `jp:,ac,co,*.kawasaki,!city.kawasaki`, where each entry is a
 * rule without its TLD and an empty entry is the TLD itself. `#` starts a comment line.
 */
export function parsePublicSuffixList(text: string): PublicSuffixList {
  const rules: string[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.charAt(0) === "#") continue;
    const colon = trimmed.indexOf(":");
    if (colon < 0) {
      rules.push(trimmed);
      continue;
    }
    const tld = trimmed.slice(0, colon);
    for (const entry of trimmed.slice(colon + 1).split(",")) rules.push(entry ? `${entry}.${tld}` : tld);
  }
  return new PublicSuffixList(rules);
}

/**
 * The built-in stand-in for the full list. Nothing installs a list for the
 * runtime: whoever loaded the full one passes it to evaluate and parsePolicy.
 */
export const COMMON_SUFFIXES = parsePublicSuffixList(COMMON_SUFFIX_RULES);
