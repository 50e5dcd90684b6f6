import { parsePublicSuffixList, usePublicSuffixList } from "../domains/public-suffix";
import { loadDataFile, type LoadDataOptions } from "./fetch";

declare const __PRESEND_SUFFIX_LIST__: string | undefined;

/**
 * The full Public Suffix List's file name in dist/, content-hashed by the build
 * (scripts/public-suffix-list.cjs) so hosts and Outlook may cache it for good.
 */
export const SUFFIX_LIST_FILE: string =
  typeof __PRESEND_SUFFIX_LIST__ !== "undefined" ? __PRESEND_SUFFIX_LIST__ : "public-suffix-list.txt";

/** Fewer rules than this is not the list (a truncated download, a wrong file). */
const MIN_RULES = 5000;

/**
 * Fetches the full Public Suffix List and puts it in use for every later
 * evaluation, once per runtime (Outlook may keep the runtime for the next
 * send). Never rejects: resolves with a problem when the list could not be
 * loaded, and the built-in common suffixes (src/domains/public-suffix.ts) stay
 * in use — organisations under rarer suffixes (city.kawasaki.jp) then merge
 * with their neighbours, which only changes how parties are counted.
 */
export function loadPublicSuffixList(options: LoadDataOptions): Promise<string | undefined> {
  return loadDataFile({ what: "public suffix list", expected: "the suffix list" }, options, (text) => {
    const list = parsePublicSuffixList(text);
    if (list.size < MIN_RULES || !list.has("com") || !list.has("co.jp")) return `not a suffix list (${list.size} rules)`;
    usePublicSuffixList(list);
    return undefined;
  });
}
