/** What `npm run bench:lookalike` (scripts/bench-lookalike.mjs) needs from the engine and the fuzzers, in one bundle. */
export { default as lookalikeRule } from "../src/rules/lookalike-domain";
export { describeDomain, findLookalikes, resemblance } from "../src/domains/lookalike";
export { ConsumerMailDomains, registrableDomain } from "../src/domains/organisation";
export { normalizeDomain } from "../src/domains/idn";
export { PublicSuffixList } from "../src/domains/public-suffix";
export { CORE_FUZZERS, permutations } from "./dnstwist-fuzzers";

/**
 * Real organisations' mail domains whose permutations the benchmark checks, as internal
 * domains: Japanese and foreign, names of four letters to fourteen, one a subdomain
 * (jp.fujitsu.com).
 */
export const ORGANISATIONS = [
  "mufg.jp", "sony.co.jp", "smbc.co.jp", "hsbc.co.uk",
  "toyota.co.jp", "hitachi.co.jp", "jp.fujitsu.com", "mizuho-fg.co.jp", "nttdocomo.co.jp", "rakuten.co.jp", "softbank.jp",
  "nomura.co.jp", "panasonic.com", "recruit.co.jp", "nikkei.com", "u-tokyo.ac.jp", "kyoto-u.ac.jp", "jetro.go.jp",
  "microsoft.com", "google.com", "paypal.com", "amazon.co.jp", "apple.com", "barclays.co.uk", "deutsche-bank.de",
  "accenture.com", "salesforce.com",
];

/** Endings tld-swap tries: the common generic and country ones, and the Japanese second-level ones a sender mixes up. */
export const SWAP_TLDS = [
  "com", "net", "org", "info", "biz", "io", "co", "me", "tv", "cc", "xyz", "online", "site", "app", "top", "shop",
  "jp", "co.jp", "ne.jp", "or.jp", "uk", "co.uk", "de", "fr", "it", "es", "nl", "eu", "ru", "cn", "com.cn", "kr", "in",
  "au", "com.au", "ca", "us", "tk", "ml", "ga",
];
