import PostalMime, { addressParser } from "postal-mime";
import { splitBody } from "../engine/body";
import type { Attachment, Draft, Recipient } from "../engine/types";
import { htmlToText } from "./html-text";
import { decodeUnlabelledJis, textBodySize, withUtf8Headers } from "./legacy-charsets";
import { parseMeetingRequest, type MeetingRequest } from "./meeting";

/**
 * A saved message (.eml, RFC 5322 + MIME) → the engine's Draft. Takes the raw
 * text or bytes and uses no Node APIs; reading files is the caller's business.
 * A meeting request (a `text/calendar; method=REQUEST` part) becomes a meeting
 * draft, read with ical.js: keep this module out of the pane's and the event
 * script's bundles.
 */

type Address = PostalMime.Address;
type MimeAttachment = PostalMime.Attachment;

/**
 * Group syntax (`Team: a@x, b@y;`) lists its members in the header: each is a
 * recipient, and an empty group (`undisclosed-recipients:;`, `関係者各位:;` above
 * a BCC list) adds nobody. A name without an address (`To: 営業部メンバー`) is
 * how a personal contact group comes out of Outlook (no address, members
 * unseen), so it is one, as the Office.js reader has it.
 */
function recipientsOf(addresses: readonly Address[] | undefined): Recipient[] {
  const recipients: Recipient[] = [];
  for (const entry of addresses ?? []) {
    for (const mailbox of entry.group ?? [entry]) {
      const address = (mailbox.address ?? "").trim();
      const name = mailbox.name.trim();
      if (address !== "") recipients.push({ address, name, kind: "user" });
      else if (name !== "" && !entry.group) recipients.push({ address: "", name, kind: "distributionList" });
    }
  }
  return recipients;
}

/** An address-list entry that was not well-formed, as written (shortened), and the header it is in. */
export interface UnreadAddress {
  header: string;
  text: string;
}

/** An addr-spec as a mail server takes it: no spaces, brackets, quotes or separators, one @ with text on both sides. */
const PLAIN_ADDRESS = /^[^\s<>()",;@]+@[^\s<>()",;@]+$/;

const mailboxesOf = (entries: readonly Address[]) => entries.flatMap((entry) => entry.group ?? [entry]);
const addressesOf = (entries: readonly Address[]) =>
  mailboxesOf(entries).flatMap((m) => (m.address && PLAIN_ADDRESS.test(m.address.trim()) ? [m.address.trim().toLowerCase()] : []));

/**
 * One entry of a list split at its commas, read by postal-mime; when that finds no
 * address, read again without the brackets and quotes that broke it, so the address
 * still counts and only the display name is lost. `broken` tells the second case.
 */
function readEntry(piece: string): { entries: Address[]; broken: boolean } {
  const entries = addressParser(piece);
  if (addressesOf(entries).length > 0 || !/[()"<>]/.test(piece)) return { entries, broken: false };
  const mended = addressParser(piece.replace(/[()"]/g, " "));
  return addressesOf(mended).length > 0 ? { entries: mended, broken: true } : { entries, broken: false };
}

/**
 * An address header's entries. postal-mime reads a well-formed list exactly, but an
 * unclosed "(" or quote (a display name like `Sales (Tokyo`, or an invalid Shift_JIS
 * byte before "(") swallows every entry after it, so a blocked domain further on
 * would pass unseen. The list is also read entry by entry (split at commas); when
 * that finds an address the whole read lost, the entry-by-entry reading is used and
 * each broken entry is reported.
 */
function readAddressList(value: string, header: string, unread: UnreadAddress[]): Address[] {
  const whole = addressParser(value);
  const texts = value.split(/[,;]/);
  const pieces = texts.map(readEntry);
  const found = new Set(addressesOf(whole));
  if (pieces.every((piece) => addressesOf(piece.entries).every((address) => found.has(address)))) return whole;
  const broken = texts.filter((_, index) => pieces[index].broken);
  for (const text of broken.length > 0 ? broken : [value]) unread.push({ header, text: shortened(text.trim()) });
  return pieces.flatMap((piece) => piece.entries);
}

const shortened = (text: string) => (text.length <= 100 ? text : `${text.slice(0, 99)}…`);

/** To, CC and BCC from every such header, read so that a broken entry costs only itself. */
function addressHeaders(email: PostalMime.Email): { to: Address[]; cc: Address[]; bcc: Address[]; unread: UnreadAddress[] } {
  const lists = { to: [] as Address[], cc: [] as Address[], bcc: [] as Address[], unread: [] as UnreadAddress[] };
  for (const { key, originalKey, value } of email.headers) {
    if ((key === "to" || key === "cc" || key === "bcc") && value) {
      lists[key].push(...readAddressList(value, originalKey ?? key, lists.unread));
    }
  }
  return lists;
}

function bytesOf(content: MimeAttachment["content"]): Uint8Array {
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/** Content-IDs the HTML shows with `cid:` (signature logos, pasted pictures). */
function referencedContentIds(html: string): Set<string> {
  const ids = new Set<string>();
  const cid = /cid:([^"'\s)>]+)/gi;
  let match: RegExpExecArray | null;
  while ((match = cid.exec(html)) !== null) {
    // RFC 2392: the URL form of a Content-ID is percent-encoded.
    let id = match[1];
    try {
      id = decodeURIComponent(id);
    } catch {
      // malformed escape: compare as written
    }
    ids.add(id.toLowerCase());
  }
  return ids;
}

/**
 * Inline like Outlook's `isInline`: a part the body shows (multipart/related, or
 * referenced by cid) or an image marked inline. Apple Mail marks every file
 * `Content-Disposition: inline`, so a non-image marked inline stays an
 * attachment: treating it as inline would hide a real file from the rules.
 */
function isInline(part: MimeAttachment, shownIds: ReadonlySet<string>): boolean {
  const contentId = (part.contentId ?? "").replace(/^<|>$/g, "").toLowerCase();
  if (part.related || (contentId !== "" && shownIds.has(contentId))) return true;
  return part.disposition === "inline" && part.mimeType.startsWith("image/");
}

/** The invitation itself, as mail clients send it: not a file the user attached. */
function isMeetingRequest(part: MimeAttachment): boolean {
  return (part.mimeType === "text/calendar" || part.mimeType === "application/ics") && part.method === "REQUEST";
}

function attachmentName(part: MimeAttachment, index: number): string {
  if (part.filename) return part.filename;
  if (part.mimeType === "message/rfc822") return `message-${index + 1}.eml`;
  return `attachment-${index + 1}`;
}

/** What `presend replay` needs of a message besides its content: when, who, and which message it answers. */
export interface MessageHeaders {
  /** Milliseconds since the epoch, or undefined when the Date header is missing or unreadable. */
  time?: number;
  /** The From address as written ("" when there is none). */
  from: string;
  /** From, To and CC addresses as written: who is on the conversation after this message. */
  participants: string[];
  /** Message-ID without its angle brackets. */
  messageId?: string;
  /** Ids this message answers, most telling first: In-Reply-To, then the last References id. */
  answers: string[];
}

/** The ids in a Message-ID, In-Reply-To or References header, without angle brackets. */
function idsIn(header: string | undefined): string[] {
  return (header ?? "").match(/<[^<>\s]+>/g)?.map((id) => id.slice(1, -1)) ?? [];
}

/** The From mailbox, when it has an address. */
function senderOf(email: PostalMime.Email): Recipient | undefined {
  return recipientsOf(email.from ? [email.from] : []).filter((r) => r.address !== "")[0];
}

function headersOf(email: PostalMime.Email, lists: { to: Address[]; cc: Address[] }): MessageHeaders {
  const time = email.date ? Date.parse(email.date) : NaN;
  const from = senderOf(email);
  const participants = [...(from ? [from] : []), ...recipientsOf(lists.to), ...recipientsOf(lists.cc)]
    .filter((r) => r.address !== "")
    .map((r) => r.address);
  const lastReference = idsIn(email.references).pop();
  return {
    time: Number.isNaN(time) ? undefined : time,
    from: from?.address ?? "",
    participants,
    messageId: idsIn(email.messageId)[0],
    answers: [...idsIn(email.inReplyTo), ...(lastReference ? [lastReference] : [])],
  };
}

/** Why a file was not read as a message. */
export type MessageProblem = "not-mail" | "encoded-words" | "too-much-text";

export class MessageRefused extends Error {
  constructor(readonly problem: MessageProblem) {
    super(`message refused: ${problem}`);
  }
}

/**
 * The most text (bodies that are not base64) a message may hold: mail as people write
 * it has far less, and postal-mime and the rules on 50 MB of short lines took 25 s
 * and 1.7 GB. Files in base64 (attachments) count only towards the 50 MB file limit.
 */
export const MAX_TEXT_LINES = 50_000;
export const MAX_TEXT_BYTES = 10 * 1024 * 1024;

/**
 * Encoded words (=?UTF-8?B?…?=) one after another with only folding between them
 * are joined before decoding, and postal-mime's joining costs the square of the
 * run's length: 64,000 in a subject take half a minute. A mail client writes a few
 * dozen; beyond this many the message is refused.
 */
const MAX_JOINED_ENCODED_WORDS = 2000;
const QUESTION = 0x3f;
const EQUALS = 0x3d;

/** How many times an encoded word's end ("?=") is followed, across only whitespace, by another's start ("=?"). */
function joinedEncodedWords(raw: Uint8Array): number {
  let joins = 0;
  for (let at = raw.indexOf(QUESTION); at >= 0; at = raw.indexOf(QUESTION, at + 1)) {
    if (raw[at + 1] !== EQUALS) continue;
    let next = at + 2;
    while (raw[next] === 0x20 || raw[next] === 0x09 || raw[next] === 0x0d || raw[next] === 0x0a) next++;
    if (raw[next] === EQUALS && raw[next + 1] === QUESTION) joins++;
  }
  return joins;
}

/** A header field line (RFC 5322: printable ASCII name, then a colon). */
const FIELD_LINE = /^[!-9;-~]+[ \t]*:/;
/** Headers only a mail message has: a text file that merely starts with "Note:" is not one. */
const MESSAGE_HEADERS = new Set(["from", "to", "cc", "bcc", "subject", "date", "message-id", "mime-version", "content-type", "received"]);

/** Parses with postal-mime; refuses what is not a mail message and what would take it minutes. */
async function parseMail(raw: string | Uint8Array | ArrayBuffer, options?: PostalMime.PostalMimeOptions): Promise<PostalMime.Email> {
  const bytes = bytesOfRaw(raw);
  if (joinedEncodedWords(bytes) > MAX_JOINED_ENCODED_WORDS) throw new MessageRefused("encoded-words");
  const text = textBodySize(bytes);
  if (text.lines > MAX_TEXT_LINES || text.bytes > MAX_TEXT_BYTES) throw new MessageRefused("too-much-text");
  const email = await PostalMime.parse(withUtf8Headers(bytes), options);
  const lines = email.headerLines;
  if (lines.length === 0 || !FIELD_LINE.test(lines[0].line) || !lines.some((line) => MESSAGE_HEADERS.has(line.key))) {
    throw new MessageRefused("not-mail");
  }
  return email;
}

const bytesOfRaw = (raw: string | Uint8Array | ArrayBuffer) =>
  typeof raw === "string" ? new TextEncoder().encode(raw) : raw instanceof Uint8Array ? raw : new Uint8Array(raw);

/** Reads only the headers: `raw` may be the header block alone, as replay reads received mail. */
export async function parseHeaders(raw: string | Uint8Array | ArrayBuffer): Promise<MessageHeaders> {
  const email = await parseMail(raw);
  return headersOf(email, addressHeaders(email));
}

/** Parses a message; the draft's `from` is the message's From (the CLI may override it). */
export async function parseEml(raw: string | Uint8Array | ArrayBuffer): Promise<Draft> {
  return (await parseMessage(raw)).draft;
}

/** A whole message as the command line reads it. */
export interface ParsedMessage {
  draft: Draft;
  headers: MessageHeaders;
  /** Address entries that were not well-formed: the report says so (their addresses are still checked). */
  unreadAddresses: UnreadAddress[];
}

/** The draft and the headers of a whole message, from one parse. */
export async function parseMessage(raw: string | Uint8Array | ArrayBuffer): Promise<ParsedMessage> {
  // Attached messages (forwarded mail) are files to check, not text to read.
  const email = await parseMail(raw, { rfc822Attachments: true });
  const html = decodeUnlabelledJis(email.html ?? "");
  const text = decodeUnlabelledJis(email.text ?? "") || htmlToText(html);
  const shownIds = referencedContentIds(html);
  const invitation = email.attachments.find(isMeetingRequest);
  const attachments: Attachment[] = [];
  email.attachments.forEach((part, index) => {
    if (part === invitation) return;
    const bytes = bytesOf(part.content);
    attachments.push({
      id: String(index),
      name: attachmentName(part, index),
      size: bytes.length,
      inline: isInline(part, shownIds),
      contentType: part.mimeType,
      bytes,
    });
  });
  const sender = senderOf(email);
  const from = sender ? { address: sender.address, name: sender.name } : undefined;
  const lists = addressHeaders(email);
  const meeting = invitation ? parseMeetingRequest(new TextDecoder().decode(bytesOf(invitation.content))) : undefined;
  const draft: Draft = meeting
    ? meetingDraft(meeting, { from, subject: email.subject ?? "", text, attachments })
    : {
        kind: "message",
        from,
        to: recipientsOf(lists.to),
        cc: recipientsOf(lists.cc),
        bcc: recipientsOf(lists.bcc),
        subject: email.subject ?? "",
        body: splitBody(text),
        attachments,
      };
  return { draft, headers: headersOf(email, lists), unreadAddresses: lists.unread };
}

/**
 * A meeting request as the send check sees it in Outlook (DESIGN §1a): the calendar's
 * attendees rather than the mail's headers (servers put rooms and the organizer there
 * too), required as To and optional as CC, no BCC, the organizer as sender. The
 * organizer is often listed as an attendee as well: they are not invited.
 */
function meetingDraft(
  meeting: MeetingRequest,
  mail: { from: Draft["from"]; subject: string; text: string; attachments: Attachment[] },
): Draft {
  const organizer = meeting.organizer ? meeting.organizer.address.toLowerCase() : mail.from?.address.toLowerCase();
  const invited = (list: Recipient[]) => list.filter((r) => r.address.toLowerCase() !== organizer);
  return {
    kind: "meeting",
    meeting: meeting.details,
    from: meeting.organizer ? { address: meeting.organizer.address, name: meeting.organizer.name } : mail.from,
    to: invited(meeting.required),
    cc: invited(meeting.optional),
    bcc: [],
    subject: meeting.summary ?? mail.subject,
    // What the organizer wrote; the mail's own text may add the client's "When: … Where: …" lines.
    body: splitBody(meeting.description || mail.text),
    attachments: mail.attachments.concat(meeting.files),
  };
}
