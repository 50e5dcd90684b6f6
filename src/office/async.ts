/**
 * Office.js calls as promises, each with a timeout, at most a few in flight.
 *
 * Written for every runtime the add-in meets: classic Outlook on Windows runs
 * the send handler in a JavaScript-only ES2016 runtime (no DOM, and timers or
 * fetch cannot be taken for granted), so timers are passed in rather than
 * read from globals; without timers a call simply cannot time out.
 */

/** The two timer functions the adapter needs (the host's, or fakes in tests). */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

// lib ES2016 declares no timers; these are only read through `typeof` so a
// runtime without them is detected rather than crashing.
declare const setTimeout: ((callback: () => void, ms: number) => unknown) | undefined;
declare const clearTimeout: ((handle: unknown) => void) | undefined;

/**
 * The runtime's own timers, or undefined when it has none. Wrapped in arrow
 * functions because browsers throw "Illegal invocation" when setTimeout is
 * called as a method of another object.
 */
export function runtimeTimers(): Timers | undefined {
  if (typeof setTimeout !== "function" || typeof clearTimeout !== "function") return undefined;
  return {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle),
  };
}

/** How a failed host call is named in problems and notes: "sessionData: key not found". */
function callProblem(call: string, reason: string): string {
  return `${call}: ${reason}`;
}

/** A host call that failed, threw or did not answer in time. `message` names the call. */
export class HostCallError extends Error {
  constructor(
    readonly call: string,
    readonly reason: string,
    readonly timedOut = false,
  ) {
    super(callProblem(call, reason));
    this.name = "HostCallError";
  }
}

/**
 * Runs `start` and settles with its value, or rejects when `ms` passes first.
 * The timer is cleared either way so a finished handler leaves nothing behind.
 */
export function withTimeout<T>(
  call: string,
  start: () => Promise<T>,
  ms: number | undefined,
  timers: Timers | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let handle: unknown;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      if (handle !== undefined && timers) timers.clearTimeout(handle);
      fn();
    };
    if (timers && ms !== undefined && ms >= 0) {
      handle = timers.setTimeout(
        () => settle(() => reject(new HostCallError(call, `no answer within ${ms} ms`, true))),
        ms,
      );
    }
    let started: Promise<T>;
    try {
      started = start();
    } catch (error) {
      settle(() => reject(error));
      return;
    }
    started.then(
      (value) => settle(() => resolve(value)),
      (error) => settle(() => reject(error)),
    );
  });
}

/**
 * Lets at most `max` tasks run at once; the rest wait in order. Outlook on the
 * web rejects an add-in's calls beyond a small number in flight, so every
 * draft read goes through one limiter (3 slots).
 */
export class CallLimiter {
  private running = 0;
  /** Running tasks whose callers have given up on them: the host still has them in flight. */
  private stalled = 0;
  private readonly waiting: Array<{ start: () => void; abandon: () => void }> = [];

  constructor(private readonly max = 3) {}

  /** Runs `task` when a slot is free; `abandon` is called instead if it is dropped from the queue (see stall). */
  run<T>(task: () => Promise<T>, abandon?: () => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running++;
        let result: Promise<T>;
        try {
          result = task();
        } catch (error) {
          result = Promise.reject(error);
        }
        result.then(
          (value) => {
            this.release();
            resolve(value);
          },
          (error) => {
            this.release();
            reject(error);
          },
        );
      };
      const dropped = () => {
        if (abandon) abandon();
        reject(new Error("dropped from the queue"));
      };
      if (this.running < this.max) start();
      else this.waiting.push({ start, abandon: dropped });
    });
  }

  /**
   * Says a running task's caller gave up on it (a timeout). Its slot stays taken until it
   * ends; once every slot is held so, the host is not answering and the waiting tasks are
   * dropped rather than left to wait for ever. Returns the function to call when it ends.
   */
  stall(): () => void {
    this.stalled++;
    if (this.stalled >= this.max) for (const entry of this.waiting.splice(0)) entry.abandon();
    let ended = false;
    return () => {
      if (!ended) this.stalled--;
      ended = true;
    };
  }

  /** How many tasks are running now (for tests of the limit). */
  get inFlight(): number {
    return this.running;
  }

  private release(): void {
    this.running--;
    const next = this.waiting.shift();
    if (next) next.start();
  }
}

/**
 * office.js sets `status` to the strings "succeeded" / "failed" (the typings
 * declare a numeric enum), so the string is compared rather than reading the
 * Office namespace, which the adapter never needs otherwise. Only a stated
 * success is one: an answer without a status must not let a draft through unread.
 */
function succeeded(result: Office.AsyncResult<unknown> | null | undefined): boolean {
  return !!result && (result.status as unknown) === "succeeded";
}

export interface HostCallOptions {
  /** Per-call timeout; the slot is freed when it passes (a call that never answers must not starve the rest). */
  timeoutMs?: number;
  timers?: Timers;
  limiter?: CallLimiter;
}

/** A host call's answer: its value, or what the host said when it refused the call. */
export type HostAnswer<T> = { value: T } | { refused: string };

/**
 * One Office.js `…Async(…, callback)` call as a promise of the host's answer: `invoke`
 * receives the callback to pass on. A refusal the host reports is an answer, and no
 * Error is made for it: some are routine (a sessionData key never set), and an Error
 * captures a stack, which a cold send pays for. Rejects with HostCallError when the call
 * throws (a missing API in an older client) or does not answer.
 *
 * A call that times out keeps its limiter slot until the host does answer: the host
 * still counts it as in flight, and Outlook on the web refuses more than 3 at once, so
 * hung calls must not make room for new ones (the handler's deadline answers instead).
 */
export function hostAnswer<T>(
  call: string,
  invoke: (callback: (result: Office.AsyncResult<T>) => void) => void,
  options: HostCallOptions = {},
): Promise<HostAnswer<T>> {
  const limiter = options.limiter;
  return new Promise<HostAnswer<T>>((resolve, reject) => {
    const start = (): Promise<void> => {
      const answered = new Promise<HostAnswer<T>>((answer, refuse) => {
        try {
          invoke((result) => {
            if (succeeded(result)) return answer({ value: result.value });
            const message = result && result.error ? result.error.message || result.error.name : result ? "failed" : "no answer";
            answer({ refused: message || "failed" });
          });
        } catch (error) {
          refuse(new HostCallError(call, error instanceof Error ? error.message : String(error)));
        }
      });
      let unstall: (() => void) | undefined;
      withTimeout(call, () => answered, options.timeoutMs, options.timers).then(resolve, (error) => {
        if (limiter && error instanceof HostCallError && error.timedOut) unstall = limiter.stall();
        reject(error);
      });
      // The slot is held until the host's own answer, however long after the timeout.
      return answered.then(
        () => (unstall ? unstall() : undefined),
        () => (unstall ? unstall() : undefined),
      );
    };
    if (!limiter) {
      void start();
      return;
    }
    const abandon = () => reject(new HostCallError(call, "not started: the host has not answered earlier calls", true));
    limiter.run(start, abandon).then(undefined, () => undefined);
  });
}

/** One Office.js call's value (hostAnswer), rejecting with HostCallError when the host refuses it too. */
export function hostCall<T>(
  call: string,
  invoke: (callback: (result: Office.AsyncResult<T>) => void) => void,
  options: HostCallOptions = {},
): Promise<T> {
  return hostAnswer(call, invoke, options).then((answer) =>
    "refused" in answer ? Promise.reject(new HostCallError(call, answer.refused)) : answer.value,
  );
}

/**
 * One Office.js call's value for a reader that carries on without it: the value, or why there is
 * none (refused, thrown or not answered) as a problem line, "sessionData: key not found". Never rejects.
 */
export function hostRead<T>(
  call: string,
  invoke: (callback: (result: Office.AsyncResult<T>) => void) => void,
  options: HostCallOptions = {},
): Promise<{ value: T } | { problem: string }> {
  return hostAnswer(call, invoke, options).then(
    (answer) => ("refused" in answer ? { problem: callProblem(call, answer.refused) } : answer),
    (error) => ({ problem: describeError(error) }),
  );
}

/** A short line for a failure list: HostCallError's own text, or any error's message. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
