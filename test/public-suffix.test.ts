import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toASCII, toUnicode } from "punycode/punycode.js";
import { getDomain, getPublicSuffix } from "tldts-icann";
import { COMMON_SUFFIX_RULES } from "../src/domains/common-suffixes";
import { CONSUMER_MAIL_DOMAINS } from "../src/domains/consumer";
import { COMMON_SUFFIXES, commonSuffixes, PublicSuffixList } from "../src/domains/public-suffix";
import { evaluate, parsePolicy } from "../src/check";
import { makeDraft } from "../src/engine/draft";
import type { FetchLike } from "../src/office/fetch";
import { loadPublicSuffixList } from "../src/office/suffix-source";
import { respond } from "./support/fetch-response";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const suffixData = require("../scripts/public-suffix-list.cjs") as {
  icannRules(): string[];
  encodeRules(rules: string[], source: string): string;
  publicSuffixListText(): { text: string; hash: string };
  commonSuffixesSource(rules: string[], providers: readonly string[]): string;
  COMMON_SUFFIXES_FILE: string;
};

const rules = suffixData.icannRules();
const full = new PublicSuffixList(suffixData.publicSuffixListText().text);

/** tldts-icann's answer for an ASCII domain (it keeps IDN rules in Unicode), in ASCII. */
function tldtsRegistrable(ascii: string): string {
  const unicode = ascii
    .split(".")
    .map((label) => (label.startsWith("xn--") ? toUnicode(label) : label))
    .join(".");
  const domain = getDomain(unicode, { allowPrivateDomains: false, validateHostname: false });
  return domain === null ? ascii : toASCII(domain);
}

/**
 * Rules on which the oracle and the committed list differ because one of them is newer:
 * tldts-icann 7.4.16 still has ia.bo, which publicsuffix.org has removed since. Domains
 * under them are not compared; when both are current this list is empty.
 */
const ORACLE_DRIFT = ["ia.bo"];
const underDrift = (domain: string) => ORACLE_DRIFT.some((rule) => domain === rule || domain.endsWith(`.${rule}`));

describe("the shipped Public Suffix List", () => {
  it("is publicsuffix.org's file, with both sections", () => {
    const dat = readFileSync(join(__dirname, "..", "data", "public_suffix_list.dat"), "utf8");
    expect(dat).toMatch(/^\/\/ This Source Code Form is subject to the terms of the Mozilla Public\n\/\/ License, v\. 2\.0\./);
    for (const marker of ["BEGIN ICANN", "END ICANN", "BEGIN PRIVATE", "END PRIVATE"]) expect(dat).toContain(`// ===${marker} DOMAINS===`);
  });

  it("holds every ICANN rule of it, in ASCII, and nothing else", () => {
    expect(full.size).toBe(rules.length);
    expect(rules.length).toBeGreaterThan(6500);
    for (const rule of ["com", "co.jp", "lg.jp", "*.kawasaki.jp", "!city.kawasaki.jp", "xn--55qx5d.xn--j6w193g", "*.ck", "!www.ck"]) {
      expect(rules).toContain(rule);
    }
    expect(rules.filter((rule) => !/^[!*a-z0-9.-]+$/.test(rule) || !full.has(rule))).toEqual([]);
    // From the private section, and not rules at all.
    for (const rule of ["github.io", "blogspot.com", "example.co.jp", "*.co.jp", "!co.jp", "jp.co", "c", "xn--"]) expect(full.has(rule)).toBe(false);
  });

  it("differs from the oracle only where one of them is newer", () => {
    expect(getPublicSuffix("x.ia.bo", { allowPrivateDomains: false })).toBe("ia.bo");
    expect(full.has("ia.bo")).toBe(false);
  });

  it("gives tldts-icann's registrable domain under every rule", () => {
    const disagreements: string[] = [];
    for (const rule of rules) {
      const bare = rule.replace(/^!/, "").replace(/^\*/, "wild");
      for (const domain of [bare, `mail.${bare}`, `sales.example.${bare}`]) {
        if (underDrift(domain)) continue;
        const expected = tldtsRegistrable(domain);
        if (full.registrableDomain(domain) !== expected) disagreements.push(`${domain}: ${full.registrableDomain(domain)} ≠ ${expected}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("agrees with tldts-icann on domains made of the list's own labels", () => {
    const labels = Array.from(new Set(rules.flatMap((rule) => rule.replace(/^[!*]\.?/, "").split(".")))).filter(Boolean);
    const domain = fc.array(fc.constantFrom(...labels, "example", "sales", "city", "www"), { minLength: 1, maxLength: 5 }).map((parts) => parts.join("."));
    fc.assert(
      fc.property(domain, (d) => underDrift(d) || full.registrableDomain(d) === tldtsRegistrable(d)),
      { numRuns: 5000 },
    );
  });
});

describe("PublicSuffixList", () => {
  const list = new PublicSuffixList(suffixData.encodeRules(["jp", "co.jp", "*.kawasaki.jp", "!city.kawasaki.jp", "uk", "co.uk", "*.ck", "!www.ck"], "a test"));

  it.each([
    ["sales.example.co.jp", "co.jp", "example.co.jp"],
    ["example.co.jp", "co.jp", "example.co.jp"],
    ["co.jp", "co.jp", "co.jp"],
    ["foo.bar.kawasaki.jp", "bar.kawasaki.jp", "foo.bar.kawasaki.jp"],
    ["www.city.kawasaki.jp", "kawasaki.jp", "city.kawasaki.jp"],
    ["example.test", "test", "example.test"],
    ["a.b.ck", "b.ck", "a.b.ck"],
    ["www.ck", "ck", "www.ck"],
    ["ck", "ck", "ck"],
    ["jp", "jp", "jp"],
    ["localhost", "localhost", "localhost"],
    ["", "", ""],
  ])("%s: suffix %s, registrable %s", (domain, suffix, registrable) => {
    expect(list.publicSuffix(domain)).toBe(suffix);
    expect(list.registrableDomain(domain)).toBe(registrable);
  });

  it("reads the sorted line format as it is: the TLD itself as an empty first entry, comments skipped", () => {
    const text = "# comment\n# another\nck:!www,*\ncom\njp:,!city.kawasaki,*.kawasaki,co\n\n";
    const written = suffixData.encodeRules(["com", "jp", "co.jp", "*.kawasaki.jp", "!city.kawasaki.jp", "*.ck", "!www.ck"], "x");
    expect(written.slice(written.indexOf("\nck:") + 1)).toBe(text.slice(text.indexOf("ck:"), -1));
    const read = new PublicSuffixList(text);
    expect(read.size).toBe(7);
    for (const rule of ["com", "jp", "co.jp", "*.kawasaki.jp", "!city.kawasaki.jp", "*.ck", "!www.ck"]) expect(read.has(rule)).toBe(true);
    for (const rule of ["ck", "co", "kawasaki.jp", "city.kawasaki.jp", "*.jp", "#"]) expect(read.has(rule)).toBe(false);
    expect(new PublicSuffixList("").size).toBe(0);
    expect(new PublicSuffixList("# only a comment\n").registrableDomain("a.example.com")).toBe("example.com");
  });
});

describe("node scripts/public-suffix-list.cjs --update", () => {
  it("refuses a file that is not the list, and leaves the committed one", () => {
    const before = readFileSync(join(__dirname, "..", "data", "public_suffix_list.dat"), "utf8");
    const run = spawnSync(process.execPath, [join(__dirname, "..", "scripts", "public-suffix-list.cjs"), "--update", "--from", join(__dirname, "..", "package.json")], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("not the Public Suffix List: no ICANN section");
    expect(readFileSync(join(__dirname, "..", "data", "public_suffix_list.dat"), "utf8")).toBe(before);
  });
});

describe("the built-in common suffixes", () => {
  it("are current: node scripts/public-suffix-list.cjs --write-common", () => {
    expect(readFileSync(suffixData.COMMON_SUFFIXES_FILE, "utf8")).toBe(suffixData.commonSuffixesSource(rules, CONSUMER_MAIL_DOMAINS));
  });

  it("are rules of the full list, and give its answer for ordinary company and government domains", () => {
    expect(COMMON_SUFFIXES.size).toBeGreaterThan(500);
    for (const domain of ["sales.example.co.jp", "city.example.lg.jp", "mail.example.ac.jp", "example.co.uk", "shop.example.com.au", "example.com", "x.example.org"]) {
      expect(COMMON_SUFFIXES.registrableDomain(domain)).toBe(full.registrableDomain(domain));
    }
  });

  it("give the full list's organisation under every .jp rule; under a prefecture, a host of an unlisted one may only split off, never merge", () => {
    const jpRules = suffixData.icannRules().filter((rule) => rule === "jp" || rule.replace(/^!/, "").endsWith(".jp"));
    expect(jpRules.length).toBeGreaterThan(1700);
    const prefectures = new Set(jpRules.filter((rule) => /^[a-z0-9-]+\.[a-z0-9-]+\.jp$/.test(rule)).map((rule) => rule.slice(rule.indexOf(".") + 1)));
    expect(prefectures.size).toBe(47);
    const wrong: string[] = [];
    for (const rule of jpRules) {
      // An organisation directly under the rule (under a wildcard: one label deeper; an exception is itself one), and a host there.
      const under = rule.startsWith("*.") ? `x.${rule.slice(2)}` : rule.replace(/^!/, "");
      for (const domain of [`example.${under}`, `mail.example.${under}`]) {
        const expected = full.registrableDomain(domain);
        const got = COMMON_SUFFIXES.registrableDomain(domain);
        const splitsOff = prefectures.has(rule) && domain.startsWith("mail.") && got === domain && got.endsWith(`.${expected}`);
        if (got !== expected && !splitsOff) wrong.push(`${domain}: ${got}, not ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("know the prefectural and Tokyo governments' own domains and the designated cities' offices", () => {
    for (const domain of ["www.pref.aichi.jp", "mail.metro.tokyo.jp", "www.city.kawasaki.jp", "www.city.kobe.jp", "mail.example.aisai.aichi.jp", "x.kita.osaka.jp"]) {
      expect(COMMON_SUFFIXES.registrableDomain(domain)).toBe(full.registrableDomain(domain));
    }
  });

  it("answer as the full list for every domain outside their gaps, under every rule of either list", () => {
    const builtInRules = commonSuffixes();
    const wrong: string[] = [];
    let outside = 0;
    for (const rule of new Set([...rules, ...suffixData.icannRules().filter((r) => builtInRules.has(r))])) {
      const under = rule.startsWith("*.") ? `x.${rule.slice(2)}` : rule.replace(/^!/, "");
      const tld = under.slice(under.lastIndexOf(".") + 1);
      for (const domain of [under, `example.${under}`, `mail.example.${under}`, `example.${tld}`]) {
        const fresh = commonSuffixes();
        const got = fresh.registrableDomain(domain);
        if (fresh.metGap) continue;
        outside++;
        if (got !== full.registrableDomain(domain)) wrong.push(`${domain}: ${got}, not ${full.registrableDomain(domain)}`);
      }
    }
    expect(wrong).toEqual([]);
    // Most of the list's own names lie outside: the gaps are no blanket.
    expect(outside).toBeGreaterThan(rules.length);
  });

  it("meet no gap for the domains most mail from Japan goes to, and one for names the full list may cut elsewhere", () => {
    const metGap = (domain: string) => {
      const list = commonSuffixes();
      list.registrableDomain(domain);
      return list.metGap;
    };
    // lookalike-domain compares every mail's recipients with the mailbox providers.
    const ordinary = ["sales.example.co.jp", "example.jp", "mail.example.ne.jp", "city.example.lg.jp", "www.city.yokohama.jp", "example.com", "example.co.uk", "shop.example.com.au", "example.de", "example.com.cn", ...CONSUMER_MAIL_DOMAINS];
    expect(ordinary.filter(metGap)).toEqual([]);
    const rarer = ["example.aisai.aichi.jp", "www.pref.aichi.jp", "example.ltd.uk", "www.school.pvt.k12.ma.us", "example.no", "example.edu.au"];
    expect(rarer.filter((domain) => !metGap(domain))).toEqual([]);
  });

  it("note a gap for the list that met it only, and keep noting it", () => {
    const list = commonSuffixes();
    const other = commonSuffixes();
    list.registrableDomain("example.no");
    list.registrableDomain("example.co.jp");
    other.registrableDomain("example.co.jp");
    expect([list.metGap, other.metGap]).toEqual([true, false]);
    expect(full.metGap).toBe(false);
  });

  it("group coarser under rarer suffixes elsewhere, never finer", () => {
    // pvt.k12.ma.us is a suffix in the full list; the stand-in merges what is under it into one organisation.
    expect(full.registrableDomain("www.school.pvt.k12.ma.us")).toBe("school.pvt.k12.ma.us");
    expect(COMMON_SUFFIXES.registrableDomain("www.school.pvt.k12.ma.us")).toBe("ma.us");
  });
});

describe("loadPublicSuffixList", () => {
  const URL = "https://addin.example.com/public-suffix-list.abc.txt";
  const text = suffixData.publicSuffixListText().text;

  it("resolves with the full list, fetched with the HTTP cache allowed", async () => {
    const requests: Array<{ url: string; cache?: string }> = [];
    const fetch: FetchLike = (url, init) => {
      requests.push({ url, cache: init?.cache });
      return Promise.resolve(respond(text));
    };
    const loaded = await loadPublicSuffixList({ url: URL, timeoutMs: 1000, fetch });
    expect(loaded.problem).toBeUndefined();
    expect(loaded.list.size).toBe(full.size);
    expect(loaded.list.registrableDomain("www.school.pvt.k12.ma.us")).toBe("school.pvt.k12.ma.us");
    // The file name carries its content hash, so the HTTP cache may answer.
    expect(requests).toEqual([{ url: URL, cache: "default" }]);
  });

  it.each<[string, FetchLike | undefined, RegExp]>([
    ["no fetch in the runtime", undefined, /not fetched \(no fetch in this runtime\)/],
    ["an HTTP error", () => Promise.resolve({ ...respond(""), ok: false, status: 404 }), /HTTP 404/],
    ["the web server's HTML page", () => Promise.resolve(respond("<!doctype html><p>hi", "text/html")), /got an HTML page instead of the suffix list/],
    ["a truncated file", () => Promise.resolve(respond(text.slice(0, 2000))), /not a suffix list \(\d+ rules\)/],
    ["a file cut short before its last TLD", () => Promise.resolve(respond(text.slice(0, text.lastIndexOf("\nzw")))), /not a suffix list \(\d+ rules\)/],
    ["the common suffixes instead of the list", () => Promise.resolve(respond(COMMON_SUFFIX_RULES)), /not a suffix list \(\d+ rules\)/],
    ["a network failure", () => Promise.reject(new TypeError("Failed to fetch")), /Failed to fetch/],
  ])("resolves with the common suffixes on %s, and says why", async (_name, fetch, problem) => {
    const loaded = await loadPublicSuffixList({ url: URL, timeoutMs: 1000, fetch });
    expect(loaded.problem).toMatch(problem);
    expect(loaded.problem).toContain(`public suffix list ${URL}`);
    expect(loaded.list).toBe(COMMON_SUFFIXES);
  });
});

describe("the list an evaluation is given", () => {
  const policy = (() => {
    const result = parsePolicy({ internalDomains: ["example.co.jp"] });
    if (!result.ok) throw new Error(result.errors.join("; "));
    return result.policy;
  })();
  const draft = makeDraft({ from: "me@example.co.jp", to: ["teacher@www.school.pvt.k12.ma.us"] });

  it("is the one organisations are cut at; loading a list puts nothing in use", async () => {
    const organisationWith = (suffixes?: PublicSuffixList) => evaluate(draft, policy, [], { suffixes }).recipients[0].party.organisation;
    expect(organisationWith(full)).toBe("school.pvt.k12.ma.us");
    await loadPublicSuffixList({ url: "https://addin.example.com/l.txt", timeoutMs: 1000, fetch: () => Promise.resolve(respond(suffixData.publicSuffixListText().text)) });
    expect(organisationWith(COMMON_SUFFIXES)).toBe("ma.us");
    expect(organisationWith()).toBe("ma.us");
  });

  it("judges a policy's internal domains: a deep public suffix is refused with the full list", () => {
    const deep = { internalDomains: ["*.pvt.k12.ma.us"] };
    expect(parsePolicy(deep, full).ok).toBe(false);
    expect(parsePolicy(deep).ok).toBe(true);
  });
});
