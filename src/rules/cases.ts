import type { DraftSpec } from "../engine/draft";
import type { Confirmation, FixKind, MessageParam } from "../engine/types";

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
  /** Must-fire rows: exactly these recipients (any order) across the rule's findings. */
  recipients?: string[];
  /** Must-fire rows: exactly these attachment names across the rule's findings. */
  attachments?: string[];
  /** Must-fire rows: every finding uses this message id (without the rule prefix). */
  messageId?: string;
  /** Must-fire rows: the highest severity among the rule's findings. */
  severity?: "warn" | "confirm" | "block";
  /** Must-fire rows: every finding offers exactly these one-click fixes. */
  fixes?: FixKind[];
  /** Must-fire rows: each finding's params include these. */
  params?: Record<string, MessageParam>;
}

export interface RuleCases {
  /** Drafts on which the rule must not fire. */
  valid: RuleCase[];
  /** Drafts on which it must fire. */
  invalid: RuleCase[];
}
