import { cli, writePolicy } from "./support/presend-cli";

/**
 * A policy that would silently disarm Presend is an error, not a valid policy (DESIGN §2):
 * each row runs `presend policy validate` and expects exit 2 and the path of the entry.
 */
const UNSAFE: Array<[string, Record<string, unknown>, string, RegExp]> = [
  ["a public suffix as internal", { internalDomains: ["co.jp"] }, "internalDomains.0", /public suffix/],
  ["a wildcard over a public suffix as internal", { internalDomains: ["example.co.jp", "*.co.jp"] }, "internalDomains.1", /public suffix/],
  ["a wildcard over a public suffix as trusted", { trustedDomains: ["*.co.jp"] }, "trustedDomains.0", /public suffix/],
  ["a TLD as trusted", { trustedDomains: ["com"] }, "trustedDomains.0", /expected a domain|public suffix/],
  ["a wildcard over a TLD", { trustedDomains: ["*.com"] }, "trustedDomains.0", /public suffix/],
  ["lg.jp as internal (every local government)", { internalDomains: ["lg.jp"] }, "internalDomains.0", /public suffix/],
  ["a wildcard over lg.jp", { internalDomains: ["*.lg.jp"] }, "internalDomains.0", /public suffix/],
  ["*.kawasaki.jp: each name under it is a suffix", { trustedDomains: ["*.kawasaki.jp"] }, "trustedDomains.0", /spans many organisations/],
  ["a prefecture's geographic domain", { trustedDomains: ["aichi.jp"] }, "trustedDomains.0", /public suffix/],
  ["co.uk as trusted", { trustedDomains: ["co.uk"] }, "trustedDomains.0", /public suffix/],
  ["gmail.com as trusted", { trustedDomains: ["gmail.com"] }, "trustedDomains.0", /consumer mailbox provider.*name@gmail\.com/],
  ["gmail.com as internal", { internalDomains: ["gmail.com"] }, "internalDomains.0", /consumer mailbox provider/],
  ["a wildcard over a provider", { trustedDomains: ["*.yahoo.co.jp"] }, "trustedDomains.0", /consumer mailbox provider/],
  ["docomo.ne.jp as trusted", { trustedDomains: ["docomo.ne.jp"] }, "trustedDomains.0", /consumer mailbox provider/],
  ["a provider written in capitals", { trustedDomains: ["GMAIL.COM"] }, "trustedDomains.0", /consumer mailbox provider/],
  ["the policy's own consumer domain as trusted", { personalMailDomains: ["family-isp.example"], trustedDomains: ["family-isp.example"] }, "trustedDomains.0", /consumer mailbox provider/],
  ["* alone", { internalDomains: ["*"] }, "internalDomains.0", /only \* would match every address/],
  ["*.* ", { trustedDomains: ["*.*"] }, "trustedDomains.0", /only \* would match every address/],
  ["* in the blocked list", { blockedDomains: ["*"] }, "blockedDomains.0", /only \* would match every address/],
  ["the same domain internal and trusted", { internalDomains: ["example.co.jp"], trustedDomains: ["example.co.jp"] }, "trustedDomains.0", /also in internalDomains\.0/],
  ["the same domain trusted and blocked", { trustedDomains: ["partner.example"], blockedDomains: ["Partner.example"] }, "blockedDomains.0", /also in trustedDomains\.0/],
  ["the same wildcard internal and blocked", { internalDomains: ["*.example.co.jp"], blockedDomains: ["*.example.co.jp"] }, "blockedDomains.0", /also in internalDomains\.0/],
  ["the same address trusted and blocked", { trustedDomains: ["a@gmail.com"], blockedDomains: ["A@gmail.com"] }, "blockedDomains.0", /also in trustedDomains\.0/],
  ["a soft hyphen hidden in a domain", { blockedDomains: ["spam\u00ad.example"] }, "blockedDomains.0", /invisible character \(U\+00AD\)/],
  ["a right-to-left override in a domain", { trustedDomains: ["elpmaxe\u202e.com"] }, "trustedDomains.0", /invisible character \(U\+202E\)/],
  ["a zero-width space in a domain", { internalDomains: ["exa\u200bmple.co.jp"] }, "internalDomains.0", /invisible character \(U\+200B\)/],
  ["an address with two @", { trustedDomains: ["a@b@c.example"] }, "trustedDomains.0", /one @/],
  ["a 601-character domain", { blockedDomains: [`${"a.".repeat(300)}example`] }, "blockedDomains.0", /expected a domain/],
  ["a 4,000-character keyword (the matcher would overflow)", { rules: { "sensitive-content": { keywords: ["秘".repeat(4000)] } } }, "rules.sensitive-content.keywords.0", /at most 100 characters/],
  ["Unicode and punycode of one domain in two lists", { internalDomains: ["例え.jp"], trustedDomains: ["xn--r8jz45g.jp"] }, "trustedDomains.0", /also in internalDomains\.0/],
];

const SAFE: Array<[string, Record<string, unknown>]> = [
  ["one address at a provider as trusted", { trustedDomains: ["kojin.taro@gmail.com"] }],
  ["a provider blocked", { blockedDomains: ["gmail.com"] }],
  ["a company and its subdomains internal", { internalDomains: ["example.co.jp", "*.example.co.jp"] }],
  ["a partner and its subdomains trusted", { trustedDomains: ["partner.example.com", "*.partner.example.com"] }],
  ["a city office under a designated city", { trustedDomains: ["city.kawasaki.jp"] }],
  ["a municipality's organisation", { trustedDomains: ["example.aisai.aichi.jp"] }],
  ["a prefecture's office", { trustedDomains: ["pref.aichi.jp"] }],
  ["a local government under lg.jp", { internalDomains: ["city.example.lg.jp", "*.city.example.lg.jp"] }],
  ["a university", { internalDomains: ["example.ac.jp", "*.example.ac.jp"] }],
  ["the same domain twice in one list", { trustedDomains: ["partner.example", "partner.example"] }],
  ["a domain internal and its other subdomain trusted", { internalDomains: ["example.co.jp"], trustedDomains: ["*.example.co.jp"] }],
  ["an empty policy", {}],
];

describe("unsafe policies are errors, each with its path and why", () => {
  it.each(UNSAFE)("%s", async (name, policy, path, why) => {
    const run = await cli(["policy", "validate", writePolicy(`unsafe-${name.replace(/\W+/g, "-")}.json`, policy)]);
    expect(run.code).toBe(2);
    const line = run.stdout.split("\n").find((l) => l.startsWith(`${path}: `));
    expect(line).toBeDefined();
    expect(line).toMatch(why);
  });

  it("an unsafe policy cannot be used to check mail either", async () => {
    const run = await cli(["check", "--policy", writePolicy("unsafe-check.json", { trustedDomains: ["gmail.com"] }), "samples/s09-internal-ok.eml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/trustedDomains\.0: "gmail\.com" is a consumer mailbox provider/);
  });
});

describe("safe policies stay valid", () => {
  it.each(SAFE)("%s", async (name, policy) => {
    const run = await cli(["policy", "validate", writePolicy(`safe-${name.replace(/\W+/g, "-")}.json`, policy)]);
    expect(run.stdout.split("\n")[0]).toBe("valid");
    expect(run.code).toBe(0);
  });
});

describe("odd but legal policies are valid with a warning", () => {
  it("a trusted domain that looks like an internal one", async () => {
    const run = await cli(["policy", "validate", writePolicy("warn-lookalike.json", { internalDomains: ["hoshizora-logi.example"], trustedDomains: ["hoshizora-iogi.example"] })]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^valid\nwarning: trustedDomains\.0: "hoshizora-iogi\.example" looks like the internal domain "hoshizora-logi\.example" \(internalDomains\.0\)/);
  });

  it("no internalDomains while the sender writes from a provider: nothing is internal, and check says so", async () => {
    const run = await cli(["check", "--policy", writePolicy("warn-sender.json", {}), "--from", "me@gmail.com", "--json", "samples/s09-internal-ok.eml"]);
    expect(run.stderr).toMatch(/warning: internalDomains: not given, and the sender's domain gmail\.com is a consumer mailbox provider/);
    expect(run.stderr.match(/warning/g)).toHaveLength(1);
  });
});

describe("a key given twice is an error, since JSON would keep only the last", () => {
  it.each([
    ["onError twice", '{ "version": 1, "onError": "block", "onError": "allow" }', "onError"],
    ["a rule's severity twice", '{ "rules": { "bcc-exposure": { "severity": "block", "severity": "off" } } }', "rules.bcc-exposure.severity"],
    ["a rule twice", '{ "rules": { "external-recipient": "confirm", "external-recipient": "off" } }', "rules.external-recipient"],
    ["deep in messages", '{ "messages": { "ja": { "footer": "a", "footer": "b" } } }', "messages.ja.footer"],
  ])("%s", async (_name, text, path) => {
    const run = await cli(["policy", "validate", writePolicy(`twice-${path}.json`, text)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${path}: the key is given more than once; only the last would count`);
  });

  it("the same key in two different objects is fine", async () => {
    const run = await cli(["policy", "validate", writePolicy("twice-apart.json", '{ "rules": { "bcc-exposure": { "severity": "block" }, "cross-org-exposure": { "severity": "block" } } }')]);
    expect(run.stdout.split("\n")[0]).toBe("valid");
    expect(run.code).toBe(0);
  });

  it("is said in Japanese under LANG=ja, and stops check too", async () => {
    const file = writePolicy("twice-ja.json", '{ "onError": "block", "onError": "allow" }');
    const validate = await cli(["policy", "validate", file], { LANG: "ja_JP.UTF-8" });
    expect(validate.stdout).toContain("onError: 同じ項目が 2 回以上書かれています");
    const check = await cli(["check", "--policy", file, "samples/s09-internal-ok.eml"]);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/onError: the key is given more than once/);
  });
});
