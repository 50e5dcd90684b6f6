import { COMMON_SUFFIXES, PublicSuffixList } from "../domains/public-suffix";
import { loadDataFile, type LoadDataOptions } from "./fetch";

declare const __PRESEND_SUFFIX_LIST__: string | undefined;

/**
 * The full Public Suffix List's file name in dist/, content-hashed by the build
 * (scripts/public-suffix-list.cjs) so hosts and Outlook may cache it for good.
 */
export const SUFFIX_LIST_FILE: string =
  typeof __PRESEND_SUFFIX_LIST__ !== "undefined" ? __PRESEND_SUFFIX_LIST__ : "public-suffix-list.txt";

/**
 * Rules from the list's first lines to its last (it is sorted by TLD): a file without one of
 * them is not the list, or a download cut short. Asked instead of counting the rules, which
 * reads the whole file on the first send.
 */
const SPOT_CHECKS = ["ac", "com", "co.jp", "!city.kawasaki.jp", "co.zw"];

/** The list to evaluate with, and why it is not the full one when it is not. */
export interface LoadedSuffixList {
  list: PublicSuffixList;
  problem?: string;
}

/**
 * Fetches the full Public Suffix List. Never rejects: when the list could not
 * be loaded it resolves with a problem and the built-in common suffixes
 * (src/domains/public-suffix.ts) — organisations under rarer suffixes
 * (city.kawasaki.jp) then merge with their neighbours, which only changes how
 * parties are counted. The caller keeps a full list it got for the next send.
 */
export function loadPublicSuffixList(options: LoadDataOptions): Promise<LoadedSuffixList> {
  return loadDataFile({ what: "public suffix list", expected: "the suffix list" }, options, COMMON_SUFFIXES, (text) => {
    const list = new PublicSuffixList(text);
    return SPOT_CHECKS.every((rule) => list.has(rule)) ? list : `not a suffix list (${list.size} rules)`;
  }).then(({ data, problem }) => ({ list: data, problem }));
}
