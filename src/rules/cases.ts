import type { DraftSpec } from "../engine/draft";
import type { DefinedRule } from "../engine/rule";
import type { Confirmation, FixKind, MessageParam } from "../engine/types";

/** The message ids of a rule made by defineRule (`typeof rule`), meeting wordings included; any string otherwise. */
type MessageIdOf<R> = R extends DefinedRule<string, infer MessageId> ? MessageId : string;

/**
 * One finding an invalid row expects, like an entry of ESLint's RuleTester `errors`.
 * What it leaves out must be empty: no params, no recipients, no attachments, no fixes.
 */
export interface ExpectedFinding<MessageId extends string = string> {
  /** The message id without the rule prefix (the meeting wording on a meeting request). */
  messageId: MessageId;
  severity: "warn" | "confirm" | "block";
  /** Exactly these params. */
  params?: Record<string, MessageParam>;
  /** Exactly these recipients in this order, compared in lower case. */
  recipients?: string[];
  /** Exactly these attachment names in this order. */
  attachments?: string[];
  /** Exactly these one-click fixes. */
  fixes?: FixKind[];
}

/**
 * A row of a rule's test table. The shared tester (test/rules.test.ts) runs the
 * engine with this rule alone on `draft` under `policy` (raw policy JSON; the
 * sender is `sender@example.co.jp` unless `draft.from` says otherwise), with the
 * full Public Suffix List.
 */
export interface RuleCase {
  name: string;
  draft: DraftSpec;
  policy?: Record<string, unknown>;
  confirmations?: Confirmation[];
}

/** A row on which the rule fires: each finding in the order the rule reports them. */
export interface InvalidRuleCase<MessageId extends string = string> extends RuleCase {
  errors: ExpectedFinding<MessageId>[];
}

/** A rule's test table; `RuleCases<typeof rule>` limits the expected message ids to the rule's own. */
export interface RuleCases<R = unknown> {
  /** Drafts on which the rule must not fire. */
  valid: RuleCase[];
  /** Drafts on which it must fire, and what it must find. */
  invalid: InvalidRuleCase<MessageIdOf<R>>[];
}
