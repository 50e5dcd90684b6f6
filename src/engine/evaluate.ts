import { allRules } from "../rules";
import type { AnyRule, RuleReport } from "../rules/rule";
import type { Policy } from "../policy/types";
import { flatMap } from "./compat";
import { buildSharedContext, cachedBy } from "./context";
import { MESSAGE_ITEM, attachmentItemKey, recipientItemKey } from "./items";
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

function toFinding(
  rule: AnyRule,
  configured: Exclude<Severity, "off">,
  report: RuleReport,
  recipientKey: (address: string) => string,
): Finding {
  const recipients = [...new Set((report.recipients ?? []).map((r) => r.address))];
  const attachments = report.attachments ?? [];
  const items = [...recipients.map(recipientKey), ...attachments.map(attachmentItemKey)];
  const uniqueItems = items.length > 0 ? [...new Set(items)] : [MESSAGE_ITEM];
  return {
    rule: rule.id,
    severity: lowerOf(configured, report.severity),
    recipients,
    attachments: [...new Set(attachments.map((a) => a.name))],
    message: { id: `${rule.id}/${report.messageId}`, params: report.params ?? {} },
    fixes: report.fixes ?? [],
    items: uniqueItems,
    pendingItems: uniqueItems,
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
  if (!policy.enabled) return { decision: "allow", findings: [], confirmed: [] };
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
      const finding = toFinding(rule, configured, report, recipientKey);
      if (finding.severity === "confirm") {
        finding.pendingItems = finding.items.filter((item) => !confirmedPairs.has(`${rule.id}\n${item}`));
        if (finding.pendingItems.length === 0) {
          confirmed.push(finding);
          continue;
        }
      }
      findings.push(finding);
      decision = maxDecision(decision, finding.severity);
    }
  }
  return { decision, findings, confirmed };
}

/** The (rule, item) pairs that confirm every pending item of the confirm findings. */
export function confirmationsFor(findings: readonly Finding[]): Confirmation[] {
  return flatMap(
    findings.filter((f) => f.severity === "confirm"),
    (f) => f.pendingItems.map((item) => ({ rule: f.rule, item })),
  );
}
