import * as v from "valibot";
import type { ConsumerMailDomains } from "../domains/organisation";
import type { Party } from "../domains/organisation";
import type { PublicSuffixList } from "../domains/public-suffix";
import type { SurnameReadings } from "./surnames";
import type {
  Attachment,
  Draft,
  EnginePolicy,
  Familiarity,
  FixKind,
  MessageParam,
  Recipient,
  RecipientField,
  Severity,
} from "./types";

/** Where a recipient stands relative to the organisation. Trusted is still external. */
export type Zone = "internal" | "trusted" | "external";

export interface ClassifiedRecipient extends Recipient {
  field: RecipientField;
  /** Canonical address: lower-case local part, ASCII domain. */
  normalized: string;
  /**
   * Number of the canonical address among the draft's distinct ones (0, 1, …): the same
   * mailbox in To and CC, or spelled in another case, has the same number. Counting by it
   * spares hashing thousands of address strings.
   */
  addressIndex: number;
  /** Canonical ASCII domain. */
  domain: string;
  party: Party;
  zone: Zone;
  /** zone !== "internal": trusted recipients count in every exposure rule. */
  external: boolean;
  blocked: boolean;
  /** On the conversation when it was opened, written to before (memory), or new (DESIGN §1a). */
  familiarity: Familiarity;
}

export interface RuleContext<Options> {
  /** This rule's options: defaults, overridden by the policy, lists merged. */
  options: Options;
  policy: EnginePolicy;
  /** Every recipient in To, CC then BCC order. */
  recipients: readonly ClassifiedRecipient[];
  /**
   * Each address once, where it first appears in that order: the same mailbox in To and
   * CC (or spelled in another case) is one. An address in To or CC is never taken from BCC.
   */
  distinct: readonly ClassifiedRecipient[];
  /** To + CC: what every recipient sees. */
  visible: readonly ClassifiedRecipient[];
  /** True when the host capped this field's list: counts are "at least". */
  capped: Readonly<Record<RecipientField, boolean>>;
  /** Sender's canonical domain, when known. */
  senderDomain: string;
  consumerDomains: ConsumerMailDomains;
  /** The Public Suffix List this evaluation was given: where an organisation's domain starts. */
  suffixes: PublicSuffixList;
  /** The surname table this evaluation was given (empty when it has not loaded): how kanji surnames read. */
  surnames: SurnameReadings;
  /** Any recipient (any field) outside the organisation. */
  hasExternal: boolean;
  /** Whether the user's recipient memory was read for this send: "new" then means "never written to". */
  remembering: boolean;
  /**
   * Whether familiarity may spare a question: false when this rule runs at `block`, which
   * never yields to the memory or the conversation snapshot (DESIGN §1a).
   */
  familiarityCounts: boolean;
}

/**
 * What a rule's `check` returns; the engine adds severity, item keys and confirmations.
 * `MessageId` is the rule's own message ids (see Rule): a report can name no other.
 */
export interface RuleReport<MessageId extends string = string> {
  messageId: MessageId;
  params?: Record<string, MessageParam>;
  /** Classified recipients: the engine keys them by their canonical address. */
  recipients?: readonly ClassifiedRecipient[];
  attachments?: readonly Attachment[];
  fixes?: FixKind[];
  /** A lower severity than the configured one for a milder case (never higher). */
  severity?: Exclude<Severity, "off">;
}

/**
 * What a rule finds, in both languages, for docs/rules and the policy's JSON
 * Schema. Each rule file exports it as `docs`, apart from the rule object, so
 * the Outlook bundles (which never show it) leave it out.
 */
export interface RuleDocs {
  en: string;
  ja: string;
}

/**
 * Suffix of a message worded for a meeting request: a rule that lists `<id>-meeting` beside
 * `<id>` in `messages` is reported with it on a meeting (attendees rather than recipients,
 * and no BCC to move them to). The engine picks it, so rules stay unaware of the item kind.
 */
export const MEETING_WORDING = "-meeting";

/** A message id worded for a meeting request: the engine picks it, never the rule. */
type MeetingWorded = `${string}${typeof MEETING_WORDING}`;

/** The message ids a rule's `check` reports: its `messages` without the meeting wordings. */
export type ReportedId<MessageId extends string> = Exclude<MessageId, MeetingWorded>;

/**
 * A rule, shaped like an ESLint rule: metadata plus one `check` function.
 * Options are validated by `options` (valibot object entries; the policy schema adds
 * `severity`), written as a getter so its schemas are made when a policy is
 * read, not when the script loads. A list option's policy value adds to the default list unless
 * the policy says `"builtIn": false` (declare `builtIn` in `options` then).
 * `Id` and `MessageId` are the literal id and message ids (inferred by defineRule): `check`
 * reports only ids in `messages`, and src/check has the compiler find each
 * `<id>/<message id>` in the catalogue.
 */
export interface Rule<Options extends object = Record<string, unknown>, Id extends string = string, MessageId extends string = string> {
  id: Id;
  defaults: { severity: Exclude<Severity, "off"> } & Options;
  options: v.ObjectEntries;
  /** Message ids (`<rule id>/<message id>` in src/i18n). */
  messages: readonly MessageId[];
  check(draft: Draft, context: RuleContext<Options>): RuleReport<ReportedId<NoInfer<MessageId>>>[];
}

/** An option's schema: one of `values`, refusing others with the list of them. */
export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return v.picklist(values, `expected one of ${values.join(", ")}`);
}

/** The registry holds rules of different option types. */
export type AnyRule = Rule<Record<string, unknown>>;

/** A rule in the registry that still says its id and message ids, for the catalogue check in src/check. */
export interface DefinedRule<Id extends string, MessageId extends string> extends AnyRule {
  readonly id: Id;
  readonly messages: readonly MessageId[];
}

/** `<rule id>/<message id>` for every message of the rules `R` (a union), meeting wordings included. */
export type CatalogueKeyOf<R> = R extends DefinedRule<infer Id, infer MessageId> ? `${Id}/${MessageId}` : never;

/**
 * `defineRule<Options>()({ ... })`, or `defineRule()({ ... })` for a rule without options:
 * the options are stated, the id and message ids inferred (TypeScript infers all of
 * one call's type arguments or none, hence two calls). Returns the rule itself: types only.
 */
export function defineRule<Options extends object = Record<never, never>>() {
  return <const Id extends string, const MessageId extends string>(rule: Rule<Options, Id, MessageId>) =>
    rule as unknown as DefinedRule<Id, MessageId>;
}
