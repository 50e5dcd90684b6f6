import { describeError, withTimeout, type Timers } from "./async";

/** The part of a fetch Response the loaders read. */
export interface FetchResponseLike {
  ok: boolean;
  status: number;
  headers?: { get(name: string): string | null };
  text(): Promise<string>;
}
export type FetchLike = (url: string, init?: { signal?: unknown; cache?: string }) => Promise<FetchResponseLike>;

// lib ES2016 declares neither; both are optional in classic Outlook's JavaScript-only runtime.
declare const fetch: FetchLike | undefined;
declare const AbortController: (new () => { signal: unknown; abort(): void }) | undefined;

/** The runtime's fetch, bound (a bare reference throws "Illegal invocation" in browsers), or undefined. */
export function runtimeFetch(): FetchLike | undefined {
  if (typeof fetch !== "function") return undefined;
  return (url, init) => fetch(url, init);
}

/** A request a script makes as soon as it loads, and its cache mode (see FetchTextOptions.cache). */
export interface EarlyRequest {
  url: string;
  cache: "no-cache" | "default";
}

/**
 * `fetch`, having asked for `requests` at once: the event runtime loads its script for a
 * send, so the first send finds the files on their way instead of asking when its handler
 * starts. An early answer serves the first request for its URL and cache mode made
 * within `freshForMs` of the call; later ones, and every other request, go to `fetch` (the
 * policy is revalidated on each send: a send minutes after a compose event that loaded
 * the script asks again).
 *
 * `defer` runs the requests in a task of their own where the runtime has timers: made
 * while the event page's script runs, parser-blocking inside its HTML, the two requests
 * cost 190 ms in the cold-start bench (Chromium, CPU slowed 4×), from the next task 20 ms.
 */
export function fetchingEarly(
  fetch: FetchLike | undefined,
  requests: readonly EarlyRequest[],
  clock: { now(): number; defer?(run: () => void): void },
  freshForMs: number,
): FetchLike | undefined {
  if (!fetch) return undefined;
  const askedAt = clock.now();
  const defer = clock.defer || ((run: () => void) => run());
  const early = requests.map((request) => {
    const answer = new Promise<FetchResponseLike>((resolve, reject) =>
      defer(() => {
        try {
          resolve(fetch(request.url, { cache: request.cache }));
        } catch (error) {
          reject(error);
        }
      }),
    );
    // Never asked for after all (or too late): its failure is nobody's.
    answer.then(undefined, () => undefined);
    return { request, answer };
  });
  return (url, init) => {
    const cache = init && init.cache;
    const index = early.findIndex(({ request }) => request.url === url && request.cache === cache);
    if (index < 0) return fetch(url, init);
    const { answer } = early.splice(index, 1)[0];
    return clock.now() - askedAt <= freshForMs ? answer : fetch(url, init);
  };
}

export interface FetchTextOptions {
  fetch?: FetchLike;
  timeoutMs: number;
  timers?: Timers;
  /** RequestInit.cache: "no-cache" revalidates, "default" lets the HTTP cache answer. */
  cache: "no-cache" | "default";
  /** What the file is, for the error when a web server answers with a page instead: "JSON". */
  expected: string;
}

/**
 * A text file from the add-in's host, within `timeoutMs`. Rejects with an
 * Error whose message starts with `label`: no fetch in this runtime, HTTP
 * errors, timeouts, and HTML pages (a wrong publicUrl usually answers with
 * the web server's page, not a 404).
 */
export function fetchText(label: string, url: string, options: FetchTextOptions): Promise<string> {
  const fetchFile = options.fetch;
  if (!fetchFile) return Promise.reject(new Error(`${label}: not fetched (no fetch in this runtime)`));
  const controller = typeof AbortController === "function" ? new AbortController() : undefined;
  const read = (response: FetchResponseLike): Promise<string> => {
    if (!response.ok) return Promise.reject(new Error(`HTTP ${response.status}`));
    const type = response.headers ? response.headers.get("content-type") || "" : "";
    return response.text().then((text) => {
      if (/html/i.test(type) || /^\s*</.test(text)) throw new Error(`got an HTML page instead of ${options.expected} (check publicUrl)`);
      return text;
    });
  };
  return withTimeout(
    label,
    () => fetchFile(url, { signal: controller ? controller.signal : undefined, cache: options.cache }).then(read),
    options.timeoutMs,
    options.timers,
  ).then(undefined, (error) => {
    if (controller) controller.abort();
    const message = describeError(error);
    throw new Error(message.indexOf(label) === 0 ? message : `${label}: ${message}`);
  });
}

export interface LoadDataOptions {
  url: string;
  timeoutMs: number;
  fetch?: FetchLike;
  timers?: Timers;
}

/**
 * A data file evaluations share (the Public Suffix List, the surname table), cached by
 * the HTTP cache (its name is content-hashed). `read` makes it from the text, or says
 * why the text is not the file. Never rejects: without the file it resolves with
 * `standIn` and the problem. `file` names it in problems: what it is, and what an HTML
 * page came instead of.
 */
export function loadDataFile<Data extends object>(
  file: { what: string; expected: string },
  options: LoadDataOptions,
  standIn: Data,
  read: (text: string) => Data | string,
): Promise<{ data: Data; problem?: string }> {
  const label = `${file.what} ${options.url}`;
  return fetchText(label, options.url, { fetch: options.fetch, timeoutMs: options.timeoutMs, timers: options.timers, cache: "default", expected: file.expected }).then(
    (text) => {
      const data = read(text);
      return typeof data === "string" ? { data: standIn, problem: `${label}: ${data}` } : { data };
    },
    (error) => ({ data: standIn, problem: describeError(error) }),
  );
}
