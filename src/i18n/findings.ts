import { MESSAGE_ITEM } from "../engine/items";
import { decisionRank, type Finding } from "../engine/types";
import type { Policy } from "../policy/types";
import { formatMessage, listItems, type Locale, type MessageParam } from "./index";

/**
 * A finding as one sentence. Rules stay locale-free: `{items}` (the first few
 * recipients and files) and `{count}` (how many) are filled in here unless
 * the rule set them. `format` is applied to every item label and string
 * parameter (each entry of a list) — the user-controlled parts (addresses, names, file names) — so a
 * caller can escape them for Markdown without touching the trusted template.
 */
export function renderFinding(
  finding: Finding,
  locale: Locale,
  policy?: Policy,
  format: (text: string) => string = (text) => text,
): string {
  const labels = [...finding.recipients, ...finding.attachments].map(format);
  const given: Record<string, MessageParam> = {};
  for (const key of Object.keys(finding.message.params)) {
    const value = finding.message.params[key];
    given[key] = typeof value === "string" ? format(value) : typeof value === "object" ? value.map(format) : value;
  }
  const params = { items: listItems(locale, labels), count: labels.length, ...given };
  return formatMessage(locale, finding.message.id, params, policy?.messages[locale]);
}

/**
 * Rules that ask about every outside recipient or file. Their findings come after the
 * specific risks of the same severity (a look-alike domain, a newcomer in the thread, a
 * blocked address, a dangerous or password-protected file, confidential content): those
 * say what is most likely wrong, so they are what a short alert must not leave out.
 */
const GENERIC_RULES = ["cross-org-exposure", "external-recipient", "external-attachment"];

/**
 * Findings in the order people should read them: worst severity first, then the
 * specific risks before the generic ones, then rule order (sort is not stable before
 * ES2019, so the index decides ties).
 */
export function readingOrder(findings: readonly Finding[]): Finding[] {
  const generality = (finding: Finding) => GENERIC_RULES.indexOf(finding.rule);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        decisionRank(b.finding.severity) - decisionRank(a.finding.severity) ||
        generality(a.finding) - generality(b.finding) ||
        a.index - b.index,
    )
    .map((entry) => entry.finding);
}

/**
 * The recipients and files a must-fix finding names: each must change (moved to BCC,
 * removed) before the mail can go, so asking to confirm them meanwhile is pointless.
 * Message-level items are left out: they belong to one rule each.
 */
export function itemsToChange(findings: readonly Finding[]): Set<string> {
  const items = new Set<string>();
  for (const finding of findings) {
    if (finding.severity !== "block") continue;
    for (const item of finding.items) if (item.indexOf(`${MESSAGE_ITEM}:`) !== 0) items.add(item);
  }
  return items;
}

/**
 * One finding per risk: a question about recipients or files that a must-fix finding
 * already names (cross-org-exposure and external-recipient about the seminar's
 * addresses in To, while bcc-exposure asks to move them) is not shown as a problem of
 * its own. The fix changes them; a live re-check asks again about what still stands
 * (each outside recipient, once in BCC).
 */
export function separateRisks(findings: readonly Finding[]): Finding[] {
  const toChange = itemsToChange(findings);
  if (toChange.size === 0) return findings.slice();
  return findings.filter((f) => f.severity === "block" || !f.items.every((item) => toChange.has(item)));
}
