// Every test evaluates with the surname table in use, as Outlook does once the handler or
// pane has fetched it; test/surnames.test.ts covers the rule without it.
import { SurnameReadings, useSurnameReadings } from "../../src/engine/surnames";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { surnameReadingsText } = require("../../scripts/surname-readings.cjs") as { surnameReadingsText(): { text: string } };
useSurnameReadings(new SurnameReadings(surnameReadingsText().text));
