// Renders assets/icon.svg to the PNG sizes the manifest and Office need
// (16/32/80 ribbon, 64/128 add-in icon). Run by hand after changing the SVG
// (`node scripts/make-icons.mjs`) and commit the PNGs: the build only copies them.
// Uses Debian's Chromium through playwright-core, as the browser tests do.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import chromiumLauncher from "./chromium.cjs";

const { launchChromium } = chromiumLauncher;

const ICON_SIZES = [16, 32, 64, 80, 128];

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const assets = join(root, "assets");

async function main() {
  const svg = readFileSync(join(assets, "icon.svg"), "utf8");
  const { context, close } = await launchChromium();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
      await page.setContent(`<!doctype html><html><body style="margin:0">${sized}</body></html>`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const file = join(assets, `icon-${size}.png`);
      writeFileSync(file, png);
      console.log(`${file.slice(root.length + 1)}  ${png.length} bytes`);
    }
  } finally {
    await close();
  }
}

await main();
