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
 * fresh run of the script per send (a new runtime), which registers its
 * handler with Office.actions.associate, then one OnMessageSend event.
 * `runScript` runs the script with the fake `Office` and the playground's
 * `fetch` as its globals.
 */
export function runSendHandler(runScript: () => Promise<void>, outlook: FakeOutlook, giveUpMs = 60000): Promise<SendResult> {
  outlook.associations.clear();
  return runScript().then(() => {
    const handler = outlook.associations.get(SEND_HANDLER_NAME);
    if (!handler) throw new Error(`launchevent.js did not associate ${SEND_HANDLER_NAME}`);
    const started = performance.now();
    return new Promise<SendResult>((resolve, reject) => {
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
  });
}

/**
 * Runs a same-origin script file anew, as a <script> element: the page's
 * Content-Security-Policy allows no eval. The query makes every run load the
 * current build.
 */
export function runScriptFile(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = `${url}?run=${Date.now()}`;
    script.onload = () => {
      script.remove();
      resolve();
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`${url} did not load (run npm run build)`));
    };
    document.head.appendChild(script);
  });
}

/**
 * The playground's fetch: the handler asks for `${publicUrl}/policy.json` and
 * the pane for `policy.json` beside its page; both get the policy picked in
 * the playground. The handler's data files (Public Suffix List, surname table) under publicUrl come from
 * this server's dist/, the playground's parent folder. Everything else goes
 * to the real fetch (same origin).
 */
export function playgroundFetch(policyText: () => Promise<string>, realFetch: FetchLike): FetchLike {
  return async (input, init) => {
    const url = new URL(String(input), location.href);
    if (url.pathname.endsWith("/policy.json")) {
      return new Response(await policyText(), { status: 200, headers: { "content-type": "application/json" } });
    }
    const dataFile = /\/((public-suffix-list|surname-readings)\.[^/]+\.txt)$/.exec(url.pathname);
    if (dataFile) return realFetch(new URL(`../${dataFile[1]}`, location.href).href, init);
    return realFetch(String(input), init);
  };
}
