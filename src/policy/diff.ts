import type { AddressPattern } from "../domains/patterns";
import type { Policy } from "./types";

/**
 * What differs between two validated policies, in effect: defaults filled in, list order
 * ignored. For comparing the hosted policy.json with the copy embedded in the event
 * script (config/policy.json), which the handler falls back to when the hosted one is slow.
 */
export type PolicyDifference =
  | { path: string; kind: "list"; onlyInFirst: string[]; onlyInSecond: string[] }
  | { path: string; kind: "value"; first: unknown; second: unknown };

/** Said of `internalDomains` when the policy leaves it out. */
export const SENDER_DOMAIN = "(the sender's own domain)";

const sources = (patterns: readonly AddressPattern[]) => patterns.map((pattern) => pattern.source);

/** The policy as the file would say it, every default written out. */
function effective(policy: Policy): Record<string, unknown> {
  return {
    enabled: policy.enabled,
    internalDomains: policy.internalDomainsGiven ? sources(policy.internalDomains) : SENDER_DOMAIN,
    trustedDomains: sources(policy.trustedDomains),
    blockedDomains: sources(policy.blockedDomains),
    personalMailDomains: policy.personalMailDomains,
    rules: policy.rules,
    delivery: policy.delivery,
    memory: policy.memory,
    auditHeader: policy.auditHeader,
    onError: policy.onError,
    messages: policy.messages,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function compare(path: string, first: unknown, second: unknown, found: PolicyDifference[]): void {
  if (isObject(first) && isObject(second)) {
    const keys = [...new Set([...Object.keys(first), ...Object.keys(second)])].sort();
    for (const key of keys) compare(path ? `${path}.${key}` : key, first[key], second[key], found);
  } else if (Array.isArray(first) && Array.isArray(second)) {
    const a = new Set(first.map(String));
    const b = new Set(second.map(String));
    const onlyInFirst = [...a].filter((item) => !b.has(item));
    const onlyInSecond = [...b].filter((item) => !a.has(item));
    if (onlyInFirst.length + onlyInSecond.length > 0) found.push({ path, kind: "list", onlyInFirst, onlyInSecond });
  } else if (JSON.stringify(first) !== JSON.stringify(second)) {
    found.push({ path, kind: "value", first, second });
  }
}

export function policyDifferences(first: Policy, second: Policy): PolicyDifference[] {
  const found: PolicyDifference[] = [];
  compare("", effective(first), effective(second), found);
  return found;
}
