import type { Page } from "playwright-core";
import { describeInBrowser, fetchBuiltFilesBesidePage, fireSend, OFFICE_JS_URL, pageWithDraft, until, useBrowser, type BrowserHarness } from "./harness";

/**
 * The two Outlook pages as Outlook loads them: office.js (here the fake host) and the
 * bundle through the page's own tags, under its Content-Security-Policy. A <meta> CSP stops
 * Chromium's preload scanner, so each page preloads its bundle and the files it waits for
 * (webpack.config.js, PagesPlugin): they must be asked for before office.js, and once. The
 * event page's script at low priority, so office.js, which runs first, downloads first.
 */

let harness: BrowserHarness;

/** How a request is named below: office.js from its CDN, else the path on the add-in's host. */
function fileAsked(href: string): string {
  const url = new URL(href);
  return url.href === OFFICE_JS_URL ? "office.js (CDN)" : url.pathname;
}

const SUFFIX_LIST = /^\/public-suffix-list\.[0-9a-f]+\.txt$/;
const SURNAME_TABLE = /^\/surname-readings\.[0-9a-f]+\.txt$/;

interface OutlookPage {
  page: string;
  /** What the page asks for before office.js, in order: paths, or patterns for the content-hashed files. */
  preloaded: ReadonlyArray<string | RegExp>;
  /** Preloads asked for at low priority: a script that runs after office.js lets office.js download first. */
  lowPriority: readonly string[];
  /** Waits until the page has used what it preloaded. */
  used(page: Page): Promise<void>;
}

const PAGES: OutlookPage[] = [
  {
    page: "launchevent.html",
    preloaded: ["/launchevent.js"],
    lowPriority: ["/launchevent.js"],
    async used(page) {
      await until("the page's script has associated its send handler", () => page.evaluate(() => window.presendFakeHost!.associations.has("onMessageSendHandler")));
      expect(await fireSend(page)).toEqual({ allowEvent: true });
    },
  },
  {
    page: "taskpane.html",
    preloaded: ["/taskpane.js", "/taskpane.css", SUFFIX_LIST, SURNAME_TABLE],
    lowPriority: [],
    async used(page) {
      // Shown only once the policy and both data files are in (src/taskpane/host.ts).
      await page.getByRole("heading", { name: "Recipients (1)" }).waitFor();
    },
  },
];

describeInBrowser("the Outlook pages' preloads", () => {
  useBrowser((started) => {
    harness = started;
  });

  it.each(PAGES)("$page asks for its bundle and the files it waits for before office.js, each once", async ({ page: path, preloaded, lowPriority, used }) => {
    const page = await pageWithDraft(harness, { from: "t.nagao@hoshizora-logi.example", to: ["k.seki@hoshizora-logi.example"], subject: "会議室", body: "明日の会議室です。", options: { displayLanguage: "en-US" } });
    await fetchBuiltFilesBesidePage(page);
    const asked: string[] = [];
    page.on("request", (request) => asked.push(fileAsked(request.url())));
    // Chromium's priority for each request, as its network stack was told (by fetchpriority among others).
    const priorities = new Map<string, string>();
    const cdp = await page.context().newCDPSession(page);
    cdp.on("Network.requestWillBeSent", ({ request }) => {
      priorities.set(fileAsked(request.url), request.initialPriority);
    });
    await cdp.send("Network.enable");
    await page.goto(`${harness.origin}/${path}`);
    await used(page);

    const expected = preloaded.map((file) => (typeof file === "string" ? file : asked.find((asked) => file.test(asked)) ?? String(file)));
    expect(asked.slice(0, expected.length + 2)).toEqual([`/${path}`, ...expected, "office.js (CDN)"]);
    // Once each: the page's own requests found the preloaded answers (a preload they cannot use downloads again).
    for (const file of expected) expect(asked.filter((asked) => asked === file)).toEqual([file]);
    // Not preloaded (a preload cannot ask for it revalidated), and asked for once all the same.
    expect(asked.filter((asked) => asked === "/policy.json")).toEqual(["/policy.json"]);
    const notLow = expect.stringMatching(/^(Medium|High|VeryHigh)$/);
    for (const file of expected) expect([file, priorities.get(file)]).toEqual([file, lowPriority.includes(file) ? "Low" : notLow]);
    expect(priorities.get("office.js (CDN)")).toEqual(notLow);
    await page.close();
  });
});
