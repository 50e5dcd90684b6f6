import { z } from "zod";
import { editDistance } from "../domains/lookalike";
import { fromPairs } from "../engine/compat";
import type { AnyRule } from "../rules/rule";
import { compilePattern, isDomainPattern } from "./patterns";

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
  return z.number({ error }).int({ error }).min(min, { error });
}

export const addressPattern = z
  .string({ error: "expected a string" })
  .refine((text) => compilePattern(text) !== null, {
    error: "expected a domain (example.co.jp), a wildcard (*.example.co.jp) or an address (user@example.co.jp)",
  })
  .meta({
    description: "example.co.jp (that domain), *.example.co.jp (its subdomains) or user@example.co.jp (one address)",
  });

export const domainPattern = z
  .string({ error: "expected a string" })
  .refine((text) => isDomainPattern(compilePattern(text)), {
    error: "expected a domain (example.co.jp) or a wildcard (*.example.co.jp)",
  });

const patternList = z.array(addressPattern, { error: "expected a list of domains or addresses" });

/** `keywords`, `extensions`…: a list of non-empty strings. */
export const stringList = z.array(
  z.string({ error: "expected a string" }).min(1, { error: "expected a non-empty string" }),
  { error: "expected a list of strings" },
);

export function ruleSettingsSchema(rule: AnyRule) {
  return z.strictObject({
    severity: z
      .enum(SEVERITY_VALUES, { error: `expected one of ${SEVERITY_VALUES.join(", ")}` })
      .optional()
      .meta({ description: `Default: ${rule.defaults.severity}` }),
    ...rule.options,
  }, { error: "expected an object of this rule's settings, e.g. { \"severity\": \"warn\" }" }).meta({ description: rule.docs.en });
}

/**
 * The policy file's schema, built from the rule registry so every rule's
 * options are checked and the JSON Schema for editors comes from one source.
 */
export function buildPolicySchema(rules: readonly AnyRule[], messageIds: readonly string[]) {
  const ruleShape = fromPairs(rules.map((rule) => [rule.id, ruleSettingsSchema(rule).optional()] as const));
  const knownMessage = new Set(messageIds);
  const messageTable = z
    .record(z.string(), z.string({ error: "expected a string" }), { error: "expected an object of message id → text" })
    .superRefine((table, ctx) => {
      for (const key of Object.keys(table)) {
        if (!knownMessage.has(key)) {
          const meant = closestName(key, messageIds);
          const hint = meant ? `did you mean "${meant}"?` : `ids are "<rule id>/<message id>", e.g. "bcc-exposure/visible"`;
          ctx.addIssue({ code: "custom", path: [key], message: `unknown message id (${hint})` });
        }
      }
    });
  return z
    .strictObject({
      $schema: z.string({ error: "expected a string (the JSON Schema address)" }).optional(),
      version: z.literal(1, { error: "expected 1" }).default(1),
      enabled: z.boolean({ error: "expected true or false" }).default(true)
        .meta({ description: "false allows every mail without checking (emergency switch)" }),
      internalDomains: patternList.optional(),
      trustedDomains: patternList.default([]),
      blockedDomains: patternList.default([]),
      personalMailDomains: z.array(domainPattern, { error: "expected a list of domains" }).default([]),
      rules: z.strictObject(ruleShape, { error: "expected an object keyed by rule id" }).default({}),
      delivery: z
        .strictObject(
          { delayExternalSeconds: wholeNumber(0).max(600, { error: "expected at most 600 seconds" }).default(0) },
          { error: "expected an object, e.g. { \"delayExternalSeconds\": 60 }" },
        )
        .default({ delayExternalSeconds: 0 }),
      auditHeader: z.boolean({ error: "expected true or false" }).default(false),
      onError: z.enum(ON_ERROR_VALUES, { error: `expected one of ${ON_ERROR_VALUES.join(", ")}` }).default("prompt"),
      messages: z
        .strictObject(
          { en: messageTable.optional(), ja: messageTable.optional() },
          { error: "expected an object keyed by locale (en, ja)" },
        )
        .default({}),
    }, { error: "expected a JSON object" });
}
