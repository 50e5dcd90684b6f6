import { base64Digits, FINGERPRINT_CHARS, fingerprint, readBase64Digits } from "./hash";

/** The roaming-settings key of the recipient memory. */
export const MEMORY_KEY = "presend.memory";
/**
 * Roaming settings hold 32 KB per user and add-in, all keys together: the memory keeps
 * to 24 KB of text so the rest stays free. At 9 characters an entry that is ~2,700
 * addresses; older ones are dropped first.
 */
export const MEMORY_MAX_CHARS = 24 * 1024;
const DAY_CHARS = 2;
const ENTRY_CHARS = FINGERPRINT_CHARS + DAY_CHARS;
/** Days an entry can lie after the oldest one (12 bits); older entries are dropped. */
const MAX_DAY_SPAN = 64 * 64 - 1;
const DAY_MS = 24 * 60 * 60 * 1000;

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
 * the last send (DESIGN §1a). Stored as one string:
 * `{"v":1,"s":"<salt>","b":<first day>,"e":"<fingerprint><day offset>…"}`, oldest first.
 * Anything unreadable is an empty memory: everyone is then new, and Presend asks as it
 * would without memory.
 */
export class RecipientMemory {
  /** Last day each fingerprint was written to. */
  private readonly lastDay = new Map<string, number>();

  constructor(readonly salt: string) {}

  static decode(text: unknown, saltIfNew: () => string = newSalt): RecipientMemory {
    let record: { v?: unknown; s?: unknown; b?: unknown; e?: unknown } | null = null;
    if (typeof text === "string") {
      try {
        record = JSON.parse(text);
      } catch {
        record = null;
      }
    }
    if (!record || record.v !== 1 || typeof record.s !== "string" || record.s === "" || typeof record.b !== "number" || typeof record.e !== "string") {
      return new RecipientMemory(saltIfNew());
    }
    const memory = new RecipientMemory(record.s);
    const entries = record.e;
    for (let at = 0; at + ENTRY_CHARS <= entries.length; at += ENTRY_CHARS) {
      const offset = readBase64Digits(entries, at + FINGERPRINT_CHARS, DAY_CHARS);
      if (offset < 0) continue;
      memory.note(entries.slice(at, at + FINGERPRINT_CHARS), record.b + offset);
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
    for (const address of normalized) this.note(fingerprint(address, this.salt), day);
  }

  /**
   * Forgets whom the user has not written to within `days` up to the time `now` (ms): the
   * policy's `memory.days`, applied when the memory is read for a send as well as when it
   * is saved, so a user back from a long absence is asked again.
   */
  forgetOlderThan(days: number, now: number): void {
    this.forgetBefore(dayNumber(now) - days + 1);
  }

  /** Forgets whom the user last wrote to before `day`. */
  forgetBefore(day: number): void {
    this.lastDay.forEach((last, print) => {
      if (last < day) this.lastDay.delete(print);
    });
  }

  /** The stored form, newest entries first to be kept when `maxChars` does not hold them all. */
  encode(maxChars: number = MEMORY_MAX_CHARS): string {
    const newestFirst: Array<[string, number]> = [];
    this.lastDay.forEach((day, print) => newestFirst.push([print, day]));
    newestFirst.sort((a, b) => b[1] - a[1]);
    const header = (first: number) => `{"v":1,"s":${JSON.stringify(this.salt)},"b":${first},"e":""}`;
    const newest = newestFirst.length > 0 ? newestFirst[0][1] : 0;
    const room = Math.floor((maxChars - header(newest).length) / ENTRY_CHARS);
    const kept = newestFirst.filter((entry, index) => index < room && newest - entry[1] <= MAX_DAY_SPAN);
    const first = kept.length > 0 ? kept[kept.length - 1][1] : 0;
    let entries = "";
    for (let i = kept.length - 1; i >= 0; i--) entries += kept[i][0] + base64Digits(kept[i][1] - first, DAY_CHARS);
    return `{"v":1,"s":${JSON.stringify(this.salt)},"b":${first},"e":"${entries}"}`;
  }

  private note(print: string, day: number): void {
    const known = this.lastDay.get(print);
    if (known === undefined || known < day) this.lastDay.set(print, day);
  }
}
