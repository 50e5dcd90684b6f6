import { normalizeAddress } from "../domains/idn";
import { ConsumerMailDomains, partyOf } from "../domains/organisation";
import { COMMON_SUFFIXES, type PublicSuffixList } from "../domains/public-suffix";
import { memoryKeyOf, organisationCore, readGreeting } from "./greeting";
import { splitBody } from "./body";
import { NO_SURNAMES, type SurnameReadings } from "./surnames";
import { RecipientMemory, type GreetingMemo } from "./memory";
import { decodeThread, encodeThread, type ThreadOpening } from "./thread";
import type { Attachment, Draft, DraftKind, MeetingDetails, Recipient, RecipientField, RecipientKind } from "./types";

/** `山田 太郎 <yamada@example.co.jp>` or a bare address → a recipient. */
export function parseRecipient(text: string, kind: RecipientKind = "user"): Recipient {
  const match = /^\s*"?(.*?)"?\s*<([^<>]+)>\s*$/.exec(text);
  if (match) return { name: match[1].trim(), address: match[2].trim(), kind };
  return { name: "", address: text.trim(), kind };
}

export interface DraftSpec {
  /** Default "message"; a meeting's `to` and `cc` are its required and optional attendees. */
  kind?: DraftKind;
  meeting?: MeetingDetails;
  from?: string;
  to?: readonly (string | Recipient)[];
  cc?: readonly (string | Recipient)[];
  bcc?: readonly (string | Recipient)[];
  capped?: Partial<Record<RecipientField, boolean>>;
  subject?: string;
  /** Whole plain-text body; split into new and quoted text. */
  body?: string;
  attachments?: readonly (Partial<Attachment> & { name: string })[];
  /** A reply or forward: who was on it when it opened (stored and read back as the add-in does). */
  thread?: ThreadOpening;
  /** Addresses the user has written to before (a recipient memory holding them). */
  remembered?: readonly string[];
  /**
   * What earlier greetings named, as the memory keeps it after a send: the address each
   * greeting (`藤田様`, `Dear Mr. Fujita`) went to, or the organisation's name and an address it went to
   * (its organisation cut at the built-in common suffixes).
   */
  greeted?: ReadonlyArray<{ address: string; greeting: string } | { organisation: string; address: string }>;
}

/** The tables a draft's memory is written with: those it is then evaluated with (the built-in suffixes and no surnames by default). */
export interface DraftTables {
  surnames?: SurnameReadings;
  suffixes?: PublicSuffixList;
}

/**
 * A memory that remembers `addresses` (and what `greeted` them), as the add-in would after
 * sending to them with `tables` (a greeted surname is kept by its reading, an organisation by its party).
 */
export function memoryOf(addresses: readonly string[], day = 0, greeted: DraftSpec["greeted"] = [], tables: DraftTables = {}): RecipientMemory {
  const { surnames = NO_SURNAMES, suffixes = COMMON_SUFFIXES } = tables;
  const memory = new RecipientMemory("test-salt");
  memory.rememberAll(addresses.map(normalizeAddress), day);
  const memo: GreetingMemo = { people: [], organisations: [] };
  for (const entry of greeted) {
    const address = normalizeAddress(entry.address);
    if ("greeting" in entry) {
      for (const name of readGreeting(entry.greeting, surnames).names) if (name.kind === "person") memo.people.push({ address, name: memoryKeyOf(name, surnames) });
    } else {
      memo.organisations.push({ name: organisationCore(entry.organisation, surnames), party: partyOf(address, new ConsumerMailDomains(), suffixes).key });
    }
  }
  memory.rememberGreeting(memo, day);
  return memory;
}

/**
 * Builds a draft from a compact description (tests, playground samples, benchmarks); its
 * memory's greetings are read with `surnames`, the table the draft is then evaluated with.
 */
export function makeDraft(spec: DraftSpec, tables: DraftTables = {}): Draft {
  const recipients = (list: DraftSpec["to"]) =>
    (list ?? []).map((r) => (typeof r === "string" ? parseRecipient(r) : r));
  const from = spec.from ? parseRecipient(spec.from) : undefined;
  const draft: Draft = {
    kind: spec.kind ?? "message",
    from: from ? { address: from.address, name: from.name } : undefined,
    to: recipients(spec.to),
    cc: recipients(spec.cc),
    bcc: recipients(spec.bcc),
    capped: spec.capped,
    subject: spec.subject ?? "Subject",
    body: splitBody(spec.body ?? ""),
    attachments: (spec.attachments ?? []).map((a, index) => ({
      id: a.id ?? String(index),
      size: a.size ?? a.bytes?.length ?? 1000,
      inline: a.inline ?? false,
      ...a,
    })),
  };
  if (spec.meeting) draft.meeting = spec.meeting;
  if (spec.thread) draft.thread = decodeThread(encodeThread(spec.thread));
  if (spec.remembered || spec.greeted) draft.memory = memoryOf(spec.remembered || [], 0, spec.greeted, tables);
  return draft;
}
