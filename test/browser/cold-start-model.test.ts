import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describeInBrowser, ensureBuilt, requireChromium } from "./harness";

/**
 * The cold-start bench's model of Outlook with Microsoft's office.js (`bench/cold-start.mjs
 * --office-js real`): the real office.js runs first and asks for its Outlook host script, which
 * sets `window.Office` to its own namespace when it runs. The bench's fake Outlook must still be
 * what the handlers read, and Send must be pressed only once those scripts have run and the
 * handler is registered; otherwise its figures would time something Outlook never does.
 */
const ROOT = join(__dirname, "..", "..");

interface PageFigures {
  cold: number;
  registered: number;
  officeLoaded?: number;
  firstSend: number;
  allowEvent: boolean[];
}

describeInBrowser("cold-start bench with Microsoft's office.js", () => {
  beforeAll(async () => {
    requireChromium();
    await ensureBuilt();
  }, 200000);

  test("Send is pressed once office.js has run its Outlook scripts; the handlers read the fake Outlook and judge the draft", () => {
    const output = execFileSync(process.execPath, [join(ROOT, "bench", "cold-start.mjs"), "--runs", "1", "--office-js", "real", "--json"], { cwd: ROOT, encoding: "utf8", timeout: 170000 });
    const result = JSON.parse(output.trim().split("\n").pop()!) as Record<"presend" | "greeted" | "scriptAlone" | "standIn", PageFigures>;
    for (const which of ["presend", "greeted", "scriptAlone", "standIn"] as const) {
      const { cold, registered, officeLoaded, firstSend } = result[which];
      const pressed = cold - firstSend;
      expect(officeLoaded).toEqual(expect.any(Number));
      expect(pressed).toBeGreaterThanOrEqual(officeLoaded!);
      expect(pressed).toBeGreaterThanOrEqual(registered);
    }
    // The draft is sent to eight outside people on three domains: Presend stops it to ask; the stand-in lets every mail go.
    expect(result.presend.allowEvent).toEqual([false]);
    expect(result.greeted.allowEvent).toEqual([false]);
    expect(result.standIn.allowEvent).toEqual([true]);
    expect(result.scriptAlone.allowEvent).toEqual([true]);
  }, 180000);
});
