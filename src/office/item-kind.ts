import { RECIPIENT_FIELDS, type DraftKind, type RecipientField } from "../engine/types";

/** The item a send check reads: a message being written, or a meeting its organizer is sending. */
export type ComposeItem = Office.MessageCompose | Office.AppointmentCompose;

/**
 * Office.js says "appointment" for a meeting's organizer form (compared as a string: the
 * adapter never needs the Office namespace). Anything else is read as a message.
 */
export function draftKindOf(item: ComposeItem): DraftKind {
  return String(item.itemType) === "appointment" ? "meeting" : "message";
}

/** One recipient list of the item: the draft field it fills, the host's name for it, and the list itself. */
export interface RecipientList {
  field: RecipientField;
  /** The Office.js property ("to", "requiredAttendees"): host calls and errors are named by it. */
  call: string;
  /** Looked up when called, so a host without the property fails that call rather than the caller. */
  recipients(): Office.Recipients;
}

/**
 * A message's To, CC and BCC, or a meeting's required and optional attendees as To and
 * CC: attendees see each other as To and CC recipients do, and a meeting has no BCC.
 * Resources (rooms) have no list of their own in Office.js.
 */
export function recipientLists(item: ComposeItem): RecipientList[] {
  if (draftKindOf(item) === "meeting") {
    const meeting = item as Office.AppointmentCompose;
    return [
      { field: "to", call: "requiredAttendees", recipients: () => meeting.requiredAttendees },
      { field: "cc", call: "optionalAttendees", recipients: () => meeting.optionalAttendees },
    ];
  }
  const message = item as Office.MessageCompose;
  return RECIPIENT_FIELDS.map((field) => ({ field, call: field, recipients: () => message[field] }));
}
