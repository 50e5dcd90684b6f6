import * as v from "valibot";
import { toJsonSchema } from "@valibot/to-json-schema";
import { editDistance } from "../domains/lookalike";
import { oneOf, type AnyRule } from "../engine/rule";
import { INVISIBLE_CHARACTER } from "../domains/idn";
import { compilePattern, isDomainPattern } from "../domains/patterns";

/*
 * valibot rather than zod: each schema and check is a function of its own, so a bundle
 * keeps only those the policy uses (about 10 KB of the event script, where zod/mini took
 * 28 KB), and what a schema holds (`entries`, `wrapped`) is its public API.
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

/** A schema of any kind. */
type AnySchema = v.GenericSchema;

export function wholeNumber(min: number) {
  const error = `expected a whole number >= ${min}`;
  // Safe integers, as zod's int() took: 1e300 is no threshold.
  return v.pipe(v.number(error), v.safeInteger(error), v.minValue(min, error));
}

/** Adds an editor-facing description to the generated JSON Schema. */
export function described<T extends AnySchema>(schema: T, description: string) {
  return v.pipe(schema, v.description(description));
}

/** Any JSON object; valibot's objects and records take arrays too (their indices as keys). */
function jsonObject(error: string) {
  return v.custom<Record<string, unknown>>((input) => typeof input === "object" && input !== null && !Array.isArray(input), error);
}

/** A JSON object of the given entries and no others. */
export function closedObject<const Entries extends v.ObjectEntries>(entries: Entries, error: string) {
  return v.pipe(jsonObject(error), v.strictObject(entries, error));
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
    v.pipe(
      v.string("expected a string"),
      v.check((text) => compilePattern(text) !== null, (issue) => patternProblem(String(issue.input))),
    ),
    "example.co.jp (that domain), *.example.co.jp (its subdomains) or user@example.co.jp (one address)",
  );
}

export function domainPattern() {
  return v.pipe(
    v.string("expected a string"),
    v.check((text) => isDomainPattern(compilePattern(text)), "expected a domain (example.co.jp) or a wildcard (*.example.co.jp)"),
  );
}

const patternList = () => v.array(addressPattern(), "expected a list of domains or addresses");

/** Longest entry of a list option: a keyword is a word or phrase, and the matchers are built for that. */
export const MAX_LIST_ENTRY_CHARS = 100;

/** `keywords`, `extensions`…: a list of non-empty strings. */
export function stringList() {
  return v.array(
    v.pipe(
      v.string("expected a string"),
      v.minLength(1, "expected a non-empty string"),
      v.maxLength(MAX_LIST_ENTRY_CHARS, `expected at most ${MAX_LIST_ENTRY_CHARS} characters (a word or phrase)`),
    ),
    "expected a list of strings",
  );
}

export const trueOrFalse = () => v.boolean("expected true or false");

/**
 * JSON Schema (draft 2020-12) of a schema, for editors and the rule pages. The checks made by
 * functions (patterns, message ids) have no JSON Schema form and are left out; a pipe is read
 * from its last schema (the object after the guard that refuses arrays).
 */
export function jsonSchemaOf(schema: AnySchema): Record<string, unknown> {
  // The converter writes `$schema` last; editors and readers expect it first.
  const { $schema, ...rest } = toJsonSchema(schema, { target: "draft-2020-12", typeMode: "output", errorMode: "ignore" });
  return { $schema, ...rest };
}

export function ruleSettingsSchema(rule: AnyRule, description?: string) {
  const settings = closedObject(
    {
      severity: described(v.optional(oneOf(SEVERITY_VALUES)), `Default: ${rule.defaults.severity}`),
      ...rule.options,
    },
    'expected an object of this rule\'s settings, e.g. { "severity": "warn" }',
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
    rules.map((rule) => [rule.id, v.optional(ruleSettingsSchema(rule, ruleDescriptions[rule.id]))] as const),
  );
  const locales = Object.keys(messageIdsByLocale);
  const messageTable = (messageIds: readonly string[]) => {
    const knownMessage = new Set(messageIds);
    const error = "expected an object of message id → text";
    return v.pipe(
      jsonObject(error),
      v.record(v.string(), v.string("expected a string"), error),
      v.rawCheck(({ dataset, addIssue }) => {
        if (!dataset.typed) return;
        const table = dataset.value;
        for (const key of Object.keys(table)) {
          if (knownMessage.has(key)) continue;
          const meant = closestName(key, messageIds);
          const hint = meant ? `did you mean "${meant}"?` : `ids are "<rule id>/<message id>", e.g. "bcc-exposure/visible"`;
          addIssue({ message: `unknown message id (${hint})`, path: [{ type: "object", origin: "key", input: table, key, value: table[key] }] });
        }
      }),
    );
  };
  return closedObject(
    {
      $schema: v.optional(v.string("expected a string (the JSON Schema address)")),
      version: v.optional(v.literal(1, "expected 1"), 1),
      enabled: described(v.optional(trueOrFalse(), true), "false allows every mail without checking (emergency switch)"),
      internalDomains: v.optional(patternList()),
      trustedDomains: v.optional(patternList(), []),
      blockedDomains: v.optional(patternList(), []),
      personalMailDomains: v.optional(v.array(domainPattern(), "expected a list of domains"), []),
      rules: v.optional(closedObject(ruleShape, "expected an object keyed by rule id"), {}),
      delivery: v.optional(
        closedObject(
          { delayExternalSeconds: v.optional(v.pipe(wholeNumber(0), v.maxValue(600, "expected at most 600 seconds")), 0) },
          'expected an object, e.g. { "delayExternalSeconds": 60 }',
        ),
        { delayExternalSeconds: 0 },
      ),
      memory: described(
        v.optional(
          closedObject(
            {
              enabled: described(v.optional(trueOrFalse(), true), "false: no recipient memory; every outside recipient is new on every send"),
              days: described(
                v.optional(v.pipe(wholeNumber(1), v.maxValue(3650, "expected at most 3650 days")), 180),
                "How long a recipient the user wrote to stays known (days since the last send)",
              ),
            },
            'expected an object, e.g. { "enabled": true, "days": 180 }',
          ),
          { enabled: true, days: 180 },
        ),
        "Which outside people this user has written to (stored per user as fingerprints in Outlook's roaming settings)",
      ),
      auditHeader: v.optional(trueOrFalse(), false),
      onError: v.optional(oneOf(ON_ERROR_VALUES), "prompt"),
      messages: v.optional(
        closedObject(
          Object.fromEntries(locales.map((locale) => [locale, v.optional(messageTable(messageIdsByLocale[locale]))] as const)),
          `expected an object keyed by locale (${locales.join(", ")})`,
        ),
        {},
      ),
    },
    "expected a JSON object",
  );
}
