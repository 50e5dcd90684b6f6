import { evaluate } from "../check";
import { OutOfTime } from "../engine/evaluate";
import type { Decision, Draft, Evaluation, Finding } from "../engine/types";
import { pickLocale, type Locale } from "../i18n";
import type { OnError, Policy } from "../policy";
import { CallLimiter, describeError, hostCall, type HostCallOptions, type Timers } from "../office/async";
import type { FetchLike } from "../office/fetch";
import { loadPolicy, onErrorOf, type LoadedPolicy } from "../office/policy-source";
import { loadPublicSuffixList, SUFFIX_LIST_FILE } from "../office/suffix-source";
import { loadSurnameReadings, SURNAME_READINGS_FILE } from "../office/surname-source";
import { rememberRecipients, type RoamingSettingsLike } from "../office/memory-store";
import { readDraft } from "../office/read-draft";
import { composeAlert, composeFailureAlert, type AlertNotes, type AlertText, type FailureReason } from "./alert";

/** The manifest's task pane button: "Take action" in the Smart Alerts dialog opens it. */
export const TASKPANE_COMMAND_ID = "PresendTaskpaneButton";
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

export interface SendEvent {
  completed(options: CompletedOptions): void;
}

/** The part of the Office namespace the handler reads (the real one, office-addin-mock or a fake). */
export interface HostOffice {
  context: {
    mailbox: {
      item?: Office.MessageCompose | null;
      userProfile?: { emailAddress?: string; displayName?: string };
    };
    displayLanguage?: string;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    /** The user's settings that roam with the mailbox: the recipient memory lives there. */
    roamingSettings?: RoamingSettingsLike | null;
  };
}

/** What one send check did, for diagnostics and tests. */
export interface SendOutcome {
  decision: Decision | "error";
  options: CompletedOptions;
  policySource?: LoadedPolicy["source"];
  /** Policy loading problems (a remote policy that failed while the embedded one was used is not an error). */
  problems: string[];
  /** Host calls that failed or timed out, or the deadline: the reason for an onError answer. */
  failures: string[];
  /** Things that degraded without changing the decision (archive bytes, audit header, delivery delay…). */
  notes: string[];
}

export interface SendHandlerDeps {
  office: HostOffice;
  publicUrl: string;
  version: string;
  /** The policy embedded at build time (raw JSON). */
  embeddedPolicy?: unknown;
  fetch?: FetchLike;
  /** Without timers nothing can time out: host calls are then trusted to answer. */
  timers?: Timers;
  now?: () => number;
  /** Time from the handler's start to event.completed, at most (Outlook warns at 5 s from the click, script load included). */
  budgetMs?: number;
  /** The remote policy (and the Public Suffix List) get this long, concurrently with reading the draft. */
  policyTimeoutMs?: number;
  /** Each host call gets this long. */
  callTimeoutMs?: number;
  onOutcome?: (outcome: SendOutcome) => void;
}

export const DEFAULT_BUDGET_MS = 3000;
export const DEFAULT_POLICY_TIMEOUT_MS = 1000;
export const DEFAULT_CALL_TIMEOUT_MS = 1500;

function supportsMailbox(office: HostOffice, version: string): boolean {
  const requirements = office.context.requirements;
  try {
    return !!requirements && requirements.isSetSupported("Mailbox", version);
  } catch {
    return false;
  }
}

/** Office.context.roamingSettings, or null where the runtime has none (reading it may throw in some hosts). */
function roamingSettingsSync(office: HostOffice): RoamingSettingsLike | null {
  try {
    return office.context.roamingSettings || null;
  } catch {
    return null;
  }
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

function withAlert(options: CompletedOptions, alert: AlertText, markdown: boolean): CompletedOptions {
  // errorMessage is always set: classic Outlook ignores the Take action button without it.
  options.errorMessage = alert.plain;
  if (markdown) options.errorMessageMarkdown = alert.markdown;
  return options;
}

/**
 * Sets the delivery time `seconds` from now, unless the user already chose a
 * later one (their own schedule wins).
 *
 * How delayDeliveryTime behaves when set inside OnMessageSend (Mailbox 1.13;
 * not among the APIs blocked for event-based add-ins, and used this way by
 * published add-ins such as ClearCode's FlexConfirmMail):
 * - Microsoft documents the delay as processed on the server, so it holds even
 *   with Outlook closed. On the web, in new Outlook on Windows and on Mac the
 *   message waits in Drafts until then and can still be edited; in classic
 *   Outlook on Windows it skips the Outbox, cannot be recalled, and appears in
 *   Sent Items.
 * - OfficeDev/office-js#4847 (open, reproduced by Microsoft, in backlog):
 *   messages scheduled with delayDeliveryTime were not sent at the set time.
 * - Clients without Mailbox 1.13 (or with the call failing) get no delay.
 * So the delay is a best-effort safety net: the decision never depends on it,
 * and a skipped or failed delay is only a note.
 */
function delayDelivery(item: Office.MessageCompose, seconds: number, now: number, calls: HostCallOptions): Promise<string | undefined> {
  const target = now + seconds * 1000;
  return hostCall<Date | 0>("delayDeliveryTime get", (done) => item.delayDeliveryTime.getAsync(done), calls)
    .then((current) => {
      if (current && new Date(current as Date).getTime() >= target) return "delivery delay: a later time is already set";
      return hostCall<void>("delayDeliveryTime", (done) => item.delayDeliveryTime.setAsync(new Date(target), done), calls).then(
        () => undefined,
      );
    })
    .catch((error) => `delivery delay not set: ${describeError(error)}`);
}

/**
 * Builds the OnMessageSend handler. Reads the draft and the policy
 * concurrently, evaluates, and answers with event.completed exactly once —
 * also when a host call never answers (a deadline timer answers with the
 * policy's onError). Dependencies are injected so tests and the classic
 * runtime (no DOM; fetch and timers only if present) use the same code.
 */
export function createSendHandler(deps: SendHandlerDeps): (event: SendEvent) => void {
  const budgetMs = deps.budgetMs !== undefined ? deps.budgetMs : DEFAULT_BUDGET_MS;
  const now = deps.now || (() => Date.now());
  const timers = deps.timers;

  return function onMessageSend(event: SendEvent): void {
    const startedAt = now();
    let finished = false;
    let deadline: unknown;
    let loaded: LoadedPolicy | undefined;
    /** The answer once the draft is judged, while the audit header and delivery delay are still being set. */
    let decided: { decision: Decision; options: CompletedOptions } | undefined;
    const failures: string[] = [];
    const notes: string[] = [];
    const office = deps.office;
    let locale: Locale = "en";
    try {
      locale = pickLocale(office.context.displayLanguage);
    } catch {
      // keep English
    }

    const finish = (decision: SendOutcome["decision"], options: CompletedOptions) => {
      if (finished) return;
      finished = true;
      if (deadline !== undefined && timers) timers.clearTimeout(deadline);
      try {
        event.completed(options);
      } finally {
        if (deps.onOutcome) {
          deps.onOutcome({
            decision,
            options,
            policySource: loaded ? loaded.source : undefined,
            problems: loaded ? loaded.problems : [],
            failures,
            notes,
          });
        }
      }
    };

    const fail = (reason: FailureReason, details: readonly string[]) => {
      if (finished) return;
      failures.push(...details);
      const policy: Policy | undefined = loaded && loaded.source !== "default" ? loaded.policy : undefined;
      const onError: OnError = loaded ? loaded.policy.onError : onErrorOf(deps.embeddedPolicy);
      if (onError === "allow") return finish("error", { allowEvent: true });
      const options: CompletedOptions = { allowEvent: false };
      if (onError === "prompt") options.sendModeOverride = PROMPT_USER;
      finish("error", withAlert(options, composeFailureAlert(reason, onError, locale, policy), supportsMailbox(office, "1.15")));
    };

    const onDeadline = () => {
      // Stamping is best effort: a header or delay call that outlasts the budget must not turn the decision into onError.
      if (!decided) return fail("timeout", [`no decision within ${budgetMs} ms`]);
      notes.push(`audit header or delivery delay unfinished after ${budgetMs} ms`);
      finish(decided.decision, decided.options);
    };
    if (timers) deadline = timers.setTimeout(onDeadline, budgetMs);

    const limiter = new CallLimiter(3);
    const calls: HostCallOptions = {
      timeoutMs: deps.callTimeoutMs !== undefined ? deps.callTimeoutMs : DEFAULT_CALL_TIMEOUT_MS,
      timers,
      limiter,
    };

    const decide = (item: Office.MessageCompose, policy: Policy, draft: Draft, evaluation: Evaluation): Promise<void> | void => {
      const decision = evaluation.decision;
      const markdown = supportsMailbox(office, "1.15");
      // Mail to outside recipients is held this long once it goes (after Send anyway, or the next Send after confirming).
      const delay = evaluation.hasExternal ? policy.delivery.delayExternalSeconds : 0;
      // Said only when the published policy was fetched and failed: a runtime without fetch always uses the embedded copy.
      const alertNotes: AlertNotes = { delaySeconds: delay, settingsFallback: !!deps.fetch && !!loaded && loaded.source === "embedded" };
      if (decision === "confirm" || decision === "block") {
        const alert = composeAlert(decision, evaluation.findings, locale, policy, alertNotes);
        return finish(
          decision,
          withAlert(
            {
              allowEvent: false,
              commandId: TASKPANE_COMMAND_ID,
              contextData: JSON.stringify({ v: 1, decision, rules: ruleIds(evaluation.findings) }),
            },
            alert,
            markdown,
          ),
        );
      }
      // allow, or warn where "Send anyway" happens after completed: stamp now, while the handler still can.
      const stamps: Array<Promise<string | undefined>> = [];
      if (policy.auditHeader) {
        const value = auditHeaderValue(deps.version, decision, evaluation);
        stamps.push(
          hostCall<void>("internetHeaders", (done) => item.internetHeaders.setAsync({ [AUDIT_HEADER]: value }, done), calls).then(
            () => undefined,
            (error) => `audit header not set: ${describeError(error)}`,
          ),
        );
      }
      // Memory only learns from what goes out: an allowed send (a confirmed one included). A
      // warning's "Send anyway" happens after the handler has answered, so it cannot be seen.
      if (decision === "allow" && policy.memory.enabled && evaluation.hasExternal) {
        const outside = evaluation.recipients.filter((r) => r.external && r.domain !== "").map((r) => r.normalized);
        const greeted = evaluation.greeted;
        stamps.push(rememberRecipients(roamingSettingsSync(office), outside, { days: policy.memory.days, now: now(), greeted, calls }));
      }
      if (delay > 0) {
        stamps.push(
          supportsMailbox(office, "1.13") && item.delayDeliveryTime
            ? delayDelivery(item, delay, now(), calls)
            : Promise.resolve("delivery delay not set: Mailbox 1.13 not supported"),
        );
      }
      const answer: CompletedOptions =
        decision === "allow"
          ? { allowEvent: true }
          : withAlert({ allowEvent: false, sendModeOverride: PROMPT_USER }, composeAlert(decision, evaluation.findings, locale, policy, alertNotes), markdown);
      decided = { decision, options: answer };
      return Promise.all(stamps).then((results) => {
        if (finished) return;
        for (const note of results) if (note) notes.push(note);
        finish(decision, answer);
      });
    };

    const check = (): Promise<void> => {
      const item = office.context.mailbox.item;
      if (!item) return Promise.reject(new Error("no message item"));
      const profile = office.context.mailbox.userProfile;
      const owner = profile && profile.emailAddress ? { address: profile.emailAddress, name: profile.displayName } : undefined;
      const fetchTimeoutMs = deps.policyTimeoutMs !== undefined ? deps.policyTimeoutMs : DEFAULT_POLICY_TIMEOUT_MS;
      const policyLoaded = loadPolicy({
        url: `${deps.publicUrl}/policy.json`,
        timeoutMs: fetchTimeoutMs,
        fetch: deps.fetch,
        embedded: deps.embeddedPolicy,
        timers,
      }).then((result) => {
        loaded = result;
        // The admin's emergency switch: allow at once, without waiting for the draft.
        if (result.source !== "default" && !result.policy.enabled) finish("allow", { allowEvent: true });
        return result;
      });
      const suffixesLoaded = loadPublicSuffixList({
        url: `${deps.publicUrl}/${SUFFIX_LIST_FILE}`,
        timeoutMs: fetchTimeoutMs,
        fetch: deps.fetch,
        timers,
      });
      const surnamesLoaded = loadSurnameReadings({
        url: `${deps.publicUrl}/${SURNAME_READINGS_FILE}`,
        timeoutMs: fetchTimeoutMs,
        fetch: deps.fetch,
        timers,
      });
      const reading = readDraft(item, {
        timeoutMs: calls.timeoutMs,
        timers,
        limiter,
        owner,
        readArchiveBytes: true,
        roamingSettings: roamingSettingsSync(office),
      });
      return Promise.all([policyLoaded, reading, suffixesLoaded, surnamesLoaded]).then(([policyResult, draftReading, suffixProblem, surnameProblem]) => {
        if (finished) return;
        notes.push(...draftReading.notes);
        if (suffixProblem) notes.push(`${suffixProblem}; the common suffixes were used`);
        if (surnameProblem) notes.push(`${surnameProblem}; kanji surnames were not read`);
        if (policyResult.source === "default") return fail("policy", policyResult.problems);
        if (draftReading.failures.length > 0) return fail("host", draftReading.failures);
        // The deadline timer cannot fire while the rules run: the clock is read between phases instead.
        const outOfTime = () => now() - startedAt >= budgetMs;
        if (outOfTime()) return fail("timeout", [`no decision within ${budgetMs} ms: out of time after reading the draft`]);
        const memory = draftReading.draft.memory;
        if (memory) memory.forgetOlderThan(policyResult.policy.memory.days, now());
        let evaluation: Evaluation;
        try {
          evaluation = evaluate(draftReading.draft, policyResult.policy, draftReading.confirmations, outOfTime);
        } catch (error) {
          if (error instanceof OutOfTime) return fail("timeout", [`no decision within ${budgetMs} ms: ${error.message}`]);
          throw error;
        }
        return decide(item, policyResult.policy, draftReading.draft, evaluation);
      });
    };

    let started: Promise<void>;
    try {
      started = check();
    } catch (error) {
      started = Promise.reject(error);
    }
    started.then(undefined, (error) => fail("host", [describeError(error)]));
  };
}
