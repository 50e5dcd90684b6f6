import { base64Digits, FINGERPRINT_CHARS, fingerprint, readBase64Digits } from "./hash";

/** The roaming-settings key of the recipient memory. */
export const MEMORY_KEY = "presend.memory";
/**
 * Roaming settings hold 32 KB per user and add-in, all keys together: the memory keeps
 * to 24 KB of text so the rest stays free. At 10 characters an address and 12 an
 * organisation's name that is ~2,200 addresses beside 200 names; older ones are dropped first.
 */
export const MEMORY_MAX_CHARS = 24 * 1024;
const DAY_CHARS = 2;
/** One character: which name the greeting gave the address last (a 6-bit code, 0 for none). */
const NAME_CHARS = 1;
const ENTRY_CHARS = FINGERPRINT_CHARS + DAY_CHARS + NAME_CHARS;
/** Version 1 entries had no name. */
const V1_ENTRY_CHARS = FINGERPRINT_CHARS + DAY_CHARS;
/** An organisation's name greeted: its fingerprint, day, and 18 bits of the fingerprint of the party it went to. */
const PARTY_CHARS = 3;
const ORGANISATION_CHARS = FINGERPRINT_CHARS + DAY_CHARS + PARTY_CHARS;
/** The organisations' names keep to this many, so they never crowd out the addresses. */
const MAX_ORGANISATIONS = 200;
/** Days an entry can lie after the oldest one (12 bits); older entries are dropped. */
const MAX_DAY_SPAN = 64 * 64 - 1;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What a send's greeting named, to remember once it has gone out (addressee-mismatch): the
 * name each outside address was greeted by (its reading key, 藤田 as "huzita"), and which
 * party (src/domains/organisation) each organisation's name went to.
 */
export interface GreetingMemo {
  people: Array<{ address: string; name: string }>;
  organisations: Array<{ name: string; party: string }>;
}

/** Days since 1970-01-01 (UTC) of a time in milliseconds. */
export function dayNumber(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** A salt for a new memory: makes its fingerprints useless for looking up common addresses. */
export function newSalt(random: () => number = Math.random): string {
  return base64Digits(Math.floor(random() * 0x1000000), 4) + base64Digits(Math.floor(random() * 0x1000000), 4);
}

/**
 * The outside addresses this user has sent to, as salted fingerprints with the day of
 * the last send and the name the greeting gave them, and the organisations' names the
 * greetings used with the party each went to (DESIGN §1a). Stored as one string:
 * `{"v":2,"s":"<salt>","b":<first day>,"e":"<fingerprint><day offset><name code>…","o":"<fingerprint><day offset><party>…"}`,
 * oldest first; version 1 (addresses without names, no "o") is read too.
 * Anything unreadable is an empty memory: everyone is then new, and Presend asks as it
 * would without memory.
 */
export class RecipientMemory {
  /** Last day each fingerprint was written to. */
  private readonly lastDay = new Map<string, number>();
  /** The code of the name each address fingerprint was last greeted by (0: none known). */
  private readonly nameCode = new Map<string, number>();
  /** Per organisation name's fingerprint: the party it went to last, and the day. */
  private readonly organisations = new Map<string, { party: string; day: number }>();

  constructor(readonly salt: string) {}

  static decode(text: unknown, saltIfNew: () => string = newSalt): RecipientMemory {
    let record: { v?: unknown; s?: unknown; b?: unknown; e?: unknown; o?: unknown } | null = null;
    if (typeof text === "string") {
      try {
        record = JSON.parse(text);
      } catch {
        record = null;
      }
    }
    if (!record || (record.v !== 1 && record.v !== 2) || typeof record.s !== "string" || record.s === "" || typeof record.b !== "number" || typeof record.e !== "string") {
      return new RecipientMemory(saltIfNew());
    }
    const memory = new RecipientMemory(record.s);
    const first = record.b;
    const entries = record.e;
    const size = record.v === 1 ? V1_ENTRY_CHARS : ENTRY_CHARS;
    for (let at = 0; at + size <= entries.length; at += size) {
      const offset = readBase64Digits(entries, at + FINGERPRINT_CHARS, DAY_CHARS);
      const code = size === ENTRY_CHARS ? readBase64Digits(entries, at + V1_ENTRY_CHARS, NAME_CHARS) : 0;
      if (offset < 0 || code < 0) continue;
      memory.note(entries.slice(at, at + FINGERPRINT_CHARS), first + offset, code);
    }
    const organisations = typeof record.o === "string" ? record.o : "";
    for (let at = 0; at + ORGANISATION_CHARS <= organisations.length; at += ORGANISATION_CHARS) {
      const offset = readBase64Digits(organisations, at + FINGERPRINT_CHARS, DAY_CHARS);
      if (offset < 0) continue;
      const party = organisations.slice(at + V1_ENTRY_CHARS, at + ORGANISATION_CHARS);
      memory.noteOrganisation(organisations.slice(at, at + FINGERPRINT_CHARS), party, first + offset);
    }
    return memory;
  }

  get size(): number {
    return this.lastDay.size;
  }

  remembers(normalized: string): boolean {
    return this.lastDay.has(fingerprint(normalized, this.salt));
  }

  /** Remembers canonical addresses as written to on `day`. */
  rememberAll(normalized: readonly string[], day: number): void {
    for (const address of normalized) this.note(fingerprint(address, this.salt), day, 0);
  }

  /** Remembers what a send's greeting named (after its addresses, or with them: the addresses are remembered too). */
  rememberGreeting(memo: GreetingMemo, day: number): void {
    for (const { address, name } of memo.people) this.note(fingerprint(address, this.salt), day, this.codeOf(name));
    for (const { name, party } of memo.organisations) this.noteOrganisation(fingerprint(name, this.salt), this.partyPrint(party), day);
  }

  /**
   * Whether an address was last greeted by one of these names (reading keys, or the name
   * as written when it has none); undefined when no greeting of it is remembered. Six bits
   * tell names apart: one other name in 64 passes for the remembered one.
   */
  greetedAs(normalized: string, names: readonly string[]): boolean | undefined {
    const code = this.nameCode.get(fingerprint(normalized, this.salt));
    if (!code) return undefined;
    return names.some((name) => this.codeOf(name) === code);
  }

  /** Whether an organisation's name was last greeted at this party; undefined when it never was. */
  greetedAt(name: string, party: string): boolean | undefined {
    const known = this.organisations.get(fingerprint(name, this.salt));
    return known ? known.party === this.partyPrint(party) : undefined;
  }

  /**
   * Forgets whom the user has not written to within `days` up to the time `now` (ms): the
   * policy's `memory.days`, applied when the memory is read for a send as well as when it
   * is saved, so a user back from a long absence is asked again.
   */
  forgetOlderThan(days: number, now: number): void {
    this.forgetBefore(dayNumber(now) - days + 1);
  }

  /** Forgets whom the user last wrote to before `day`, and the organisations' names last used before it. */
  forgetBefore(day: number): void {
    this.lastDay.forEach((last, print) => {
      if (last >= day) return;
      this.lastDay.delete(print);
      this.nameCode.delete(print);
    });
    this.organisations.forEach((known, print) => {
      if (known.day < day) this.organisations.delete(print);
    });
  }

  /**
   * The stored form, newest entries first to be kept when `maxChars` does not hold them
   * all: the newest MAX_ORGANISATIONS organisations' names, then as many addresses as fit.
   */
  encode(maxChars: number = MEMORY_MAX_CHARS): string {
    const newestFirst = <T>(entries: Array<[string, T, number]>) => entries.sort((a, b) => b[2] - a[2]);
    const addresses: Array<[string, number, number]> = [];
    this.lastDay.forEach((day, print) => addresses.push([print, this.nameCode.get(print) || 0, day]));
    const organisations: Array<[string, string, number]> = [];
    this.organisations.forEach(({ party, day }, print) => organisations.push([print, party, day]));
    newestFirst(addresses);
    newestFirst(organisations);
    const newest = Math.max(addresses.length > 0 ? addresses[0][2] : 0, organisations.length > 0 ? organisations[0][2] : 0);
    const recent = <T>(entry: [string, T, number]) => newest - entry[2] <= MAX_DAY_SPAN;
    const keptOrganisations = organisations.filter((entry, index) => index < MAX_ORGANISATIONS && recent(entry));
    const header = (first: number) => `{"v":2,"s":${JSON.stringify(this.salt)},"b":${first},"e":"","o":""}`;
    const room = Math.floor((maxChars - header(newest).length - keptOrganisations.length * ORGANISATION_CHARS) / ENTRY_CHARS);
    const keptAddresses = addresses.filter((entry, index) => index < room && recent(entry));
    const oldest = (entries: ReadonlyArray<[string, unknown, number]>) => (entries.length > 0 ? entries[entries.length - 1][2] : newest);
    const first = Math.min(oldest(keptAddresses), oldest(keptOrganisations));
    let e = "";
    for (let i = keptAddresses.length - 1; i >= 0; i--) {
      const [print, code, day] = keptAddresses[i];
      e += print + base64Digits(day - first, DAY_CHARS) + base64Digits(code, NAME_CHARS);
    }
    let o = "";
    for (let i = keptOrganisations.length - 1; i >= 0; i--) {
      const [print, party, day] = keptOrganisations[i];
      o += print + base64Digits(day - first, DAY_CHARS) + party;
    }
    return `{"v":2,"s":${JSON.stringify(this.salt)},"b":${first},"e":"${e}","o":"${o}"}`;
  }

  /** A name's 6-bit code, 1 to 63 (0 is "no name"). */
  private codeOf(name: string): number {
    return (readBase64Digits(fingerprint(name, this.salt), 0, 1) % 63) + 1;
  }

  private partyPrint(party: string): string {
    return fingerprint(party, this.salt).slice(0, PARTY_CHARS);
  }

  /** A later day wins; a name code, once known, stays until a later greeting gives another. */
  private note(print: string, day: number, code: number): void {
    const known = this.lastDay.get(print);
    if (known === undefined || known <= day) {
      this.lastDay.set(print, day);
      if (code) this.nameCode.set(print, code);
    }
  }

  private noteOrganisation(print: string, party: string, day: number): void {
    const known = this.organisations.get(print);
    if (!known || known.day <= day) this.organisations.set(print, { party, day });
  }
}
