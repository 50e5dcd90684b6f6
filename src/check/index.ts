/**
 * The composition root of the core: binds the shipped rule list (src/rules) and
 * message catalogues (src/i18n) to the engine and the policy reader, which know
 * neither. Office code and the entry points evaluate and read policies through
 * here; a test that wants other rules calls the engine's evaluateWith.
 */
import { COMMON_SUFFIXES, type PublicSuffixList } from "../domains/public-suffix";
import { evaluateWith } from "../engine/evaluate";
import type { SurnameReadings } from "../engine/surnames";
import type { Confirmation, Draft, Evaluation } from "../engine/types";
import { catalogues, type Locale, type MessageId } from "../i18n";
import { createPolicyReader, policyJsonSchema as documentedSchema, type Policy, type PolicyVocabulary } from "../policy";
import { allRules, ruleDocs, type ShippedMessageId, type ShippedRuleId } from "../rules";

/**
 * `true` when every id in `Used` is a key of the catalogue (`Known`); otherwise the ids
 * without text, which the compiler names in its error where `true` is given.
 */
export type EveryMessageHasText<Used extends string, Known extends string> = [Exclude<Used, Known>] extends [never]
  ? true
  : { withoutText: Exclude<Used, Known> };

/**
 * `true` when every catalogue key under a rule's id (`<rule id>/…` in `Known`) is one of the
 * messages the rules list (`Listed`); otherwise the keys no rule reports any more, which the
 * compiler names in its error where `true` is given.
 */
export type NoMessageLeftBehind<Known extends string, RuleId extends string, Listed extends string> = [
  Exclude<Extract<Known, `${RuleId}/${string}`>, Listed>,
] extends [never]
  ? true
  : { listedByNoRule: Exclude<Extract<Known, `${RuleId}/${string}`>, Listed> };

/** Satisfied by `true` only. */
type Holds<_Check extends true> = never;

// Compile time only: a message a shipped rule lists must have English text (ja.ts has en.ts's keys, also checked).
export type _ShippedMessagesHaveText = Holds<EveryMessageHasText<ShippedMessageId, MessageId>>;
// And the other way: no text is left behind for a message a rule no longer lists (renamed or removed).
export type _NoMessageLeftBehind = Holds<NoMessageLeftBehind<MessageId, ShippedRuleId, ShippedMessageId>>;

const vocabulary: PolicyVocabulary = {
  rules: allRules,
  messages: {
    en: Object.keys(catalogues.en),
    ja: Object.keys(catalogues.ja),
  } satisfies Record<Locale, readonly string[]>,
};

export const { parsePolicy, parsePolicyText, validatePolicy, policyFromValidated, defaultPolicy } = createPolicyReader(vocabulary);

/** What an evaluation may be given besides the draft, the policy and the confirmations. */
export interface EvaluateOptions {
  /** The full Public Suffix List where the caller has loaded it; the built-in common suffixes otherwise. */
  suffixes?: PublicSuffixList;
  /** The surname table where the caller has loaded it; kanji surnames go unread otherwise. */
  surnames?: SurnameReadings;
  /** Asked between phases (see evaluateWith): the send handler's deadline. */
  outOfTime?: () => boolean;
}

/** The shipped rules' findings on a draft under a policy, and the decision (see evaluateWith). */
export function evaluate(draft: Draft, policy: Policy, confirmations: readonly Confirmation[] = [], options: EvaluateOptions = {}): Evaluation {
  return evaluateWith(allRules, draft, policy, confirmations, { suffixes: options.suffixes || COMMON_SUFFIXES, surnames: options.surnames, outOfTime: options.outOfTime });
}

/** JSON Schema (draft 2020-12) of the policy file for editors, each rule described in English. */
export function policyJsonSchema(): Record<string, unknown> {
  const descriptions: Record<string, string> = {};
  for (const id of Object.keys(ruleDocs)) descriptions[id] = ruleDocs[id].en;
  return documentedSchema(vocabulary, descriptions);
}
