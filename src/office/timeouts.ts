/**
 * How long each runtime waits for Outlook and for the files served beside the
 * add-in: one profile per runtime, read by everything that runs there.
 */
export interface TimeoutProfile {
  /** Each Office.js call (getAsync, setAsync, …). */
  callMs: number;
  /** Each file fetched beside the add-in: policy.json, the suffix list, the surname table. */
  fetchMs: number;
}

/** The event runtime's handlers answer Outlook by a deadline. */
export interface EventTimeoutProfile extends TimeoutProfile {
  /** From a handler's start to event.completed, at most. */
  budgetMs: number;
  /**
   * How long files asked for as the script loads (fetchingEarly) stay fresh enough for a
   * send: an event loads the script a moment before its handler runs.
   */
  earlyFetchMs: number;
}

/**
 * The event runtime (OnMessageSend, OnNewMessageCompose). Outlook says "taking longer
 * than expected" 5 s after the click, script load included: the send is answered by
 * 3 s, each host call gets half of that, and the files beside the add-in (fetched
 * while the draft is read) a third, after which the embedded policy and the built-in
 * suffixes stand in.
 */
export const EVENT_TIMEOUTS: EventTimeoutProfile = { budgetMs: 3000, callMs: 1500, fetchMs: 1000, earlyFetchMs: 10000 };

/**
 * The task pane: someone is watching, who would rather wait for a slow web session
 * than see an error. A fix (moving recipients, removing a file) may take longer still.
 */
export const PANE_TIMEOUTS: TimeoutProfile & { fixMs: number } = { callMs: 5000, fetchMs: 5000, fixMs: 10000 };
