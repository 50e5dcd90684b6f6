import { afterComments } from "../domains/sorted-records";
import { mayNameSomeone, readNamesOf, type DraftNames } from "../engine/greeting";
import { NO_SURNAMES, SurnameParts, SurnameReadings, surnameShardOf } from "../engine/surnames";
import { loadDataFile, type LoadDataOptions } from "./fetch";

declare const __PRESEND_SURNAME_READINGS__: string | undefined;

/** The surname table's file name in dist/, content-hashed by the build (scripts/surname-readings.cjs). */
export const SURNAME_READINGS_FILE: string =
  typeof __PRESEND_SURNAME_READINGS__ !== "undefined" ? __PRESEND_SURNAME_READINGS__ : "surname-readings.txt";

/**
 * A part of the table as the event runtime fetches it (scripts/surname-readings.cjs): the
 * table's name (`tableFile`) with the part's number in two hex digits after its hash, so that
 * it is still `surname-readings.<hex>.txt` to the host's rules (docs/admin.md §3). Part 0
 * holds every reading key; part 1 + shard the surnames of one shard (surnameShardOf).
 */
export function surnamePartFile(part: number, tableFile = SURNAME_READINGS_FILE): string {
  const number = `${part < 16 ? "0" : ""}${part.toString(16)}`;
  return tableFile.replace(/(\.[0-9a-f]+)?\.txt$/, (_, hash: string | undefined) => `${hash || "."}${number}.txt`);
}
export const SURNAME_KEYS_PART = 0;
export const surnameShardPart = (shard: number): number => shard + 1;

/** The parts' files the build writes beside the table's (`tableFile`), from what scripts/surname-readings.cjs made. */
export function surnamePartFiles(
  parts: { keys: string; shards: ReadonlyArray<{ shard: number; text: string }> },
  tableFile = SURNAME_READINGS_FILE,
): Array<{ file: string; text: string }> {
  return [
    { file: surnamePartFile(SURNAME_KEYS_PART, tableFile), text: parts.keys },
    ...parts.shards.map(({ shard, text }) => ({ file: surnamePartFile(surnameShardPart(shard), tableFile), text })),
  ];
}

/**
 * Surnames from the table's first line to its last, and its first and last reading keys
 * (scripts/surname-readings.cjs sorts both): a file without one of them is not the table,
 * or a download cut short. Asked instead of counting the surnames, which reads the whole
 * file on the first send that greets someone.
 */
const SPOT_SURNAMES = ["一ノ瀬", "佐藤", "龝山"];
const SPOT_KEYS = ["abe", "zusiyama"];

export interface LoadedSurnameReadings {
  /** The table, or no table (NO_SURNAMES) when it could not be loaded. */
  table: SurnameReadings;
  /** Why the table, or a part of it, could not be loaded, and what was therefore not read. */
  problem?: string;
}

/**
 * Fetches the table of Japanese surnames and their readings, to evaluate with (an
 * evaluation option, as the Public Suffix List is). Never rejects: without it
 * addressee-mismatch cannot read kanji surnames in addresses, and stays silent where it
 * would need to. The caller keeps a table it got for the next send.
 */
export function loadSurnameReadings(options: LoadDataOptions): Promise<LoadedSurnameReadings> {
  return loadDataFile({ what: "surname table", expected: "the surname table" }, options, NO_SURNAMES, (text) => {
    const table = new SurnameReadings(text);
    // Both parts of the file: the surnames and, after them, the keys.
    const whole = SPOT_SURNAMES.every((name) => table.readingsOf(name).length > 0) && SPOT_KEYS.every((key) => table.isReading(key));
    return whole ? table : `not the surname table (${table.size} surnames)`;
  }).then(({ data, problem }) => ({ table: data, problem: problem && `${problem}; kanji surnames were not read` }));
}

/** How many times a draft's names are read again with the shards the last reading missed. */
const SHARD_ROUNDS = 2;

interface LoadedShards {
  shards: Map<number, SurnameReadings>;
  problem?: string;
}

/**
 * The surname table in parts, fetched as sends need them and kept for the runtime's later
 * sends: the reading keys (asked for as the event script loads) and the shards of the
 * surnames a draft's names start with, which `readNames` finds by asking the table (the
 * engine's readNamesOf). A shard that cannot be loaded stays out: its names read as no
 * surname, as with no table, and the problem is given.
 */
export function surnamePartsSource(options: (file: string) => LoadDataOptions): {
  tableFor(readNames: (table: SurnameReadings) => void): Promise<LoadedSurnameReadings>;
  asRead(): (part: DraftNames) => void;
} {
  let kept: SurnameParts | undefined;
  /**
   * Shards asked for: as a draft is read (asRead), then found by tableFor on their way. One
   * that failed is not asked for again in the same send (a shard that timed out would make it
   * wait twice), only by a later one: tableFor forgets it once it has answered.
   */
  const loading = new Map<number, Promise<{ shard: number; part: SurnameReadings; problem?: string }>>();
  const failed = new Set<number>();
  const loadKeys = (): Promise<SurnameParts | string> =>
    kept
      ? Promise.resolve(kept)
      : loadDataFile({ what: "surname keys", expected: "the surname table's keys" }, options(surnamePartFile(SURNAME_KEYS_PART)), NO_SURNAMES, (text) => {
          const keys = new SurnameParts(text);
          return SPOT_KEYS.every((key) => keys.isReading(key)) ? keys : "not the surname table's keys";
        }).then(({ data, problem }) => problem || (data as SurnameParts));
  const loadShard = (shard: number) => {
    const asked = loading.get(shard);
    if (asked) return asked;
    const loaded = loadDataFile({ what: "surname shard", expected: "the surname table's shard" }, options(surnamePartFile(surnameShardPart(shard))), NO_SURNAMES, (text) => {
      const part = new SurnameReadings(text);
      const namesStart = afterComments(text);
      const first = text.slice(namesStart, text.indexOf(" ", namesStart));
      return first && surnameShardOf(first) === shard && part.readingsOf(first).length > 0 ? part : `not shard ${shard} of the surname table`;
    }).then(({ data, problem }) => {
      if (problem) failed.add(shard);
      return { shard, part: data, problem };
    });
    loading.set(shard, loaded);
    return loaded;
  };
  /** The shards `readNames` finds missing from `table` (read with a copy: what it misses is this draft's). */
  const missedBy = (table: SurnameParts | undefined, readNames: (table: SurnameReadings) => void): number[] => {
    const probe = (table || new SurnameParts("")).withShards(new Map());
    readNames(probe);
    return [...probe.missing];
  };
  /** The draft's names read with `table`, and the shards they missed loaded. */
  const shardsMissedBy = (table: SurnameParts | undefined, readNames: (table: SurnameReadings) => void): Promise<LoadedShards> =>
    Promise.all(missedBy(table, readNames).map(loadShard)).then((loaded) => {
      const problems = loaded.filter(({ problem }) => !!problem).map(({ problem }) => `${problem}; the surnames in it were not read`);
      const shards = new Map(loaded.filter(({ problem }) => !problem).map(({ shard, part }) => [shard, part] as const));
      return { shards, problem: problems.length > 0 ? problems.join("; ") : undefined };
    });
  /** Reads the names again with what came, until nothing is missed, a shard fails, or the rounds are up. */
  const settle = (table: SurnameParts, found: LoadedShards, roundsLeft: number, readNames: (table: SurnameReadings) => void): Promise<LoadedSurnameReadings> => {
    if (found.shards.size > 0) kept = table = table.withShards(found.shards);
    if (found.problem) return Promise.resolve({ table, problem: found.problem });
    if (found.shards.size === 0 || roundsLeft === 0) return Promise.resolve({ table });
    return shardsMissedBy(table, readNames).then((more) => settle(table, more, roundsLeft - 1, readNames));
  };

  return {
    // Reading names asks the table for surnames, never for keys: the first shards are asked for beside the keys.
    tableFor: (readNames) =>
      Promise.all([loadKeys(), shardsMissedBy(kept, readNames)])
        .then(([keys, found]) => {
          if (typeof keys === "string") return { table: NO_SURNAMES, problem: `${keys}; kanji surnames were not read` };
          kept = keys;
          return settle(keys, found, SHARD_ROUNDS, readNames);
        })
        .then((loaded) => {
          for (const shard of failed) loading.delete(shard);
          failed.clear();
          return loaded;
        }),
    /**
     * A listener for readDraft's parts as they come (onNamesRead): once what is read may name
     * someone (mayNameSomeone), the shards of the names in it, and then of each part after
     * it, are asked for at once, beside the rest of the draft's reads; tableFor finds them on
     * their way. One per send.
     */
    asRead: () => {
      const read: DraftNames = {};
      let asking = false;
      return (part) => {
        Object.assign(read, part);
        const askedBefore = asking;
        asking = asking || mayNameSomeone(read.body ? read.body.newText : "", (read.attachments || []).map((attachment) => attachment.name));
        // The first time, every part read so far; after it, the new one.
        if (asking) missedBy(kept, (table) => readNamesOf(askedBefore ? part : read, table)).forEach(loadShard);
      };
    },
  };
}
