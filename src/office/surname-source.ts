import { NO_SURNAMES, SurnameReadings } from "../engine/surnames";
import { loadDataFile, type LoadDataOptions } from "./fetch";

declare const __PRESEND_SURNAME_READINGS__: string | undefined;

/** The surname table's file name in dist/, content-hashed by the build (scripts/surname-readings.cjs). */
export const SURNAME_READINGS_FILE: string =
  typeof __PRESEND_SURNAME_READINGS__ !== "undefined" ? __PRESEND_SURNAME_READINGS__ : "surname-readings.txt";

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
  /** Why the table could not be loaded. */
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
  }).then(({ data, problem }) => ({ table: data, problem }));
}
