import type { AddressPattern } from "../domains/patterns";
import type { GreetingMemo, RecipientMemory } from "./memory";
import type { ClassifiedRecipient } from "./rule";

/** Severity a policy gives a rule; `off` disables it. */
export type Severity = "off" | "warn" | "confirm" | "block";
/** What the handler does with a draft: the highest severity found. */
export type Decision = "allow" | "warn" | "confirm" | "block";

export const DECISION_ORDER: readonly Decision[] = ["allow", "warn", "confirm", "block"];

export function decisionRank(decision: Decision | Severity): number {
  return decision === "off" ? -1 : DECISION_ORDER.indexOf(decision);
}

export function maxDecision(a: Decision, b: Decision): Decision {
  return decisionRank(a) >= decisionRank(b) ? a : b;
}

/** A rule's settings as the policy resolved them: its severity, then its options. */
export type RuleSettings = { severity: Severity } & Record<string, unknown>;

/**
 * What the engine and the rules read of a validated policy; src/policy builds the
 * whole policy (this and what the entry points read) from the policy file.
 */
export interface EnginePolicy {
  /** false is the admin's emergency switch: every mail is allowed without checks. */
  enabled: boolean;
  internalDomains: AddressPattern[];
  /** Whether the admin listed internalDomains; if not, the sender's domain is internal. */
  internalDomainsGiven: boolean;
  trustedDomains: AddressPattern[];
  blockedDomains: AddressPattern[];
  personalMailDomains: string[];
  /** Settings by rule id; a rule missing here runs with its defaults. */
  rules: Record<string, RuleSettings>;
  /** Whether the recipient memory is used (DESIGN §1a). */
  memory: { enabled: boolean };
}

export type RecipientField = "to" | "cc" | "bcc";
export const RECIPIENT_FIELDS: readonly RecipientField[] = ["to", "cc", "bcc"];

/** `distributionList` covers Exchange groups and personal contact groups: members unseen. */
export type RecipientKind = "user" | "distributionList" | "unknown";

export interface Recipient {
  address: string;
  name: string;
  kind: RecipientKind;
}

export interface Attachment {
  /** Host id (Outlook attachment id, or the MIME part index in the CLI). */
  id: string;
  name: string;
  size: number;
  inline: boolean;
  contentType?: string;
  /** Raw bytes when the reader fetched them (small archives only in Outlook). */
  bytes?: Uint8Array;
  /** A link to a cloud file (OneDrive/SharePoint) rather than the file itself: `size` is not the file's. */
  cloud?: boolean;
}

/** The text of the body, split so that rules can ignore what was quoted from earlier mail. */
export interface DraftBody {
  newText: string;
  quotedText: string;
}

/** How a recipient stands with this user (DESIGN §1a): on the conversation when it was opened, written to before, or new. */
export type Familiarity = "thread" | "known" | "new";

/** What was on the conversation when a reply or forward was opened (DESIGN §1a). */
export interface ConversationSnapshot {
  compose: "reply" | "forward";
  /** Whether this canonical address was among the recipients at open. */
  had(normalized: string): boolean;
  /** Canonical domains of the recipients at open. */
  domains: readonly string[];
  /** A forward's attachments at open. */
  attachments: ReadonlyArray<{ name: string; size: number }>;
}

/**
 * What is being sent: a mail, or a meeting request its organizer sends (DESIGN §1a).
 * A meeting's required and optional attendees are `to` and `cc`, it has no BCC (attendees
 * always see each other) and no conversation snapshot (no compose type for meetings).
 */
export type DraftKind = "message" | "meeting";

/** What a meeting request has besides a mail's parts, for the pane and the command line to show. */
export interface MeetingDetails {
  location: string;
  /** Absent when the host or the file did not say. */
  start?: Date;
}

export interface Draft {
  kind: DraftKind;
  /** Only on a meeting request. */
  meeting?: MeetingDetails;
  /** The mailbox owner (who sends; a meeting's organizer). */
  from?: { address: string; name?: string };
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  /** Fields whose recipient list the host returned as a full page (500/1,000): real count is "at least". */
  capped?: Partial<Record<RecipientField, boolean>>;
  subject: string;
  body: DraftBody;
  attachments: Attachment[];
  /** The conversation snapshot taken when a reply or forward opened; absent for a new mail or when unreadable. */
  thread?: ConversationSnapshot;
  /** This user's recipient memory; absent when it is off or could not be read (everyone is then new). */
  memory?: RecipientMemory;
}

/**
 * A message parameter. A list (organisations, labels, card endings) is left to the
 * i18n layer to join, so a Japanese sentence gets 「A、B」 and an English one "A, B".
 */
export type MessageParam = string | number | readonly string[];

export interface MessageRef {
  id: string;
  params: Record<string, MessageParam>;
}

/** Built-in one-click fixes the pane offers for a finding. */
export type FixKind = "move-to-bcc" | "remove-recipient" | "remove-attachment";

export interface Finding {
  rule: string;
  severity: Exclude<Severity, "off">;
  /** Addresses (as in the draft) the finding is about. */
  recipients: string[];
  /** Attachment names the finding is about. */
  attachments: string[];
  message: MessageRef;
  fixes: FixKind[];
  /** Stable keys of every item of the finding (see itemKey*). */
  items: string[];
  /** Items still needing the user's confirmation (confirm and warn findings; a block finding keeps all its items). */
  pendingItems: string[];
}

/** A (rule, item) pair the user ticked in the pane. */
export interface Confirmation {
  rule: string;
  item: string;
}

export interface Evaluation {
  decision: Decision;
  /** Findings still standing (a confirm finding whose items were all confirmed is moved to `confirmed`). */
  findings: Finding[];
  confirmed: Finding[];
  /** Any recipient outside the organisation (trusted included), as classified for the rules. */
  hasExternal: boolean;
  /**
   * Each address once, classified as the rules saw it (zone, party, familiarity): the pane
   * and the send handler's memory read these instead of classifying the draft again.
   */
  recipients: readonly ClassifiedRecipient[];
  /**
   * Every entry of To, CC then BCC as classified (the same mailbox in two fields twice, and
   * contact groups without an address each): the pane lists the draft's rows from these.
   * Classified also when the policy's emergency switch turns the checks off.
   */
  entries: readonly ClassifiedRecipient[];
  /** What the greeting named, for the recipient memory to keep once the mail has gone out (addressee-mismatch reads it back). */
  greeted: GreetingMemo;
}
