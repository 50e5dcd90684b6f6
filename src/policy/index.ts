import * as v from "valibot";
import { normalizeDomain } from "../domains/idn";
import { COMMON_SUFFIXES, type PublicSuffixList } from "../domains/public-suffix";
import type { AnyRule } from "../engine/rule";
import { compilePattern, type AddressPattern } from "../domains/patterns";
import { checkPolicySafety } from "./safety";
import { buildPolicySchema, closestName, jsonSchemaOf } from "./schema";
import type { RuleSettings } from "../engine/types";
import type { Policy } from "./types";

export type { Policy, OnError } from "./types";

/** `warnings`: legal but probably not meant (printed by the command line; the policy is used). */
export type PolicyResult = { ok: true; policy: Policy; warnings: string[] } | { ok: false; errors: string[] };

/**
 * A policy as its schema gives it back: plain JSON with every default filled in, checked
 * for safety. The build validates the embedded policy and writes this into the event
 * script, which then needs no validator for a published policy equal to it.
 */
export type ValidatedPolicy = v.InferOutput<ReturnType<typeof buildPolicySchema>>;

export type ValidationResult = { ok: true; validated: ValidatedPolicy; warnings: string[] } | { ok: false; errors: string[] };

function pathText(keys: readonly unknown[]): string {
  return keys.map(String).join(".") || "(policy)";
}

const keysOf = (path: readonly v.IssuePathItem[]) => path.map((item) => item.key);

/** What a schema says of itself, as valibot publishes it (pipes, optional wrappers, object entries). */
type SchemaNode = { kind: string; wrapped?: SchemaNode; entries?: Record<string, SchemaNode>; pipe?: readonly SchemaNode[] };
type PolicySchema = ReturnType<typeof buildPolicySchema>;

/** The entries of the object a schema checks, through its pipe and optional wrapper; none if it checks no object. */
function entriesOf(schema: SchemaNode | undefined): Record<string, SchemaNode> | undefined {
  if (!schema) return undefined;
  if (schema.entries) return schema.entries;
  if (schema.wrapped) return entriesOf(schema.wrapped);
  for (const item of schema.pipe ?? []) {
    const entries = item.kind === "schema" ? entriesOf(item) : undefined;
    if (entries) return entries;
  }
  return undefined;
}

/** The entries the policy schema allows in the object at `path`; none if they cannot be found. */
function entriesAt(policySchema: PolicySchema, path: readonly v.IssuePathItem[]): Record<string, SchemaNode> | undefined {
  let entries = entriesOf(policySchema as unknown as SchemaNode);
  for (const item of path) entries = entriesOf(entries?.[String(item.key)]);
  return entries;
}

/** "unknown key" plus what was probably meant (a typo of a known key) or the keys allowed there. */
function unknownKeyText(key: string, known: readonly string[]): string {
  const meant = closestName(key, known);
  if (meant) return `unknown key (did you mean "${meant}"?)`;
  return known.length > 0 ? `unknown key (expected one of: ${known.join(", ")})` : "unknown key";
}

/**
 * One line per problem, each starting with the JSON path it is about. valibot names the first
 * unknown key of an object; every one of them is named here.
 */
function describeIssues(policySchema: PolicySchema, issues: readonly v.BaseIssue<unknown>[]): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    const path = issue.path ?? [];
    if (issue.type === "strict_object" && issue.expected === "never" && path.length > 0) {
      const objectPath = path.slice(0, -1);
      const entries = entriesAt(policySchema, objectPath);
      const allowed = entries ? Object.keys(entries) : [];
      const known = allowed.filter((key) => key !== "$schema");
      // Where the schema's entries cannot be found, the one key valibot named.
      const unknown = entries ? Object.keys(path[path.length - 1].input as object).filter((key) => !allowed.includes(key)) : [String(issue.input)];
      for (const key of unknown) lines.push(`${pathText([...keysOf(objectPath), key])}: ${unknownKeyText(key, known)}`);
    } else {
      lines.push(`${pathText(keysOf(path))}: ${issue.message}`);
    }
  }
  return lines;
}

function compileAll(sources: readonly string[]): AddressPattern[] {
  return sources.map((source) => compilePattern(source)).filter((p): p is AddressPattern => p !== null);
}

/** Policy list options add to a rule's built-in list unless the policy says `builtIn: false`. */
export function resolveRuleSettings(rule: AnyRule, given: Record<string, unknown> | undefined): RuleSettings {
  const settings: Record<string, unknown> = { ...rule.defaults };
  const keepBuiltIn = given?.builtIn !== false;
  // `builtIn: false` drops every built-in list, also one the policy gives no list for.
  if (!keepBuiltIn) for (const key of Object.keys(settings)) if (Array.isArray(settings[key])) settings[key] = [];
  for (const [key, value] of Object.entries(given ?? {})) {
    const builtIn = (rule.defaults as Record<string, unknown>)[key];
    settings[key] = Array.isArray(builtIn) && Array.isArray(value) && keepBuiltIn ? [...builtIn, ...value] : value;
  }
  return settings as RuleSettings;
}

/**
 * What a policy file may name besides its fixed keys: the rules (their ids and
 * option schemas) and the messages an admin may reword, by locale. The
 * composition root (src/check) passes the shipped rules and catalogues.
 */
export interface PolicyVocabulary {
  rules: readonly AnyRule[];
  /** Message ids an admin may reword, by locale. */
  messages: Readonly<Record<string, readonly string[]>>;
}

/**
 * `suffixes` is the Public Suffix List that judges whether an internal or trusted
 * domain is a public suffix (`*.co.jp`): the full list where the caller has loaded
 * it, else the built-in common suffixes.
 */
export interface PolicyReader {
  /** Validates a parsed JSON value and fills in every default. */
  parsePolicy(input: unknown, suffixes?: PublicSuffixList): PolicyResult;
  /** parsePolicy's first half: the schema and the safety checks, giving JSON. */
  validatePolicy(input: unknown, suffixes?: PublicSuffixList): ValidationResult;
  /** parsePolicy's second half, which needs no schema: patterns compiled, rule settings resolved. */
  policyFromValidated(validated: ValidatedPolicy): Policy;
  /** Parses policy text; JSON syntax errors are reported like validation errors. */
  parsePolicyText(text: string, suffixes?: PublicSuffixList): PolicyResult;
  /** The policy with nothing set: every default. */
  defaultPolicy(): Policy;
}

export function createPolicyReader(vocabulary: PolicyVocabulary): PolicyReader {
  const { rules } = vocabulary;
  // Built when asked for or on the first read, not when the script loads.
  let built: PolicySchema | undefined;
  const schema = () => built || (built = buildPolicySchema(rules, vocabulary.messages));

  function validatePolicy(input: unknown, suffixes = COMMON_SUFFIXES): ValidationResult {
    const policySchema = schema();
    // One problem per value (a threshold of 0.5 is not also "below 1").
    const result = v.safeParse(policySchema, input, { abortPipeEarly: true });
    if (!result.success) return { ok: false, errors: describeIssues(policySchema, result.issues) };
    const safety = checkPolicySafety(result.output, suffixes);
    if (safety.errors.length > 0) return { ok: false, errors: safety.errors };
    return { ok: true, validated: result.output, warnings: safety.warnings };
  }

  function policyFromValidated(raw: ValidatedPolicy): Policy {
    const givenRules = raw.rules as Record<string, Record<string, unknown> | undefined>;
    return {
      version: 1,
      enabled: raw.enabled,
      internalDomains: compileAll(raw.internalDomains ?? []),
      internalDomainsGiven: raw.internalDomains !== undefined,
      trustedDomains: compileAll(raw.trustedDomains),
      blockedDomains: compileAll(raw.blockedDomains),
      personalMailDomains: raw.personalMailDomains.map((d) => normalizeDomain(d.replace(/^\*\./, ""))),
      rules: Object.fromEntries(rules.map((rule) => [rule.id, resolveRuleSettings(rule, givenRules[rule.id])] as const)),
      delivery: { delayExternalSeconds: raw.delivery.delayExternalSeconds },
      memory: { enabled: raw.memory.enabled, days: raw.memory.days },
      auditHeader: raw.auditHeader,
      onError: raw.onError,
      messages: raw.messages,
    };
  }

  function parsePolicy(input: unknown, suffixes = COMMON_SUFFIXES): PolicyResult {
    const result = validatePolicy(input, suffixes);
    return result.ok ? { ok: true, policy: policyFromValidated(result.validated), warnings: result.warnings } : result;
  }

  function parsePolicyText(text: string, suffixes = COMMON_SUFFIXES): PolicyResult {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { ok: false, errors: [`(policy): not valid JSON (${(error as Error).message})`] };
    }
    return parsePolicy(json, suffixes);
  }

  function defaultPolicy(): Policy {
    const result = parsePolicy({});
    if (!result.ok) throw new Error(`built-in defaults are invalid: ${result.errors.join("; ")}`);
    return result.policy;
  }

  return { parsePolicy, parsePolicyText, validatePolicy, policyFromValidated, defaultPolicy };
}

/**
 * JSON Schema (draft 2020-12) for editors, generated from the same valibot source;
 * `ruleDescriptions` (by rule id) describe each rule's settings.
 */
export function policyJsonSchema(vocabulary: PolicyVocabulary, ruleDescriptions: Readonly<Record<string, string>>): Record<string, unknown> {
  // Built here, not shared with the reader's schema: the rule descriptions stay out of the Outlook bundles.
  const documented = buildPolicySchema(vocabulary.rules, vocabulary.messages, ruleDescriptions);
  return jsonSchemaOf(documented);
}
