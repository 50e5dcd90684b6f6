import { normalizeDomain, splitAddress, splitAddressAsWritten } from "../domains/idn";
import { ConsumerMailDomains, partiesAt } from "../domains/organisation";
import type { PublicSuffixList } from "../domains/public-suffix";
import { patternMatches } from "../domains/patterns";
import { NO_SURNAMES, type SurnameReadings } from "./surnames";
import type { ClassifiedRecipient, RuleContext, Zone } from "./rule";
import { RECIPIENT_FIELDS, type Draft, type EnginePolicy, type Familiarity, type RecipientField } from "./types";

/** What every rule of one evaluation shares: classified recipients and policy lookups. */
export type SharedContext = Omit<RuleContext<never>, "options" | "familiarityCounts">;

/** `ownDomain`: the sender's domain when it counts as internal (see buildSharedContext), else "". */
function zoneOf(policy: EnginePolicy, ownDomain: string, local: string, domain: string): Zone {
  const internal =
    policy.internalDomains.some((p) => patternMatches(p, local, domain)) || (ownDomain !== "" && domain === ownDomain);
  if (internal) return "internal";
  return policy.trustedDomains.some((p) => patternMatches(p, local, domain)) ? "trusted" : "external";
}

/** One computation per distinct key: a mass mailing repeats a few hundred domains thousands of times. */
export function cachedBy<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) cache.set(key, (value = compute(key)));
    return value as T;
  };
}

/**
 * FNV-1a over the UTF-16 code units, continued from `hash`: a cheap 32-bit hash in JavaScript,
 * as a signed integer (what an Int32Array holds back), empty text included.
 */
function hashOf(text: string, hash = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * Numbers distinct canonical addresses 0, 1, … in order of first sight: an open-addressing
 * table in a typed array, sized once for every recipient. A Map of 5,000 new address strings
 * makes V8 hash each one natively and rehash as the map grows, ~0.3 ms more on a mass mailing.
 */
class AddressNumbers {
  private readonly addresses: string[] = [];
  /** Each numbered address's hash: most slots taken by another address are told apart by it. */
  private readonly hashes: Int32Array;
  /** Per slot, an address's number plus one (0: free). At most half full, so probes stay short. */
  private readonly slots: Int32Array;

  constructor(capacity: number) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.hashes = new Int32Array(capacity);
    this.slots = new Int32Array(size);
  }

  /** `hash` must be equal for equal addresses. */
  numberOf(address: string, hash: number): number {
    const mask = this.slots.length - 1;
    // FNV's low bits see only the characters' low bits: fold the high ones in.
    for (let slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) {
        this.hashes[this.addresses.length] = hash;
        this.slots[slot] = this.addresses.push(address);
        return this.addresses.length - 1;
      }
      if (this.hashes[entry - 1] === hash && this.addresses[entry - 1] === address) return entry - 1;
    }
  }
}

/** `surnames`: the table kanji surnames are read with; none when not given. */
export function buildSharedContext(draft: Draft, policy: EnginePolicy, suffixes: PublicSuffixList, surnames: SurnameReadings = NO_SURNAMES): SharedContext {
  const consumerDomains = new ConsumerMailDomains(policy.personalMailDomains);
  const senderDomain = draft.from ? splitAddress(draft.from.address).domain : "";
  // Without internalDomains the sender's own domain is internal — unless it is gmail.com and the like,
  // where it would make every stranger with an address there a colleague.
  const ownDomain = !policy.internalDomainsGiven && senderDomain !== "" && !consumerDomains.has(senderDomain) ? senderDomain : "";
  const byAddress = [policy.internalDomains, policy.trustedDomains, policy.blockedDomains].some((list) =>
    list.some((pattern) => pattern.kind === "address"),
  );
  // A mass mailing repeats a few hundred domains thousands of times, so everything that
  // depends on the domain alone is computed once per domain: its canonical form, its
  // parties (one organisation, or a consumer mailbox's address), its zone and whether it
  // is blocked (those two by address instead when a policy list names one), and the hash
  // its addresses' hashes start from.
  const domainFacts = cachedBy((domain) => ({
    domain,
    partyOf: partiesAt(domain, consumerDomains, suffixes),
    zone: zoneOf(policy, ownDomain, "", domain),
    blocked: policy.blockedDomains.some((pattern) => patternMatches(pattern, "", domain)),
    hash: hashOf(domain),
  }));
  // One lookup per recipient, by the domain as written; spellings of one domain share its facts.
  const spelling = cachedBy((written) => {
    const facts = domainFacts(written ? normalizeDomain(written) : "");
    return { facts, canonical: facts.domain === written };
  });
  const thread = draft.thread;
  const memory = policy.memory.enabled ? draft.memory : undefined;
  // Carried over beats remembered: the pane says "on this conversation" rather than "written to before".
  const familiarityOf = (normalized: string): Familiarity =>
    thread && thread.had(normalized) ? "thread" : memory && memory.remembers(normalized) ? "known" : "new";
  const knowsAnyone = thread !== undefined || memory !== undefined;
  const addressNumbers = new AddressNumbers(draft.to.length + draft.cc.length + draft.bcc.length);
  const recipients: ClassifiedRecipient[] = [];
  const distinct: ClassifiedRecipient[] = [];
  for (const field of RECIPIENT_FIELDS) {
    for (const recipient of draft[field]) {
      const { local, writtenDomain, lowered } = splitAddressAsWritten(recipient.address);
      const { facts, canonical } = spelling(writtenDomain);
      const domain = facts.domain;
      // Most addresses are canonical once in lower case: no new string for them.
      const normalized = !domain ? local : canonical ? lowered : `${local}@${domain}`;
      // Hashed as canonical domain then local part, the two halves of `normalized`, with the
      // domain's part done once per domain: hashing every whole address in JavaScript would
      // cost as much as the Map this table replaces.
      const addressIndex = addressNumbers.numberOf(normalized, hashOf(local, facts.hash));
      // `distinct` holds one recipient per number so far.
      const firstSeen = addressIndex === distinct.length;
      const zone = byAddress ? zoneOf(policy, ownDomain, local, domain) : facts.zone;
      // Fields listed rather than spread: V8 makes `{ ...recipient, more }` slow (~10 µs each),
      // which a 5,000-recipient draft notices.
      const classified: ClassifiedRecipient = {
        address: recipient.address,
        name: recipient.name,
        kind: recipient.kind,
        field,
        normalized,
        addressIndex,
        domain,
        party: facts.partyOf(local),
        zone,
        external: zone !== "internal",
        blocked: byAddress
          ? policy.blockedDomains.some((pattern) => patternMatches(pattern, local, domain))
          : facts.blocked,
        familiarity: knowsAnyone && domain ? familiarityOf(normalized) : "new",
      };
      recipients.push(classified);
      if (firstSeen) distinct.push(classified);
    }
  }
  // A literal, not built key by key: V8 deoptimized this whole function (and its 5,000-recipient
  // loop) again and again over the growing object's changing shape.
  const capped: Record<RecipientField, boolean> = {
    to: draft.capped?.to === true,
    cc: draft.capped?.cc === true,
    bcc: draft.capped?.bcc === true,
  };
  return {
    policy,
    recipients,
    distinct,
    // To and CC come first.
    visible: recipients.slice(0, draft.to.length + draft.cc.length),
    capped,
    senderDomain,
    consumerDomains,
    suffixes,
    surnames,
    hasExternal: recipients.some((r) => r.external),
    remembering: memory !== undefined,
  };
}
