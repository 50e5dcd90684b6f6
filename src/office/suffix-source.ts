import { parsePublicSuffixList, usePublicSuffixList } from "../domains/public-suffix";
import { describeError, type Timers } from "./async";
import { fetchText, type FetchLike } from "./fetch";

declare const __PRESEND_SUFFIX_LIST__: string | undefined;

/**
 * The full Public Suffix List's file name in dist/, content-hashed by the build
 * (scripts/public-suffix-list.cjs) so hosts and Outlook may cache it for good.
 */
export const SUFFIX_LIST_FILE: string =
  typeof __PRESEND_SUFFIX_LIST__ !== "undefined" ? __PRESEND_SUFFIX_LIST__ : "public-suffix-list.txt";

/** Fewer rules than this is not the list (a truncated download, a wrong file). */
const MIN_RULES = 5000;

export interface LoadSuffixListOptions {
  url: string;
  timeoutMs: number;
  fetch?: FetchLike;
  timers?: Timers;
}

let loadedFrom: string | undefined;

/**
 * Fetches the full Public Suffix List and puts it in use for every later
 * evaluation, once per runtime (Outlook may keep the runtime for the next
 * send). Never rejects: resolves with a problem when the list could not be
 * loaded, and the built-in common suffixes (src/domains/public-suffix.ts) stay
 * in use — organisations under rarer suffixes (city.kawasaki.jp) then merge
 * with their neighbours, which only changes how parties are counted.
 */
export function loadPublicSuffixList(options: LoadSuffixListOptions): Promise<string | undefined> {
  if (loadedFrom === options.url) return Promise.resolve(undefined);
  const label = `public suffix list ${options.url}`;
  return fetchText(label, options.url, { fetch: options.fetch, timeoutMs: options.timeoutMs, timers: options.timers, cache: "default", expected: "the suffix list" }).then(
    (text) => {
      const list = parsePublicSuffixList(text);
      if (list.size < MIN_RULES || !list.has("com") || !list.has("co.jp")) {
        return `${label}: not a suffix list (${list.size} rules)`;
      }
      usePublicSuffixList(list);
      loadedFrom = options.url;
      return undefined;
    },
    (error) => describeError(error),
  );
}
