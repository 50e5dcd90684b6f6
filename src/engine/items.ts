import type { Attachment } from "./types";

/**
 * Item keys identify what a confirmation is about. They name the item itself
 * (address, file name and size), not the whole draft, so a confirmation survives
 * unrelated edits while any new risky recipient or file is unconfirmed.
 */
export const MESSAGE_ITEM = "message";

export function recipientItemKey(address: string): string {
  return `recipient:${address.trim().toLowerCase()}`;
}

export function attachmentItemKey(attachment: Pick<Attachment, "name" | "size">): string {
  return `attachment:${attachment.name}:${attachment.size}`;
}
