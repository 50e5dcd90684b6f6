import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { CHROMIUM, launchChromium } from "../../scripts/chromium.cjs";
import sirv from "sirv";
import { decodeConfirmations } from "../../src/office/session";
import { builtSinceSources } from "../support/built";

import type { FakeDraftSpec, FakeOutlookOptions } from "../../src/playground/fake-office";
import type { CompletedOptions } from "../../src/playground/send";

/**
 * Shared set-up for the browser tests: Debian's Chromium driven by
 * playwright-core against dist/ served on an ephemeral 127.0.0.1 port, the
 * office.js CDN URL answered with the playground's fake Outlook host, and
 * every other request that would leave 127.0.0.1 aborted and reported.
 */

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
/**
 * Every run saves its screenshots under test-results/; `UPDATE_SCREENSHOTS=1 npm test`
 * refreshes the ones the README shows, so ordinary runs leave the tree clean.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, "docs", "screenshots")
  : join(ROOT, "test-results", "screenshots");
const BUILT_FILES = ["taskpane.html", "taskpane.js", "taskpane.css", "launchevent.js", "policy.json", "playground/index.html", "playground/pane-host.js"];


/**
 * Whether the browser tests can run here. In CI a missing Chromium is a
 * failure, not a reason to skip: the caller's beforeAll throws.
 */
export const chromiumAvailable = existsSync(CHROMIUM);
export const describeInBrowser = chromiumAvailable || process.env.CI === "true" ? describe : describe.skip;

export function requireChromium(): void {
  if (!chromiumAvailable) throw new Error(`${CHROMIUM} is missing (install the chromium package); browser tests cannot run`);
}

const isBuilt = () => builtSinceSources(BUILT_FILES);

/**
 * Builds dist/ when any page the tests load is missing or older than the sources. Test files run in
 * parallel workers: a lock directory (mkdir is atomic) lets one of them build
 * while the others wait for it.
 */
export async function ensureBuilt(): Promise<void> {
  const lock = join(ROOT, "node_modules", ".cache", "presend-browser-build.lock");
  mkdirSync(dirname(lock), { recursive: true });
  for (const deadline = Date.now() + 180000; !isBuilt(); ) {
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} is still held: remove it if no build is running`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    try {
      if (!isBuilt()) {
        buildDist();
        if (!isBuilt()) throw new Error("dist/ is still older than its sources after a build: a source changed during it, or has a time in the future");
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/**
 * `npm run build` (webpack). Over a size budget it exits 1 with dist/ written, as
 * `npm run size` would fail: the pages still work, so the tests run; any other failure
 * leaves pages missing and is thrown.
 */
function buildDist(): void {
  try {
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js")], { cwd: ROOT, stdio: "inherit" });
  } catch (error) {
    if (!isBuilt()) throw error;
  }
}

/** dist/ over HTTP with sirv (a small, well-kept static server): read from disk on every request, folders answer with index.html. */
function serveDist(onRequest: (url: string) => void): Server {
  const serve = sirv(DIST, { dev: true, dotfiles: true });
  return createServer((req, res) => {
    onRequest(req.url ?? "");
    serve(req, res);
  });
}

export interface BrowserHarness {
  origin: string;
  context: BrowserContext;
  /** URLs that tried to leave 127.0.0.1 (aborted), and requests for the missing /favicon.ico. */
  blocked: string[];
  close(): Promise<void>;
}

/**
 * One browser for a test file's describe block: started before its tests (and handed to
 * `onStart`), closed after them; every test must leave no request blocked.
 */
export function useBrowser(onStart: (harness: BrowserHarness) => void): void {
  let harness: BrowserHarness | undefined;
  beforeAll(async () => {
    harness = await startBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
    onStart(harness);
  }, 180000);
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(() => {
    expect(harness?.blocked).toEqual([]);
  });
}

export async function startBrowser(): Promise<BrowserHarness> {
  requireChromium();
  await ensureBuilt();
  const blocked: string[] = [];
  // A page without <link rel="icon"> makes the browser ask for /favicon.ico, a 404 in every log: report it as a stray request.
  const server = serveDist((url) => {
    if (url.split("?")[0] === "/favicon.ico") blocked.push(`${url} (a page has no <link rel="icon">)`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { context, close: closeBrowser } = await launchChromium({ viewport: { width: 1280, height: 900 } });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    blocked.push(url.href);
    return route.abort("blockedbyclient");
  });
  return {
    origin,
    context,
    blocked,
    async close() {
      await closeBrowser();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export type PaneDraft = FakeDraftSpec & { options?: FakeOutlookOptions };

/** A page whose office.js is the fake host holding `draft` (page routes win over the context's guard). */
export async function pageWithDraft(harness: BrowserHarness, draft: PaneDraft, policy?: unknown): Promise<Page> {
  const page = await harness.context.newPage();
  const fakeHost = readFileSync(join(DIST, "playground", "pane-host.js"), "utf8");
  await page.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ contentType: "text/javascript", body: `window.presendFakeDraft = ${JSON.stringify(draft)};\n${fakeHost}` }),
  );
  if (policy !== undefined) {
    await page.route(`${harness.origin}/policy.json`, (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify(policy) }),
    );
  }
  return page;
}

/**
 * Runs axe-core in the page and returns its violations (id, impact, nodes' targets).
 * Evaluated through DevTools: the page's Content-Security-Policy refuses an injected <script>.
 */
export async function axeViolations(page: Page) {
  await page.evaluate(readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/** The confirmed items by rule that the pane wrote to session data, decoded as the send handler reads them. */
export async function storedConfirmations(page: Page): Promise<Record<string, string[]> | undefined> {
  const text = await page.evaluate(() => window.presendFakeHost?.state.sessionData["presend.confirmations"]);
  if (!text) return undefined;
  const byRule: Record<string, string[]> = {};
  for (const { rule, item } of decodeConfirmations(text)) (byRule[rule] ??= []).push(item);
  return byRule;
}

/** Polls `check` until it is true (for states a locator cannot wait for, like "enabled"). */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Where the built launchevent.js fetches its policy and suffix list (the build's default publicUrl). */
const BUILT_PUBLIC_URL = "https://localhost:3000/";

/** Run in the page: the built script's requests under publicUrl go to the same files beside the page (its CSP allows only 'self'). */
function fetchBesideThePage(publicUrl: string): void {
  const fetchOwn = window.fetch.bind(window);
  window.fetch = (input, init) => fetchOwn(String(input).replace(publicUrl, "/"), init);
}

/** Makes the built script, however `page` loads it, fetch from the page's origin (call before the page loads). */
export async function fetchBuiltFilesBesidePage(page: Page): Promise<void> {
  await page.addInitScript(fetchBesideThePage, BUILT_PUBLIC_URL);
}

/**
 * Presses Send on the page's fake item: runs dist/launchevent.js as Outlook's event runtime
 * would (a fresh run that associates its handler with the page's fake Office), fires one
 * send event, a message's or a meeting's (OnAppointmentSend), and returns what the handler
 * passed to event.completed. Its requests under publicUrl go to the same files beside the
 * page (the page's CSP allows only 'self'), so it reads the policy the test routed for the pane.
 */
export async function pressSend(page: Page, event: "message" | "meeting" = "message"): Promise<CompletedOptions> {
  await page.evaluate(fetchBesideThePage, BUILT_PUBLIC_URL);
  await page.evaluate(() => window.presendFakeHost!.associations.clear());
  // Evaluated through DevTools: the page's Content-Security-Policy refuses eval and injected scripts.
  await page.evaluate(readFileSync(join(DIST, "launchevent.js"), "utf8"));
  return fireSend(page, event);
}

/** Fires a send event on the handler the page's event script associated, and returns what it passed to event.completed. */
export async function fireSend(page: Page, event: "message" | "meeting" = "message"): Promise<CompletedOptions> {
  const [handler, type] = event === "meeting" ? ["onAppointmentSendHandler", "olkAppointmentSend"] : ["onMessageSendHandler", "olkMessageSend"];
  return page.evaluate(
    ({ handler, type }) =>
      new Promise<CompletedOptions>((resolve) => window.presendFakeHost!.associations.get(handler)!({ type, completed: resolve })),
    { handler, type },
  );
}
