import { normalizeAddress } from "../domains/idn";
import type { Attachment, MessageParam } from "./types";

/**
 * Item keys identify what a confirmation is about. They name the item itself
 * (address, file name and size), not the whole draft, so a confirmation survives
 * unrelated edits while any new risky recipient or file is unconfirmed.
 */
export const MESSAGE_ITEM = "message";

/**
 * A finding about the message itself (a keyword, a card number, a contact group) is
 * keyed by what it found, so confirming one 社外秘 does not also let a card number
 * added later through.
 */
export function messageItemKey(messageId: string, params: Readonly<Record<string, MessageParam>>): string {
  return `${MESSAGE_ITEM}:${messageId}:${JSON.stringify(params)}`;
}

/** Canonical address, so Unicode, punycode and full-width spellings of one mailbox are one item. */
export function recipientItemKey(address: string): string {
  return canonicalRecipientItemKey(normalizeAddress(address));
}

/** The key of an address already in canonical form (normalizeAddress; a classified recipient's `normalized`). */
export function canonicalRecipientItemKey(normalized: string): string {
  return `recipient:${normalized}`;
}

export function attachmentItemKey(attachment: Pick<Attachment, "name" | "size">): string {
  return `attachment:${attachment.name}:${attachment.size}`;
}
