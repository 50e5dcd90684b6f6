import type { GreetingMemo } from "../engine/memory";
import type { Decision, DraftKind, Evaluation, Finding } from "../engine/types";
import type { Locale } from "../i18n";
import type { OnError, Policy } from "../policy";
import { composeAlert, composeFailureAlert, type AlertNotes, type AlertText, type FailureReason } from "./alert";

/** The manifest's task pane button: "Take action" in the Smart Alerts dialog opens it. */
export const TASKPANE_COMMAND_ID = "PresendTaskpaneButton";
/** The same pane's button on the meeting organizer's ribbon (control ids are unique in a manifest). */
export const MEETING_TASKPANE_COMMAND_ID = "PresendMeetingPaneButton";
export const AUDIT_HEADER = "X-Presend";
/** Office.MailboxEnums.SendModeOverride.PromptUser (the only override Outlook accepts): adds "Send anyway". */
export const PROMPT_USER = "promptUser";

/** Smart Alerts' event.completed options (Office.SmartAlertsEventCompletedOptions, as used here). */
export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  sendModeOverride?: string;
  commandId?: string;
  contextData?: string;
}

/** What the send check answers for a judged draft, and what it sets on the item first. */
export interface SendAnswer {
  decision: Decision;
  /** event.completed's options, once the stamps are set (or given up on at the deadline). */
  options: CompletedOptions;
  /** X-Presend's value (allow and warn, when the policy asks for the header). */
  auditHeader?: string;
  /** The outside recipients to remember, once an allowed mail goes out (DESIGN §1a). */
  remember?: { addresses: string[]; greeted: GreetingMemo; days: number };
  /** How long Outlook should hold the mail once it goes (allow and warn); 0 for none. */
  delaySeconds: number;
}

/** What the answer depends on besides the evaluation and the policy. */
export interface AnswerContext {
  /** A message, or a meeting request its organizer sends (OnAppointmentSend). */
  kind: DraftKind;
  locale: Locale;
  /** Whether the client renders errorMessageMarkdown (Mailbox 1.15). */
  markdown: boolean;
  /** The add-in's release, for the audit header. */
  version: string;
  /** The published policy was fetched and failed, so the embedded copy judged the draft. */
  settingsFallback: boolean;
}

function ruleIds(findings: readonly Finding[]): string[] {
  const ids: string[] = [];
  for (const finding of findings) if (ids.indexOf(finding.rule) < 0) ids.push(finding.rule);
  return ids;
}

/** Only versions, the decision and rule ids: never addresses or content (the header travels with the mail). */
export function auditHeaderValue(version: string, decision: Decision, evaluation: Evaluation): string {
  const list = (findings: readonly Finding[]) => ruleIds(findings).join(",") || "none";
  const warned = evaluation.findings.filter((f) => f.severity === "warn");
  return `v=${version}; decision=${decision}; confirmed=${list(evaluation.confirmed)}; warned=${list(warned)}`;
}

function withAlert(options: CompletedOptions, alert: AlertText): CompletedOptions {
  // errorMessage is always set: classic Outlook ignores the Take action button without it.
  options.errorMessage = alert.plain;
  if (alert.markdown !== undefined) options.errorMessageMarkdown = alert.markdown;
  return options;
}

/**
 * The send check's answer to an evaluation (DESIGN §1 step 4), decided without
 * Office: confirm and block open the pane from the dialog; allow goes, warn offers
 * "Send anyway", and both first stamp what the policy asks for.
 */
export function answerFor(evaluation: Evaluation, policy: Policy, context: AnswerContext): SendAnswer {
  const decision = evaluation.decision;
  // Office.js gives a meeting request neither internet headers nor a delivery time: no audit header, no delay.
  const message = context.kind === "message";
  // Mail to outside recipients is held this long once it goes (after Send anyway, or the next Send after confirming).
  const delay = message && evaluation.hasExternal ? policy.delivery.delayExternalSeconds : 0;
  const notes: AlertNotes = { delaySeconds: delay, settingsFallback: context.settingsFallback };
  if (decision === "confirm" || decision === "block") {
    const options: CompletedOptions = {
      allowEvent: false,
      commandId: message ? TASKPANE_COMMAND_ID : MEETING_TASKPANE_COMMAND_ID,
      contextData: JSON.stringify({ v: 1, decision, rules: ruleIds(evaluation.findings) }),
    };
    return { decision, options: withAlert(options, composeAlert(decision, evaluation.findings, context.locale, policy, notes, context.markdown)), delaySeconds: 0 };
  }
  // allow, or warn where "Send anyway" happens after completed: stamped now, while the handler still can.
  const answer: SendAnswer = {
    decision,
    options:
      decision === "allow"
        ? { allowEvent: true }
        : withAlert(
            { allowEvent: false, sendModeOverride: PROMPT_USER },
            composeAlert(decision, evaluation.findings, context.locale, policy, notes, context.markdown),
          ),
    delaySeconds: delay,
  };
  if (policy.auditHeader && message) answer.auditHeader = auditHeaderValue(context.version, decision, evaluation);
  // Memory only learns from what goes out: an allowed send (a confirmed one included). A
  // warning's "Send anyway" happens after the handler has answered, so it cannot be seen.
  if (decision === "allow" && policy.memory.enabled && evaluation.hasExternal) {
    answer.remember = {
      addresses: evaluation.recipients.filter((r) => r.external && r.domain !== "").map((r) => r.normalized),
      greeted: evaluation.greeted,
      days: policy.memory.days,
    };
  }
  return answer;
}

/**
 * The answer when the check itself failed (DESIGN §1 step 8): the policy's onError.
 * `policy` is the organisation's, when it was read (its wording is then used).
 */
export function failureAnswer(
  reason: FailureReason,
  onError: OnError,
  locale: Locale,
  policy: Policy | undefined,
  markdown: boolean,
  kind: DraftKind = "message",
): CompletedOptions {
  if (onError === "allow") return { allowEvent: true };
  const options: CompletedOptions = { allowEvent: false };
  if (onError === "prompt") options.sendModeOverride = PROMPT_USER;
  return withAlert(options, composeFailureAlert(reason, onError, locale, policy, kind, markdown));
}
