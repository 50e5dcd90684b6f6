import type { CompletedOptions as HandlerCompletedOptions } from "../launchevent/answer";
import type { FakeOutlook } from "./fake-office";

/** What the handler passed to event.completed; Outlook also accepts a cancelLabel for Take action. */
export type CompletedOptions = HandlerCompletedOptions & { cancelLabel?: string };

/** One event handled by the real script. */
export interface HandlerRun<Options> {
  /** What the handler passed to event.completed. */
  options: Options;
  /** From the event to event.completed (Outlook says "taking longer than expected" after 5 s on send). */
  elapsedMs: number;
  /** event.completed was called more than once: a handler bug Outlook would not forgive. */
  completedTwice: boolean;
}

export type SendResult = HandlerRun<CompletedOptions>;

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export const SEND_HANDLER_NAME = "onMessageSendHandler";
export const MEETING_SEND_HANDLER_NAME = "onAppointmentSendHandler";
export const COMPOSE_HANDLER_NAME = "onNewMessageComposeHandler";

/**
 * Runs the real dist/launchevent.js the way Outlook's event runtime does: a
 * fresh run of the script per event (a new runtime, which loads the saved
 * roaming settings), which registers its handlers with
 * Office.actions.associate, then calls the one named. `runScript` runs the
 * script with the fake `Office` and the playground's `fetch` as its globals.
 */
function runEventHandler<Options>(
  runScript: () => Promise<void>,
  outlook: FakeOutlook,
  handlerName: string,
  eventType: string,
  giveUpMs: number,
): Promise<HandlerRun<Options>> {
  outlook.associations.clear();
  outlook.reloadRoamingSettings();
  return runScript().then(() => {
    const handler = outlook.associations.get(handlerName);
    if (!handler) throw new Error(`launchevent.js did not associate ${handlerName}`);
    const started = performance.now();
    return new Promise<HandlerRun<Options>>((resolve, reject) => {
      let result: HandlerRun<Options> | undefined;
      const timer = setTimeout(() => reject(new Error(`event.completed was not called within ${giveUpMs / 1000} s`)), giveUpMs);
      handler({
        type: eventType,
        completed(options: Options) {
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

/** The user pressed Send: OnMessageSend, or OnAppointmentSend on a meeting's organizer form. */
export function runSendHandler(runScript: () => Promise<void>, outlook: FakeOutlook, giveUpMs = 60000): Promise<SendResult> {
  return outlook.state.itemType === "appointment"
    ? runEventHandler<CompletedOptions>(runScript, outlook, MEETING_SEND_HANDLER_NAME, "olkAppointmentSend", giveUpMs)
    : runEventHandler<CompletedOptions>(runScript, outlook, SEND_HANDLER_NAME, "olkMessageSend", giveUpMs);
}

/** One OnNewMessageCompose event: a compose window (new mail, reply or forward) has just opened. */
export function runComposeHandler(runScript: () => Promise<void>, outlook: FakeOutlook, giveUpMs = 60000): Promise<HandlerRun<unknown>> {
  return runEventHandler<unknown>(runScript, outlook, COMPOSE_HANDLER_NAME, "olkNewMessageCompose", giveUpMs);
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
