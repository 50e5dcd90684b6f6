import { normalizeAddress } from "../domains/idn";
import type { Attachment } from "./types";

/**
 * Item keys identify what a confirmation is about. They name the item itself
 * (address, file name and size), not the whole draft, so a confirmation survives
 * unrelated edits while any new risky recipient or file is unconfirmed.
 */
export const MESSAGE_ITEM = "message";

/** Canonical address, so Unicode, punycode and full-width spellings of one mailbox are one item. */
export function recipientItemKey(address: string): string {
  return `recipient:${normalizeAddress(address)}`;
}

export function attachmentItemKey(attachment: Pick<Attachment, "name" | "size">): string {
  return `attachment:${attachment.name}:${attachment.size}`;
}
