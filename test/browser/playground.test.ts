import { join } from "node:path";
import type { Page } from "playwright-core";
import { decodeThread, THREAD_KEY } from "../../src/engine/thread";
import { axeViolations, describeInBrowser, SCREENSHOTS, until, useBrowser, type BrowserHarness } from "./harness";

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

/** The playground as on a first visit: no recipient memory left in localStorage by earlier tests. */
async function openPlaygroundWithoutMemory(): Promise<Page> {
  const page = await openPlayground();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole("button", { name: "Send", exact: true }).waitFor();
  return page;
}

/** Picks a received mail and answers it; resolves once the compose handler has run (Send is enabled again). */
async function answer(page: Page, subject: string, kind: "Reply" | "Reply all" | "Forward"): Promise<void> {
  await page.getByRole("combobox", { name: "Message to answer" }).selectOption({ label: subject });
  await page.getByRole("button", { name: kind, exact: true }).click();
  await until("the compose handler has run", () => page.getByRole("button", { name: "Send", exact: true }).isEnabled());
}

/** The conversation snapshot the real handler stored in the fake item's sessionData. */
async function storedThread(page: Page, conversationId: string) {
  const text = await page.evaluate((key) => window.presendFakeHost?.state.sessionData[key], THREAD_KEY);
  return decodeThread(text, { conversationId });
}

/** Waits until the playground shows that many remembered addresses (the handler saves them as it lets the mail go). */
const remembered = (page: Page, count: number) => page.getByText(`Presend remembers ${count} outside addresses you have sent to.`).waitFor();

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

  it("New meeting: attendees by role, stopped for two outside companies and a file, sent once confirmed in the pane", async () => {
    const page = await openPlaygroundWithoutMemory();
    await page.getByRole("button", { name: "New meeting", exact: true }).click();
    await page.getByRole("main", { name: "New meeting" }).waitFor();
    // A meeting has no BCC line.
    expect(await page.getByRole("textbox", { name: /^BCC/ }).count()).toBe(0);
    const required = page.getByRole("textbox", { name: /^Required/ });
    await required.fill("青木 <aoki@kita-shoji.example>");
    await required.press("Tab");
    const optional = page.getByRole("textbox", { name: /^Optional/ });
    await optional.fill("mori@minato-denki.example");
    await optional.press("Tab");
    await page.getByRole("textbox", { name: "Title" }).fill("定例会議");
    await page.getByRole("textbox", { name: "Location" }).fill("本社 5F");
    await page.getByRole("combobox", { name: "Sample attachment" }).selectOption("議事録.docx");
    await page.getByRole("button", { name: "Attach sample" }).click();

    await send(page);
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("Attendees from 2 different organisations");
    expect(await dialog.getByRole("button", { name: "Send anyway" }).count()).toBe(0);
    await dialog.getByRole("button", { name: "Take action" }).click();

    const pane = paneOf(page);
    await pane.getByRole("heading", { name: "Attendees (2)" }).waitFor();
    expect(await pane.getByRole("button", { name: /BCC/ }).count()).toBe(0);
    for (const name of ["aoki@kita-shoji.example", "mori@minato-denki.example", "議事録.docx"]) await pane.getByRole("checkbox", { name }).check();
    const confirm = pane.getByRole("button", { name: "Confirm", exact: true });
    await until("Confirm is enabled", () => confirm.isEnabled());
    await confirm.click();
    await pane.getByText("Press Send again to send the meeting request.").waitFor();

    await send(page);
    expect(await sentMessage(page)).toContain("Meeting request “定例会議” to 2 attendees");
    // Sent: the window is a new message again, and the attendees are remembered.
    await page.getByRole("main", { name: "New message" }).waitFor();
    await remembered(page, 2);
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
    const bcc = pane.getByRole("button", { name: /BCC/ });
    await bcc.waitFor();
    // While blocked: no checkbox, and Confirm never says "Confirmed" (it has nothing to confirm yet).
    expect(await pane.getByRole("checkbox").count()).toBe(0);
    expect(await pane.getByText("Confirmed", { exact: true }).count()).toBe(0);
    await bcc.click();
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

  it("sends a reply all to the same people without a question, remembers them across a reload, and Clear memory forgets them", async () => {
    const page = await openPlaygroundWithoutMemory();
    await remembered(page, 0);
    await answer(page, "制御盤の納品日程について", "Reply all");
    expect(await page.getByRole("textbox", { name: /^To/ }).inputValue()).toBe("港電機 森 <mori@minato-denki.example>");
    expect(await page.getByRole("textbox", { name: /^CC/ }).inputValue()).toBe("港電機 工藤 <kudo@minato-denki.example>, 関 健 <k.seki@hoshizora-logi.example>");
    const snapshot = await storedThread(page, "AAQkAGMinatoDeliverySchedule");
    expect(snapshot?.compose).toBe("reply");
    expect(snapshot?.had("kudo@minato-denki.example")).toBe(true);

    await page.getByRole("textbox", { name: "Message" }).press("Control+Home");
    await page.keyboard.type("森様\n\n10月20日午前で承知しました。\n");
    await send(page);
    expect(await sentMessage(page)).toContain("RE: 制御盤の納品日程について");
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    // The two outside addresses; the colleague in CC is internal.
    await remembered(page, 2);

    await page.reload();
    await remembered(page, 2);
    await page.getByRole("button", { name: "Clear memory" }).click();
    await remembered(page, 0);
    await page.reload();
    await remembered(page, 0);
    await page.close();
  });

  it("names the newcomer when autocomplete adds someone from another company to a reply", async () => {
    const page = await openPlaygroundWithoutMemory();
    await answer(page, "制御盤の納品日程について", "Reply");
    const cc = page.getByRole("textbox", { name: /^CC/ });
    await cc.fill("北商事 佐藤 <sato@kita-shoji.example>");
    await cc.press("Tab");
    await send(page);
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain("sato@kita-shoji.example");
    expect(text).not.toContain("mori@minato-denki.example");
    await page.close();
  });

  it("forwards with the original's files, and Discard leaves an empty message from the mailbox owner", async () => {
    const page = await openPlaygroundWithoutMemory();
    await answer(page, "Q4 shipping forecast", "Forward");
    await page.getByRole("list", { name: "Attachments" }).getByText("Q4_shipping_forecast.xlsx").waitFor();
    expect(await page.getByRole("textbox", { name: "Subject" }).inputValue()).toBe("FW: Q4 shipping forecast");
    expect(await page.getByRole("textbox", { name: /^To/ }).inputValue()).toBe("");
    expect((await storedThread(page, "AAQkAGNorthwindQ4Forecast"))?.attachments).toEqual([{ name: "Q4_shipping_forecast.xlsx", size: 58_312 }]);

    await page.getByRole("button", { name: "Discard" }).click();
    expect(await page.getByRole("textbox", { name: "From" }).inputValue()).toBe("Presend Playground <you@hoshizora-logi.example>");
    expect(await page.getByRole("textbox", { name: "Subject" }).inputValue()).toBe("");
    expect(await page.getByRole("list", { name: "Attachments" }).count()).toBe(0);
    expect(await page.evaluate(() => window.presendFakeHost?.state.sessionData)).toEqual({});

    // Outlook's own buttons follow its language.
    await page.getByRole("combobox", { name: "Outlook language" }).selectOption("ja-JP");
    for (const name of ["返信", "全員に返信", "転送", "送信履歴を消去"]) await page.getByRole("button", { name, exact: true }).waitFor();
    await page.getByText("Presend が覚えている送信済みの社外アドレス: 0 件").waitFor();
    // Only the received-mail panel is this test's: the page's other findings are not about it.
    const targets = (await axeViolations(page)).flatMap((v) => v.targets.map((target) => `${v.id} ${target}`));
    const inPanel = await page.evaluate(
      (found) => found.filter((entry) => [...document.querySelectorAll(entry.slice(entry.indexOf(" ") + 1))].some((el) => el.closest("[aria-labelledby=received-heading]"))),
      targets,
    );
    expect(inPanel).toEqual([]);
    await page.close();
  });
});
