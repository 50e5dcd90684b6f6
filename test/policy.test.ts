import { makeDraft } from "../src/engine/draft";
import { buildSharedContext } from "../src/engine/context";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultPolicy, parsePolicy, parsePolicyText, policyFromValidated, policyJsonSchema, validatePolicy } from "../src/check";
import { type Policy } from "../src/policy";
import { matchesAny } from "../src/domains/patterns";
import { allRules, ruleById } from "../src/rules";
import { FULL_SUFFIXES } from "./support/suffixes";

function errorsOf(input: unknown): string[] {
  const result = typeof input === "string" ? parsePolicyText(input) : parsePolicy(input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return result.errors;
}

function policyOf(input: unknown): Policy {
  const result = parsePolicy(input);
  if (!result.ok) throw new Error(`policy rejected: ${result.errors.join("; ")}`);
  return result.policy;
}

const PATTERN_ERROR = "expected a domain (example.co.jp), a wildcard (*.example.co.jp) or an address (user@example.co.jp)";

describe("a malformed policy is rejected with one line per problem naming its path", () => {
  // [what is wrong, policy (a string is parsed as JSON text), the exact error line]
  const exact: [string, unknown, string][] = [
    ["a mistyped top-level key", { versio: 1 }, 'versio: unknown key (did you mean "version"?)'],
    ["a mistyped rule id", { rules: { "bcc-exposur": {} } }, 'rules.bcc-exposur: unknown key (did you mean "bcc-exposure"?)'],
    ["a mistyped rule option", { rules: { "bcc-exposure": { treshold: 3 } } }, 'rules.bcc-exposure.treshold: unknown key (did you mean "threshold"?)'],
    ["builtIn on a rule without built-in lists", { rules: { "lookalike-domain": { builtIn: false } } }, "rules.lookalike-domain.builtIn: unknown key (expected one of: severity, minLabelLength, allow)"],
    ["a severity that does not exist", { rules: { "bcc-exposure": { severity: "error" } } }, "rules.bcc-exposure.severity: expected one of off, warn, confirm, block"],
    ["threshold 0", { rules: { "bcc-exposure": { threshold: 0 } } }, "rules.bcc-exposure.threshold: expected a whole number >= 1"],
    ["threshold 1.5", { rules: { "bcc-exposure": { threshold: 1.5 } } }, "rules.bcc-exposure.threshold: expected a whole number >= 1"],
    ["threshold as a string", { rules: { "bcc-exposure": { threshold: "10" } } }, "rules.bcc-exposure.threshold: expected a whole number >= 1"],
    ["a domain with a space", { trustedDomains: ["partner example.com"] }, `trustedDomains.0: ${PATTERN_ERROR}`],
    ["a bare *", { blockedDomains: ["*"] }, "blockedDomains.0: a pattern of only * would match every address: list your organisation's domains instead"],
    ["an address without a local part", { internalDomains: ["example.co.jp", "@example.co.jp"] }, `internalDomains.1: ${PATTERN_ERROR}`],
    ["an address without a domain", { trustedDomains: ["a@"] }, `trustedDomains.0: ${PATTERN_ERROR}`],
    ["a number in a domain list", { trustedDomains: ["partner.co.jp", 5] }, "trustedDomains.1: expected a string"],
    ["a single domain instead of a list", { trustedDomains: "partner.co.jp" }, "trustedDomains: expected a list of domains or addresses"],
    ["an onError value that does not exist", { onError: "ignore" }, "onError: expected one of prompt, block, allow"],
    ["version 2", { version: 2 }, "version: expected 1"],
    ["a negative delivery delay", { delivery: { delayExternalSeconds: -1 } }, "delivery.delayExternalSeconds: expected a whole number >= 0"],
    ["a delivery delay over 10 minutes", { delivery: { delayExternalSeconds: 601 } }, "delivery.delayExternalSeconds: expected at most 600 seconds"],
    ['auditHeader "yes"', { auditHeader: "yes" }, "auditHeader: expected true or false"],
    ["memory.days 0", { memory: { days: 0 } }, "memory.days: expected a whole number >= 1"],
    ["memory.days over ten years", { memory: { days: 4000 } }, "memory.days: expected at most 3650 days"],
    ['memory.enabled "no"', { memory: { enabled: "no" } }, "memory.enabled: expected true or false"],
    ['external-recipient ask "sometimes"', { rules: { "external-recipient": { ask: "sometimes" } } }, "rules.external-recipient.ask: expected one of new, always"],
    ["a mistyped message id", { messages: { ja: { "bcc-exposure/visibel": "BCC にしてください" } } }, 'messages.ja.bcc-exposure/visibel: unknown message id (did you mean "bcc-exposure/visible"?)'],
    ["a message id unlike any", { messages: { en: { greeting: "hi" } } }, 'messages.en.greeting: unknown message id (ids are "<rule id>/<message id>", e.g. "bcc-exposure/visible")'],
    ["a message text that is not a string", { messages: { en: { "missing-subject/empty": 3 } } }, "messages.en.missing-subject/empty: expected a string"],
    ["a locale that does not exist", { messages: { fr: {} } }, "messages.fr: unknown key (expected one of: en, ja)"],
    ["an address in lookalike-domain allow", { rules: { "lookalike-domain": { allow: ["ceo@sister.co.jp"] } } }, "rules.lookalike-domain.allow.0: expected a domain (example.co.jp) or a wildcard (*.example.co.jp)"],
    ["an address in personalMailDomains", { personalMailDomains: ["taro@mail.example"] }, "personalMailDomains.0: expected a domain (example.co.jp) or a wildcard (*.example.co.jp)"],
    ["minLabelLength 0", { rules: { "lookalike-domain": { minLabelLength: 0 } } }, "rules.lookalike-domain.minLabelLength: expected a whole number >= 1"],
    ["rule settings that are not an object", { rules: { "bcc-exposure": "block" } }, 'rules.bcc-exposure: expected an object of this rule\'s settings, e.g. { "severity": "warn" }'],
    ["rules as a list", { rules: [] }, "rules: expected an object keyed by rule id"],
    ["rule settings as a list", { rules: { "bcc-exposure": ["block"] } }, 'rules.bcc-exposure: expected an object of this rule\'s settings, e.g. { "severity": "warn" }'],
    ["delivery as a list", { delivery: [60] }, 'delivery: expected an object, e.g. { "delayExternalSeconds": 60 }'],
    ["memory as a list", { memory: [] }, 'memory: expected an object, e.g. { "enabled": true, "days": 180 }'],
    ["messages as a list", { messages: [] }, "messages: expected an object keyed by locale (en, ja)"],
    ["a message table as a list", { messages: { ja: ["BCC にしてください"] } }, "messages.ja: expected an object of message id → text"],
    ["threshold 1e300 (past the safe integers)", { rules: { "bcc-exposure": { threshold: 1e300 } } }, "rules.bcc-exposure.threshold: expected a whole number >= 1"],
    ["threshold 0.5 (neither whole nor >= 1: said once)", { rules: { "bcc-exposure": { threshold: 0.5 } } }, "rules.bcc-exposure.threshold: expected a whole number >= 1"],
    ["a JSON array instead of an object", "[]", "(policy): expected a JSON object"],
    ["null", null, "(policy): expected a JSON object"],
  ];

  it.each(exact)("%s", (_what, input, line) => {
    expect(errorsOf(input)).toEqual([line]);
  });

  it("an unknown rule id lists every rule id", () => {
    const [line, ...rest] = errorsOf({ rules: { "spam-filter": { severity: "block" } } });
    expect(rest).toEqual([]);
    expect(line.startsWith("rules.spam-filter: unknown key (expected one of: ")).toBe(true);
    for (const rule of allRules) expect(line).toContain(rule.id);
  });

  it("names every unknown key of an object, each on its own line", () => {
    expect(errorsOf({ versio: 1, rules: { "bcc-exposure": { treshold: 3, includeInternl: true } } }).sort()).toEqual([
      'rules.bcc-exposure.includeInternl: unknown key (did you mean "includeInternal"?)',
      'rules.bcc-exposure.treshold: unknown key (did you mean "threshold"?)',
      'versio: unknown key (did you mean "version"?)',
    ]);
  });

  it("an unknown top-level key unlike any lists the allowed keys", () => {
    const [line] = errorsOf({ colour: "red" });
    expect(line.startsWith("colour: unknown key (expected one of: version, ")).toBe(true);
    expect(line).toContain("internalDomains");
    expect(line).not.toContain("$schema");
  });

  it("text that is not JSON", () => {
    const errors = errorsOf("{ version: 1 }");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(policy\): not valid JSON \(.+\)$/);
  });

  it("reports every problem, each on its own line", () => {
    const errors = errorsOf({ onError: "no", rules: { "bcc-exposure": { threshold: 0, severity: "x" } }, trustedDomains: ["*"] });
    expect([...errors].sort()).toEqual([
      "onError: expected one of prompt, block, allow",
      "rules.bcc-exposure.severity: expected one of off, warn, confirm, block",
      "rules.bcc-exposure.threshold: expected a whole number >= 1",
      `trustedDomains.0: a pattern of only * would match every address: list your organisation's domains instead`,
    ]);
  });
});

describe("a valid policy", () => {
  it("gets every default when empty", () => {
    const policy = policyOf({});
    expect(policy).toMatchObject({
      version: 1,
      enabled: true,
      internalDomains: [],
      internalDomainsGiven: false,
      trustedDomains: [],
      blockedDomains: [],
      personalMailDomains: [],
      delivery: { delayExternalSeconds: 0 },
      memory: { enabled: true, days: 180 },
      auditHeader: false,
      onError: "prompt",
      messages: {},
    });
    expect(policy.rules["external-recipient"]).toEqual({ severity: "confirm", ask: "new" });
    expect(Object.keys(policy.rules).sort()).toEqual(allRules.map((rule) => rule.id).sort());
    for (const rule of allRules) expect(policy.rules[rule.id]).toEqual(rule.defaults);
    expect(policy.rules["bcc-exposure"]).toEqual({ severity: "block", threshold: 10, includeInternal: false });
    expect(policy.rules["lookalike-domain"]).toEqual({ severity: "confirm", minLabelLength: 4, allow: [] });
    expect(defaultPolicy()).toEqual(policy);
  });

  it("keeps the defaults of whatever it does not set", () => {
    const policy = policyOf({ $schema: "./policy.schema.json", rules: { "bcc-exposure": { threshold: 3 } }, auditHeader: true });
    expect(policy.rules["bcc-exposure"]).toEqual({ severity: "block", threshold: 3, includeInternal: false });
    expect(policy.rules["missing-subject"]).toEqual({ severity: "warn" });
    expect(policy.auditHeader).toBe(true);
    expect(policy.onError).toBe("prompt");
  });

  it("parses the example of DESIGN.md §2 from text", () => {
    const text = JSON.stringify({
      version: 1,
      internalDomains: ["example.co.jp", "*.example.co.jp"],
      trustedDomains: ["partner.example.com"],
      blockedDomains: ["rival.example"],
      personalMailDomains: [],
      rules: { "bcc-exposure": { severity: "block", threshold: 10 }, "external-recipient": { severity: "confirm" } },
      delivery: { delayExternalSeconds: 0 },
      auditHeader: true,
      onError: "prompt",
    });
    const result = parsePolicyText(text);
    expect(result.ok).toBe(true);
  });

  it("keeps the admin's wording per locale", () => {
    expect(policyOf({ messages: { ja: { "missing-subject/empty": "件名を入れてください。" } } }).messages).toEqual({
      ja: { "missing-subject/empty": "件名を入れてください。" },
    });
  });
});

describe("a policy validated by the build (PolicyValidatedAtBuild)", () => {
  const files = ["config/policy.json", "samples/policy.json", "samples/mailbox/policy.json", "test/fixtures/corpus/policy.json", "test/fixtures/corpus/policy-university.json"];

  it.each(files)("%s, validated and written as JSON, gives the policy parsePolicy gives", (file) => {
    const json = JSON.parse(readFileSync(join(__dirname, "..", file), "utf8"));
    const validation = validatePolicy(json, FULL_SUFFIXES);
    const parsed = parsePolicy(json, FULL_SUFFIXES);
    if (!validation.ok || !parsed.ok) throw new Error(`${file} is not valid`);
    expect(policyFromValidated(JSON.parse(JSON.stringify(validation.validated)))).toEqual(parsed.policy);
    expect(validation.warnings).toEqual(parsed.warnings);
  });

  it("is refused with parsePolicy's errors when invalid", () => {
    expect(validatePolicy({ rules: { "bcc-exposure": { threshold: 0 } } })).toEqual(parsePolicy({ rules: { "bcc-exposure": { threshold: 0 } } }));
  });
});

describe("address patterns", () => {
  const policy = policyOf({
    internalDomains: ["Example.CO.JP", "*.Example.co.jp", "Taro@Partner.co.jp"],
    trustedDomains: ["日本語.jp", "xn--zckzah.jp", "ｓｈｉｎｒａｉ.co.jp"],
  });

  it("compile to a domain, its subdomains or one address", () => {
    expect(policy.internalDomains.map(({ kind, domain }) => [kind, domain])).toEqual([
      ["domain", "example.co.jp"],
      ["subdomains", "example.co.jp"],
      ["address", "partner.co.jp"],
    ]);
  });

  it("match case-insensitively", () => {
    expect(matchesAny(policy.internalDomains, "Yamada@EXAMPLE.co.jp")).toBe(true);
    expect(matchesAny(policy.internalDomains, "yamada@Sales.Example.CO.JP")).toBe(true);
    expect(matchesAny(policy.internalDomains, "TARO@partner.co.jp")).toBe(true);
  });

  it("match nothing more than they say", () => {
    expect(matchesAny(policy.internalDomains, "hanako@partner.co.jp")).toBe(false);
    expect(matchesAny(policy.internalDomains, "a@example.co.jp.evil.example")).toBe(false);
    expect(matchesAny(policy.internalDomains, "a@notexample.co.jp")).toBe(false);
    expect(matchesAny(policyOf({ internalDomains: ["*.example.co.jp"] }).internalDomains, "a@example.co.jp")).toBe(false);
  });

  it("treat the Unicode and punycode forms of a domain as one", () => {
    expect(matchesAny(policy.trustedDomains, "a@xn--wgv71a119e.jp")).toBe(true);
    expect(matchesAny(policy.trustedDomains, "a@日本語.jp")).toBe(true);
    expect(matchesAny(policy.trustedDomains, "a@テスト.jp")).toBe(true);
    expect(matchesAny(policy.trustedDomains, "a@shinrai.co.jp")).toBe(true);
    expect(matchesAny(policy.trustedDomains, "a@日本.jp")).toBe(false);
  });
});

describe("the sender's own domain", () => {
  const zoneOfColleague = (policyJson: Record<string, unknown>) =>
    buildSharedContext(makeDraft({ from: "me@example.co.jp", to: ["you@example.co.jp"] }), policyOf(policyJson), FULL_SUFFIXES).recipients[0].zone;

  it("is internal when internalDomains is omitted", () => {
    expect(zoneOfColleague({})).toBe("internal");
  });

  it("is internal when internalDomains lists it", () => {
    expect(zoneOfColleague({ internalDomains: ["example.co.jp"] })).toBe("internal");
  });

  it("is not internal when internalDomains is given without it", () => {
    expect(zoneOfColleague({ internalDomains: ["other.co.jp"] })).toBe("external");
    expect(zoneOfColleague({ internalDomains: [] })).toBe("external");
  });
});

describe("rule list options", () => {
  const forgotten = ruleById("forgotten-attachment");
  const builtInKeywords = (forgotten?.defaults as { keywords: string[] } | undefined)?.keywords ?? [];

  it("forgotten-attachment has a built-in list to extend", () => {
    expect(builtInKeywords.length).toBeGreaterThan(0);
  });

  it("add to the built-in list", () => {
    const settings = policyOf({ rules: { "forgotten-attachment": { keywords: ["同封"] } } }).rules["forgotten-attachment"];
    expect(settings.keywords).toEqual([...builtInKeywords, "同封"]);
  });

  it("replace it with builtIn: false", () => {
    const settings = policyOf({ rules: { "forgotten-attachment": { keywords: ["同封"], builtIn: false } } }).rules["forgotten-attachment"];
    expect(settings.keywords).toEqual(["同封"]);
  });

  it("start from an empty built-in list where the rule has none (lookalike-domain allow)", () => {
    const settings = policyOf({ rules: { "lookalike-domain": { allow: ["sister.co.jp", "*.sister.co.jp"] } } }).rules["lookalike-domain"];
    expect(settings.allow).toEqual(["sister.co.jp", "*.sister.co.jp"]);
  });
});

describe("policyJsonSchema", () => {
  const schema = policyJsonSchema() as {
    $schema: string;
    type: string;
    additionalProperties: boolean;
    properties: Record<string, { type?: string; additionalProperties?: boolean; properties?: Record<string, { additionalProperties?: boolean; properties?: Record<string, { enum?: string[] }> }> }>;
  };

  it("is a JSON Schema object that refuses unknown keys", () => {
    expect(schema.$schema).toMatch(/^https:\/\/json-schema\.org\//);
    expect(Object.keys(schema)[0]).toBe("$schema");
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    for (const key of ["version", "internalDomains", "trustedDomains", "blockedDomains", "personalMailDomains", "rules", "delivery", "auditHeader", "onError", "messages"]) {
      expect(schema.properties).toHaveProperty([key]);
    }
  });

  it("lists every rule id under rules, each closed to unknown options", () => {
    const rules = schema.properties.rules;
    expect(rules.additionalProperties).toBe(false);
    expect(Object.keys(rules.properties ?? {}).sort()).toEqual(allRules.map((rule) => rule.id).sort());
    for (const rule of allRules) {
      const settings = rules.properties?.[rule.id];
      expect(settings?.additionalProperties).toBe(false);
      expect(settings?.properties?.severity.enum).toEqual(["off", "warn", "confirm", "block"]);
    }
  });
});
