import { afterComments } from "../domains/sorted-records";
import { mayNameSomeoneIn, readNamesOf, type DraftNames } from "../engine/greeting";
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

/** Said of a table, or its keys, that could not be loaded. */
const NO_KANJI_SURNAMES = "kanji surnames were not read";

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
  }).then(({ data, problem }) => ({ table: data, problem: problem && `${problem}; ${NO_KANJI_SURNAMES}` }));
}

/** How many times a draft's names are read again with the shards the last reading missed. */
const SHARD_ROUNDS = 2;

interface LoadedShards {
  shards: Map<number, SurnameReadings>;
  problem?: string;
}

/** One send's use of the table in parts (surnamePartsSource). */
export interface SurnamePartsForSend {
  /**
   * readDraft's onNamesRead: once what is read may name someone (mayNameSomeoneIn), the
   * shards of the names in it, and then of each part after it, are asked for at once,
   * beside the rest of the draft's reads; tableFor finds them on their way.
   */
  onNamesRead(part: DraftNames): void;
  /** The keys and the shards `readNames` asks for, once they are loaded. */
  tableFor(readNames: (table: SurnameReadings) => void): Promise<LoadedSurnameReadings>;
}

/**
 * The surname table in parts, fetched as sends need them and kept for the runtime's later
 * sends: the reading keys (asked for as the event script loads) and the shards of the
 * surnames a draft's names start with, which `readNames` finds by asking the table (the
 * engine's readNamesOf). A shard that cannot be loaded stays out: its names read as no
 * surname, as with no table, and the problem is given. A send asks for a shard once, even
 * one that failed (one that timed out would make it wait twice); a later send asks again.
 */
export function surnamePartsSource(options: (file: string) => LoadDataOptions): { forSend(): SurnamePartsForSend } {
  let kept: SurnameParts | undefined;
  const loadKeys = (): Promise<SurnameParts | string> =>
    kept
      ? Promise.resolve(kept)
      : loadDataFile({ what: "surname keys", expected: "the surname table's keys" }, options(surnamePartFile(SURNAME_KEYS_PART)), NO_SURNAMES, (text) => {
          const keys = new SurnameParts(text);
          return SPOT_KEYS.every((key) => keys.isReading(key)) ? keys : "not the surname table's keys";
        }).then(({ data, problem }) => problem || (data as SurnameParts));
  const loadShard = (shard: number) =>
    loadDataFile({ what: "surname shard", expected: "the surname table's shard" }, options(surnamePartFile(surnameShardPart(shard))), NO_SURNAMES, (text) => {
      const part = new SurnameReadings(text);
      const namesStart = afterComments(text);
      const first = text.slice(namesStart, text.indexOf(" ", namesStart));
      return first && surnameShardOf(first) === shard && part.readingsOf(first).length > 0 ? part : `not shard ${shard} of the surname table`;
    }).then(({ data, problem }) => ({ shard, part: data, problem }));
  /** The shards `readNames` finds missing from `table` (read with a copy: what it misses is this draft's). */
  const shardsMissedBy = (table: SurnameParts | undefined, readNames: (table: SurnameReadings) => void): number[] => {
    const probe = (table || new SurnameParts("")).withShards(new Map());
    readNames(probe);
    return [...probe.missing];
  };

  return {
    forSend: () => {
      /** This send's shard requests, failed ones included. */
      const asked = new Map<number, ReturnType<typeof loadShard>>();
      const ask = (shard: number) => {
        let request = asked.get(shard);
        if (!request) asked.set(shard, (request = loadShard(shard)));
        return request;
      };
      /** The shards the names missed, loaded. */
      const loadMissed = (table: SurnameParts | undefined, readNames: (table: SurnameReadings) => void): Promise<LoadedShards> =>
        Promise.all(shardsMissedBy(table, readNames).map(ask)).then((loaded) => {
          const problems = loaded.filter(({ problem }) => !!problem).map(({ problem }) => problem);
          const shards = new Map(loaded.filter(({ problem }) => !problem).map(({ shard, part }) => [shard, part] as const));
          const problem = problems.length > 0 ? `${problems.join(", ")}; the surnames in ${problems.length > 1 ? "them" : "it"} were not read` : undefined;
          return { shards, problem };
        });
      /** Reads the names again with what came, until nothing is missed, a shard fails, or the rounds are up. */
      const settle = (table: SurnameParts, found: LoadedShards, roundsLeft: number, readNames: (table: SurnameReadings) => void): Promise<LoadedSurnameReadings> => {
        if (found.shards.size > 0) kept = table = table.withShards(found.shards);
        if (found.problem) return Promise.resolve({ table, problem: found.problem });
        if (found.shards.size === 0 || roundsLeft === 0) return Promise.resolve({ table });
        return loadMissed(table, readNames).then((more) => settle(table, more, roundsLeft - 1, readNames));
      };
      const read: DraftNames = {};
      let naming = false;
      return {
        onNamesRead: (part) => {
          Object.assign(read, part);
          const namedBefore = naming;
          naming = naming || mayNameSomeoneIn(read);
          // The first time, every part read so far; after it, the new one.
          if (naming) shardsMissedBy(kept, (table) => readNamesOf(namedBefore ? part : read, table)).forEach(ask);
        },
        // Reading names asks the table for surnames, never for keys: the first shards are asked for beside the keys.
        tableFor: (readNames) =>
          Promise.all([loadKeys(), loadMissed(kept, readNames)]).then(([keys, found]) => {
            if (typeof keys === "string") return { table: NO_SURNAMES, problem: `${keys}; ${NO_KANJI_SURNAMES}` };
            kept = keys;
            return settle(keys, found, SHARD_ROUNDS, readNames);
          }),
      };
    },
  };
}
