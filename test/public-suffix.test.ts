import fc from "fast-check";
import { readFileSync } from "node:fs";
import { toASCII, toUnicode } from "punycode/punycode.js";
import { getDomain } from "tldts-icann";
import {
  COMMON_SUFFIXES,
  parsePublicSuffixList,
  publicSuffixList,
  PublicSuffixList,
} from "../src/domains/public-suffix";
import type { FetchLike } from "../src/office/fetch";
import { respond } from "./support/fetch-response";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const suffixData = require("../scripts/public-suffix-list.cjs") as {
  icannRules(): string[];
  publicSuffixListText(): { text: string; hash: string };
  commonSuffixesSource(): string;
  COMMON_SUFFIXES_FILE: string;
};

const rules = suffixData.icannRules();
const full = parsePublicSuffixList(suffixData.publicSuffixListText().text);

/** tldts-icann's answer for an ASCII domain (it keeps IDN rules in Unicode), in ASCII. */
function tldtsRegistrable(ascii: string): string {
  const unicode = ascii
    .split(".")
    .map((label) => (label.startsWith("xn--") ? toUnicode(label) : label))
    .join(".");
  const domain = getDomain(unicode, { allowPrivateDomains: false, validateHostname: false });
  return domain === null ? ascii : toASCII(domain);
}

describe("the shipped Public Suffix List", () => {
  it("holds every ICANN rule of tldts-icann, in ASCII", () => {
    expect(full.size).toBe(rules.length);
    expect(rules.length).toBeGreaterThan(6500);
    for (const rule of ["com", "co.jp", "lg.jp", "*.kawasaki.jp", "!city.kawasaki.jp", "xn--55qx5d.xn--j6w193g"]) {
      expect(full.has(rule)).toBe(true);
    }
    for (const rule of rules) expect(rule).toMatch(/^[!*a-z0-9.-]+$/);
  });

  it("gives tldts-icann's registrable domain under every rule", () => {
    const disagreements: string[] = [];
    for (const rule of rules) {
      const bare = rule.replace(/^!/, "").replace(/^\*/, "wild");
      for (const domain of [bare, `mail.${bare}`, `sales.example.${bare}`]) {
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
      fc.property(domain, (d) => full.registrableDomain(d) === tldtsRegistrable(d)),
      { numRuns: 5000 },
    );
  });

  it("is the list the jest setup put in use", () => {
    expect(publicSuffixList().size).toBe(full.size);
  });
});

describe("PublicSuffixList", () => {
  const list = new PublicSuffixList(["jp", "co.jp", "*.kawasaki.jp", "!city.kawasaki.jp", "uk", "co.uk"]);

  it.each([
    ["sales.example.co.jp", "co.jp", "example.co.jp"],
    ["example.co.jp", "co.jp", "example.co.jp"],
    ["co.jp", "co.jp", "co.jp"],
    ["foo.bar.kawasaki.jp", "bar.kawasaki.jp", "foo.bar.kawasaki.jp"],
    ["www.city.kawasaki.jp", "kawasaki.jp", "city.kawasaki.jp"],
    ["example.test", "test", "example.test"],
    ["localhost", "localhost", "localhost"],
    ["", "", ""],
  ])("%s: suffix %s, registrable %s", (domain, suffix, registrable) => {
    expect(list.publicSuffix(domain)).toBe(suffix);
    expect(list.registrableDomain(domain)).toBe(registrable);
  });

  it("reads the line format: the TLD itself as an empty entry, comments skipped", () => {
    const parsed = parsePublicSuffixList("# comment\ncom\njp:,co,*.kawasaki,!city.kawasaki\n\n");
    expect(parsed.size).toBe(5);
    for (const rule of ["com", "jp", "co.jp", "*.kawasaki.jp", "!city.kawasaki.jp"]) expect(parsed.has(rule)).toBe(true);
  });
});

describe("the built-in common suffixes", () => {
  it("are current: node scripts/public-suffix-list.cjs --write-common", () => {
    expect(readFileSync(suffixData.COMMON_SUFFIXES_FILE, "utf8")).toBe(suffixData.commonSuffixesSource());
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

  it("group coarser under rarer suffixes elsewhere, never finer", () => {
    // pvt.k12.ma.us is a suffix in the full list; the stand-in merges what is under it into one organisation.
    expect(full.registrableDomain("www.school.pvt.k12.ma.us")).toBe("school.pvt.k12.ma.us");
    expect(COMMON_SUFFIXES.registrableDomain("www.school.pvt.k12.ma.us")).toBe("ma.us");
  });
});

describe("loadPublicSuffixList", () => {
  const URL = "https://addin.example.com/public-suffix-list.abc.txt";
  const text = suffixData.publicSuffixListText().text;

  /** A fresh copy of the loader and the list in use, as a new Outlook runtime has. */
  function freshRuntime() {
    let modules!: { load: typeof import("../src/office/suffix-source"); suffixes: typeof import("../src/domains/public-suffix") };
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports -- a fresh module registry needs require */
      modules = { load: require("../src/office/suffix-source"), suffixes: require("../src/domains/public-suffix") };
      /* eslint-enable @typescript-eslint/no-require-imports */
    });
    return modules;
  }

  it("puts the full list in use, and fetches it once per runtime", async () => {
    const { load, suffixes } = freshRuntime();
    expect(suffixes.publicSuffixList().registrableDomain("www.school.pvt.k12.ma.us")).toBe("ma.us");
    const requests: Array<{ url: string; cache?: string }> = [];
    const fetch: FetchLike = (url, init) => {
      requests.push({ url, cache: init?.cache });
      return Promise.resolve(respond(text));
    };
    expect(await load.loadPublicSuffixList({ url: URL, timeoutMs: 1000, fetch })).toBeUndefined();
    expect(suffixes.publicSuffixList().registrableDomain("www.school.pvt.k12.ma.us")).toBe("school.pvt.k12.ma.us");
    expect(await load.loadPublicSuffixList({ url: URL, timeoutMs: 1000, fetch })).toBeUndefined();
    // The file name carries its content hash, so the HTTP cache may answer.
    expect(requests).toEqual([{ url: URL, cache: "default" }]);
  });

  it.each<[string, FetchLike | undefined, RegExp]>([
    ["no fetch in the runtime", undefined, /not fetched \(no fetch in this runtime\)/],
    ["an HTTP error", () => Promise.resolve({ ...respond(""), ok: false, status: 404 }), /HTTP 404/],
    ["the web server's HTML page", () => Promise.resolve(respond("<!doctype html><p>hi", "text/html")), /got an HTML page instead of the suffix list/],
    ["a truncated file", () => Promise.resolve(respond(text.slice(0, 2000))), /not a suffix list \(\d+ rules\)/],
    ["a network failure", () => Promise.reject(new TypeError("Failed to fetch")), /Failed to fetch/],
  ])("keeps the common suffixes on %s, and says why", async (_name, fetch, problem) => {
    const { load, suffixes } = freshRuntime();
    const answer = await load.loadPublicSuffixList({ url: URL, timeoutMs: 1000, fetch });
    expect(answer).toMatch(problem);
    expect(answer).toContain(`public suffix list ${URL}`);
    expect(suffixes.publicSuffixList()).toBe(suffixes.COMMON_SUFFIXES);
  });
});
