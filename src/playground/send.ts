import type { CompletedOptions as HandlerCompletedOptions } from "../launchevent/handler";
import type { FakeOutlook } from "./fake-office";

/** What the handler passed to event.completed; Outlook also accepts a cancelLabel for Take action. */
export type CompletedOptions = HandlerCompletedOptions & { cancelLabel?: string };

export interface SendResult {
  options: CompletedOptions;
  /** From the click to event.completed (Outlook says "taking longer than expected" after 5 s). */
  elapsedMs: number;
  /** event.completed was called more than once: a handler bug Outlook would not forgive. */
  completedTwice: boolean;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export const SEND_HANDLER_NAME = "onMessageSendHandler";

/**
 * Runs the real dist/launchevent.js the way Outlook's event runtime does: a
 * fresh script run per send (a new runtime), which registers its handler with
 * Office.actions.associate, then one OnMessageSend event. The script sees the
 * fake `Office` and the playground's `fetch` as its globals.
 */
export function runSendHandler(
  scriptText: string,
  outlook: FakeOutlook,
  fetch: FetchLike,
  giveUpMs = 60000,
): Promise<SendResult> {
  outlook.associations.clear();
  new Function("Office", "fetch", scriptText)(outlook.office, fetch);
  const handler = outlook.associations.get(SEND_HANDLER_NAME);
  if (!handler) return Promise.reject(new Error(`launchevent.js did not associate ${SEND_HANDLER_NAME}`));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let result: SendResult | undefined;
    const timer = setTimeout(() => reject(new Error(`event.completed was not called within ${giveUpMs / 1000} s`)), giveUpMs);
    handler({
      type: "olkMessageSend",
      completed(options: CompletedOptions) {
        if (result) {
          result.completedTwice = true;
          return;
        }
        clearTimeout(timer);
        result = { options, elapsedMs: performance.now() - started, completedTwice: false };
        resolve(result);
      },
    });
  });
}

/**
 * The playground's fetch: the handler asks for `${publicUrl}/policy.json` and
 * the pane for `policy.json` beside its page; both get the policy picked in
 * the playground. Everything else goes to the real fetch (same origin).
 */
export function policyFetch(policyText: () => Promise<string>, realFetch: FetchLike): FetchLike {
  return async (input, init) => {
    const url = new URL(String(input), location.href);
    if (url.pathname.endsWith("/policy.json")) {
      return new Response(await policyText(), { status: 200, headers: { "content-type": "application/json" } });
    }
    return realFetch(String(input), init);
  };
}
