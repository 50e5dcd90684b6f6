import type { Page } from "playwright-core";
import type { RecipientInput } from "../../src/playground/fake-office";
import { describeInBrowser, OFFICE_JS_URL, pageWithDraft, startBrowser, until, type BrowserHarness, type PaneDraft } from "./harness";

/**
 * Hostile drafts in the real pages: display names and file names carrying
 * Markdown, HTML, bidi overrides, zero-width characters and 5,000 characters
 * are shown as text, inject nothing and do not break the pane's layout; the
 * pages' Content-Security-Policy reports no violation and nothing leaves the
 * add-in's origin except the (routed) office.js.
 */

const POLICY = { version: 1, internalDomains: ["hoshizora-logi.example"] };
const ME = "長尾 隆 <t.nagao@hoshizora-logi.example>";
const PANE_VIEWPORT = { width: 420, height: 900 };

const MARKDOWN = "**bold** [link](https://evil.example)";
const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(2)</script>";
const LONG_NAME = `長い名前${"x".repeat(5000)}`;
const LONG_FILE = `${"報告書".repeat(10)}${"y".repeat(5000)}.pdf`;
/** A Cyrillic е (U+0435) in place of the Latin e. */
const HOMOGRAPH_DOMAIN = "\u0435xample.co.jp";

const HOSTILE_RECIPIENTS: RecipientInput[] = [
  { displayName: MARKDOWN, emailAddress: "md@kita-shoji.example" },
  { displayName: IMG, emailAddress: "img@kita-shoji.example" },
  { displayName: SCRIPT, emailAddress: "script@kita-shoji.example" },
  { displayName: "Alice\u202Emoc.elgoog", emailAddress: "alice@minato-denki.example" },
  { displayName: "Bo\u200Bb\u200D\uFEFF", emailAddress: "bob@minato-denki.example" },
  { displayName: LONG_NAME, emailAddress: "long@minato-denki.example" },
  { displayName: "田中", emailAddress: `tanaka@${HOMOGRAPH_DOMAIN}` },
];
const HOSTILE_FILES = [`${IMG}.pdf`, `${MARKDOWN}.docx`, `${SCRIPT}.txt`, "invoice\u202Efdp.exe", LONG_FILE];

const hostileDraft = (): PaneDraft => ({
  from: ME,
  to: HOSTILE_RECIPIENTS,
  subject: `${MARKDOWN} ${IMG}`,
  body: "よろしくお願いいたします。",
  attachments: HOSTILE_FILES.map((name) => ({ name, size: 2048 })),
});

/** Which of `literals` `text` lacks, shortened so a failure does not print 5,000 characters. */
const missing = (text: string, literals: readonly string[]) =>
  literals.filter((literal) => !text.includes(literal)).map((literal) => (literal.length > 60 ? `${literal.slice(0, 60)}…` : literal));

let harness: BrowserHarness;
/** Every request any page or frame made. */
let requests: string[];

interface Watch {
  violations: string[];
  dialogs: string[];
}

/** Collects CSP violations (event and console) and JavaScript dialogs of `page` and its frames. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { violations: [], dialogs: [] };
  await page.exposeFunction("presendCspViolation", (text: string) => seen.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { presendCspViolation(text: string): void }).presendCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} in ${event.documentURI}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) seen.violations.push(message.text());
  });
  page.on("dialog", (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return seen;
}

/** What a frame would show if a name had been parsed as markup. */
/** What hostile names could have injected: images, scripts, links (other than the pane's own link to the user guide), bold text. */
function injected(frame: Page | ReturnType<Page["mainFrame"]>) {
  return frame.evaluate(() => ({
    images: [...document.querySelectorAll("img")].map((img) => img.getAttribute("src")),
    inlineScripts: document.querySelectorAll("script:not([src])").length,
    links: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")).filter((href) => !/\/guide(\.ja)?\.html$/.test(href ?? "")),
    strong: document.querySelectorAll("strong, b").length,
  }));
}

describeInBrowser("hostile input in Chromium", () => {
  beforeAll(async () => {
    harness = await startBrowser();
    harness.context.on("request", (request) => requests.push(request.url()));
  }, 180000);
  afterAll(async () => {
    await harness?.close();
  });
  beforeEach(() => {
    requests = [];
  });
  afterEach(() => {
    expect(harness.blocked).toEqual([]);
    // Only the add-in's own origin, and office.js (answered by the route with the fake host).
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== harness.origin && url !== OFFICE_JS_URL)).toEqual([]);
  });

  it("the pane shows hostile names as text, lays them out within its width and names the punycode of an IDN", async () => {
    const page = await pageWithDraft(harness, hostileDraft(), POLICY);
    const seen = await watch(page);
    await page.setViewportSize(PANE_VIEWPORT);
    await page.goto(`${harness.origin}/taskpane.html`);
    expect(requests).toContain(OFFICE_JS_URL);
    await page.getByRole("button", { name: "Confirm", exact: true }).waitFor();
    await until("every recipient and file listed", async () => (await page.getByRole("checkbox").count()) >= HOSTILE_RECIPIENTS.length + HOSTILE_FILES.length);

    const text = await page.locator("main").innerText();
    expect(missing(text, [MARKDOWN, IMG, SCRIPT, `${IMG}.pdf`, `${SCRIPT}.txt`, LONG_NAME, LONG_FILE])).toEqual([]);
    expect(await injected(page)).toEqual({ images: [], inlineScripts: 0, links: [], strong: 0 });

    // A bidi override cannot reorder what the pane shows: it is written out.
    expect(missing(text, ["invoice[U+202E]fdp.exe", "Alice[U+202E]moc.elgoog"])).toEqual([]);
    expect(/[\u202A-\u202E\u2066-\u2069]/.test(text)).toBe(false);
    // The homograph: the Unicode form with its punycode beside it, in its organisation's heading.
    expect(await page.getByRole("button", { name: `${HOMOGRAPH_DOMAIN} (xn--xample-2of.co.jp)` }).count()).toBe(1);

    // 5,000 unbroken characters wrap inside the pane: nothing scrolls sideways.
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      widest: Math.max(...[...document.querySelectorAll("main *")].map((el) => el.getBoundingClientRect().right)),
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.widest).toBeLessThanOrEqual(widths.client);

    expect(seen.dialogs).toEqual([]);
    expect(seen.violations).toEqual([]);
    await page.close();
  });

  it("the playground's Smart Alert shows hostile file names literally and cuts long ones, and its pane injects nothing", async () => {
    const page = await harness.context.newPage();
    const seen = await watch(page);
    await page.goto(`${harness.origin}/playground/`);
    await page.getByRole("button", { name: "Send", exact: true }).waitFor();
    // One outsider and one hostile file per send: the 500-character alert has room for both findings.
    const dialog = page.getByRole("alertdialog");
    const alertFor = async (fileName: string) => {
      const draft = { from: ME, to: [HOSTILE_RECIPIENTS[1]], subject: "資料", body: "資料を添付します。", attachments: [{ name: fileName, size: 2048 }] };
      await page.evaluate((spec) => window.presendFakeHost!.load(spec), draft);
      await page.getByRole("button", { name: "Send", exact: true }).click();
      await dialog.waitFor();
      const message = await dialog.locator("p").first().innerText();
      expect(message.length).toBeLessThanOrEqual(500);
      expect(await injected(page)).toEqual({ images: [], inlineScripts: 0, links: [], strong: 0 });
      return message;
    };
    for (const name of [`${MARKDOWN}.docx`, `${SCRIPT}.txt`, `${IMG}.pdf`]) {
      expect(missing(await alertFor(name), [name])).toEqual([]);
      await dialog.getByRole("button", { name: "Don't send" }).click();
      await dialog.waitFor({ state: "detached" });
    }
    expect(await alertFor(LONG_FILE)).toMatch(/報告書y+…/);

    await dialog.getByRole("button", { name: "Take action" }).click();
    const pane = page.frameLocator('iframe[title="Presend task pane"]');
    await pane.getByRole("button", { name: "Confirm", exact: true }).waitFor();
    expect(missing(await pane.locator("main").innerText(), [IMG, LONG_FILE])).toEqual([]);
    const paneFrame = page.frames().find((frame) => frame.url().endsWith("/playground/pane.html"));
    expect(paneFrame).toBeDefined();
    expect(await injected(paneFrame!)).toEqual({ images: [], inlineScripts: 0, links: [], strong: 0 });

    expect(seen.dialogs).toEqual([]);
    expect(seen.violations).toEqual([]);
    await page.close();
  });
});
