import { PublicSuffixList } from "../../src/domains/public-suffix";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { publicSuffixListText } = require("../../scripts/public-suffix-list.cjs") as { publicSuffixListText(): { text: string } };

/** The full Public Suffix List's file as the build writes it to dist/. */
export const SUFFIX_LIST_TEXT = publicSuffixListText().text;

/**
 * The full Public Suffix List, as the handler, the pane and the command line pass it to
 * evaluate once they have it; test/public-suffix.test.ts covers the built-in stand-in.
 */
export const FULL_SUFFIXES = new PublicSuffixList(SUFFIX_LIST_TEXT);
