// Debian's Chromium and the flags known to work with it on these machines (DESIGN.md §7):
// without the background-networking flags it keeps dialling Google's hosts, which the
// closed network refuses. Shared by the browser tests, the benchmark and the icon renderer.
const { mkdtempSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Chromium 156 loads its omnibox popups (chrome://omnibox-popup.top-chrome, two WebUI pages)
  // in a renderer of their own for every new window, headless too: that renderer kept one of
  // this machine's two cores busy through each cold-start run (traced), which no Outlook runtime
  // shares. Both features must be off; either alone still loads a popup.
  "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup",
];

/**
 * Headless Chromium on a fresh profile (playwright-core's persistent context).
 * `close()` shuts the browser, then removes the profile (not before: it is still written to).
 */
async function launchChromium(options = {}) {
  const { chromium } = require("playwright-core");
  const profile = mkdtempSync(join(tmpdir(), "presend-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, ...options });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, launchChromium };
