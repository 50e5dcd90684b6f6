import type { DraftKind } from "../engine/types";

/** The item a send check reads: a message being written, or a meeting its organizer is sending. */
export type ComposeItem = Office.MessageCompose | Office.AppointmentCompose;

/**
 * Office.js says "appointment" for a meeting's organizer form (compared as a string: the
 * adapter never needs the Office namespace). Anything else is read as a message.
 */
export function draftKindOf(item: ComposeItem): DraftKind {
  return String(item.itemType) === "appointment" ? "meeting" : "message";
}
