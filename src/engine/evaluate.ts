import { allRules } from "../rules";
import type { AnyRule, RuleReport } from "../rules/rule";
import type { Policy } from "../policy/types";
import { flatMap } from "./compat";
import { buildSharedContext, cachedBy } from "./context";
import { attachmentItemKey, messageItemKey, recipientItemKey } from "./items";
import {
  decisionRank,
  maxDecision,
  type Confirmation,
  type Decision,
  type Draft,
  type Evaluation,
  type Finding,
  type Severity,
} from "./types";

function lowerOf(a: Exclude<Severity, "off">, b: Exclude<Severity, "off"> | undefined): Exclude<Severity, "off"> {
  return b !== undefined && decisionRank(b) < decisionRank(a) ? b : a;
}

/**
 * The engine's finding for a rule's report. `isConfirmed` tells which (rule, item) pairs
 * the user confirmed; only confirm findings can be confirmed. What still needs
 * confirming is named first, so after a partial confirmation the alert and the pane
 * show the new recipient, not the eleven already confirmed.
 */
function toFinding(
  rule: AnyRule,
  configured: Exclude<Severity, "off">,
  report: RuleReport,
  recipientKey: (address: string) => string,
  isConfirmed: (item: string) => boolean,
): Finding {
  const severity = lowerOf(configured, report.severity);
  const pending = (item: string) => severity !== "confirm" || !isConfirmed(item);
  const pendingFirst = <T>(list: readonly T[], key: (entry: T) => string) =>
    list.filter((entry) => pending(key(entry))).concat(list.filter((entry) => !pending(key(entry))));
  const recipients = pendingFirst([...new Set((report.recipients ?? []).map((r) => r.address))], recipientKey);
  const attachments = pendingFirst(report.attachments ?? [], attachmentItemKey);
  const params = report.params ?? {};
  const keys = [...recipients.map(recipientKey), ...attachments.map(attachmentItemKey)];
  const items = keys.length > 0 ? [...new Set(keys)] : [messageItemKey(report.messageId, params)];
  return {
    rule: rule.id,
    severity,
    recipients,
    attachments: [...new Set(attachments.map((a) => a.name))],
    message: { id: `${rule.id}/${report.messageId}`, params },
    fixes: report.fixes ?? [],
    items,
    pendingItems: items.filter(pending),
  };
}

/**
 * Runs every enabled rule over the draft. A `confirm` finding whose items are
 * all confirmed moves to `confirmed`; `warn` and `block` findings are never
 * confirmed away (warn is answered by "Send anyway", block must be fixed).
 * Because confirmations name items, a recipient or file added after confirming
 * is pending again and stops the send.
 */
export function evaluate(
  draft: Draft,
  policy: Policy,
  confirmations: readonly Confirmation[] = [],
  rules: readonly AnyRule[] = allRules,
): Evaluation {
  if (!policy.enabled) return { decision: "allow", findings: [], confirmed: [], hasExternal: false };
  const shared = buildSharedContext(draft, policy);
  // Several findings name the same thousands of recipients: canonicalise each address once.
  const recipientKey = cachedBy(recipientItemKey);
  const confirmedPairs = new Set(confirmations.map((c) => `${c.rule}\n${c.item}`));
  const findings: Finding[] = [];
  const confirmed: Finding[] = [];
  let decision: Decision = "allow";
  for (const rule of rules) {
    const settings = policy.rules[rule.id] ?? rule.defaults;
    if (settings.severity === "off") continue;
    const configured = settings.severity;
    for (const report of rule.check(draft, { ...shared, options: settings })) {
      const finding = toFinding(rule, configured, report, recipientKey, (item) => confirmedPairs.has(`${rule.id}\n${item}`));
      if (finding.pendingItems.length === 0) {
        confirmed.push(finding);
        continue;
      }
      findings.push(finding);
      decision = maxDecision(decision, finding.severity);
    }
  }
  return { decision, findings, confirmed, hasExternal: shared.hasExternal };
}

/** The (rule, item) pairs that confirm every pending item of the confirm findings. */
export function confirmationsFor(findings: readonly Finding[]): Confirmation[] {
  return flatMap(
    findings.filter((f) => f.severity === "confirm"),
    (f) => f.pendingItems.map((item) => ({ rule: f.rule, item })),
  );
}
