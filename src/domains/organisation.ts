import { CONSUMER_MAIL_DOMAINS } from "./consumer";
import { displayDomainWithAscii, normalizeDomain, splitAddress } from "./idn";
import type { PublicSuffixList } from "./public-suffix";

/**
 * The registrable domain (Public Suffix List, ICANN section) of a canonical
 * ASCII domain: `sales.example.co.jp` → `example.co.jp`, `city.example.lg.jp`
 * → `example.lg.jp`. Unknown TLDs (`.example`, `.test`) fall back to the last
 * two labels through the list's implicit `*` rule.
 */
export function registrableDomain(domain: string, suffixes: PublicSuffixList): string {
  return domain ? suffixes.registrableDomain(domain) : "";
}

/** Looks up consumer mailbox domains; built once per policy. */
export class ConsumerMailDomains {
  private readonly domains: Set<string>;

  constructor(extra: readonly string[] = []) {
    // The built-in list is written canonical (a test holds it to that): only the policy's own are normalized.
    this.domains = new Set(CONSUMER_MAIL_DOMAINS);
    for (const domain of extra) this.domains.add(normalizeDomain(domain));
  }

  /** Every provider's domain (canonical ASCII), built-in and the policy's. */
  list(): string[] {
    return Array.from(this.domains);
  }

  /** True for the provider's domain and its subdomains (mail.goo.ne.jp style hosts). */
  has(domain: string): boolean {
    for (let d = domain; d; ) {
      if (this.domains.has(d)) return true;
      const dot = d.indexOf(".");
      if (dot < 0) break;
      d = d.slice(dot + 1);
    }
    return false;
  }
}

export interface Party {
  /** Stable key: `org:<registrable domain>` or `person:<address>` for consumer mailboxes. */
  key: string;
  /** What the user sees: the organisation's domain or the person's address. */
  label: string;
  consumer: boolean;
  /** Registrable domain (ASCII). */
  organisation: string;
}

/**
 * Who an address belongs to. People at one company know each other's
 * addresses; people on gmail.com do not, so each consumer address is a party.
 */
export function partyOf(address: string, consumer: ConsumerMailDomains, suffixes: PublicSuffixList): Party {
  const { local, domain } = splitAddress(address);
  return partiesAt(domain, consumer, suffixes)(local);
}

/**
 * partyOf for the local parts at one canonical domain, with the domain's lookups done
 * once: a mass mailing has hundreds of addresses at gmail.com.
 */
export function partiesAt(domain: string, consumer: ConsumerMailDomains, suffixes: PublicSuffixList): (local: string) => Party {
  const organisation = registrableDomain(domain, suffixes);
  if (consumer.has(domain)) {
    const shownDomain = displayDomainWithAscii(domain);
    return (local) => ({ key: `person:${local}@${domain}`, label: `${local}@${shownDomain}`, consumer: true, organisation });
  }
  const party: Party = { key: `org:${organisation}`, label: displayDomainWithAscii(organisation), consumer: false, organisation };
  return () => party;
}

export { normalizeDomain };
