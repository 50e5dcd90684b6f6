import ICAL from "ical.js";
import type { Attachment, MeetingDetails, Recipient } from "../engine/types";
import { decodeBase64 } from "./base64";

/**
 * The meeting in a saved meeting request: the `text/calendar; method=REQUEST` part a mail
 * client sends (RFC 5545/5546), read with ical.js. Only for the command line: the event
 * script and the pane read meetings through Office.js and must not carry ical.js.
 */
export interface MeetingRequest {
  organizer?: Recipient;
  /** ROLE=REQ-PARTICIPANT (the default) and CHAIR: the meeting's To. */
  required: Recipient[];
  /** OPT-PARTICIPANT, and NON-PARTICIPANT people copied for information: still listed, so still seen. */
  optional: Recipient[];
  summary?: string;
  description?: string;
  details: MeetingDetails;
  /** Files carried inside the calendar (ATTACH;VALUE=BINARY); files attached to the mail come from MIME. */
  files: Attachment[];
}

/** Rooms and equipment are booked, not invited: nobody reads their mail or sees the others. */
const RESOURCE_TYPES = ["ROOM", "RESOURCE"];

function parameter(property: ICAL.Property, name: string): string {
  const value = property.getParameter(name);
  return (Array.isArray(value) ? value[0] : value ?? "").toString().trim();
}

/** A calendar user address is a URI: `mailto:` (any case) names a mailbox; anything else has none. */
function mailbox(property: ICAL.Property): Recipient {
  const uri = String(property.getFirstValue() ?? "").trim();
  const address = /^mailto:/i.test(uri) ? decodeURIComponent(uri.slice(7)).trim() : "";
  const name = parameter(property, "cn");
  // A group's members are not listed: like a distribution list, who receives it cannot be seen.
  const kind = parameter(property, "cutype").toUpperCase() === "GROUP" ? "distributionList" : address ? "user" : "unknown";
  return { address, name: name === address ? "" : name, kind };
}

function textValue(event: ICAL.Component, name: string): string | undefined {
  const value = event.getFirstPropertyValue(name);
  return typeof value === "string" ? value : undefined;
}

function embeddedFiles(event: ICAL.Component): Attachment[] {
  const files: Attachment[] = [];
  event.getAllProperties("attach").forEach((property, index) => {
    // A URI attachment is a link, not a file sent with the invitation.
    if (parameter(property, "encoding").toUpperCase() !== "BASE64") return;
    const bytes = decodeBase64(String(property.getFirstValue() ?? ""));
    if (!bytes) return;
    const name = parameter(property, "x-filename") || parameter(property, "filename") || `attachment-${index + 1}`;
    const file: Attachment = { id: `calendar-${index}`, name, size: bytes.length, inline: false, bytes };
    const type = parameter(property, "fmttype");
    if (type) file.contentType = type;
    files.push(file);
  });
  return files;
}

/**
 * The meeting of an iCalendar text, or undefined when it holds no event. Throws when the
 * text is not iCalendar at all (a damaged file is reported, not checked as empty).
 */
export function parseMeetingRequest(calendarText: string): MeetingRequest | undefined {
  const calendar = new ICAL.Component(ICAL.parse(calendarText));
  // DTSTART names its time zone by TZID; the calendar carries the definition.
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent");
  // A recurring meeting may carry its changed occurrences too: the series itself has no RECURRENCE-ID.
  const event = events.find((e) => !e.hasProperty("recurrence-id")) ?? events[0];
  if (!event) return undefined;
  const organizerProperty = event.getFirstProperty("organizer");
  const organizer = organizerProperty ? mailbox(organizerProperty) : undefined;
  const required: Recipient[] = [];
  const optional: Recipient[] = [];
  for (const property of event.getAllProperties("attendee")) {
    if (RESOURCE_TYPES.indexOf(parameter(property, "cutype").toUpperCase()) >= 0) continue;
    const role = parameter(property, "role").toUpperCase();
    (role === "OPT-PARTICIPANT" || role === "NON-PARTICIPANT" ? optional : required).push(mailbox(property));
  }
  const details: MeetingDetails = { location: textValue(event, "location") ?? "" };
  const start = event.getFirstPropertyValue("dtstart");
  if (start instanceof ICAL.Time) details.start = start.toJSDate();
  return {
    organizer: organizer && organizer.address ? organizer : undefined,
    required,
    optional,
    summary: textValue(event, "summary"),
    description: textValue(event, "description"),
    details,
    files: embeddedFiles(event),
  };
}
