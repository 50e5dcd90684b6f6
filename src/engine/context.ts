import { splitAddress } from "../domains/idn";
import { fromPairs } from "./compat";
import { ConsumerMailDomains, partyOf } from "../domains/organisation";
import { matchesAny, patternMatches } from "../policy/patterns";
import type { Policy } from "../policy/types";
import type { ClassifiedRecipient, RuleContext, Zone } from "../rules/rule";
import { RECIPIENT_FIELDS, type Draft, type RecipientField } from "./types";

/** What every rule of one evaluation shares: classified recipients and policy lookups. */
export type SharedContext = Omit<RuleContext<never>, "options">;

function zoneOf(policy: Policy, senderDomain: string, local: string, domain: string): Zone {
  const internal =
    policy.internalDomains.some((p) => patternMatches(p, local, domain)) ||
    (!policy.internalDomainsGiven && senderDomain !== "" && domain === senderDomain);
  if (internal) return "internal";
  return policy.trustedDomains.some((p) => patternMatches(p, local, domain)) ? "trusted" : "external";
}

export function buildSharedContext(draft: Draft, policy: Policy): SharedContext {
  const consumerDomains = new ConsumerMailDomains(policy.personalMailDomains);
  const senderDomain = draft.from ? splitAddress(draft.from.address).domain : "";
  const recipients: ClassifiedRecipient[] = [];
  for (const field of RECIPIENT_FIELDS) {
    for (const recipient of draft[field]) {
      const { local, domain } = splitAddress(recipient.address);
      const zone = zoneOf(policy, senderDomain, local, domain);
      recipients.push({
        ...recipient,
        field,
        normalized: domain ? `${local}@${domain}` : local,
        domain,
        party: partyOf(recipient.address, consumerDomains),
        zone,
        external: zone !== "internal",
        blocked: matchesAny(policy.blockedDomains, recipient.address),
      });
    }
  }
  const capped = fromPairs(
    RECIPIENT_FIELDS.map((field) => [field, draft.capped?.[field] === true] as const),
  ) as Record<RecipientField, boolean>;
  return {
    policy,
    recipients,
    visible: recipients.filter((r) => r.field !== "bcc"),
    capped,
    senderDomain,
    consumerDomains,
    hasExternal: recipients.some((r) => r.external),
  };
}
