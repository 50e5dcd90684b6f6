import { romajiKey, SurnameReadings } from "../../src/engine/surnames";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { surnameReadingsText } = require("../../scripts/surname-readings.cjs") as { surnameReadingsText(keyOf: (reading: string) => string): { text: string } };

/**
 * The surname table the build ships, as the handler, the pane and the command line pass it
 * to evaluate once they have it; test/surnames.test.ts covers the rule without it.
 */
export const SURNAMES_TEXT = surnameReadingsText(romajiKey).text;
export const SURNAMES = new SurnameReadings(SURNAMES_TEXT);
