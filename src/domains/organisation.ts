import { CONSUMER_MAIL_DOMAINS } from "./consumer";
import { displayDomainWithAscii, normalizeDomain, splitAddress } from "./idn";
import { publicSuffixList } from "./public-suffix";

/**
 * The registrable domain (Public Suffix List, ICANN section) of a canonical
 * ASCII domain: `sales.example.co.jp` → `example.co.jp`, `city.example.lg.jp`
 * → `example.lg.jp`. Unknown TLDs (`.example`, `.test`) fall back to the last
 * two labels through the list's implicit `*` rule.
 */
export function registrableDomain(domain: string): string {
  return domain ? publicSuffixList().registrableDomain(domain) : "";
}

/** Looks up consumer mailbox domains; built once per policy. */
export class ConsumerMailDomains {
  private readonly domains: Set<string>;

  constructor(extra: readonly string[] = []) {
    this.domains = new Set([...CONSUMER_MAIL_DOMAINS, ...extra].map(normalizeDomain));
  }

  /** True for the provider's domain and its subdomains (mail.goo.ne.jp style hosts). */
  has(domain: string): boolean {
    for (let d = domain; d; d = d.slice(d.indexOf(".") + 1)) {
      if (this.domains.has(d)) return true;
      if (!d.includes(".")) break;
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
export function partyOf(address: string, consumer: ConsumerMailDomains): Party {
  const { local, domain } = splitAddress(address);
  const organisation = registrableDomain(domain);
  if (consumer.has(domain)) {
    return { key: `person:${local}@${domain}`, label: `${local}@${displayDomainWithAscii(domain)}`, consumer: true, organisation };
  }
  return { key: `org:${organisation}`, label: displayDomainWithAscii(organisation), consumer: false, organisation };
}

export { normalizeDomain };
