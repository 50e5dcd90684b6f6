import { SurnameReadings, useSurnameReadings } from "../engine/surnames";
import { loadDataFile, type LoadDataOptions } from "./fetch";

declare const __PRESEND_SURNAME_READINGS__: string | undefined;

/** The surname table's file name in dist/, content-hashed by the build (scripts/surname-readings.cjs). */
export const SURNAME_READINGS_FILE: string =
  typeof __PRESEND_SURNAME_READINGS__ !== "undefined" ? __PRESEND_SURNAME_READINGS__ : "surname-readings.txt";

/** Fewer surnames than this is not the table (a truncated download, a wrong file). */
const MIN_SURNAMES = 5000;

/** Tables already in use, by URL: a runtime Outlook keeps for the next send fetches each once. */
const loadedTables: string[] = [];

/**
 * Fetches the table of Japanese surnames and their readings and puts it in use for every
 * later evaluation, once per runtime. Never rejects: without it addressee-mismatch cannot
 * read kanji surnames in addresses, and stays silent where it would need to.
 */
export function loadSurnameReadings(options: LoadDataOptions): Promise<string | undefined> {
  if (loadedTables.indexOf(options.url) >= 0) return Promise.resolve(undefined);
  return loadDataFile({ what: "surname table", expected: "the surname table" }, options, (text) => {
    const table = new SurnameReadings(text);
    const sato = table.readingsOf("佐藤");
    // Both parts of the file: the surnames and, after them, the keys.
    if (table.size < MIN_SURNAMES || sato.length === 0 || !table.isReading(sato[0])) return `not the surname table (${table.size} surnames)`;
    useSurnameReadings(table);
    loadedTables.push(options.url);
    return undefined;
  });
}
