import { displayDomainWithAscii } from "../domains/idn";
import { attachmentItemKey, MESSAGE_ITEM, recipientItemKey } from "../engine/items";
import { itemsToChange } from "../i18n/findings";
import {
  decisionRank,
  type Attachment,
  type Confirmation,
  type Draft,
  type Evaluation,
  type Familiarity,
  type Finding,
  type RecipientField,
  type RecipientKind,
} from "../engine/types";
import type { RecipientTarget, UnaddressedEntry } from "../office/fixes";
import type { Policy } from "../policy/types";
import type { ClassifiedRecipient, Zone } from "../engine/rule";
import { isIncompleteAddress } from "../engine/recipients";

/**
 * What the pane shows, derived from (draft, policy, evaluation) without any
 * React or Office code so it can be unit-tested and recomputed on every change.
 */

type FindingSeverity = Finding["severity"];

/** One checkbox: every pending (rule, item) pair of one recipient, one file, or one message-level finding. */
export interface CheckItem {
  id: string;
  confirmations: Confirmation[];
  /** The confirm findings asking for it (shown as the reasons). */
  findings: Finding[];
}

export interface RecipientRow {
  /** Unique in the pane (the React key): the address's item key, or a key for an entry without an address. */
  id: string;
  /** What its Remove button takes out. */
  target: RecipientTarget;
  /** "" for a personal contact group: Outlook gives it no address. */
  address: string;
  name: string;
  kind: RecipientKind;
  /** Every field the address is in (an address may be in To and CC). */
  fields: RecipientField[];
  /** Highest severity of a standing finding about it. */
  severity?: FindingSeverity;
  /** It was confirmed earlier and nothing new is pending. */
  confirmed: boolean;
  check?: CheckItem;
  /** Its remove button sits in a must-fix card, so the row does not repeat it. */
  removedInCard: boolean;
  /** A must-fix finding names it and the BCC fix moves it: the row says so instead of asking for a tick. */
  toBcc: boolean;
  /** How an outside recipient stands with this user (on this conversation, written to before, new); absent for colleagues. */
  familiarity?: Familiarity;
}

export interface OrganisationGroup {
  id: string;
  /** Registrable domain, or the mailbox provider's domain for personal addresses; "" for entries without an address. */
  label: string;
  /** `personal`: consumer mailboxes gathered under their provider; `no-address`: contact groups; `incomplete`: entries that are no whole address. */
  kind: "organisation" | "personal" | "no-address" | "incomplete";
  rows: RecipientRow[];
}

export interface ZoneSection {
  zone: Zone;
  groups: OrganisationGroup[];
  count: number;
}

export interface AttachmentRow {
  attachment: Attachment;
  severity?: FindingSeverity;
  confirmed: boolean;
  check?: CheckItem;
  removedInCard: boolean;
}

/** A must-fix finding with what its one-click fixes act on. */
export interface BlockCard {
  finding: Finding;
  removableRecipients: string[];
  removableAttachments: Attachment[];
}

export interface PaneModel {
  sections: ZoneSection[];
  recipientCount: number;
  attachments: AttachmentRow[];
  /** Confirm findings that are about the message itself (subject/body), not an item. */
  messageChecks: CheckItem[];
  /** Every checkbox, in display order. */
  checks: CheckItem[];
  /** Standing warnings: they need no tick, and Confirm acknowledges them with the ticked items. */
  warnings: Finding[];
  blockCards: BlockCard[];
  /** Addresses the "Move external To/CC to BCC" fix moves; empty when no finding offers it. */
  moveToBcc: string[];
  cappedFields: RecipientField[];
}

const ZONE_ORDER: readonly Zone[] = ["external", "trusted", "internal"];

function confirmationKey(c: Confirmation): string {
  return `${c.rule}\n${c.item}`;
}

function worse(a: FindingSeverity | undefined, b: FindingSeverity): FindingSeverity {
  return a !== undefined && decisionRank(a) >= decisionRank(b) ? a : b;
}

/**
 * Pending confirmations grouped by item, so one checkbox answers every rule that asks about
 * that item. Only confirm findings ask: a warning is acknowledged by Confirm without a tick,
 * and a must-fix finding is never confirmed. Nor are the items it names (`toChange`): they
 * must be moved or removed first, and the re-check after the fix asks about what stands.
 */
function collectChecks(findings: readonly Finding[], toChange: ReadonlySet<string>): Map<string, CheckItem> {
  const checks = new Map<string, CheckItem>();
  for (const finding of findings) {
    if (finding.severity !== "confirm") continue;
    for (const item of finding.pendingItems) {
      if (toChange.has(item)) continue;
      // A message-level item is one per rule and content: each says something different about the mail.
      const id = item.startsWith(`${MESSAGE_ITEM}:`) ? `${MESSAGE_ITEM}:${finding.rule}:${item}` : item;
      const check = checks.get(id) ?? { id, confirmations: [], findings: [] };
      check.confirmations.push({ rule: finding.rule, item });
      check.findings.push(finding);
      checks.set(id, check);
    }
  }
  return checks;
}

function severityByItem(findings: readonly Finding[]): Map<string, FindingSeverity> {
  const severities = new Map<string, FindingSeverity>();
  for (const finding of findings) {
    for (const item of finding.items) severities.set(item, worse(severities.get(item), finding.severity));
  }
  return severities;
}

function itemsOf(findings: readonly Finding[]): Set<string> {
  const items = new Set<string>();
  for (const finding of findings) for (const item of finding.items) items.add(item);
  return items;
}

function blockCardsOf(findings: readonly Finding[], attachments: readonly Attachment[]): BlockCard[] {
  return findings
    .filter((f) => f.severity === "block")
    .map((finding) => {
      const items = new Set(finding.items);
      return {
        finding,
        removableRecipients: finding.fixes.includes("remove-recipient") ? finding.recipients : [],
        removableAttachments: finding.fixes.includes("remove-attachment")
          ? attachments.filter((a) => items.has(attachmentItemKey(a)))
          : [],
      };
    });
}

type GroupPlace = Pick<OrganisationGroup, "id" | "label" | "kind">;

/** An IDN organisation shows its punycode too: a Cyrillic е in еxample.co.jp is invisible otherwise. */
function groupOf(recipient: ClassifiedRecipient): GroupPlace {
  const { party, domain } = recipient;
  // Checked first: an unresolved name (田中) has no organisation, and must not sit under an empty heading.
  if (isIncompleteAddress(recipient)) return { id: "incomplete", label: "", kind: "incomplete" };
  if (!recipient.normalized) return { id: "no-address", label: "", kind: "no-address" };
  // A personal mailbox is its own party; for display they are gathered under their provider.
  if (party.consumer) return { id: `personal:${domain}`, label: displayDomainWithAscii(domain), kind: "personal" };
  return { id: `org:${party.label}`, label: displayDomainWithAscii(party.organisation), kind: "organisation" };
}

/** Builds every section of the pane. `ticked` does not matter here: ticks only change checkbox states. */
export function buildPaneModel(draft: Draft, policy: Policy, evaluation: Evaluation): PaneModel {
  const moveToBcc = moveToBccAddresses(evaluation);
  const movedToBcc = new Set(moveToBcc.map(recipientItemKey));
  const checks = collectChecks(evaluation.findings, itemsToChange(evaluation.findings));
  const severities = severityByItem(evaluation.findings);
  // As the evaluation classified them: the pane does not judge familiarity a second way. Without
  // a memory (off, or unreadable) nobody is known to be new, so "new" is not said.
  const memoryRead = draft.memory !== undefined && policy.memory.enabled;
  const familiarity = new Map(
    evaluation.recipients.map((r) => [r.normalized, r.familiarity === "new" && !memoryRead ? undefined : r.familiarity] as const),
  );
  const confirmedItems = itemsOf(evaluation.confirmed);
  const blockCards = blockCardsOf(evaluation.findings, draft.attachments);
  const removedInCard = new Set<string>();
  for (const card of blockCards) {
    for (const address of card.removableRecipients) removedInCard.add(recipientItemKey(address));
    for (const attachment of card.removableAttachments) removedInCard.add(attachmentItemKey(attachment));
  }

  const groups = new Map<string, OrganisationGroup & { zone: Zone }>();
  const rows = new Map<string, RecipientRow>();
  for (const recipient of evaluation.entries) {
    const key = recipientItemKey(recipient.address);
    // Entries without an address (contact groups) are each their own row, told apart by name and position.
    const target = recipient.normalized ? recipient.address : unaddressedEntry(recipient, rows);
    const id = typeof target === "string" ? key : `group:${target.field}:${target.name}:${target.position}`;
    const existing = rows.get(id);
    if (existing) {
      if (!existing.fields.includes(recipient.field)) existing.fields.push(recipient.field);
      continue;
    }
    const row: RecipientRow = {
      id,
      target,
      address: recipient.address,
      name: recipient.name,
      kind: recipient.kind,
      fields: [recipient.field],
      severity: severities.get(key),
      confirmed: confirmedItems.has(key) && !checks.has(key),
      check: checks.get(key),
      removedInCard: removedInCard.has(key),
      toBcc: movedToBcc.has(key) && severities.get(key) === "block",
      familiarity: recipient.external && recipient.normalized ? familiarity.get(recipient.normalized) : undefined,
    };
    rows.set(id, row);
    const place = groupOf(recipient);
    const groupKey = `${recipient.zone}|${place.id}`;
    const group = groups.get(groupKey) ?? { ...place, id: groupKey, rows: [], zone: recipient.zone };
    group.rows.push(row);
    groups.set(groupKey, group);
  }

  const needsAttention = (g: OrganisationGroup) => g.rows.some((r) => r.check || r.severity === "block");
  const sections = ZONE_ORDER.map((zone): ZoneSection => {
    const inZone = [...groups.values()]
      .filter((g) => g.zone === zone)
      .map(({ zone: _zone, ...group }) => group)
      .sort((a, b) => Number(needsAttention(b)) - Number(needsAttention(a)) || a.label.localeCompare(b.label));
    return { zone, groups: inZone, count: inZone.reduce((n, g) => n + g.rows.length, 0) };
  }).filter((s) => s.count > 0);

  const attachments = draft.attachments.map((attachment): AttachmentRow => {
    const key = attachmentItemKey(attachment);
    return {
      attachment,
      severity: severities.get(key),
      confirmed: confirmedItems.has(key) && !checks.has(key),
      check: checks.get(key),
      removedInCard: removedInCard.has(key),
    };
  });

  const messageChecks = [...checks.values()].filter((c) => c.id.startsWith(`${MESSAGE_ITEM}:`));
  const recipientChecks = sections.flatMap((s) => s.groups.flatMap((g) => g.rows.flatMap((r) => (r.check ? [r.check] : []))));
  const attachmentChecks = attachments.flatMap((a) => (a.check ? [a.check] : []));

  return {
    sections,
    recipientCount: rows.size,
    attachments,
    messageChecks,
    checks: [...messageChecks, ...recipientChecks, ...attachmentChecks],
    warnings: evaluation.findings.filter((f) => f.severity === "warn"),
    blockCards,
    moveToBcc,
    cappedFields: (["to", "cc", "bcc"] as const).filter((f) => draft.capped?.[f] === true),
  };
}

/** The next entry of this name without an address in the recipient's field (the rows so far hold the earlier ones). */
function unaddressedEntry(recipient: ClassifiedRecipient, rows: ReadonlyMap<string, RecipientRow>): UnaddressedEntry {
  let position = 0;
  while (rows.has(`group:${recipient.field}:${recipient.name}:${position}`)) position++;
  return { field: recipient.field, name: recipient.name, position };
}

/**
 * The BCC fix moves every visible external address (trusted partners too: they
 * still see each other) plus whatever a move-to-bcc finding named (a school
 * policy counts internal addresses); other internal recipients stay where they are.
 */
export function moveToBccAddresses(evaluation: Pick<Evaluation, "findings" | "entries">): string[] {
  const offering = evaluation.findings.filter((f) => f.fixes.includes("move-to-bcc"));
  if (offering.length === 0) return [];
  const named = new Set(offering.flatMap((f) => f.recipients.map(recipientItemKey)));
  const addresses = new Map<string, string>();
  for (const r of evaluation.entries) {
    if (r.field === "bcc") continue;
    const key = recipientItemKey(r.address);
    // An entry without an address (a contact group) cannot be moved.
    if (r.normalized && (r.external || named.has(key)) && !addresses.has(key)) addresses.set(key, r.address);
  }
  return [...addresses.values()];
}

/** Ticks are kept as (rule, item) pairs: a tick stays valid only for the reasons the user saw. */
export function isTicked(check: CheckItem, ticked: ReadonlySet<string>): boolean {
  return check.confirmations.every((c) => ticked.has(confirmationKey(c)));
}

export function withTicks(ticked: ReadonlySet<string>, checks: readonly CheckItem[], on: boolean): Set<string> {
  const next = new Set(ticked);
  for (const check of checks) {
    for (const c of check.confirmations) {
      if (on) next.add(confirmationKey(c));
      else next.delete(confirmationKey(c));
    }
  }
  return next;
}

/**
 * What Confirm records: the pending (rule, item) pairs the user ticked. Not every
 * pending pair: a recipient that arrived after the last tick (or a reason the user
 * never saw) must stay unconfirmed.
 */
export function tickedConfirmations(checks: readonly CheckItem[], ticked: ReadonlySet<string>): Confirmation[] {
  const confirmations: Confirmation[] = [];
  for (const check of checks) {
    for (const c of check.confirmations) if (ticked.has(confirmationKey(c))) confirmations.push(c);
  }
  return confirmations;
}

/** Stored confirmations plus new ones, without duplicates (earlier ones stay valid for unchanged items). */
export function mergeConfirmations(stored: readonly Confirmation[], added: readonly Confirmation[]): Confirmation[] {
  const seen = new Set<string>();
  const merged: Confirmation[] = [];
  for (const c of [...stored, ...added]) {
    if (seen.has(confirmationKey(c))) continue;
    seen.add(confirmationKey(c));
    merged.push(c);
  }
  return merged;
}
