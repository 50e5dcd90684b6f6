import { normalizeAddress, splitAddress } from "../domains/idn";
import { FINGERPRINT_CHARS, fingerprint } from "./hash";
import type { ConversationSnapshot } from "./types";

/** The item.sessionData key the compose handler writes and the send check reads. */
export const THREAD_KEY = "presend.thread";

/** What the compose handler saw when a reply or forward opened. */
export interface ThreadOpening {
  compose: "reply" | "forward";
  /** Addresses in To/CC/BCC at open, as the host gave them. */
  addresses: readonly string[];
  /** A forward's attachments at open. */
  attachments?: ReadonlyArray<{ name: string; size: number }>;
  /** The item's conversation id and the id of the message replied to, when the host gives them: a snapshot of another item is ignored. */
  origin?: SnapshotOrigin;
}

/** What ties a snapshot to its draft: item.conversationId and item.inReplyTo (Mailbox 1.14). */
export interface SnapshotOrigin {
  conversationId?: string;
  inReplyTo?: string;
}

/**
 * The snapshot as stored: `{"v":1,"c":"reply","h":"<7-character fingerprints>","d":[domains],
 * "a":[[name,size]…],"k":"<conversation fingerprint>"}`. Addresses are fingerprints, not
 * text: a reply-all to 300 people takes ~2.1 KB plus its few domains, and sessionData
 * (50,000 characters below Mailbox 1.16) keeps room for the confirmations beside it.
 */
export function encodeThread(opening: ThreadOpening): string {
  const fingerprints: string[] = [];
  const domains: string[] = [];
  for (const written of opening.addresses) {
    const address = normalizeAddress(written);
    const domain = splitAddress(address).domain;
    if (!domain) continue;
    const print = fingerprint(address);
    if (fingerprints.indexOf(print) < 0) fingerprints.push(print);
    if (domains.indexOf(domain) < 0) domains.push(domain);
  }
  const record: Record<string, unknown> = { v: 1, c: opening.compose, h: fingerprints.join(""), d: domains };
  if (opening.attachments && opening.attachments.length > 0) record.a = opening.attachments.map((a) => [a.name, a.size]);
  const origin = opening.origin || {};
  if (origin.conversationId) record.k = fingerprint(origin.conversationId);
  if (origin.inReplyTo) record.r = fingerprint(origin.inReplyTo);
  return JSON.stringify(record);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === "string");
}

/**
 * The snapshot, or undefined for anything missing, malformed or taken in another
 * conversation: "no thread" makes the check ask as for a new mail, never less.
 */
export function decodeThread(text: unknown, origin: SnapshotOrigin = {}): ConversationSnapshot | undefined {
  if (typeof text !== "string" || text === "") return undefined;
  let record: { v?: unknown; c?: unknown; h?: unknown; d?: unknown; a?: unknown; k?: unknown; r?: unknown };
  try {
    record = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!record || record.v !== 1 || (record.c !== "reply" && record.c !== "forward")) return undefined;
  if (typeof record.h !== "string" || record.h.length % FINGERPRINT_CHARS !== 0 || !isStringList(record.d)) return undefined;
  // Checked only where both sides know the id: some clients give none at open or at send.
  const otherItem = (stored: unknown, current: string | undefined) => typeof stored === "string" && !!current && stored !== fingerprint(current);
  if (otherItem(record.k, origin.conversationId) || otherItem(record.r, origin.inReplyTo)) return undefined;
  const prints = new Set<string>();
  for (let i = 0; i < record.h.length; i += FINGERPRINT_CHARS) prints.add(record.h.slice(i, i + FINGERPRINT_CHARS));
  const attachments: Array<{ name: string; size: number }> = [];
  if (Array.isArray(record.a)) {
    for (const entry of record.a) {
      if (Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1] === "number") attachments.push({ name: entry[0], size: entry[1] });
    }
  }
  return {
    compose: record.c,
    had: (normalized) => prints.has(fingerprint(normalized)),
    domains: record.d,
    attachments,
  };
}
