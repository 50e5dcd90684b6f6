import { CallLimiter, describeError, type Timers } from "../office/async";
import { takeThreadSnapshot } from "../office/thread-snapshot";
import { EVENT_TIMEOUTS, type EventTimeoutProfile } from "../office/timeouts";
import type { HostOffice } from "./handler";

/** OnNewMessageCompose's event: completed() takes no options. */
export interface ComposeEvent {
  completed(options?: unknown): void;
}

export interface ComposeHandlerDeps {
  office: HostOffice;
  timers?: Timers;
  /** The event runtime's (EVENT_TIMEOUTS), as the send handler's, unless a test sets its own. */
  timeouts?: EventTimeoutProfile;
  /** What happened, for diagnostics and tests: "reply", "forward", "newMail", or why nothing was stored. */
  onOutcome?: (outcome: string) => void;
}

/**
 * OnNewMessageCompose: stores who is on a reply or forward when it opens (DESIGN §1a),
 * then completes exactly once — on success, on any failure, or at the deadline when a
 * host call never answers. The compose window is never blocked: Outlook shows it at once
 * and this runs beside it; a failure only means the send check sees "no thread".
 */
export function createComposeHandler(deps: ComposeHandlerDeps): (event: ComposeEvent) => void {
  // The compose window waits for nobody, but a runtime left open costs the user's machine: the send's budget.
  const { budgetMs, callMs } = deps.timeouts || EVENT_TIMEOUTS;
  return function onNewMessageCompose(event: ComposeEvent): void {
    let finished = false;
    let deadline: unknown;
    const finish = (outcome: string) => {
      if (finished) return;
      finished = true;
      if (deadline !== undefined && deps.timers) deps.timers.clearTimeout(deadline);
      try {
        event.completed();
      } finally {
        if (deps.onOutcome) deps.onOutcome(outcome);
      }
    };
    if (deps.timers) deadline = deps.timers.setTimeout(() => finish(`no snapshot within ${budgetMs} ms`), budgetMs);
    let started: Promise<string>;
    try {
      const item = deps.office.context.mailbox.item;
      if (!item) throw new Error("no message item");
      // OnNewMessageCompose fires for messages only.
      started = takeThreadSnapshot(item as Office.MessageCompose, {
        timeoutMs: callMs,
        timers: deps.timers,
        limiter: new CallLimiter(3),
      });
    } catch (error) {
      started = Promise.reject(error);
    }
    started.then(finish, (error) => finish(`no snapshot: ${describeError(error)}`));
  };
}
