import { join } from "node:path";
import type { Page } from "playwright-core";
import { describeInBrowser, SCREENSHOTS, until, useBrowser, type BrowserHarness } from "./harness";

/**
 * The playground end to end: a user types a draft, presses Send (the real
 * dist/launchevent.js runs), reads the Smart Alerts dialog, takes action in
 * the real task pane on the same fake item, and sends again.
 */

let harness: BrowserHarness;

async function openPlayground(): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`${harness.origin}/playground/`);
  await page.getByRole("button", { name: "Send", exact: true }).waitFor();
  return page;
}

const send = (page: Page) => page.getByRole("button", { name: "Send", exact: true }).click();
const paneOf = (page: Page) => page.frameLocator('iframe[title="Presend task pane"]');

async function sentMessage(page: Page): Promise<string> {
  const bar = page.getByRole("group").filter({ hasText: /^Sent/ });
  await bar.waitFor();
  return bar.innerText();
}

describeInBrowser("playground in Chromium", () => {
  useBrowser((started) => (harness = started));

  it("stops a typed draft, confirms it in the pane and sends it on the second Send", async () => {
    const page = await openPlayground();
    const to = page.getByRole("textbox", { name: /^To/ });
    await to.fill("青木 <aoki@kita-shoji.example>, mori@minato-denki.example");
    await to.press("Tab");
    await page.getByRole("textbox", { name: "Subject" }).fill("打ち合わせのご相談");
    await page.getByRole("textbox", { name: "Message" }).fill("来週の打ち合わせについてご相談です。");
    await page.getByLabel("Attach files from disk").setInputFiles({ name: "議事録.txt", mimeType: "text/plain", buffer: Buffer.from("議事録\n") });
    await page.getByRole("list", { name: "Attachments" }).getByText("議事録.txt").waitFor();

    await send(page);
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain("aoki@kita-shoji.example");
    // Confirm-level: the pane is offered, "Send anyway" is not.
    expect(await dialog.getByRole("button", { name: "Take action" }).count()).toBe(1);
    expect(await dialog.getByRole("button", { name: "Send anyway" }).count()).toBe(0);
    expect(await dialog.getByRole("button", { name: "Don't send" }).count()).toBe(1);
    await page.waitForFunction(() => {
      const surface = document.querySelector("[role=alertdialog]");
      return surface !== null && getComputedStyle(surface).opacity === "1";
    });
    await page.screenshot({ path: join(SCREENSHOTS, "playground-dialog.png") });

    await dialog.getByRole("button", { name: "Take action" }).click();
    const pane = paneOf(page);
    const confirm = pane.getByRole("button", { name: "Confirm", exact: true });
    await confirm.waitFor();
    // The playground's copy of the pane links the same stylesheet as taskpane.html.
    expect(await pane.locator("footer").evaluate((footer) => getComputedStyle(footer).position)).toBe("sticky");
    for (const name of ["aoki@kita-shoji.example", "mori@minato-denki.example", "議事録.txt"]) {
      await pane.getByRole("checkbox", { name }).check();
    }
    await until("Confirm is enabled", () => confirm.isEnabled());
    await confirm.click();
    await pane.getByText("Press Send again to send the message.").waitFor();

    await send(page);
    expect(await sentMessage(page)).toContain("打ち合わせのご相談");
    // Sent mail clears the compose window and closes the pane.
    expect(await to.inputValue()).toBe("");
    expect(await page.locator('iframe[title="Presend task pane"]').count()).toBe(0);
    await page.close();
  });

  it("blocks the seminar sample until the pane moves everyone to BCC and each address is confirmed", async () => {
    const page = await openPlayground();
    await page.getByRole("button", { name: "Seminar in To" }).click();
    await send(page);
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.getByRole("button", { name: "Send anyway" }).count()).toBe(0);
    await dialog.getByRole("button", { name: "Take action" }).click();

    const pane = paneOf(page);
    await pane.getByRole("button", { name: /BCC/ }).click();
    await until("the attendees are in BCC", () => page.evaluate(() => window.presendFakeHost?.state.bcc.length === 15));
    expect(await page.getByRole("textbox", { name: /^To/ }).inputValue()).toBe("");

    // One box per address (each mailbox provider's group also has its confirm-all box, named by the provider).
    const boxes = pane.getByRole("checkbox", { name: /@/ });
    await until("15 checkboxes", async () => (await boxes.count()) === 15);
    for (let i = 0; i < 15; i++) await boxes.nth(i).check();
    await pane.getByRole("button", { name: "Confirm", exact: true }).click();
    await pane.getByText("Press Send again to send the message.").waitFor();
    await send(page);
    expect(await sentMessage(page)).toContain("to 15 recipients");
    await page.close();
  });

  it("offers Send anyway for a warning and sends internal mail without a dialog", async () => {
    const page = await openPlayground();
    await page.getByRole("button", { name: "Forgotten attachment" }).click();
    await send(page);
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.getByRole("button", { name: "Take action" }).count()).toBe(0);
    await dialog.getByRole("button", { name: "Send anyway" }).click();
    expect(await sentMessage(page)).toContain("お見積りの件");

    await page.getByRole("button", { name: "Internal only" }).click();
    await send(page);
    expect(await sentMessage(page)).toContain("出荷スケジュール");
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    await page.close();
  });
});
