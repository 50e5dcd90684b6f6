import { afterComments, countOf, findRecord, recordEnd } from "../domains/sorted-records";

/**
 * Japanese surnames and their readings, so that 藤田 in a greeting can be found in an
 * address such as k.fujita@ or fujita-k@. The table (~11,000 surnames from IPADIC, 98 KB
 * gzip) is data, not code: the build writes it to dist/ (scripts/surname-readings.cjs) and
 * the handler and the pane fetch it beside the policy, like the Public Suffix List. Until
 * it arrives, or when it cannot, the table is empty and a kanji name says nothing about an
 * address: addressee-mismatch is then silent where it would need a reading.
 *
 * The file is used as fetched (src/domains/sorted-records.ts): the surnames in order, each
 * with its reading keys (`藤田 huzita`), then a line `%` and every reading key in order.
 */
export class SurnameReadings {
  private readonly text: string;
  /** The surnames' lines: text[namesStart, namesEnd). */
  private readonly namesStart: number;
  private readonly namesEnd: number;
  /** The keys' lines: text[keysStart, keysEnd). */
  private readonly keysStart: number;
  private readonly keysEnd: number;
  private surnames = -1;

  /** The file's text (scripts/surname-readings.cjs); none for the empty table. */
  constructor(text = "") {
    this.text = text;
    this.namesStart = afterComments(text);
    // A part with no surnames (the keys alone) starts with its divider.
    const divider = text.startsWith("%\n", this.namesStart) ? this.namesStart - 1 : text.indexOf("\n%\n", this.namesStart);
    this.namesEnd = divider < 0 ? this.namesStart : divider;
    this.keysStart = divider < 0 ? text.length : divider + 3;
    let keysEnd = text.length;
    while (keysEnd > this.keysStart && text.charAt(keysEnd - 1) === "\n") keysEnd--;
    this.keysEnd = keysEnd;
  }

  /** How many surnames the table has (counted on first use: only the loader's check asks). */
  get size(): number {
    if (this.surnames < 0) {
      const { text, namesStart, namesEnd } = this;
      this.surnames = namesEnd > namesStart ? 1 + countOf(text, namesStart, namesEnd, "\n") : 0;
    }
    return this.surnames;
  }

  /** Reading keys (romajiKey) of a surname written in kanji; none when it is not in the table. */
  readingsOf(name: string): readonly string[] {
    const start = name ? findRecord(this.text, this.namesStart, this.namesEnd, "\n", " ", name) : -1;
    if (start < 0) return [];
    return this.text.slice(start + name.length + 1, recordEnd(this.text, start, this.namesEnd, "\n")).split(" ");
  }

  /** Whether a romaji key is some surname's reading: `tamura` in r.tamura@ names a person. */
  isReading(key: string): boolean {
    return key !== "" && findRecord(this.text, this.keysStart, this.keysEnd, "\n", "\n", key) >= 0;
  }

  /** The longest surname the kanji text starts with (藤田 in 藤田海斗), if any. */
  surnameAt(text: string): string | undefined {
    for (let length = Math.min(text.length, 4); length > 0; length--) {
      const name = text.slice(0, length);
      if (findRecord(this.text, this.namesStart, this.namesEnd, "\n", " ", name) >= 0) return name;
    }
    return undefined;
  }
}

/**
 * One spelling for the ways a reading is written in Latin letters: Hepburn and
 * Kunrei-shiki (shi/si, tsu/tu, fu/hu, ji/zi, sha/sya), long vowels (satou, sato, satoh,
 * saitoo), Homma/Honma. Two spellings of one name get one key; a few different names do
 * too (kyo/ko), which only makes the rule quieter.
 */
export function romajiKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/m([bmp])/g, "n$1")
    .replace(/sh/g, "s")
    .replace(/ch|ts/g, "t")
    .replace(/j/g, "z")
    .replace(/f/g, "h")
    .replace(/([^aeiou])y([aou])/g, "$1$2")
    .replace(/([aeiou])h([^aeiou]|$)/g, "$1$2")
    .replace(/ou|oo/g, "o")
    .replace(/uu/g, "u")
    .replace(/nn/g, "n");
}

/** No table: kanji surnames go unread (before or without the fetched table). */
export const NO_SURNAMES = new SurnameReadings();

/**
 * How many shards the surnames are cut into for the event runtime, by their first character
 * (about 2 KB gzip each): a send fetches the reading keys and the shards its draft's names
 * fall in, not the whole table (scripts/surname-readings.cjs writes them).
 */
export const SURNAME_SHARDS = 32;

/** The shard of the surnames a name, or a text a surname may start, is looked up in. */
export function surnameShardOf(name: string): number {
  return name.charCodeAt(0) % SURNAME_SHARDS;
}

/**
 * The table as the event runtime fetches it: every reading key, and the surnames of the
 * shards fetched so far. A name in a shard not fetched is read as no surname, as with no
 * table, and its shard is noted in `missing`: the handler asks the table for a draft's names
 * first (readNamesOf), fetches the shards it missed, and judges with `withShards`.
 */
export class SurnameParts extends SurnameReadings {
  /** Shards a lookup needed and did not have, since this table was made. */
  readonly missing = new Set<number>();
  private readonly keysText: string;
  private readonly shards: ReadonlyMap<number, SurnameReadings>;

  /** `keysText`: the part with every reading key; `shards`: parts with surnames, by shard. */
  constructor(keysText: string, shards: ReadonlyMap<number, SurnameReadings> = new Map()) {
    super(keysText);
    this.keysText = keysText;
    this.shards = shards;
  }

  override readingsOf(name: string): readonly string[] {
    const shard = this.shardOf(name);
    return shard ? shard.readingsOf(name) : [];
  }

  override surnameAt(text: string): string | undefined {
    const shard = this.shardOf(text);
    return shard ? shard.surnameAt(text) : undefined;
  }

  /** A new table with these shards too (a new object: the engine's caches hold what a table read). */
  withShards(more: ReadonlyMap<number, SurnameReadings>): SurnameParts {
    return new SurnameParts(this.keysText, new Map([...this.shards, ...more]));
  }

  private shardOf(text: string): SurnameReadings | undefined {
    if (!text) return undefined;
    const number = surnameShardOf(text);
    const shard = this.shards.get(number);
    if (!shard) this.missing.add(number);
    return shard;
  }
}
