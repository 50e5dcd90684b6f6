import { evaluate } from "../check";
import { commonSuffixes, type PublicSuffixList } from "../domains/public-suffix";
import { OutOfTime } from "../engine/evaluate";
import { mayNameSomeoneIn, readNamesOf } from "../engine/greeting";
import { NO_SURNAMES, type SurnameReadings } from "../engine/surnames";
import type { Confirmation, Decision, Draft, DraftKind, Evaluation } from "../engine/types";
import { pickLocale, type Locale } from "../i18n";
import type { OnError, Policy } from "../policy";
import { CallLimiter, describeError, hostCall, type HostCallOptions, type Timers } from "../office/async";
import type { EarlyRequest, FetchLike } from "../office/fetch";
import { loadPolicy, onErrorOf, policyAsBuilt, type LoadedPolicy, type PolicyValidatedAtBuild } from "../office/policy-source";
import { loadPublicSuffixList, SUFFIX_LIST_FILE } from "../office/suffix-source";
import { SURNAME_KEYS_PART, surnamePartFile, surnamePartsSource, type LoadedSurnameReadings } from "../office/surname-source";
import { readMemory, rememberRecipients, type RoamingSettingsLike } from "../office/memory-store";
import { draftKindOf, type ComposeItem } from "../office/item-kind";
import { readDraft } from "../office/read-draft";
import { EVENT_TIMEOUTS, type EventTimeoutProfile } from "../office/timeouts";
import type { FailureReason } from "./alert";
import { answerFor, AUDIT_HEADER, failureAnswer, type CompletedOptions, type SendAnswer } from "./answer";

export interface SendEvent {
  completed(options: CompletedOptions): void;
}

/** The part of the Office namespace the handler reads (the real one, office-addin-mock or a fake). */
export interface HostOffice {
  context: {
    mailbox: {
      item?: ComposeItem | null;
      userProfile?: { emailAddress?: string; displayName?: string };
    };
    displayLanguage?: string;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    /** The user's settings that roam with the mailbox: the recipient memory lives there. */
    roamingSettings?: RoamingSettingsLike | null;
  };
}

/**
 * What a send asks the add-in's server for: the policy (revalidated), the surname table's
 * reading keys (from the HTTP cache once fetched; only a draft that greets someone waits for
 * them, and for the shards of the surnames its names start with, asked for as it is read:
 * surnamePartsSource) and the full Public Suffix List (only for a draft with a domain in the
 * built-in rules' gaps: asked for then). The entry point asks for the policy and the keys as
 * the script loads (fetchingEarly): 190 of the example mailbox's 198 sends open by naming
 * someone (〇〇様, 〇〇さん, Dear …). The keys are 25 KB gzip, the shards 3–6 KB each: the
 * whole table (96 KB) asked for as the script loaded made a draft greeting 藤田様 wait for
 * its download (1.58 → 1.48× the stand-in in the cold-start bench, 15 paired rounds).
 */
export function sendCheckRequests(publicUrl: string): { policy: EarlyRequest; suffixes: EarlyRequest; surnames: EarlyRequest } {
  return {
    policy: { url: `${publicUrl}/policy.json`, cache: "no-cache" },
    suffixes: { url: `${publicUrl}/${SUFFIX_LIST_FILE}`, cache: "default" },
    surnames: { url: `${publicUrl}/${surnamePartFile(SURNAME_KEYS_PART)}`, cache: "default" },
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
  /** The build's validation of the embedded policy: the same policy, published or embedded, is not validated again. */
  validatedAtBuild?: PolicyValidatedAtBuild;
  fetch?: FetchLike;
  /** Without timers nothing can time out: host calls are then trusted to answer. */
  timers?: Timers;
  now?: () => number;
  /** The event runtime's (EVENT_TIMEOUTS) unless a test or a bench sets its own. */
  timeouts?: EventTimeoutProfile;
  onOutcome?: (outcome: SendOutcome) => void;
}

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

/** Answers one event exactly once. */
export interface CompletionGuard {
  readonly finished: boolean;
  /** Calls event.completed with these options unless an answer was given already; later answers are dropped. */
  finish(decision: SendOutcome["decision"], options: CompletedOptions): void;
}

/**
 * The guard every path of the send check answers through: the first `finish`
 * completes the event (and stops the deadline), any later one does nothing.
 * `onDeadline` runs `budgetMs` after the start unless an answer came first, and
 * must answer itself. `answered` hears each answer given, after event.completed
 * (also when that throws).
 */
export function guardCompletion(
  event: SendEvent,
  deadline: { timers?: Timers; budgetMs: number; onDeadline(): void },
  answered: (decision: SendOutcome["decision"], options: CompletedOptions) => void,
): CompletionGuard {
  let finished = false;
  const timers = deadline.timers;
  const timer = timers ? timers.setTimeout(() => deadline.onDeadline(), deadline.budgetMs) : undefined;
  return {
    get finished() {
      return finished;
    },
    finish(decision, options) {
      if (finished) return;
      finished = true;
      if (timers && timer !== undefined) timers.clearTimeout(timer);
      try {
        event.completed(options);
      } finally {
        answered(decision, options);
      }
    },
  };
}

/** An evaluation, and a note on how it was made (the full suffix list did not come). */
interface Judgement {
  evaluation: Evaluation;
  note?: string;
}

/** A data file loaded at most once without a problem: what `load` got is `kept` and given again. */
interface KeptOnceLoaded<Loaded> {
  load(): Promise<Loaded>;
  readonly kept: Loaded | undefined;
}

function keptOnceLoaded<Loaded extends { problem?: string }>(load: () => Promise<Loaded>): KeptOnceLoaded<Loaded> {
  let kept: Loaded | undefined;
  return {
    load: () =>
      kept
        ? Promise.resolve(kept)
        : load().then((loaded) => {
            if (!loaded.problem) kept = loaded;
            return loaded;
          }),
    get kept() {
      return kept;
    },
  };
}

/**
 * Builds the send handler, for OnMessageSend and OnAppointmentSend alike: the item says
 * whether a message or a meeting request is being sent. Reads the draft and the policy
 * concurrently, evaluates, decides the answer (answerFor, without Office), sets
 * what it asks for on the item, and answers through a guard that completes the
 * event exactly once — also when a host call never answers (the deadline answers
 * with the policy's onError). Dependencies are injected so tests and the classic
 * runtime (no DOM; fetch and timers only if present) use the same code.
 */
export function createSendHandler(deps: SendHandlerDeps): (event: SendEvent) => void {
  const timeouts = deps.timeouts || EVENT_TIMEOUTS;
  const now = deps.now || (() => Date.now());
  const timers = deps.timers;
  const office = deps.office;
  const requests = sendCheckRequests(deps.publicUrl);
  const dataFile = (request: EarlyRequest) => ({ url: request.url, timeoutMs: timeouts.fetchMs, fetch: deps.fetch, timers });
  // The full Public Suffix List and the surname table's parts, each fetched once a send needs it and kept for the runtime's later sends.
  const suffixList = keptOnceLoaded(() => loadPublicSuffixList(dataFile(requests.suffixes)));
  const surnameParts = surnamePartsSource((file) => dataFile({ url: `${deps.publicUrl}/${file}`, cache: "default" }));

  return function onMessageSend(event: SendEvent): void {
    const startedAt = now();
    let loaded: LoadedPolicy | undefined;
    /** The answer once the draft is judged, while its stamps are still being set. */
    let decided: SendAnswer | undefined;
    const failures: string[] = [];
    const notes: string[] = [];
    let locale: Locale = "en";
    try {
      locale = pickLocale(office.context.displayLanguage);
    } catch {
      // keep English
    }
    // Known before anything is read, so even a failure alert speaks of the meeting.
    let kind: DraftKind = "message";
    try {
      const item = office.context.mailbox.item;
      if (item) kind = draftKindOf(item);
    } catch {
      // no item: check() reports it
    }

    const fail = (reason: FailureReason, details: readonly string[]) => {
      if (guard.finished) return;
      failures.push(...details);
      const policy: Policy | undefined = loaded && loaded.source !== "default" ? loaded.policy : undefined;
      const onError: OnError = loaded ? loaded.policy.onError : onErrorOf(deps.embeddedPolicy);
      guard.finish("error", failureAnswer(reason, onError, locale, policy, supportsMailbox(office, "1.15"), kind));
    };

    const guard = guardCompletion(
      event,
      {
        timers,
        budgetMs: timeouts.budgetMs,
        onDeadline: () => {
          // Stamping is best effort: a header or delay call that outlasts the budget must not turn the decision into onError.
          if (!decided) return fail("timeout", [`no decision within ${timeouts.budgetMs} ms`]);
          notes.push(`audit header or delivery delay unfinished after ${timeouts.budgetMs} ms`);
          guard.finish(decided.decision, decided.options);
        },
      },
      (decision, options) => {
        if (!deps.onOutcome) return;
        deps.onOutcome({
          decision,
          options,
          policySource: loaded ? loaded.source : undefined,
          problems: loaded ? loaded.problems : [],
          failures,
          notes,
        });
      },
    );

    const limiter = new CallLimiter(3);
    const calls: HostCallOptions = { timeoutMs: timeouts.callMs, timers, limiter };

    /**
     * Sets what the answer asks for on the item, then answers (at once when there is nothing to set).
     * The audit header and the delay are only ever asked for on a message (answerFor).
     */
    const stampAndAnswer = (item: Office.MessageCompose, answer: SendAnswer): Promise<void> | void => {
      const stamps: Array<Promise<string | undefined>> = [];
      if (answer.auditHeader !== undefined) {
        const value = answer.auditHeader;
        stamps.push(
          hostCall<void>("internetHeaders", (done) => item.internetHeaders.setAsync({ [AUDIT_HEADER]: value }, done), calls).then(
            () => undefined,
            (error) => `audit header not set: ${describeError(error)}`,
          ),
        );
      }
      if (answer.remember) {
        const { addresses, greeted, days } = answer.remember;
        stamps.push(rememberRecipients(roamingSettingsSync(office), addresses, { days, now: now(), greeted, calls }));
      }
      if (answer.delaySeconds > 0) {
        stamps.push(
          supportsMailbox(office, "1.13") && item.delayDeliveryTime
            ? delayDelivery(item, answer.delaySeconds, now(), calls)
            : Promise.resolve("delivery delay not set: Mailbox 1.13 not supported"),
        );
      }
      if (stamps.length === 0) return guard.finish(answer.decision, answer.options);
      decided = answer;
      return Promise.all(stamps).then((results) => {
        if (guard.finished) return;
        for (const note of results) if (note) notes.push(note);
        guard.finish(answer.decision, answer.options);
      });
    };

    /**
     * The draft judged with `policy`: with the built-in suffix rules, which answer as the full list
     * does outside their gaps, so most drafts are judged without it; one that met a gap (x.ltd.uk,
     * a town under aichi.jp) is judged again with the full list once fetched. None once the
     * deadline has answered onError. The draft's memory forgets what the policy's days let go.
     */
    const judgeDraft = (
      policy: Policy,
      draft: Draft,
      confirmations: readonly Confirmation[],
      surnames: SurnameReadings,
    ): Promise<Judgement | undefined> => {
      if (draft.memory) draft.memory.forgetOlderThan(policy.memory.days, now());
      const budgetMs = timeouts.budgetMs;
      // The deadline timer cannot fire while the rules run: the clock is read between phases instead.
      const outOfTime = () => now() - startedAt >= budgetMs;
      /** `waited`: what the rules waited for, named if the time is up before they start. */
      const judge = (suffixes: PublicSuffixList, waited: string): Evaluation | undefined => {
        try {
          if (outOfTime()) throw new OutOfTime(waited);
          return evaluate(draft, policy, confirmations, { suffixes, surnames, outOfTime });
        } catch (error) {
          if (error instanceof OutOfTime) {
            fail("timeout", [`no decision within ${budgetMs} ms: ${error.message}`]);
            return undefined;
          }
          throw error;
        }
      };
      const judged = (evaluation: Evaluation | undefined, note?: string): Judgement | undefined => evaluation && { evaluation, note };
      if (suffixList.kept) return Promise.resolve(judged(judge(suffixList.kept.list, "reading the draft")));
      const builtIn = commonSuffixes();
      const withBuiltIn = judge(builtIn, "reading the draft");
      if (!withBuiltIn || !builtIn.metGap) return Promise.resolve(judged(withBuiltIn));
      return suffixList.load().then((full) => {
        if (guard.finished) return undefined;
        if (full.problem) return judged(withBuiltIn, `${full.problem}; the common suffixes were used`);
        return judged(judge(full.list, "fetching the Public Suffix List"));
      });
    };

    const check = (): Promise<void> => {
      const item = office.context.mailbox.item;
      if (!item) return Promise.reject(new Error("no item to send"));
      const profile = office.context.mailbox.userProfile;
      const owner = profile && profile.emailAddress ? { address: profile.emailAddress, name: profile.displayName } : undefined;
      const policyLoaded = loadPolicy({
        url: requests.policy.url,
        timeoutMs: timeouts.fetchMs,
        fetch: deps.fetch,
        embedded: deps.embeddedPolicy,
        validatedAtBuild: deps.validatedAtBuild,
        timers,
      }).then((result) => {
        loaded = result;
        // The admin's emergency switch: allow at once, without waiting for the draft.
        if (result.source !== "default" && !result.policy.enabled) guard.finish("allow", { allowEvent: true });
        return result;
      });
      const surnamesForSend = surnameParts.forSend();
      const reading = readDraft(item, {
        timeoutMs: timeouts.callMs,
        timers,
        limiter,
        owner,
        readArchiveBytes: true,
        roamingSettings: roamingSettingsSync(office),
        onNamesRead: surnamesForSend.onNamesRead,
      });
      // The surname table only for a draft whose greeting or file names may name someone (no
      // other send reads it, nor waits for it), and of it the keys and the shards of the names
      // the draft has: asked for as its parts are read, and once all of it is.
      const surnamesLoaded = reading.then(({ draft }): LoadedSurnameReadings | Promise<LoadedSurnameReadings> => {
        if (!mayNameSomeoneIn(draft)) return { table: NO_SURNAMES };
        return surnamesForSend.tableFor((table) => readNamesOf(draft, table));
      });
      const drafted = Promise.all([reading, surnamesLoaded]);
      // While the published policy is on its way (revalidated on every send), the draft is
      // judged with the build's copy: where the two are the same, as deployed, the judgement
      // is ready when the policy comes; where they differ it is judged again.
      const judgedAsBuilt = drafted.then(([draftReading, surnames]) => {
        const atBuild = deps.validatedAtBuild;
        if (loaded || guard.finished || !atBuild || draftReading.failures.length > 0) return undefined;
        return judgeDraft(policyAsBuilt(atBuild), draftReading.draft, draftReading.confirmations, surnames.table);
      });
      return Promise.all([policyLoaded, drafted, judgedAsBuilt]).then(([policyResult, [draftReading, surnames], asBuilt]) => {
        if (guard.finished) return;
        notes.push(...draftReading.notes);
        if (surnames.problem) notes.push(surnames.problem);
        if (policyResult.source === "default") return fail("policy", policyResult.problems);
        if (draftReading.failures.length > 0) return fail("host", draftReading.failures);
        const policy = policyResult.policy;
        let judged: Promise<Judgement | undefined>;
        if (asBuilt && policyResult.asBuilt) judged = Promise.resolve(asBuilt);
        else {
          // The build's copy forgot the memory by its own days: the settings are read again.
          const draft = asBuilt ? { ...draftReading.draft, memory: readMemory(roamingSettingsSync(office)).memory } : draftReading.draft;
          judged = judgeDraft(policy, draft, draftReading.confirmations, surnames.table);
        }
        return judged.then((judgement) => {
          if (!judgement || guard.finished) return;
          if (judgement.note) notes.push(judgement.note);
          return stampAndAnswer(
            item as Office.MessageCompose,
            answerFor(judgement.evaluation, policy, {
              kind,
              locale,
              markdown: supportsMailbox(office, "1.15"),
              version: deps.version,
              // Said only when the published policy was fetched and failed: a runtime without fetch always uses the embedded copy.
              settingsFallback: !!deps.fetch && policyResult.source === "embedded",
            }),
          );
        });
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
