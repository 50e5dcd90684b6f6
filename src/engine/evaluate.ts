import { greetingMemo } from "./greeting";
import { repeatsAnAddress, uniqueByAddress } from "./recipients";
import { MEETING_WORDING, type AnyRule, type ClassifiedRecipient, type RuleReport } from "./rule";
import type { PublicSuffixList } from "../domains/public-suffix";
import type { SurnameReadings } from "./surnames";
import { buildSharedContext } from "./context";
import { attachmentItemKey, canonicalRecipientItemKey, messageItemKey } from "./items";
import {
  decisionRank,
  maxDecision,
  type Confirmation,
  type Decision,
  type Draft,
  type EnginePolicy,
  type Evaluation,
  type Finding,
  type FixKind,
  type Severity,
} from "./types";

function lowerOf(a: Exclude<Severity, "off">, b: Exclude<Severity, "off"> | undefined): Exclude<Severity, "off"> {
  return b !== undefined && decisionRank(b) < decisionRank(a) ? b : a;
}

/** Each address once, as the draft spells it. */
function distinctAddresses(recipients: readonly ClassifiedRecipient[]): ClassifiedRecipient[] {
  const seen = new Set<string>();
  const distinct: ClassifiedRecipient[] = [];
  for (const recipient of recipients) {
    if (seen.has(recipient.address)) continue;
    seen.add(recipient.address);
    distinct.push(recipient);
  }
  return distinct;
}

/** Each string once, first place kept; most lists here have one entry or none, which need no Set. */
function eachOnce(strings: string[]): string[] {
  return strings.length < 2 ? strings : [...new Set(strings)];
}

/** A meeting's attendees all see each other and it has no BCC: the fix there is a separate invitation, not a click. */
function fixesFor(fixes: FixKind[] | undefined, meeting: boolean): FixKind[] {
  if (!fixes) return [];
  return meeting ? fixes.filter((fix) => fix !== "move-to-bcc") : fixes;
}

/** The rule's message id, or its meeting wording on a meeting request when the rule has one. */
function messageIdFor(rule: AnyRule, messageId: string, meeting: boolean): string {
  const worded = messageId + MEETING_WORDING;
  return meeting && rule.messages.indexOf(worded) >= 0 ? worded : messageId;
}

/**
 * The engine's finding for a rule's report. `confirmedItems` are the items the user
 * confirmed for this rule; confirm and warn findings can be confirmed (a warning is acknowledged), never block. What still needs
 * confirming is named first, so after a partial confirmation the alert and the pane
 * show the new recipient, not the eleven already confirmed.
 */
function toFinding(
  rule: AnyRule,
  configured: Exclude<Severity, "off">,
  report: RuleReport,
  recipientKey: (recipient: ClassifiedRecipient) => string,
  confirmedItems: ReadonlySet<string> | undefined,
  meeting: boolean,
): Finding {
  const severity = lowerOf(configured, report.severity);
  // A warning shown in the pane is acknowledged by its Confirm too (one round, not a second "Send anyway").
  const confirmable = severity !== "block" && confirmedItems !== undefined && confirmedItems.size > 0 ? confirmedItems : undefined;
  const isPending = (key: string) => confirmable === undefined || !confirmable.has(key);
  // Each list split into pending and confirmed once, pending first (a mass mailing has thousands of
  // items); with nothing confirmed every item is pending and the order stays.
  const pendingFirst = <T>(entries: readonly T[], keyOf: (entry: T) => string): readonly T[] => {
    if (confirmable === undefined) return entries;
    const pending: T[] = [];
    const done: T[] = [];
    for (const entry of entries) (isPending(keyOf(entry)) ? pending : done).push(entry);
    return pending.concat(done);
  };
  // Rules name each mailbox once; only when one repeats are addresses compared: the same
  // mailbox in To and CC is one address, two spellings of it are two addresses but one item.
  const reported = report.recipients ?? [];
  const repeats = repeatsAnAddress(reported);
  const named = pendingFirst(repeats ? distinctAddresses(reported) : reported, recipientKey);
  const items = (repeats ? uniqueByAddress(named) : named).map(recipientKey);
  const attachments = pendingFirst(report.attachments ?? [], attachmentItemKey);
  const params = report.params ?? {};
  for (const key of eachOnce(attachments.map(attachmentItemKey))) items.push(key);
  if (items.length === 0) items.push(messageItemKey(report.messageId, params));
  return {
    rule: rule.id,
    severity,
    recipients: named.map((r) => r.address),
    attachments: eachOnce(attachments.map((a) => a.name)),
    message: { id: `${rule.id}/${messageIdFor(rule, report.messageId, meeting)}`, params },
    fixes: fixesFor(report.fixes, meeting),
    items,
    // With nothing confirmed every item is pending: one array serves both (nothing changes a finding).
    pendingItems: confirmable === undefined ? items : items.filter(isPending),
  };
}

/**
 * Thrown by evaluateWith when `outOfTime` says the send's time is up between two rules: a
 * timer cannot fire while rules run, so the clock is read where one phase ends and the next begins.
 */
export class OutOfTime extends Error {
  constructor(readonly after: string) {
    super(`out of time after ${after}`);
    this.name = "OutOfTime";
  }
}

/**
 * Runs each of `rules` that the policy enables over the draft (src/check passes
 * the shipped list), with organisations cut at `run.suffixes` and kanji surnames read with
 * `run.surnames` (none read without it), asking `run.outOfTime`
 * (if given) after building the shared context and after each rule, and throwing
 * OutOfTime when it says so. A `confirm` or `warn` finding whose
 * items are all confirmed in the pane moves to `confirmed`; `block` findings are
 * never confirmed away (they must be fixed).
 * Because confirmations name items, a recipient or file added after confirming
 * is pending again and stops the send.
 */
export function evaluateWith(
  rules: readonly AnyRule[],
  draft: Draft,
  policy: EnginePolicy,
  confirmations: readonly Confirmation[],
  run: { suffixes: PublicSuffixList; surnames?: SurnameReadings; outOfTime?: () => boolean },
): Evaluation {
  const { outOfTime } = run;
  // A meeting has no conversation (no compose type, DESIGN §1a): a snapshot on one is not looked at.
  if (draft.kind === "meeting" && draft.thread) draft = { ...draft, thread: undefined };
  const shared = buildSharedContext(draft, policy, run.suffixes, run.surnames);
  const classified = { hasExternal: shared.hasExternal, recipients: shared.distinct, entries: shared.recipients };
  if (!policy.enabled) return { decision: "allow", findings: [], confirmed: [], ...classified, greeted: { people: [], organisations: [] } };
  if (outOfTime && outOfTime()) throw new OutOfTime("reading the recipients");
  // Several findings name the same thousands of recipients: one key per distinct address, in a slot made for it.
  const keyByAddressIndex = new Array<string | undefined>(shared.distinct.length);
  const recipientKey = (recipient: ClassifiedRecipient) =>
    keyByAddressIndex[recipient.addressIndex] ??
    (keyByAddressIndex[recipient.addressIndex] = canonicalRecipientItemKey(recipient.normalized));
  const confirmedByRule = new Map<string, Set<string>>();
  for (const { rule, item } of confirmations) {
    const items = confirmedByRule.get(rule) ?? new Set<string>();
    confirmedByRule.set(rule, items.add(item));
  }
  const findings: Finding[] = [];
  const confirmed: Finding[] = [];
  let decision: Decision = "allow";
  const meeting = draft.kind === "meeting";
  for (const rule of rules) {
    const settings = policy.rules[rule.id] ?? rule.defaults;
    if (settings.severity === "off") continue;
    const configured = settings.severity;
    for (const report of rule.check(draft, { ...shared, options: settings, familiarityCounts: configured !== "block" })) {
      const finding = toFinding(rule, configured, report, recipientKey, confirmedByRule.get(rule.id), meeting);
      if (finding.pendingItems.length === 0) {
        confirmed.push(finding);
        continue;
      }
      findings.push(finding);
      decision = maxDecision(decision, finding.severity);
    }
    if (outOfTime && outOfTime()) throw new OutOfTime(rule.id);
  }
  // The To recipients come first among the classified ones.
  const greeted = policy.memory.enabled
    ? greetingMemo(draft.body.newText, shared.recipients.slice(0, draft.to.length), shared.remembering ? draft.memory : undefined, shared.surnames)
    : { people: [], organisations: [] };
  return { decision, findings, confirmed, ...classified, greeted };
}

/** The (rule, item) pairs that confirm every pending item of the confirm findings and acknowledge the warnings. */
export function confirmationsFor(findings: readonly Finding[]): Confirmation[] {
  const confirmations: Confirmation[] = [];
  for (const finding of findings) {
    if (finding.severity === "block") continue;
    for (const item of finding.pendingItems) confirmations.push({ rule: finding.rule, item });
  }
  return confirmations;
}
