import fc from "fast-check";
import { readFileSync } from "node:fs";
import { SWAP_TLDS } from "../bench/lookalike";
import { permutations } from "../bench/dnstwist-fuzzers";
import { RECIPIENT_COMPARISON_BUDGET, describeDomain, editDistance, findLookalikes, mixesScripts, providersMeeting, resemblance, skeleton } from "../src/domains/lookalike";
import { normalizeDomain } from "../src/domains/idn";
import { ConsumerMailDomains } from "../src/domains/organisation";
import { makeDraft } from "../src/engine/draft";
import { evaluateWith } from "../src/engine/evaluate";
import { defaultPolicy } from "../src/check";
import lookalikeDomain from "../src/rules/lookalike-domain";
import { FULL_SUFFIXES } from "./support/suffixes";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const confusables = require("../scripts/confusables.cjs") as { confusablesSource(): string; CONFUSABLES_FILE: string };

/** Textbook full-matrix optimal string alignment distance, to check the banded early-exit version against. */
function referenceDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe("editDistance", () => {
  it("agrees with the full matrix up to max, and says max + 1 beyond", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "-", "1"), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(editDistance(Array.from(a), Array.from(b), max)).toBe(Math.min(referenceDistance(a, b), max + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance(Array.from("exapmle"), Array.from("example"), 2)).toBe(1);
    expect(editDistance(Array.from("abc-crop"), Array.from("abc-corp"), 2)).toBe(1);
  });
});

describe("the confusables table", () => {
  it("is what scripts/confusables.cjs makes of unhomoglyph's confusables.txt (run it with --write after npm update)", () => {
    expect(readFileSync(confusables.CONFUSABLES_FILE, "utf8")).toBe(confusables.confusablesSource());
  });
});

describe("skeleton", () => {
  it.each([
    ["еxample", "example"], // Cyrillic е
    ["ехаmрlе", "example"], // Cyrillic е х а р е
    ["εxαmple", "example"], // Greek
    ["exämple", "example"],
    ["examp1e", "example"],
    ["exarnple", "example"],
    ["vvakaba", "wakaba"],
    ["hoshlzora", "hoshizora"],
    ["t0kyo", "tokyo"],
    ["ѕмьс", "smbc"], // all Cyrillic, м and ь through UTS #39's ʍ and ƅ
    ["тoyota", "toyota"], // Cyrillic т through UTS #39's small capital ᴛ
    ["tøyota", "toyota"], // ø has no decomposition
    ["ꮯꭺꮪꮋ", "cash"], // Cherokee
  ])("%s looks like %s", (lookalike, original) => {
    expect(skeleton(lookalike)).toBe(skeleton(original));
  });

  it("swaps as one replace per swap would, in that order (rn, vv, i and 1, 0)", () => {
    const sequential = (text: string) => text.replace(/rn/g, "m").replace(/vv/g, "w").replace(/[i1]/g, "l").replace(/0/g, "o");
    const text = fc.string({ unit: fc.constantFrom("r", "n", "v", "i", "1", "0", "m", "w", "l", "o", "a", "-", "."), maxLength: 14 });
    fc.assert(
      fc.property(text, (t) => {
        expect(skeleton(t)).toBe(sequential(t));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["abc", "abd"],
    ["sakura", "sakuma"],
    ["日本語", "日本誤"],
  ])("%s does not look like %s", (a, b) => {
    expect(skeleton(a)).not.toBe(skeleton(b));
  });
});

describe("mixesScripts", () => {
  it.each([
    ["shinrai-bаnk", true], // Cyrillic а among Latin letters
    ["pаypаl", true],
    ["αbc", true],
    ["example", false],
    ["пример", false],
    ["abc商事", false],
    ["日本語", false],
  ])("%s: %s", (label, mixed) => {
    expect(mixesScripts(label)).toBe(mixed);
  });
});

describe("describeDomain", () => {
  it("reads the registrable label of a punycode domain in Unicode", () => {
    expect(describeDomain("sales.xn--xample-2of.co.jp", FULL_SUFFIXES)).toMatchObject({
      registrable: "xn--xample-2of.co.jp",
      suffix: "co.jp",
      label: "еxample",
      labelSkeleton: "example",
      mixedScript: true,
    });
  });

  it("reads a plain ASCII host as its own Unicode form, in one script", () => {
    expect(describeDomain("sales.hoshizora-logi.co.jp", FULL_SUFFIXES)).toMatchObject({
      registrable: "hoshizora-logi.co.jp",
      label: "hoshizora-logi",
      labelSkeleton: "hoshlzora-logl",
      plainSkeleton: "hoshlzoralogl",
      joinedSkeleton: "saleshoshlzoraloglcojp",
      asciiLabel: true,
      mixedScript: false,
    });
  });

});

describe("findLookalikes", () => {
  const consumer = new ConsumerMailDomains();
  const find = (known: string[], domains: [string, number][], providers: string[] = []) =>
    findLookalikes(known, providers, domains.map(([domain, recipients]) => ({ domain, recipients })), consumer, 5, FULL_SUFFIXES);

  it("compares organisations, not hosts: recipients on one organisation's subdomains add up", () => {
    // 1 + 1 at abc-corp.co.jp outweighs 1 at abc-crop.co.jp, so only the latter is the slip.
    expect(find([], [["tokyo.abc-corp.co.jp", 1], ["osaka.abc-corp.co.jp", 1], ["abc-crop.co.jp", 1]])).toEqual([
      { domain: "abc-crop.co.jp", kind: "typo", similar: "abc-corp.co.jp" },
    ]);
  });

  it("prefers the internal domain over another recipient as what a domain resembles", () => {
    expect(find(["example.co.jp"], [["examp1e.co.jp", 1], ["exanple.co.jp", 5]])).toEqual([
      { domain: "examp1e.co.jp", kind: "typo", similar: "example.co.jp" },
      { domain: "exanple.co.jp", kind: "typo", similar: "example.co.jp" },
    ]);
  });

  it("finds the one lookalike among hundreds of unrelated domains", () => {
    // 300 random 10-letter names: unrelated, as far as two slips go.
    let seed = 1;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26));
    const domains: [string, number][] = [];
    for (let i = 0; i < 300; i++) domains.push([`${Array.from({ length: 10 }, letter).join("")}.co.jp`, 10]);
    domains.push(["hoshlzora-logi.example", 1]);
    expect(find(["hoshizora-logi.example"], domains)).toEqual([
      { domain: "hoshlzora-logi.example", kind: "typo", similar: "hoshizora-logi.example" },
    ]);
  });

  it("bounds the comparisons between recipients, yet still compares each with the known names", () => {
    // 400 one-letter variants of one name at the same suffix: 160,000 pairs, far over the budget.
    const domains: [string, number][] = [];
    for (let i = 0; i < 400; i++) domains.push([`${String.fromCharCode(97 + (i % 26))}tsuwabuki${Math.floor(i / 26)}.example`, 1]);
    domains.push(["hoshlzora-logi.example", 1]);
    const found = find(["hoshizora-logi.example"], domains);
    expect(400 * 400).toBeGreaterThan(RECIPIENT_COMPARISON_BUDGET);
    // The internal look-alike comes last, after the budget is spent, and is found all the same.
    expect(found).toContainEqual({ domain: "hoshlzora-logi.example", kind: "typo", similar: "hoshizora-logi.example" });
    // Variants met while the budget lasted are still reported.
    expect(found.length).toBeGreaterThan(1);
  });

  it("never takes one mailbox provider for another", () => {
    expect(find([], [["yahoo.co.jp", 1], ["yahoo.com", 2], ["ymail.com", 3]])).toEqual([]);
    const domains: [string, number][] = [["postbix.example", 1], ["postbox.example", 2]];
    expect(find([], domains)).toEqual([{ domain: "postbix.example", kind: "typo", similar: "postbox.example" }]);
    const asProviders = new ConsumerMailDomains(["postbix.example", "postbox.example"]);
    expect(findLookalikes([], [], domains.map(([domain, recipients]) => ({ domain, recipients })), asProviders, 5, FULL_SUFFIXES)).toEqual([]);
  });

  it("describes no reference when no recipient domain is there to suspect (mail to colleagues only)", () => {
    const lookups = jest.spyOn(FULL_SUFFIXES, "publicSuffix");
    try {
      expect(find(["example.co.jp"], [], consumer.list())).toEqual([]);
      expect(lookups).not.toHaveBeenCalled();
    } finally {
      lookups.mockRestore();
    }
  });

  it("looks up only the mailbox providers a recipient domain could meet", () => {
    const lookupsFor = (domain: string, providers: string[]) => {
      const lookups = jest.spyOn(FULL_SUFFIXES, "publicSuffix");
      try {
        const found = find(["example.co.jp"], [[domain, 1]], providers);
        return { found, lookups: lookups.mock.calls.length };
      } finally {
        lookups.mockRestore();
      }
    };
    // An outside domain under an ending no provider has, like no provider's name: none is looked up.
    const unrelated = lookupsFor("kaede-trading.example", consumer.list());
    expect(unrelated).toEqual(lookupsFor("kaede-trading.example", []));
    // gmial.com: the providers under .com are, not those under .ne.jp or .co.jp.
    const slip = lookupsFor("gmial.com", consumer.list());
    expect(slip.found).toEqual([{ domain: "gmial.com", kind: "typo", similar: "gmail.com" }]);
    const dotCom = consumer.list().filter((provider) => provider.endsWith(".com")).length;
    expect(slip.lookups).toBeGreaterThan(lookupsFor("gmial.com", []).lookups + dotCom);
    expect(slip.lookups).toBeLessThan(lookupsFor("gmial.com", []).lookups + 2 * consumer.list().length);
  });

  it("passes over no mailbox provider a recipient domain resembles or belongs to", () => {
    // The built-in providers, and a policy's own with letters that misread as fewer (rn, vv), hyphens and punycode.
    const withOwn = new ConsumerMailDomains(["mail.cornmail.example", "vvave-mail.jp", "r-n-mail.co.jp", "xn--80ak6aa92e.com"]);
    const providers = withOwn.list().map((host) => ({ host, ...describeDomain(FULL_SUFFIXES.registrableDomain(host), FULL_SUFFIXES) }));
    // Recipient domains made from the providers' names: dnstwist's fuzzers and other endings,
    // subdomains, the name run together with its ending and cut elsewhere (gmai.lcom, gmail-c.om),
    // and the providers themselves.
    const near = new Set<string>();
    for (const { registrable, suffix, label, ascii } of providers) {
      // Every fifth of the fuzzers' (some 80,000 in all would take seconds), in their order: each fuzzer is sampled.
      permutations(registrable, label, suffix, SWAP_TLDS).forEach(({ domain }, index) => index % 5 === 0 && near.add(normalizeDomain(domain)));
      near.add(ascii).add(`mail.${ascii}`).add(`${ascii.replace(/\./g, "-")}.jp`).add(`${ascii.replace(/\./g, "")}.net`);
      near.add(`${registrable.slice(0, registrable.length - suffix.length)}example`);
      const runTogether = ascii.replace(/\./g, "");
      for (let cut = 1; cut < runTogether.length; cut++) {
        near.add(`${runTogether.slice(0, cut)}.${runTogether.slice(cut)}`);
        if (cut > 1) near.add(`${runTogether.slice(0, cut - 1)}-${runTogether.slice(cut - 1, cut)}.${runTogether.slice(cut)}`);
      }
    }
    let resembling = 0;
    for (const domain of near) {
      const facts = describeDomain(domain, FULL_SUFFIXES);
      const mayMeet = providersMeeting([facts]);
      for (const provider of providers) {
        const meets = provider.registrable === facts.registrable || resemblance(facts, provider, 4, "provider") !== null;
        if (!meets) continue;
        resembling++;
        if (!mayMeet(provider.host)) throw new Error(`${domain} meets ${provider.host}, which was passed over`);
      }
    }
    // Thousands of pairs that meet, every one of them kept.
    expect(resembling).toBeGreaterThan(10_000);
  });

  it("compares with mailbox providers for slips, not for the same name under another ending", () => {
    const providers = consumer.list();
    expect(find([], [["gmial.com", 1], ["hotmial.co.jp", 1], ["nifty.co.jp", 1], ["gmail.com", 1]], providers)).toEqual([
      { domain: "gmial.com", kind: "typo", similar: "gmail.com" },
      { domain: "hotmial.co.jp", kind: "typo", similar: "hotmail.co.jp" },
    ]);
  });
});

describe("the lookalike-domain rule", () => {
  const run = (to: string[], cc: string[] = []) =>
    evaluateWith([lookalikeDomain], makeDraft({ from: "sender@example.co.jp", to, cc }), defaultPolicy(), [], { suffixes: FULL_SUFFIXES }).findings;

  it("counts an address once however often and however spelled, and names it as spelled last", () => {
    // minato-denki has one address (twice, in two spellings) against minato-denji's one: a tie flags both.
    const findings = run(["a@minato-denki.co.jp", "b@minato-denji.co.jp"], ["A@Minato-Denki.co.jp"]);
    expect(findings.map((finding) => finding.recipients)).toEqual([["A@Minato-Denki.co.jp"], ["b@minato-denji.co.jp"]]);
  });

  it("weighs an organisation by its distinct addresses", () => {
    const findings = run(["a@minato-denki.co.jp", "c@minato-denki.co.jp", "b@minato-denji.co.jp"], ["A@Minato-Denki.co.jp"]);
    expect(findings.map((finding) => finding.recipients)).toEqual([["b@minato-denji.co.jp"]]);
  });
});

/** A fixed sample of `npm run bench:lookalike`: its permutations and its real, different organisations. */
describe("the lookalike benchmark's sample", () => {
  const consumer = new ConsumerMailDomains();
  const flagged = (known: string[], domains: string[]) =>
    findLookalikes(known, consumer.list(), domains.map((domain) => ({ domain, recipients: 1 })), consumer, 4, FULL_SUFFIXES);

  it.each([
    ["sony.co.jp", "sony", "co.jp", 0.85],
    ["nttdocomo.co.jp", "nttdocomo", "co.jp", 0.98],
    ["hsbc.co.uk", "hsbc", "co.uk", 0.85],
  ])("catches dnstwist's core fuzzers on %s", (host, label, suffix, share) => {
    const domains = permutations(host, label, suffix, SWAP_TLDS).map(({ domain }) => normalizeDomain(domain));
    const caught = domains.filter((domain) => flagged([host], [domain]).length > 0);
    expect(caught.length / domains.length).toBeGreaterThanOrEqual(share);
  });

  it("stays quiet on real organisations whose names are close (universities, acronyms, one operator's names)", () => {
    const real = [
      "kanazawa-u.ac.jp", "komazawa-u.ac.jp", "gifu-u.ac.jp", "gifu-pu.ac.jp", "kyoto-u.ac.jp", "kyoto-wu.ac.jp", "osaka-u.ac.jp",
      "osaka-cu.ac.jp", "iwate-u.ac.jp", "iwate-pu.ac.jp", "hirogaku-u.ac.jp", "hirokoku-u.ac.jp", "hirosaki-u.ac.jp",
      "kobegakuin.ac.jp", "kokugakuin.ac.jp", "kufs.ac.jp", "kuis.ac.jp", "bcom.ac.uk", "bcot.ac.uk", "manchester.ac.uk",
      "winchester.ac.uk", "nbacademy.org.uk", "tgacademy.org.uk", "from-ca.com", "from-ma.com", "glam.ac.uk", "gllm.ac.uk",
      "nate.com", "name.com", "microsoft.com", "onmicrosoft.com", "meikai.ac.jp", "meikei.ac.jp", "baika.ac.jp", "baiko.ac.jp",
      "heisei-u.ac.jp", "meisei-u.ac.jp", "kyokyo-u.ac.jp", "kyukyo-u.ac.jp", "asfc.ac.uk", "ssfc.ac.uk", "wsfc.ac.uk",
      "cambria.ac.uk", "cumbria.ac.uk", "aitech.ac.jp", "titech.ac.jp",
    ];
    expect(flagged([], real)).toEqual([]);
  });

  it("never takes a Microsoft 365 tenant for microsoft.com", () => {
    expect(flagged(["microsoft.com"], ["contoso.onmicrosoft.com", "fabrikam.onmicrosoft.com", "m365x123456.onmicrosoft.com"])).toEqual([]);
  });
});
