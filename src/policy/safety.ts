import { describeDomain, resemblance } from "../domains/lookalike";
import { ConsumerMailDomains } from "../domains/organisation";
import type { PublicSuffixList } from "../domains/public-suffix";
import { compilePattern, type AddressPattern } from "../domains/patterns";

/**
 * What a schema cannot see: a policy that parses but silently disarms Presend (DESIGN §2).
 * `errors` make the policy invalid; `warnings` are legal but probably not meant.
 */
export interface PolicyFindings {
  errors: string[];
  warnings: string[];
}

/** The lists as the schema accepted them: pattern texts by list name. */
export interface PolicyLists {
  internalDomains?: readonly string[];
  trustedDomains: readonly string[];
  blockedDomains: readonly string[];
  personalMailDomains: readonly string[];
}

const LISTS = ["internalDomains", "trustedDomains", "blockedDomains"] as const;
type ListName = (typeof LISTS)[number];

const MEANING: Record<"internalDomains" | "trustedDomains", string> = {
  internalDomains: "internal",
  trustedDomains: "trusted",
};

/** Why a domain or wildcard would make strangers internal or trusted, or undefined when it would not. */
function disarmingReason(pattern: AddressPattern, consumer: ConsumerMailDomains, suffixes: PublicSuffixList, meaning: string): string | undefined {
  if (pattern.kind === "address") return undefined;
  if (suffixes.publicSuffix(pattern.domain) === pattern.domain) {
    return `"${pattern.source}" is a public suffix: every organisation under it would be ${meaning}`;
  }
  // *.kawasaki.jp: every label under kawasaki.jp is a suffix of its own, so the wildcard spans organisations.
  if (pattern.kind === "subdomains" && suffixes.publicSuffix(`x.${pattern.domain}`) === `x.${pattern.domain}`) {
    return `"${pattern.source}" spans many organisations (each name under ${pattern.domain} is a public suffix): all of them would be ${meaning}`;
  }
  if (consumer.has(pattern.domain)) {
    return `"${pattern.source}" is a consumer mailbox provider: everyone with an address there would be ${meaning} (list one address instead, e.g. "name@${pattern.domain}")`;
  }
  return undefined;
}

/** The same pattern in two lists: which list should win is anyone's guess. */
function identity(pattern: AddressPattern): string {
  return pattern.kind === "address" ? `address:${pattern.address}` : `${pattern.kind}:${pattern.domain}`;
}

export function checkPolicySafety(lists: PolicyLists, suffixes: PublicSuffixList): PolicyFindings {
  const errors: string[] = [];
  const warnings: string[] = [];
  const consumer = new ConsumerMailDomains(lists.personalMailDomains.map((d) => d.replace(/^\*\./, "")));
  const seen = new Map<string, string>();
  const compiled: Record<ListName, Array<{ pattern: AddressPattern; path: string }>> = { internalDomains: [], trustedDomains: [], blockedDomains: [] };
  for (const list of LISTS) {
    (lists[list] || []).forEach((source, index) => {
      const pattern = compilePattern(source);
      if (!pattern) return;
      const path = `${list}.${index}`;
      compiled[list].push({ pattern, path });
      if (list !== "blockedDomains") {
        const reason = disarmingReason(pattern, consumer, suffixes, MEANING[list]);
        if (reason) errors.push(`${path}: ${reason}`);
      }
      const key = identity(pattern);
      const earlier = seen.get(key);
      if (earlier && earlier.split(".")[0] !== list) {
        errors.push(`${path}: "${source}" is also in ${earlier}; a domain or address belongs in one of internalDomains, trustedDomains and blockedDomains`);
      } else if (!earlier) {
        seen.set(key, path);
      }
    });
  }
  // A trusted domain one slip away from an internal one is more likely a typo than a partner.
  for (const trusted of compiled.trustedDomains) {
    if (trusted.pattern.kind === "address") continue;
    const candidate = describeDomain(trusted.pattern.domain, suffixes);
    for (const internal of compiled.internalDomains) {
      if (internal.pattern.kind === "address") continue;
      if (resemblance(candidate, describeDomain(internal.pattern.domain, suffixes), 5, "known")) {
        warnings.push(`${trusted.path}: "${trusted.pattern.source}" looks like the internal domain "${internal.pattern.source}" (${internal.path}); check that it is the partner you meant`);
        break;
      }
    }
  }
  return { errors, warnings };
}

/** The sender's own domain counts as internal only when internalDomains is not given: not on a consumer provider. */
export function senderDomainWarning(senderDomain: string, internalDomainsGiven: boolean, personalMailDomains: readonly string[]): string | undefined {
  if (internalDomainsGiven || !senderDomain || !new ConsumerMailDomains(personalMailDomains).has(senderDomain)) return undefined;
  return `internalDomains: not given, and the sender's domain ${senderDomain} is a consumer mailbox provider, so nothing counts as internal; list your organisation's domains`;
}
