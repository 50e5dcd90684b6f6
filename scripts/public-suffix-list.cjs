// The Public Suffix List's ICANN section as Presend ships it (src/domains/public-suffix.ts
// reads it): taken from tldts-icann, a well-kept package that follows publicsuffix.org,
// so `npm update tldts-icann` updates the list. Used by the build (dist/ asset), the CLI
// bundle, the jest setup and the bench. CommonJS so jest's setup can require it.
"use strict";
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const { dirname, join } = require("node:path");
const punycode = require("punycode/");

const packageDir = dirname(require.resolve("tldts-icann/package.json"));

/**
 * Every rule of a tldts label trie (`trie`: its dist/cjs/src/data/trie.js) whose node flag
 * passes `keep`, as the list writes it (`co.jp`, `*.kawasaki.jp`, `!city.kawasaki.jp`), in
 * ASCII. The trie's layout is internal, so this reads it defensively and fails loudly if a
 * new version changes it (test/public-suffix.test.ts also compares every answer with
 * tldts-icann's own getDomain).
 */
function trieRules(trie, keep) {
  const { nodeFlags, edgeStart, edgeLength, edgeChild, labelText, rulesRoot, exceptionsRoot } = trie;
  if (!nodeFlags || !edgeStart || typeof labelText !== "string" || rulesRoot === undefined) {
    throw new Error("tldts's trie layout changed: update scripts/public-suffix-list.cjs");
  }
  const edgeOffset = [];
  for (let edge = 0, offset = 0; edge < edgeLength.length; offset += edgeLength[edge], edge++) edgeOffset.push(offset);
  const walk = (node, labels, prefix, out) => {
    if (keep(nodeFlags[node])) out.push(prefix + labels.join("."));
    for (let edge = edgeStart[node]; edge < edgeStart[node + 1]; edge++) {
      const label = labelText.slice(edgeOffset[edge], edgeOffset[edge] + edgeLength[edge]);
      walk(edgeChild[edge], [label, ...labels], prefix, out);
    }
    return out;
  };
  const toAscii = (rule) => rule.split(".").map((label) => (/^[a-z0-9*!_-]*$/.test(label) ? label : punycode.toASCII(label))).join(".");
  return [...new Set([...walk(rulesRoot, [], "", []), ...walk(exceptionsRoot, [], "!", [])].map(toAscii))];
}

/** The ICANN section, from tldts-icann (which holds nothing else). */
function icannRules() {
  const rules = trieRules(require(join(packageDir, "dist/cjs/src/data/trie.js")), Boolean);
  if (rules.length < 5000 || !rules.includes("co.jp") || !rules.includes("!city.kawasaki.jp")) {
    throw new Error(`tldts-icann's trie gave ${rules.length} rules without co.jp or !city.kawasaki.jp: update scripts/public-suffix-list.cjs`);
  }
  return rules;
}

/** Labels right to left, so a TLD's rules sort together. */
function byReversedLabels(a, b) {
  const ra = a.replace(/^!/, "").split(".").reverse().join(".");
  const rb = b.replace(/^!/, "").split(".").reverse().join(".");
  return ra < rb ? -1 : ra > rb ? 1 : a < b ? -1 : 1;
}

/**
 * One line per TLD: `com`, or `jp:,ac,co,*.kawasaki,!city.kawasaki,…` — the rules under
 * the TLD without it, an empty entry for the TLD itself. 26 KB gzip instead of 30 KB for
 * one rule per line. Comment lines start with #.
 */
function encodeRules(rules) {
  const byTld = new Map();
  for (const rule of [...rules].sort(byReversedLabels)) {
    const bare = rule.replace(/^!/, "");
    const tld = bare.slice(bare.lastIndexOf(".") + 1);
    const rest = rule === tld ? "" : rule.slice(0, rule.length - tld.length - 1);
    if (!byTld.has(tld)) byTld.set(tld, []);
    byTld.get(tld).push(rest);
  }
  const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  const lines = [
    `# Public Suffix List, ICANN section (https://publicsuffix.org/, MPL-2.0), from tldts-icann ${version}.`,
    "# Format: one line per TLD, its rules after ':' without the TLD, comma-separated; '' is the TLD itself.",
  ];
  for (const [tld, rests] of byTld) lines.push(rests.length === 1 && rests[0] === "" ? tld : `${tld}:${rests.join(",")}`);
  return `${lines.join("\n")}\n`;
}

let cached;
/** The encoded list and a short content hash for its file name (dist/public-suffix-list.<hash>.txt). */
function publicSuffixListText() {
  if (!cached) {
    const text = encodeRules(icannRules());
    cached = { text, hash: createHash("sha256").update(text).digest("hex").slice(0, 10) };
  }
  return cached;
}

/** Second-level labels that mark a registry's own suffix under a country code (co.jp, ac.uk, com.au…). */
const GENERIC_SECOND_LEVEL = new Set(["ac", "ad", "co", "com", "ed", "edu", "go", "gov", "gr", "lg", "ne", "net", "or", "org"]);
const COMMON_SUFFIXES_FILE = join(__dirname, "..", "src", "domains", "common-suffixes.ts");

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
 * src/domains/common-suffixes.ts: the list's two-label rules with a generic second label
 * (co.jp, lg.jp, co.uk, com.au…) and every .jp rule in the compact form of jpFallbackRules,
 * built into the bundles for when the full list cannot load.
 */
function commonSuffixesSource(rules = icannRules()) {
  const generic = rules.filter((rule) => /^[a-z0-9-]+\.[a-z0-9-]+$/.test(rule) && GENERIC_SECOND_LEVEL.has(rule.split(".")[0]) && !rule.endsWith(".jp"));
  const encoded = encodeRules([...generic, ...jpFallbackRules(rules)]);
  const lines = encoded.split("\n").filter((line) => line && !line.startsWith("#"));
  return [
    "// Generated by `node scripts/public-suffix-list.cjs --write-common` from the Public Suffix List",
    "// (ICANN section, https://publicsuffix.org/, MPL-2.0). Do not edit by hand.",
    "",
    "/** The list's rules under country codes with a generic second label, in its line format. */",
    "export const COMMON_SUFFIX_RULES = `",
    ...lines,
    "`;",
    "",
  ].join("\n");
}

module.exports = { trieRules, icannRules, encodeRules, publicSuffixListText, commonSuffixesSource, COMMON_SUFFIXES_FILE };

if (require.main === module && process.argv.includes("--write-common")) {
  require("node:fs").writeFileSync(COMMON_SUFFIXES_FILE, commonSuffixesSource());
  console.log(`wrote ${COMMON_SUFFIXES_FILE}`);
}
