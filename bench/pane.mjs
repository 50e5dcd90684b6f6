/**
 * Time for the built task pane (dist/taskpane.html) to show 1,000 recipients
 * to confirm, in headless Chromium: from navigation start to the animation frame
 * after the last checkbox was added, timed in the page (Playwright's polling of
 * accessible names over a thousand checkboxes would otherwise be part of the
 * figure). Playwright then checks that the Confirm button and the last
 * recipient's checkbox are there. office.js is answered with the playground's
 * fake host (dist/playground/pane-host.js) holding the draft; nothing leaves 127.0.0.1.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const { CHROMIUM, launchChromium } = require("../scripts/chromium.cjs");

export { CHROMIUM };

const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export const PANE_RECIPIENTS = 1000;

const COMPANIES = 100;

/** Random 8-letter company names (seeded): far enough apart that lookalike-domain stays quiet. */
function companyDomains() {
  let state = 20240501;
  const letter = () => String.fromCharCode(97 + ((state = (state * 16807) % 2147483647) % 26));
  return Array.from({ length: COMPANIES }, () => `${Array.from({ length: 8 }, letter).join("")}.example`);
}
const DOMAINS = companyDomains();

/** 1,000 outside recipients over 100 companies, split over To, CC and BCC. */
function draft() {
  const addresses = Array.from({ length: PANE_RECIPIENTS }, (_, i) => `担当${i + 1} <user${i + 1}@${DOMAINS[i % COMPANIES]}>`);
  return {
    from: "山田 太郎 <yamada@example.co.jp>",
    to: addresses.slice(0, 400),
    cc: addresses.slice(400, 700),
    bcc: addresses.slice(700),
    subject: "ご案内",
    body: "各位\nご案内をお送りします。",
    options: { displayLanguage: "en-US" },
  };
}

/** Median render time in ms over `runs` fresh pages (after one warm-up), and how many checkboxes the pane showed. */
export async function measurePaneRender(root, runs = 5) {
  const dist = join(root, "dist");
  // sirv, as the browser tests serve dist/.
  const serve = require("sirv")(dist, { dev: true });
  const server = createServer((req, res) => serve(req, res));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { context, close } = await launchChromium();
  const fakeHost = readFileSync(join(dist, "playground", "pane-host.js"), "utf8");
  const script = `window.presendFakeDraft = ${JSON.stringify(draft())};\n${fakeHost}`;
  try {
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_URL) return route.fulfill({ contentType: "text/javascript", body: script });
      return new URL(url).origin === origin ? route.continue() : route.abort("blockedbyclient");
    });
    // Each time the page gains inputs, the frame after it is noted: the last such frame shows the whole list.
    await context.addInitScript(() => {
      let inputs = 0;
      const all = document.getElementsByTagName("input");
      new MutationObserver(() => {
        if (all.length <= inputs) return;
        inputs = all.length;
        requestAnimationFrame(() => (window.presendLastInputFrame = performance.now()));
      }).observe(document, { childList: true, subtree: true });
    });
    const times = [];
    let checkboxes = 0;
    for (let i = 0; i < runs + 1; i++) {
      const page = await context.newPage();
      await page.goto(`${origin}/taskpane.html`);
      await page.getByRole("button", { name: /Confirm/ }).waitFor({ timeout: 30000 });
      // The last recipient's own checkbox: every address to confirm has one.
      await page.getByRole("checkbox", { name: new RegExp(`user${PANE_RECIPIENTS}@`) }).waitFor({ timeout: 30000 });
      // One more frame, so the frame after the last change has run.
      const ms = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(window.presendLastInputFrame))));
      checkboxes = await page.getByRole("checkbox").count();
      await page.close();
      if (i > 0) times.push(ms); // the first run warms the browser's caches
    }
    times.sort((a, b) => a - b);
    return { ms: times[times.length >> 1], checkboxes };
  } finally {
    await close();
    await new Promise((resolve) => server.close(resolve));
  }
}
