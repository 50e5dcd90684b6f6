import { romajiKey, SurnameReadings, surnameShardOf } from "../../src/engine/surnames";
import { surnamePartFiles } from "../../src/office/surname-source";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { surnameReadingsText } = require("../../scripts/surname-readings.cjs") as { surnameReadingsText(keyOf: (reading: string) => string, shardOf: (name: string) => number): SurnameData };

/**
 * The surname table the build ships, as the handler, the pane and the command line pass it
 * to evaluate once they have it; test/surnames.test.ts covers the rule without it.
 */
export interface SurnameData {
  text: string;
  hash: string;
  /** The parts the event runtime fetches: the keys, and each shard's surnames. */
  keys: string;
  shards: Array<{ shard: number; text: string }>;
}

export const SURNAME_DATA = surnameReadingsText(romajiKey, surnameShardOf);
/** The parts' texts by file name (surname-readings.00.txt: no hash outside the build), as a host serves them. */
export const SURNAME_PART_FILES = new Map(surnamePartFiles(SURNAME_DATA).map(({ file, text }) => [file, text]));
export const SURNAMES_TEXT = SURNAME_DATA.text;
export const SURNAMES = new SurnameReadings(SURNAMES_TEXT);
