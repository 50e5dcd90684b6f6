/**
 * office.js for the cold-start bench's pages (bench/cold-start.mjs builds it with esbuild):
 * the playground's fake Outlook holding `window.presendBenchDraft`. As soon as the page's
 * script associates its OnMessageSend handler, it presses Send; once that send is decided
 * it waits a moment and presses Send again in the same runtime (on the handler associated
 * last, when a script associates two). Each send's start and
 * decision (performance.now(): ms since the runtime's navigation started) end up in
 * `window.presendBenchSends`, and the console says so; when the handler was associated, in
 * `window.presendBenchRegistered`.
 */
import { asOffice, FakeOutlook, type FakeDraftSpec } from "../src/playground/fake-office";

interface BenchSend {
  start: number;
  decided: number;
  allowEvent: boolean;
}

declare global {
  interface Window {
    presendBenchDraft: FakeDraftSpec;
    /** How long the fake Outlook takes to answer each call. */
    presendBenchHostLatencyMs: number;
    /** Requests made before Send is first pressed never answer (nor reach the network). */
    presendBenchQuietUntilSend?: boolean;
    presendBenchSends?: BenchSend[];
    /** When the page's script associated its OnMessageSend handler (ms since navigation start). */
    presendBenchRegistered?: number;
    /**
     * The scripts the real office.js loads after itself (its Outlook host script and strings:
     * `node bench/cold-start.mjs --office-js real`), by the end of their URLs: Outlook sends no
     * event before they have run, so Send is pressed only then. None with the fake office.js alone.
     */
    presendBenchOfficeScripts?: string[];
    /** When the last of those scripts had run (ms since navigation start). */
    presendBenchOfficeLoaded?: number;
  }
}

/**
 * Where the scripts fetch from (the build's default publicUrl), and where the bench serves
 * those files: the page's CSP allows only its own origin, and each page has the files in its
 * folder, where the page's preloads ask for them, as publicUrl holds them beside the page.
 */
const PUBLIC_URL = "https://localhost:3000/";
const PAGE_FOLDER = new URL(".", location.href).pathname;
/** Between the two sends: lets anything the first one left running finish, as the minutes between two mails would. */
const PAUSE_MS = 300;
const SENDS = 2;

const outlook = new FakeOutlook(window.presendBenchDraft, { displayLanguage: "ja-JP", latencyMs: window.presendBenchHostLatencyMs });
const office = asOffice(outlook);
const sends: BenchSend[] = [];
let pressed = false;

const fetchOwn = window.fetch.bind(window);
window.fetch = (input, init) =>
  window.presendBenchQuietUntilSend && !pressed
    ? new Promise<Response>(() => undefined)
    : fetchOwn(String(input).replace(PUBLIC_URL, PAGE_FOLDER), init);

function send(handler: (event: unknown) => void): void {
  pressed = true;
  const start = performance.now();
  handler({
    type: "olkMessageSend",
    completed(options: { allowEvent: boolean }) {
      sends.push({ start, decided: performance.now(), allowEvent: options.allowEvent });
      if (sends.length < SENDS) setTimeout(() => send(handler), PAUSE_MS);
      else {
        window.presendBenchSends = sends;
        console.log("presend-bench: sends decided");
      }
    },
  });
}

// Send is pressed once, on the handler associated last in the task that associated the first:
// a page whose script associates two (Presend's, then the stand-in's) has the second answer.
let sendHandler: ((event: unknown) => void) | undefined;
const associate = office.actions.associate.bind(office.actions);
office.actions.associate = (name: string, handler: (event: unknown) => void) => {
  associate(name, handler);
  if (name !== "onMessageSendHandler") return;
  if (!sendHandler) {
    window.presendBenchRegistered = performance.now();
    officeLoaded.then(() => setTimeout(() => send(sendHandler as (event: unknown) => void), 0));
  }
  sendHandler = handler;
};

/** Settles once each of the scripts office.js loads after itself has run, or failed to load (at once when there are none). */
function officeScriptsRun(ends: readonly string[]): Promise<void> {
  if (ends.length === 0) return Promise.resolve();
  const scripts = ends.map((end) => {
    const script = Array.from(document.scripts).find((candidate) => candidate.src.endsWith(end));
    if (!script) throw new Error(`office.js did not ask for ${end}`);
    return new Promise<void>((resolve) => {
      script.addEventListener("load", () => resolve());
      script.addEventListener("error", () => resolve());
    });
  });
  return Promise.all(scripts).then(() => {
    window.presendBenchOfficeLoaded = performance.now();
  });
}
const officeLoaded = officeScriptsRun(window.presendBenchOfficeScripts || []);
// After the real office.js (--office-js real): its Outlook scripts, still loading, read and write
// the namespace. They find its members through the fake's prototype and cannot replace the fake's own.
const realOffice = (window as { Office?: object }).Office;
if (realOffice) {
  for (const [key, value] of Object.entries(office)) Object.defineProperty(office, key, { value, writable: false, configurable: false, enumerable: true });
  Object.setPrototypeOf(office, realOffice);
  // office.js's `var Office` cannot be redefined, only made read-only: the host script's `window.Office = …` then does nothing.
  Object.defineProperty(window, "Office", { value: office, writable: false });
} else {
  window.Office = office;
}
