import type { Severity } from "../engine/types";
import type { AddressPattern } from "../domains/patterns";

export type OnError = "prompt" | "block" | "allow";
export type Locale = "en" | "ja";

export type RuleSettings = { severity: Severity } & Record<string, unknown>;

/** A validated policy with every default filled in. */
export interface Policy {
  version: 1;
  /** false is the admin's emergency switch: every mail is allowed without checks. */
  enabled: boolean;
  internalDomains: AddressPattern[];
  /** Whether the admin listed internalDomains; if not, the sender's domain is internal. */
  internalDomainsGiven: boolean;
  trustedDomains: AddressPattern[];
  blockedDomains: AddressPattern[];
  personalMailDomains: string[];
  rules: Record<string, RuleSettings>;
  delivery: { delayExternalSeconds: number };
  /** The recipient memory (DESIGN §1a): on or off, and how long an address stays known. */
  memory: { enabled: boolean; days: number };
  auditHeader: boolean;
  onError: OnError;
  /** Admin's wording per locale, by message id; replaces the built-in text. */
  messages: Partial<Record<Locale, Record<string, string>>>;
}
