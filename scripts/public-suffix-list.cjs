// The Public Suffix List as Presend ships it (src/domains/public-suffix.ts reads it): the
// list's own file from publicsuffix.org, committed as data/public_suffix_list.dat (MPL-2.0),
// its ICANN section written in a form the lookup uses as fetched. Used by the build (dist/
// asset), the CLI bundle, the jest setup and the benches. CommonJS so jest's setup can require it.
//
//   node scripts/public-suffix-list.cjs --update [--from FILE]
//       fetches https://publicsuffix.org/list/public_suffix_list.dat (or takes FILE, a copy
//       of it), checks it, writes data/public_suffix_list.dat and src/domains/common-suffixes.ts.
//   node scripts/public-suffix-list.cjs --write-common
//       writes src/domains/common-suffixes.ts from the committed list.
"use strict";
const { createHash } = require("node:crypto");
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const punycode = require("punycode/");

const LIST_URL = "https://publicsuffix.org/list/public_suffix_list.dat";
const DAT_FILE = join(__dirname, "..", "data", "public_suffix_list.dat");
const COMMON_SUFFIXES_FILE = join(__dirname, "..", "src", "domains", "common-suffixes.ts");

/**
 * The rules of one section of the list's text (`ICANN` or `PRIVATE`), in ASCII, as the
 * list writes them (`co.jp`, `*.kawasaki.jp`, `!city.kawasaki.jp`): each line up to its
 * first whitespace, comments skipped (publicsuffix.org's format).
 */
function sectionRules(text, section) {
  const begin = text.indexOf(`// ===BEGIN ${section} DOMAINS===`);
  const end = text.indexOf(`// ===END ${section} DOMAINS===`);
  if (begin < 0 || end < begin) throw new Error(`not the Public Suffix List: no ${section} section`);
  const toAscii = (rule) => rule.split(".").map((label) => (/^[a-z0-9*!_-]*$/.test(label) ? label : punycode.toASCII(label))).join(".");
  const rules = [];
  for (const line of text.slice(begin, end).split("\n")) {
    const rule = line.trim().split(/\s/)[0];
    if (rule && !rule.startsWith("//")) rules.push(toAscii(rule));
  }
  return [...new Set(rules)];
}

/** Fewer ICANN rules than this, or none of these, is not the list. */
function checkIcannRules(rules, origin) {
  if (rules.length < 5000 || !rules.includes("co.jp") || !rules.includes("!city.kawasaki.jp")) {
    throw new Error(`${origin} gave ${rules.length} ICANN rules without co.jp or !city.kawasaki.jp: not the Public Suffix List`);
  }
  return rules;
}

const listText = () => readFileSync(DAT_FILE, "utf8");

/** The ICANN section of the committed list. */
function icannRules(text = listText()) {
  return checkIcannRules(sectionRules(text, "ICANN"), "data/public_suffix_list.dat");
}

/** The PRIVATE section of the committed list (names companies give out: github.io, blogspot.com). */
function privateRules() {
  return sectionRules(listText(), "PRIVATE");
}

/**
 * One line per TLD, the lines in order of their TLD and each line's rules in order
 * (UTF-16 code units, as JavaScript compares strings): `com`, or
 * `jp:,!city.kawasaki,*.kawasaki,ac,co,…` — the rules under the TLD without it, comma-separated,
 * an empty first entry when the TLD itself is a rule. The lookup (src/domains/public-suffix.ts)
 * binary-searches the text as fetched, so it is never parsed. 23 KB gzip. Comment lines start with #.
 */
function encodeRules(rules, source) {
  const byTld = new Map();
  for (const rule of rules) {
    const bare = rule.replace(/^!/, "");
    const tld = bare.slice(bare.lastIndexOf(".") + 1);
    const rest = rule === tld ? "" : rule.slice(0, rule.length - tld.length - 1);
    if (!byTld.has(tld)) byTld.set(tld, []);
    byTld.get(tld).push(rest);
  }
  const lines = [
    `# Public Suffix List, ICANN section (https://publicsuffix.org/, MPL-2.0), ${source}.`,
    "# Format: one line per TLD, its rules after ':' without the TLD, comma-separated; '' is the TLD itself. Lines and rules sorted.",
  ];
  for (const tld of [...byTld.keys()].sort()) {
    const rests = byTld.get(tld).sort();
    lines.push(rests.length === 1 && rests[0] === "" ? tld : `${tld}:${rests.join(",")}`);
  }
  return `${lines.join("\n")}\n`;
}

let cached;
/** The encoded list and a short content hash for its file name (dist/public-suffix-list.<hash>.txt). */
function publicSuffixListText() {
  if (!cached) {
    const dat = listText();
    const source = `data/public_suffix_list.dat sha256 ${createHash("sha256").update(dat).digest("hex").slice(0, 16)}`;
    const text = encodeRules(icannRules(dat), source);
    cached = { text, hash: createHash("sha256").update(text).digest("hex").slice(0, 10) };
  }
  return cached;
}

/** Second-level labels that mark a registry's own suffix under a country code (co.jp, ac.uk, com.au…). */
const GENERIC_SECOND_LEVEL = new Set(["ac", "ad", "co", "com", "ed", "edu", "go", "gov", "gr", "lg", "ne", "net", "or", "org"]);

/**
 * Labels under a Japanese prefecture's domain that are not municipalities: pref.aichi.jp is
 * the prefectural government's own registrable domain, metro.tokyo.jp the Tokyo government's.
 */
const JP_PREFECTURE_OFFICES = { "*": ["pref"], tokyo: ["metro"] };

/**
 * Every .jp rule in a few: the list's .jp section is the 9 generic second levels, the 47
 * prefectures (in ASCII and in kanji), 1,687 municipalities under them, and 7 designated
 * cities written as `*.kobe.jp` with `!city.kobe.jp`. The municipalities are 26 KB on their
 * own; `*.aichi.jp` with `!pref.aichi.jp` gives the same answer for each of them and for the
 * prefecture's office in 3 rules. A name under a prefecture that is neither (a company at
 * example.aichi.jp, rare since co.jp) counts as its own organisation, never merged with another.
 */
function jpFallbackRules(rules) {
  const jp = rules.filter((rule) => rule === "jp" || rule.replace(/^!/, "").endsWith(".jp"));
  const twoLabels = jp.filter((rule) => /^[a-z0-9-]+\.jp$/.test(rule));
  const parentsOfMunicipalities = new Set(jp.filter((rule) => /^[a-z0-9-]+\.[a-z0-9-]+\.jp$/.test(rule)).map((rule) => rule.slice(rule.indexOf(".") + 1)));
  const out = ["jp", ...twoLabels];
  for (const prefecture of parentsOfMunicipalities) {
    const name = prefecture.slice(0, -3);
    out.push(`*.${prefecture}`);
    for (const office of [...JP_PREFECTURE_OFFICES["*"], ...(JP_PREFECTURE_OFFICES[name] || [])]) out.push(`!${office}.${prefecture}`);
  }
  // The designated cities' own wildcards and exceptions, as the list writes them.
  for (const rule of jp) if (/^[*!]/.test(rule)) out.push(rule);
  return [...new Set(out)];
}

/**
 * Where the built-in rules may answer otherwise than the full list, in the list's line
 * format. A domain's answer can differ only where a rule one list has and the other lacks
 * could match it: under the same TLD and second label (or a wildcard second label). So a
 * TLD's gap is the second labels of those rules (`at:ac,gv`; under jp the prefectures, whose
 * municipalities jpFallbackRules folds into a wildcard), or, where that is the shorter text,
 * the whole TLD but the second labels no such rule touches among the built-in's own and the
 * mailbox providers' (`no`, `uk:,!ac,!co,!gov,!hotmail,!live,!net,!org,!yahoo`): lookalike-domain
 * compares every mail's recipients with the providers. A send whose domains all lie
 * outside the gaps needs no download of the full list (test/public-suffix.test.ts checks
 * that the two agree there, under every rule).
 */
function commonSuffixGaps(rules, builtIn, providers) {
  const byTld = (list) => {
    const out = new Map();
    for (const rule of list) {
      const labels = rule.replace(/^!/, "").split(".");
      const tld = labels[labels.length - 1];
      if (!out.has(tld)) out.set(tld, new Map());
      out.get(tld).set(rule, labels.length > 1 ? labels[labels.length - 2] : undefined);
    }
    return out;
  };
  const full = byTld(rules);
  const common = byTld(builtIn);
  const gaps = [];
  for (const tld of new Set([...full.keys(), ...common.keys()])) {
    const fullRules = full.get(tld) || new Map();
    const commonRules = common.get(tld) || new Map();
    const touched = new Set();
    for (const [one, other] of [[fullRules, commonRules], [commonRules, fullRules]]) {
      for (const [rule, second] of one) if (second !== undefined && !other.has(rule)) touched.add(second);
    }
    if (touched.size === 0) continue;
    const providerLabels = providers.filter((domain) => domain.endsWith(`.${tld}`)).map((domain) => domain.split(".").slice(-2)[0]);
    const exempt = [...new Set([...commonRules.values(), ...providerLabels])].filter((second) => second !== undefined && !touched.has(second));
    const bytes = (labels) => labels.reduce((sum, label) => sum + label.length + 2, 0);
    if (!touched.has("*") && bytes([...touched]) <= bytes(exempt)) {
      for (const second of touched) gaps.push(`${second}.${tld}`);
    } else {
      gaps.push(tld, ...exempt.map((second) => `!${second}.${tld}`));
    }
  }
  return encodeRules(gaps, "").split("\n").filter((line) => line && !line.startsWith("#"));
}

/**
 * src/domains/common-suffixes.ts: the list's two-label rules with a generic second label
 * (co.jp, lg.jp, co.uk, com.au…) and every .jp rule in the compact form of jpFallbackRules,
 * built into the bundles for when the full list cannot load or is not needed, and where
 * they may answer otherwise than the full list (commonSuffixGaps).
 */
function commonSuffixesSource(rules, providers) {
  const generic = rules.filter((rule) => /^[a-z0-9-]+\.[a-z0-9-]+$/.test(rule) && GENERIC_SECOND_LEVEL.has(rule.split(".")[0]) && !rule.endsWith(".jp"));
  const builtIn = [...generic, ...jpFallbackRules(rules)];
  const lines = encodeRules(builtIn, "").split("\n").filter((line) => line && !line.startsWith("#"));
  return [
    "// Generated by `node scripts/public-suffix-list.cjs --write-common` from the Public Suffix List",
    "// (data/public_suffix_list.dat: ICANN section, https://publicsuffix.org/, MPL-2.0). Do not edit by hand.",
    "",
    "/** The list's rules under country codes with a generic second label, in its line format. */",
    "export const COMMON_SUFFIX_RULES = `",
    ...lines,
    "`;",
    "",
    "/** Where COMMON_SUFFIX_RULES may answer otherwise than the full list: whole TLDs, and prefectures under jp. */",
    "export const COMMON_SUFFIX_GAPS = `",
    ...commonSuffixGaps(rules, builtIn, providers),
    "`;",
    "",
  ].join("\n");
}

/** The mailbox providers' domains (src/domains/consumer.ts), read as the build reads the project's TypeScript. */
function consumerMailDomains() {
  return require("tsx/cjs/api").require("../src/domains/consumer.ts", __filename).CONSUMER_MAIL_DOMAINS;
}

/** Fetches the list from publicsuffix.org (or reads `from`), checks it and writes it with the common suffixes made from it. */
async function update(from) {
  let text;
  if (from) {
    text = readFileSync(from, "utf8");
  } else {
    const response = await fetch(LIST_URL);
    if (!response.ok) throw new Error(`${LIST_URL}: HTTP ${response.status}`);
    text = await response.text();
  }
  const rules = checkIcannRules(sectionRules(text, "ICANN"), from || LIST_URL);
  writeFileSync(DAT_FILE, text);
  writeFileSync(COMMON_SUFFIXES_FILE, commonSuffixesSource(rules, consumerMailDomains()));
  console.log(`wrote ${DAT_FILE} (${rules.length} ICANN rules, ${sectionRules(text, "PRIVATE").length} private) and ${COMMON_SUFFIXES_FILE}`);
}

module.exports = { icannRules, privateRules, encodeRules, publicSuffixListText, commonSuffixesSource, COMMON_SUFFIXES_FILE };

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === "--update" && (args.length === 1 || (args.length === 3 && args[1] === "--from"))) {
    update(args[2]).catch((error) => {
      console.error(`public-suffix-list: ${error.message}`);
      process.exitCode = 1;
    });
  } else if (args.length === 1 && args[0] === "--write-common") {
    writeFileSync(COMMON_SUFFIXES_FILE, commonSuffixesSource(icannRules(), consumerMailDomains()));
    console.log(`wrote ${COMMON_SUFFIXES_FILE}`);
  } else {
    console.error("usage: node scripts/public-suffix-list.cjs --update [--from FILE] | --write-common");
    process.exitCode = 2;
  }
}
