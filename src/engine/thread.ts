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
  /** The item's conversation id when the host gives one: a snapshot of another conversation is ignored. */
  conversationId?: string;
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
  if (opening.conversationId) record.k = fingerprint(opening.conversationId);
  return JSON.stringify(record);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === "string");
}

/**
 * The snapshot, or undefined for anything missing, malformed or taken in another
 * conversation: "no thread" makes the check ask as for a new mail, never less.
 */
export function decodeThread(text: unknown, conversationId?: string): ConversationSnapshot | undefined {
  if (typeof text !== "string" || text === "") return undefined;
  let record: { v?: unknown; c?: unknown; h?: unknown; d?: unknown; a?: unknown; k?: unknown };
  try {
    record = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!record || record.v !== 1 || (record.c !== "reply" && record.c !== "forward")) return undefined;
  if (typeof record.h !== "string" || record.h.length % FINGERPRINT_CHARS !== 0 || !isStringList(record.d)) return undefined;
  if (typeof record.k === "string" && conversationId && record.k !== fingerprint(conversationId)) return undefined;
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
