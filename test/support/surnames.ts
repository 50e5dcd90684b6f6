import { romajiKey, SurnameReadings, surnameShardOf } from "../../src/engine/surnames";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { surnameReadingsText } = require("../../scripts/surname-readings.cjs") as { surnameReadingsText(keyOf: (reading: string) => string, shardOf: (name: string) => number): SurnameData };

/**
 * The surname table the build ships, as the handler, the pane and the command line pass it
 * to evaluate once they have it; test/surnames.test.ts covers the rule without it.
 */
export interface SurnameData {
  text: string;
  hash: string;
  /** The parts the event runtime fetches: 0 the keys, 1 + shard a shard's surnames. */
  parts: Array<{ part: number; text: string }>;
}

export const SURNAME_DATA = surnameReadingsText(romajiKey, surnameShardOf);
export const SURNAMES_TEXT = SURNAME_DATA.text;
export const SURNAMES = new SurnameReadings(SURNAMES_TEXT);
