import { describeInBrowser, fetchBuiltFilesBesidePage, fireSend, OFFICE_JS_URL, pageWithDraft, until, useBrowser, type BrowserHarness } from "./harness";

/**
 * The event runtime page itself (dist/launchevent.html), as Outlook on the web, new Outlook
 * and Mac load it: office.js (here the fake host) and launchevent.js through the page's own
 * tags, under its Content-Security-Policy.
 */

let harness: BrowserHarness;

describeInBrowser("the event runtime page (dist/launchevent.html)", () => {
  useBrowser((started) => {
    harness = started;
  });

  it("asks for the script, the policy and the suffix list before office.js, each once, and the send uses them", async () => {
    const page = await pageWithDraft(harness, { from: "t.nagao@hoshizora-logi.example", to: ["k.seki@hoshizora-logi.example"], subject: "会議室", body: "明日の会議室です。" });
    await fetchBuiltFilesBesidePage(page);
    const asked: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      asked.push(url.href === OFFICE_JS_URL ? "office.js (CDN)" : url.pathname);
    });
    await page.goto(`${harness.origin}/launchevent.html`);
    await until("the page's script has associated its send handler", () => page.evaluate(() => window.presendFakeHost!.associations.has("onMessageSendHandler")));
    expect(await fireSend(page)).toEqual({ allowEvent: true });

    const suffixList = asked.find((path) => /^\/public-suffix-list\.[0-9a-f]+\.txt$/.test(path));
    // Preloaded: a <meta> Content-Security-Policy stops Chromium's preload scanner, so without the
    // page's <link rel="preload"> each would wait for the script before it to have run.
    expect(asked.slice(0, 5)).toEqual(["/launchevent.html", "/launchevent.js", "/policy.json", suffixList, "office.js (CDN)"]);
    // Once each: the script's own requests found the preloaded answers (a preload fetch() cannot use downloads again).
    for (const path of ["/launchevent.js", "/policy.json", suffixList]) expect(asked.filter((asked) => asked === path)).toEqual([path]);
    await page.close();
  });
});
