// Every test evaluates with the full Public Suffix List in use, as Outlook does once the
// handler or pane has fetched it; test/public-suffix.test.ts covers the built-in stand-in.
import { PublicSuffixList, usePublicSuffixList } from "../../src/domains/public-suffix";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { publicSuffixListText } = require("../../scripts/public-suffix-list.cjs") as { publicSuffixListText(): { text: string } };
usePublicSuffixList(new PublicSuffixList(publicSuffixListText().text));
