// Every test evaluates with the surname table in use, as Outlook does once the handler or
// pane has fetched it; test/surnames.test.ts covers the rule without it.
import { romajiKey, SurnameReadings, useSurnameReadings } from "../../src/engine/surnames";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { surnameReadingsText } = require("../../scripts/surname-readings.cjs") as { surnameReadingsText(keyOf: (reading: string) => string): { text: string } };
useSurnameReadings(new SurnameReadings(surnameReadingsText(romajiKey).text));
