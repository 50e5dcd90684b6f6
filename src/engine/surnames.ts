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
    const divider = text.indexOf("\n%\n", this.namesStart);
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
