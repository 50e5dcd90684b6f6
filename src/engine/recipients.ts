import * as v from "valibot";
import type { RecipientField } from "./types";
import { oneOf, type ClassifiedRecipient } from "./rule";

/** Whom external-recipient and external-attachment ask about: only new people, or everyone outside. */
export type AskMode = "new" | "always";
const ASK_VALUES = ["new", "always"] as const;
/** The `ask` option's schema (made when a policy is read, not when the script loads). */
export function askOption() {
  return v.optional(oneOf(ASK_VALUES));
}

/** Neither on the conversation when it was opened nor written to before (DESIGN §1a). */
export function isNew(recipient: ClassifiedRecipient): boolean {
  return recipient.familiarity === "new";
}

/**
 * Not a whole address: no @ (an unresolved name such as 田中), nothing before it, or a
 * domain without a dot (tanaka@, tanaka@example). A contact group is not one: Outlook
 * gives it no address, and distribution-list reports it. invalid-address blocks these; the pane
 * shows them apart, as entries to remove rather than to tick.
 */
export function isIncompleteAddress(recipient: Pick<ClassifiedRecipient, "address" | "domain" | "kind">): boolean {
  if (recipient.kind === "distributionList" && recipient.address === "") return false;
  return recipient.address.indexOf("@") <= 0 || recipient.domain.indexOf(".") < 0;
}

/** A flag per address number: a typed array stays fast where a growing array or a Set would not. */
function addressFlags(recipients: readonly ClassifiedRecipient[]): Uint8Array {
  let count = 0;
  for (const r of recipients) count = Math.max(count, r.addressIndex + 1);
  return new Uint8Array(count);
}

/** Counts each address once even if it is in both To and CC (or in different letter case). */
export function uniqueByAddress(recipients: readonly ClassifiedRecipient[]): ClassifiedRecipient[] {
  const seen = addressFlags(recipients);
  const unique: ClassifiedRecipient[] = [];
  for (const r of recipients) {
    if (seen[r.addressIndex]) continue;
    seen[r.addressIndex] = 1;
    unique.push(r);
  }
  return unique;
}

/** Whether uniqueByAddress would drop any of `recipients`, found without building its list. */
export function repeatsAnAddress(recipients: readonly ClassifiedRecipient[]): boolean {
  // A list picked from `distinct` runs in increasing address number: no repeat, and no flags to allocate.
  let increasing = true;
  for (let i = 1; i < recipients.length && increasing; i++) increasing = recipients[i].addressIndex > recipients[i - 1].addressIndex;
  if (increasing) return false;
  const seen = addressFlags(recipients);
  for (const r of recipients) {
    if (seen[r.addressIndex]) return true;
    seen[r.addressIndex] = 1;
  }
  return false;
}

/** In To or CC: seen by every recipient. */
export function isVisible(recipient: ClassifiedRecipient): boolean {
  return recipient.field !== "bcc";
}

/**
 * Whether the recipient has a domain. Outlook gives a personal contact group no address,
 * so it has no organisation to judge; distribution-list reports it instead.
 */
export function hasDomain(recipient: ClassifiedRecipient): boolean {
  return recipient.domain !== "";
}

/**
 * A count for a message: "N+" when the host capped one of the counted fields, since
 * Outlook returns at most a page of recipients per field (DESIGN §3).
 */
export function countSeen(
  count: number,
  capped: Readonly<Record<RecipientField, boolean>>,
  fields: readonly RecipientField[],
): string | number {
  return fields.some((field) => capped[field]) ? `${count}+` : count;
}

/**
 * The first `max` names for a message's list parameter, and "…" when there are more:
 * the i18n layer joins them (「A、B、…」, "A, B, …"); the count is said elsewhere.
 */
export function firstNamed(names: readonly string[], max: number): string[] {
  return names.length > max ? names.slice(0, max).concat("…") : names.slice();
}
