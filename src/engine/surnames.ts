/**
 * Japanese surnames and their readings, so that 藤田 in a greeting can be found in an
 * address such as k.fujita@ or fujita-k@. The table (~11,800 surnames from IPADIC, 73 KB
 * gzip) is data, not code: the build writes it to dist/ (scripts/surname-readings.cjs) and
 * the handler and the pane fetch it beside the policy, like the Public Suffix List. Until
 * it arrives, or when it cannot, the table is empty and a kanji name says nothing about an
 * address: addressee-mismatch is then silent where it would need a reading.
 */
export class SurnameReadings {
  /** Reading keys (romajiKey) of each surname. */
  private readonly byName = new Map<string, string[]>();
  private readonly keys = new Set<string>();

  /** Lines `fujita 藤田 富士田` (scripts/surname-readings.cjs); `#` starts a comment line. */
  constructor(text = "") {
    for (const line of text.split("\n")) {
      if (line === "" || line.charAt(0) === "#") continue;
      const [reading, ...names] = line.trim().split(" ");
      const key = romajiKey(reading);
      this.keys.add(key);
      for (const name of names) {
        const known = this.byName.get(name);
        if (!known) this.byName.set(name, [key]);
        else if (known.indexOf(key) < 0) known.push(key);
      }
    }
  }

  get size(): number {
    return this.byName.size;
  }

  /** Reading keys of a surname written in kanji; none when it is not in the table. */
  readingsOf(name: string): readonly string[] {
    return this.byName.get(name) || [];
  }

  /** Whether a romaji key is some surname's reading: `tamura` in r.tamura@ names a person. */
  isReading(key: string): boolean {
    return this.keys.has(key);
  }

  /** The longest surname the kanji text starts with (藤田 in 藤田海斗), if any. */
  surnameAt(text: string): string | undefined {
    for (let length = Math.min(text.length, 4); length > 0; length--) {
      if (this.byName.has(text.slice(0, length))) return text.slice(0, length);
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

let tableInUse = new SurnameReadings();

/** Makes `table` the one every later evaluation uses (host code, once it has loaded). */
export function useSurnameReadings(table: SurnameReadings): void {
  tableInUse = table;
}

export function surnameReadings(): SurnameReadings {
  return tableInUse;
}
