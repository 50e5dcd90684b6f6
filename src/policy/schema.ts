import * as z from "zod/mini";
import { editDistance } from "../domains/lookalike";
import type { AnyRule } from "../engine/rule";
import { INVISIBLE_CHARACTER } from "../domains/idn";
import { compilePattern, isDomainPattern } from "../domains/patterns";

/*
 * zod/mini rather than zod's chained API: the same validator and JSON Schema,
 * but it tree-shakes, which keeps ~20 KB gzip out of the send handler that
 * classic Outlook downloads and parses inside its 5-second budget.
 */
export const SEVERITY_VALUES = ["off", "warn", "confirm", "block"] as const;
export const ON_ERROR_VALUES = ["prompt", "block", "allow"] as const;

/** The known name a mistyped one most likely meant (one slip, two for longer names), if any. */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const letters = Array.from(typed.toLowerCase());
  let closest: string | undefined;
  let fewest = letters.length >= 5 ? 2 : 1;
  for (const name of known) {
    const edits = editDistance(letters, Array.from(name.toLowerCase()), fewest);
    if (edits < fewest || (edits === fewest && closest === undefined)) [closest, fewest] = [name, edits];
  }
  return closest;
}

export function wholeNumber(min: number) {
  const error = `expected a whole number >= ${min}`;
  return z.number({ error }).check(z.int({ error }), z.minimum(min, { error }));
}

/** Adds an editor-facing description to the generated JSON Schema. */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

/** Why a text is not a pattern, as specifically as can be said. */
function patternProblem(text: string): string {
  const invisible = INVISIBLE_CHARACTER.exec(text);
  if (invisible) {
    const code = invisible[0].charCodeAt(0).toString(16).toUpperCase();
    return `contains an invisible character (U+${"0000".slice(code.length)}${code}) that would keep it from matching: retype it`;
  }
  if (/^[\s*.]*$/.test(text)) return "a pattern of only * would match every address: list your organisation's domains instead";
  if (/^\s*\*\.[^.@]+$/.test(text)) return "a wildcard over a top-level domain (a public suffix) would match every organisation under it";
  if ((text.match(/@/g) || []).length > 1) return "an address has one @ (user@example.co.jp)";
  return "expected a domain (example.co.jp), a wildcard (*.example.co.jp) or an address (user@example.co.jp)";
}

/*
 * Schemas are made by functions, not held in constants: nothing is built when the event
 * script loads, only when the first policy is read.
 */
export function addressPattern() {
  return described(
    z.string({ error: "expected a string" }).check(
      z.refine((text) => compilePattern(text) !== null, {
        error: (issue) => patternProblem(String(issue.input)),
      }),
    ),
    "example.co.jp (that domain), *.example.co.jp (its subdomains) or user@example.co.jp (one address)",
  );
}

export function domainPattern() {
  return z.string({ error: "expected a string" }).check(
    z.refine((text) => isDomainPattern(compilePattern(text)), {
      error: "expected a domain (example.co.jp) or a wildcard (*.example.co.jp)",
    }),
  );
}

const patternList = () => z.array(addressPattern(), { error: "expected a list of domains or addresses" });

/** Longest entry of a list option: a keyword is a word or phrase, and the matchers are built for that. */
export const MAX_LIST_ENTRY_CHARS = 100;

/** `keywords`, `extensions`…: a list of non-empty strings. */
export function stringList() {
  return z.array(
    z
      .string({ error: "expected a string" })
      .check(
        z.minLength(1, { error: "expected a non-empty string" }),
        z.maxLength(MAX_LIST_ENTRY_CHARS, { error: `expected at most ${MAX_LIST_ENTRY_CHARS} characters (a word or phrase)` }),
      ),
    { error: "expected a list of strings" },
  );
}

export const trueOrFalse = () => z.boolean({ error: "expected true or false" });

export function ruleSettingsSchema(rule: AnyRule, description?: string) {
  const settings = z.strictObject(
    {
      severity: described(
        z.optional(z.enum(SEVERITY_VALUES, { error: `expected one of ${SEVERITY_VALUES.join(", ")}` })),
        `Default: ${rule.defaults.severity}`,
      ),
      ...rule.options,
    },
    { error: 'expected an object of this rule\'s settings, e.g. { "severity": "warn" }' },
  );
  return description === undefined ? settings : described(settings, description);
}

/**
 * The policy file's schema, built from the rule registry so every rule's
 * options are checked and the JSON Schema for editors comes from one source.
 * `ruleDescriptions` (by rule id) describe each rule's settings in the JSON Schema.
 */
export function buildPolicySchema(
  rules: readonly AnyRule[],
  messageIdsByLocale: Readonly<Record<string, readonly string[]>>,
  ruleDescriptions: Readonly<Record<string, string>> = {},
) {
  const ruleShape = Object.fromEntries(
    rules.map((rule) => [rule.id, z.optional(ruleSettingsSchema(rule, ruleDescriptions[rule.id]))] as const),
  );
  const locales = Object.keys(messageIdsByLocale);
  const messageTable = (messageIds: readonly string[]) => {
    const knownMessage = new Set(messageIds);
    return z
      .record(z.string(), z.string({ error: "expected a string" }), { error: "expected an object of message id → text" })
      .check(
        z.superRefine((table, ctx) => {
          for (const key of Object.keys(table)) {
            if (!knownMessage.has(key)) {
              const meant = closestName(key, messageIds);
              const hint = meant ? `did you mean "${meant}"?` : `ids are "<rule id>/<message id>", e.g. "bcc-exposure/visible"`;
              ctx.addIssue({ code: "custom", path: [key], message: `unknown message id (${hint})`, input: table });
            }
          }
        }),
      );
  };
  return z.strictObject(
    {
      $schema: z.optional(z.string({ error: "expected a string (the JSON Schema address)" })),
      version: z._default(z.literal(1, { error: "expected 1" }), 1),
      enabled: described(
        z._default(trueOrFalse(), true),
        "false allows every mail without checking (emergency switch)",
      ),
      internalDomains: z.optional(patternList()),
      trustedDomains: z._default(patternList(), []),
      blockedDomains: z._default(patternList(), []),
      personalMailDomains: z._default(z.array(domainPattern(), { error: "expected a list of domains" }), []),
      rules: z._default(z.strictObject(ruleShape, { error: "expected an object keyed by rule id" }), {}),
      delivery: z._default(
        z.strictObject(
          {
            delayExternalSeconds: z._default(
              wholeNumber(0).check(z.maximum(600, { error: "expected at most 600 seconds" })),
              0,
            ),
          },
          { error: 'expected an object, e.g. { "delayExternalSeconds": 60 }' },
        ),
        { delayExternalSeconds: 0 },
      ),
      memory: described(
        z._default(
          z.strictObject(
            {
              enabled: described(z._default(trueOrFalse(), true), "false: no recipient memory; every outside recipient is new on every send"),
              days: described(
                z._default(wholeNumber(1).check(z.maximum(3650, { error: "expected at most 3650 days" })), 180),
                "How long a recipient the user wrote to stays known (days since the last send)",
              ),
            },
            { error: 'expected an object, e.g. { "enabled": true, "days": 180 }' },
          ),
          { enabled: true, days: 180 },
        ),
        "Which outside people this user has written to (stored per user as fingerprints in Outlook's roaming settings)",
      ),
      auditHeader: z._default(trueOrFalse(), false),
      onError: z._default(z.enum(ON_ERROR_VALUES, { error: `expected one of ${ON_ERROR_VALUES.join(", ")}` }), "prompt"),
      messages: z._default(
        z.strictObject(
          Object.fromEntries(locales.map((locale) => [locale, z.optional(messageTable(messageIdsByLocale[locale]))] as const)),
          { error: `expected an object keyed by locale (${locales.join(", ")})` },
        ),
        {},
      ),
    },
    { error: "expected a JSON object" },
  );
}
