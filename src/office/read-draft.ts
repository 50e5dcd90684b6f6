import { normalizeAddress } from "../domains/idn";
import { splitBody } from "../engine/body";
import type { DraftNames } from "../engine/greeting";
import {
  RECIPIENT_FIELDS,
  type Attachment,
  type Confirmation,
  type Draft,
  type MeetingDetails,
  type Recipient,
  type RecipientField,
  type RecipientKind,
} from "../engine/types";
import { decodeBase64 } from "../formats/base64";
import { CallLimiter, describeError, HostCallError, hostCall, runtimeTimers, type HostCallOptions } from "./async";
import { draftKindOf, recipientLists, type ComposeItem } from "./item-kind";
import { readMemory, type RoamingSettingsLike } from "./memory-store";
import { readConfirmations } from "./session";
import { readThread, type ThreadReading } from "./thread-snapshot";

/**
 * A recipient field that returns this many entries may have been cut off:
 * Recipients.getAsync returns at most 500 per field in classic Outlook on
 * Windows up to Mailbox 1.15 and classic Mac, 1,000 on the web, new Outlook
 * and classic Windows from Mailbox 1.16 (100 on mobile, which has no Smart
 * Alerts). The add-in cannot tell which cap applies, so 500 or more means
 * "at least": on a 1,000-cap client a complete list of 500–999 is also marked,
 * which only makes counting rules say "500+" where they could say "612".
 * A meeting's attendee lists are capped the same way.
 */
export const RECIPIENT_PAGE_LIMIT = 500;

/** Archives whose bytes are read (when asked) so the encryption flag can be checked. */
export const ARCHIVE_BYTES_LIMIT = 5 * 1024 * 1024;
const ARCHIVE_NAME = /\.(zip|7z|rar)$/i;
const ARCHIVE_TYPES = [
  "application/zip",
  "application/x-zip-compressed",
  "application/x-7z-compressed",
  "application/vnd.rar",
  "application/x-rar-compressed",
];

export interface ReadDraftOptions {
  /** Timeout of each host call: the caller's runtime's (EVENT_TIMEOUTS, PANE_TIMEOUTS). */
  timeoutMs: number;
  /** Fetch the bytes of archives under 5 MB (ZIP encryption flag). */
  readArchiveBytes?: boolean;
  /**
   * Archive bytes kept between reads by a caller that reads the same draft again
   * and again (the pane, on every change): an attachment of the same id and size
   * is not fetched twice. Entries of attachments no longer in the draft are dropped.
   */
  archiveCache?: Map<string, Uint8Array>;
  /** Mailbox owner, used when item.from (a meeting's item.organizer) cannot be read (clients before Mailbox 1.7). */
  owner?: { address: string; name?: string };
  /** Host timers (default: the runtime's; none means no timeouts). */
  timers?: HostCallOptions["timers"];
  /** Share a limiter with other calls; default: a new one with 3 slots. */
  limiter?: CallLimiter;
  /**
   * Office.context.roamingSettings: the user's recipient memory is read from it into
   * `draft.memory`. Without it (or when unreadable) the draft has no memory and every
   * outside recipient is new.
   */
  roamingSettings?: RoamingSettingsLike | null;
  /**
   * Told each part the addressee checks read names in (the body, the attachments, To, CC) as
   * soon as it is read: the send check asks for the surname shards they need beside the rest
   * of the reads. The body is asked for first.
   */
  onNamesRead?: (part: DraftNames) => void;
}

export interface DraftReading {
  draft: Draft;
  confirmations: Confirmation[];
  /** Host calls that failed or timed out: the draft is incomplete and the check cannot be trusted. */
  failures: string[];
  /** Things read less fully than hoped that leave the check sound (archive bytes, a sender taken from the profile, no sessionData). */
  notes: string[];
}

/*
 * Host answers are checked before use: a missing text value (null, undefined)
 * reads as empty, as Outlook means it; a missing list, or a value of another type,
 * is a failed call (the check cannot be trusted), never garbage in the draft.
 */
function unexpected(call: string, what: string): HostCallError {
  return new HostCallError(call, `unexpected answer (expected ${what})`);
}

/**
 * An empty field is an empty list; no list at all is a failed call: reading "no recipients"
 * from an answer without a value would let the draft through unchecked.
 */
function listAnswer<T>(call: string, value: unknown): T[] {
  if (!Array.isArray(value)) throw unexpected(call, "a list");
  for (const entry of value) if (!entry || typeof entry !== "object") throw unexpected(call, "a list of objects");
  return value as T[];
}

/** Recipients as a list whose addresses are text (or absent, as for a personal contact group). */
function recipientsAnswer(call: string, value: unknown): Office.EmailAddressDetails[] {
  const list = listAnswer<Office.EmailAddressDetails>(call, value);
  for (const entry of list) {
    const address: unknown = entry.emailAddress;
    if (address !== undefined && address !== null && typeof address !== "string") throw unexpected(call, "addresses as text");
  }
  return list;
}

function textAnswer(call: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") throw unexpected(call, "text");
  return value;
}

/** A string field of a host object, or "" when it is missing or not a string. */
function textField(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function kindOf(details: Office.EmailAddressDetails, address: string): RecipientKind {
  if (String(details.recipientType) === "distributionList") return "distributionList";
  // An unresolved name has no address to classify.
  return address.indexOf("@") > 0 ? "user" : "unknown";
}

/** A personal contact group arrives without an address: it keeps an empty one and its name (distribution-list names it). */
export function toRecipient(details: Office.EmailAddressDetails): Recipient {
  const name = textField(details.displayName).trim();
  const address = textField(details.emailAddress).trim();
  return { address, name: name === address ? "" : name, kind: kindOf(details, address) };
}

export function isArchive(attachment: Pick<Attachment, "name" | "contentType">): boolean {
  return (
    ARCHIVE_NAME.test(attachment.name) ||
    (attachment.contentType !== undefined && ARCHIVE_TYPES.indexOf(attachment.contentType.toLowerCase()) >= 0)
  );
}

/** A size the host reported, or 0 when it is not a plain byte count (negative, NaN, fractional, absurd). */
function byteCount(size: unknown): number {
  return typeof size === "number" && size >= 0 && size <= Number.MAX_SAFE_INTEGER && Math.floor(size) === size ? size : 0;
}

function toAttachment(details: Office.AttachmentDetailsCompose): Attachment {
  // Compose-mode details carry no content type in the typings; some hosts send one anyway.
  const contentType = textField((details as { contentType?: unknown }).contentType);
  const attachment: Attachment = {
    id: textField(details.id),
    name: textField(details.name),
    size: byteCount(details.size),
    inline: details.isInline === true,
  };
  if (contentType) attachment.contentType = contentType;
  if (String(details.attachmentType) === "cloud") attachment.cloud = true;
  return attachment;
}

/** Where a meeting takes place, and the rooms booked for it (which are no one's recipients). */
interface MeetingPlace {
  details: MeetingDetails;
  rooms: string[];
}

/**
 * The meeting's locations (Mailbox 1.8, within the 1.14 the manifest needs) and start. A room
 * has an address and may also be listed as an attendee (Outlook on the web adds the room it
 * books to the attendees): it is a resource, not an outside party. Neither read changes the
 * decision, so a failure is only a note; a room then counts like any internal attendee.
 */
function meetingPlace(item: Office.AppointmentCompose, calls: HostCallOptions, notes: string[]): Promise<MeetingPlace> {
  const places = hostCall<unknown>("enhancedLocation", (done) => item.enhancedLocation.getAsync(done), calls)
    .then((value) => listAnswer<Office.LocationDetails>("enhancedLocation", value))
    .catch((error): Office.LocationDetails[] => {
      notes.push(`${describeError(error)} (no rooms)`);
      return [];
    });
  // A Date, or anything else (an invalid date) that is then left out.
  const start = hostCall<Date>("start", (done) => item.start.getAsync(done), calls).then(
    (value) => new Date(value as unknown as number),
    (error) => {
      notes.push(`${describeError(error)} (no start)`);
      return new Date(NaN);
    },
  );
  return Promise.all([places, start]).then(([list, startTime]) => {
    const rooms: string[] = [];
    const names: string[] = [];
    for (const place of list) {
      const type = place.locationIdentifier ? String(place.locationIdentifier.type) : "";
      const address = textField(place.emailAddress);
      if (type === "room" && address) rooms.push(normalizeAddress(address));
      const name = textField(place.displayName).trim();
      if (name) names.push(name);
    }
    const details: MeetingDetails = { location: names.join("; ") };
    if (!isNaN(startTime.getTime())) details.start = startTime;
    return { details, rooms };
  });
}

/**
 * Reads everything the rules look at, concurrently through one limiter, each
 * call with a timeout. Never rejects: a failed call leaves its part empty and
 * is listed in `failures`, so the caller decides what an incomplete read means.
 */
export function readDraft(item: ComposeItem, options: ReadDraftOptions): Promise<DraftReading> {
  const kind = draftKindOf(item);
  const calls: HostCallOptions = {
    timeoutMs: options.timeoutMs,
    timers: options.timers !== undefined ? options.timers : runtimeTimers(),
    limiter: options.limiter || new CallLimiter(3),
  };
  const failures: string[] = [];
  const notes: string[] = [];
  const orEmpty = <T>(promise: Promise<T>, empty: T): Promise<T> =>
    promise.catch((error) => {
      failures.push(describeError(error));
      return empty;
    });

  const namesRead = (part: DraftNames) => {
    try {
      if (options.onNamesRead) options.onNamesRead(part);
    } catch {
      // Only a head start: the names are read again once the whole draft is.
    }
  };
  // "text" is Office.CoercionType.Text; the string keeps the adapter free of the Office namespace.
  const body = orEmpty(
    hostCall<unknown>("body", (done) => item.body.getAsync("text", done), calls).then((value) => textAnswer("body", value)),
    "",
  ).then((text) => {
    const parts = splitBody(text);
    namesRead({ body: parts });
    return parts;
  });
  const sources = recipientLists(item);
  const recipients = Promise.all(
    sources.map((source) =>
      orEmpty(
        hostCall<unknown>(source.call, (done) => source.recipients().getAsync(done), calls).then((value) => recipientsAnswer(source.call, value)),
        [],
      ).then((list) => {
        // BCC recipients are named in no check; the pane reads without listening.
        if (options.onNamesRead && source.field !== "bcc") namesRead({ [source.field]: list.map(toRecipient) });
        return list;
      }),
    ),
  );
  const attachments = orEmpty(
    hostCall<unknown>("attachments", (done) => item.getAttachmentsAsync(done), calls).then((value) =>
      listAnswer<Office.AttachmentDetailsCompose>("attachments", value),
    ),
    [],
  ).then((list) => {
    const mapped = list.map(toAttachment);
    namesRead({ attachments: mapped });
    return options.readArchiveBytes ? addArchiveBytes(item, mapped, calls, notes, options.archiveCache) : mapped;
  });
  // A meeting's sender is its organizer (Mailbox 1.7).
  const senderCall = kind === "meeting" ? "organizer" : "from";
  const readSender = (done: (result: Office.AsyncResult<Office.EmailAddressDetails>) => void) =>
    kind === "meeting" ? (item as Office.AppointmentCompose).organizer.getAsync(done) : (item as Office.MessageCompose).from.getAsync(done);
  const from = hostCall<Office.EmailAddressDetails | null>(senderCall, readSender, calls)
    .then((details): Draft["from"] => {
      const sender = details && typeof details === "object" ? details : undefined;
      const address = sender ? textField(sender.emailAddress) : "";
      if (!sender || !address) throw unexpected(senderCall, "a sender address");
      return { address, name: textField(sender.displayName) };
    })
    .catch((error): Draft["from"] => {
      if (options.owner) {
        notes.push(`${describeError(error)} (using the mailbox owner)`);
        return options.owner;
      }
      failures.push(describeError(error));
      return undefined;
    });
  const subject = orEmpty(
    hostCall<unknown>("subject", (done) => item.subject.getAsync(done), calls).then((value) => textAnswer("subject", value)),
    "",
  );
  const confirmations = readConfirmations(item, calls).then((reading) => {
    if (reading.problem) notes.push(`${reading.problem} (no confirmations)`);
    return reading.confirmations;
  });
  // A new mail has no snapshot, which some clients report as a failed call: only a note.
  // A meeting has none at all: OnNewMessageCompose never fires for it.
  const threadReading: Promise<ThreadReading> = kind === "message" ? readThread(item as Office.MessageCompose, calls) : Promise.resolve({});
  const thread = threadReading.then((reading) => {
    if (reading.note) notes.push(reading.note);
    return reading.thread;
  });
  const place = kind === "meeting" ? meetingPlace(item as Office.AppointmentCompose, calls, notes) : Promise.resolve(undefined);
  const memory = readMemory(options.roamingSettings);
  if (memory.problem && options.roamingSettings !== undefined) notes.push(`${memory.problem} (no recipient memory)`);

  return Promise.all([recipients, from, subject, body, attachments, confirmations, thread, place]).then(
    ([fetched, fromValue, subjectText, bodyParts, attachmentList, confirmationList, snapshot, meeting]) => {
      const lists: Record<RecipientField, Office.EmailAddressDetails[]> = { to: [], cc: [], bcc: [] };
      sources.forEach((source, index) => (lists[source.field] = fetched[index]));
      // Classic Outlook lists the organizer among a new meeting's required attendees
      // (office-js #2679), and a booked room may be listed too: neither is someone invited.
      const notInvited = new Set(meeting ? meeting.rooms : []);
      if (meeting && fromValue) notInvited.add(normalizeAddress(fromValue.address));
      const invited = (list: Office.EmailAddressDetails[]) =>
        notInvited.size === 0 ? list : list.filter((details) => !notInvited.has(normalizeAddress(textField(details.emailAddress).trim())));
      const draft: Draft = {
        kind,
        from: fromValue,
        to: invited(lists.to).map(toRecipient),
        cc: invited(lists.cc).map(toRecipient),
        bcc: lists.bcc.map(toRecipient),
        subject: subjectText,
        body: bodyParts,
        attachments: attachmentList,
      };
      if (meeting) draft.meeting = meeting.details;
      if (snapshot) draft.thread = snapshot;
      if (memory.memory) draft.memory = memory.memory;
      // Capped by what the host returned, before the organizer and rooms were taken out.
      for (const field of RECIPIENT_FIELDS) {
        if (lists[field].length >= RECIPIENT_PAGE_LIMIT) draft.capped = { ...draft.capped, [field]: true };
      }
      return { draft, confirmations: confirmationList, failures, notes };
    },
  );
}

/**
 * Adds the bytes of small file archives. A failure here is only a note: the
 * archive rule still sees the file by name and type, it just cannot read the
 * encryption flag.
 */
function addArchiveBytes(
  item: ComposeItem,
  attachments: Attachment[],
  calls: HostCallOptions,
  notes: string[],
  cache?: Map<string, Uint8Array>,
): Promise<Attachment[]> {
  const keyOf = (attachment: Attachment) => `${attachment.id}\n${attachment.size}`;
  if (cache) {
    const current = new Set(attachments.map(keyOf));
    cache.forEach((_bytes, key) => {
      if (!current.has(key)) cache.delete(key);
    });
  }
  return Promise.all(
    attachments.map((attachment) => {
      if (attachment.inline || attachment.cloud || !isArchive(attachment) || attachment.size > ARCHIVE_BYTES_LIMIT) {
        return attachment;
      }
      const cached = cache && cache.get(keyOf(attachment));
      if (cached) return { ...attachment, bytes: cached };
      const call = `attachment content (${attachment.name})`;
      return hostCall<Office.AttachmentContent>(
        call,
        (done) => item.getAttachmentContentAsync(attachment.id, done),
        calls,
      ).then(
        (content) => {
          const base64 = content && String(content.format) === "base64" && typeof content.content === "string";
          const bytes = base64 ? decodeBase64(content.content) : undefined;
          if (bytes) {
            if (cache) cache.set(keyOf(attachment), bytes);
            return { ...attachment, bytes };
          }
          notes.push(`${call}: not readable as Base64`);
          return attachment;
        },
        (error) => {
          notes.push(describeError(error));
          return attachment;
        },
      );
    }),
  );
}
