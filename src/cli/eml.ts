import PostalMime from "postal-mime";
import { splitBody } from "../engine/body";
import type { Attachment, Draft, Recipient } from "../engine/types";
import { htmlToText } from "./html-text";
import { decodeUnlabelledJis, withUtf8Headers } from "./legacy-charsets";
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

/** Parses a message; the draft's `from` is the message's From (the CLI may override it). */
export async function parseEml(raw: string | Uint8Array | ArrayBuffer): Promise<Draft> {
  const message = typeof raw === "string" ? new TextEncoder().encode(raw) : raw instanceof Uint8Array ? raw : new Uint8Array(raw);
  // Attached messages (forwarded mail) are files to check, not text to read.
  const email = await PostalMime.parse(withUtf8Headers(message), { rfc822Attachments: true });
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
  const sender = recipientsOf(email.from ? [email.from] : []).filter((r) => r.address !== "")[0];
  const from = sender ? { address: sender.address, name: sender.name } : undefined;
  const meeting = invitation ? parseMeetingRequest(new TextDecoder().decode(bytesOf(invitation.content))) : undefined;
  if (meeting) return meetingDraft(meeting, { from, subject: email.subject ?? "", text, attachments });
  return {
    kind: "message",
    from,
    to: recipientsOf(email.to),
    cc: recipientsOf(email.cc),
    bcc: recipientsOf(email.bcc),
    subject: email.subject ?? "",
    body: splitBody(text),
    attachments,
  };
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
