import { INVISIBLE_CHARACTER, normalizeDomain, splitAddress } from "./idn";

/** A compiled entry of internalDomains / trustedDomains / blockedDomains. */
export type AddressPattern =
  | { kind: "domain"; domain: string; source: string }
  | { kind: "subdomains"; domain: string; source: string }
  | { kind: "address"; address: string; domain: string; source: string };

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** DNS allows 253 characters in a name. */
const MAX_DOMAIN_CHARS = 253;

function isDomainName(ascii: string): boolean {
  const labels = ascii.split(".");
  return ascii.length <= MAX_DOMAIN_CHARS && labels.length >= 2 && labels.every((label) => LABEL.test(label));
}

/** Null when the text is not a valid pattern (the schema reports it). */
export function compilePattern(source: string): AddressPattern | null {
  const text = source.trim();
  // Refused rather than folded away as in recipients: the admin cannot see what the pattern says.
  if (INVISIBLE_CHARACTER.test(text)) return null;
  if (text.includes("@")) {
    const { local, domain } = splitAddress(text);
    if (!local || /[\s@]/.test(local) || !isDomainName(domain)) return null;
    return { kind: "address", address: `${local}@${domain}`, domain, source };
  }
  if (text.startsWith("*.")) {
    const domain = normalizeDomain(text.slice(2));
    return isDomainName(domain) ? { kind: "subdomains", domain, source } : null;
  }
  const domain = normalizeDomain(text);
  return isDomainName(domain) ? { kind: "domain", domain, source } : null;
}

/** Domain and wildcard patterns only: lists that are about organisations, not mailboxes. */
export function isDomainPattern(pattern: AddressPattern | null): pattern is AddressPattern {
  return pattern !== null && pattern.kind !== "address";
}

/** `address` must already be split: canonical local part and ASCII domain. */
export function patternMatches(pattern: AddressPattern, local: string, domain: string): boolean {
  switch (pattern.kind) {
    case "domain":
      return domain === pattern.domain;
    case "subdomains":
      return domain.endsWith(`.${pattern.domain}`);
    case "address":
      return `${local}@${domain}` === pattern.address;
  }
}

export function matchesAny(patterns: readonly AddressPattern[], address: string): boolean {
  const { local, domain } = splitAddress(address);
  return patterns.some((pattern) => patternMatches(pattern, local, domain));
}
