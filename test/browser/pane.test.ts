import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { dayNumber, MEMORY_KEY, RecipientMemory } from "../../src/engine/memory";
import { encodeThread, THREAD_KEY } from "../../src/engine/thread";
import {
  axeViolations,
  describeInBrowser,
  pageWithDraft,
  pressSend,
  SCREENSHOTS,
  useBrowser,
  storedConfirmations,
  until,
  type BrowserHarness,
  type PaneDraft,
} from "./harness";

/** The task pane (dist/taskpane.html) on the fake Outlook host, as opened from the ribbon (no context data). */

const POLICY = {
  version: 1,
  internalDomains: ["hoshizora-logi.example"],
  trustedDomains: ["tsurugi-kikai.co.jp"],
  blockedDomains: ["spam-relay.test"],
};
const ME = "長尾 隆 <t.nagao@hoshizora-logi.example>";
const PANE_VIEWPORT = { width: 420, height: 900 };

let harness: BrowserHarness;

async function openPane(draft: PaneDraft, policy: unknown = POLICY): Promise<Page> {
  const page = await pageWithDraft(harness, draft, policy);
  await page.setViewportSize(PANE_VIEWPORT);
  await page.goto(`${harness.origin}/taskpane.html`);
  return page;
}

const confirmButton = (page: Page, name = "Confirm") => page.getByRole("button", { name, exact: true });

/** The accessible description of an element: the text of what its aria-describedby names. */
const descriptionOf = (element: Locator) =>
  element.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ")
      .trim(),
  );

describeInBrowser("task pane in Chromium", () => {
  useBrowser((started) => (harness = started));

  it("enables Confirm only when every item is ticked, then writes the confirmations to sessionData", async () => {
    const page = await openPane({
      from: ME,
      to: ["青木 <aoki@kita-shoji.example>", "mori@minato-denki.example"],
      cc: ["boss@hoshizora-logi.example"],
      subject: "見積書の送付",
      body: "よろしくお願いいたします。",
      attachments: [{ name: "見積書.pdf", size: 182344 }],
    });
    const confirm = confirmButton(page);
    await confirm.waitFor();
    expect(await confirm.isDisabled()).toBe(true);

    // One checkbox per item needing confirmation, named by its address or file name; none for the colleague.
    const expected = ["aoki@kita-shoji.example", "mori@minato-denki.example", "見積書.pdf"];
    await until("three checkboxes", async () => (await page.getByRole("checkbox").count()) === 3);
    for (const name of expected) expect(await page.getByRole("checkbox", { name }).count()).toBe(1);
    expect(await page.getByRole("checkbox", { name: "boss@hoshizora-logi.example" }).count()).toBe(0);

    for (const [index, name] of expected.entries()) {
      expect(await confirm.isDisabled()).toBe(true);
      await page.getByRole("checkbox", { name }).check();
      if (index < expected.length - 1) expect(await confirm.isDisabled()).toBe(true);
    }
    await until("Confirm is enabled", () => confirm.isEnabled());
    await confirm.click();
    await page.getByText("Press Send again to send the message.").waitFor();

    const stored = await storedConfirmations(page);
    expect(stored?.["external-recipient"]?.sort()).toEqual([
      "recipient:aoki@kita-shoji.example",
      "recipient:mori@minato-denki.example",
    ]);
    expect(stored?.["cross-org-exposure"]?.sort()).toEqual([
      "recipient:aoki@kita-shoji.example",
      "recipient:mori@minato-denki.example",
    ]);
    expect(stored?.["external-attachment"]).toEqual(["attachment:見積書.pdf:182344"]);
    // Everything is confirmed now: nothing left to tick.
    expect(await page.getByRole("checkbox").count()).toBe(0);
    await page.close();
  });

  it("ticks a whole organisation with its confirm-all box, which shows mixed when only some are ticked", async () => {
    const page = await openPane({
      from: ME,
      to: ["aoki@kita-shoji.example", "sato@kita-shoji.example", "mori@minato-denki.example"],
      subject: "打ち合わせのご案内",
      body: "よろしくお願いいたします。",
    });
    // Named by the organisation; minato-denki has one address, which its own box already confirms.
    const whole = page.getByRole("checkbox", { name: "Confirm all 2 addresses at kita-shoji.example" });
    await whole.waitFor();
    expect(await page.getByRole("checkbox", { name: /^Confirm all .* minato-denki/ }).count()).toBe(0);
    await whole.check();
    for (const name of ["aoki@kita-shoji.example", "sato@kita-shoji.example"]) {
      expect(await page.getByRole("checkbox", { name }).isChecked()).toBe(true);
    }
    expect(await page.getByRole("checkbox", { name: "mori@minato-denki.example" }).isChecked()).toBe(false);
    await page.getByRole("checkbox", { name: "sato@kita-shoji.example" }).uncheck();
    expect(await whole.evaluate((input) => (input as HTMLInputElement).indeterminate)).toBe(true);
    expect(await confirmButton(page).isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("clears a warning and a confirmation in one round: Confirm, then Send goes through", async () => {
    // An outside recipient to confirm, and a mail that says a file is attached when none is (a warning).
    const page = await openPane({ from: ME, to: ["青木 <aoki@kita-shoji.example>"], subject: "資料の送付", body: "資料を添付します。" });
    const before = await pressSend(page);
    expect(before.allowEvent).toBe(false);

    const aoki = page.getByRole("checkbox", { name: "aoki@kita-shoji.example" });
    await aoki.waitFor();
    // The warning has no checkbox: the footer says Confirm acknowledges it.
    expect(await page.getByRole("checkbox").count()).toBe(1);
    expect(await descriptionOf(confirmButton(page))).toContain("Confirm also acknowledges the warnings above (1)");
    await aoki.check();
    await until("Confirm is enabled", () => confirmButton(page).isEnabled());
    await confirmButton(page).click();
    await page.getByText("Press Send again to send the message.").waitFor();
    expect(Object.keys((await storedConfirmations(page)) ?? {}).sort()).toEqual(["external-recipient", "forgotten-attachment"]);

    // No second "Send anyway" dialog: the handler lets the mail go.
    expect(await pressSend(page)).toEqual({ allowEvent: true });
    await page.close();
  });

  it.each([
    ["en-US", { thread: "On this conversation", known: "Written to before", new: "New" }],
    ["ja-JP", { thread: "このやり取りの宛先", known: "過去に送信あり", new: "初めての宛先" }],
  ] as const)("marks who is on the conversation, written to before or new, in words and descriptions (%s)", async (displayLanguage, marks) => {
    // A reply to aoki; sato was written to last week; mori is new to this user.
    const memory = new RecipientMemory("browser-test");
    memory.rememberAll(["sato@kita-shoji.example"], dayNumber(Date.now()) - 7);
    const page = await openPane({
      from: ME,
      to: ["aoki@kita-shoji.example", "sato@kita-shoji.example", "mori@minato-denki.example"],
      cc: ["関 健 <k.seki@hoshizora-logi.example>"],
      subject: "Re: 打ち合わせの件",
      body: "承知しました。",
      composeType: "reply",
      sessionData: { [THREAD_KEY]: encodeThread({ compose: "reply", addresses: ["aoki@kita-shoji.example", "k.seki@hoshizora-logi.example"] }) },
      options: { displayLanguage, roamingSettings: { [MEMORY_KEY]: memory.encode() } },
    });
    const rowOf = (address: string) => page.locator("li.presend-recipient", { hasText: `<${address}>` });
    await rowOf("mori@minato-denki.example").waitFor();
    const expected: Array<[string, string]> = [
      ["aoki@kita-shoji.example", marks.thread],
      ["sato@kita-shoji.example", marks.known],
      ["mori@minato-denki.example", marks.new],
    ];
    for (const [address, mark] of expected) {
      expect(await rowOf(address).getByText(mark, { exact: true }).isVisible()).toBe(true);
      // Every outside address here is asked about (cross-org-exposure); its checkbox is described by the mark.
      expect(await descriptionOf(page.getByRole("checkbox", { name: address }))).toBe(mark);
    }
    // Colleagues get no mark.
    for (const mark of Object.values(marks)) expect(await rowOf("k.seki@hoshizora-logi.example").getByText(mark, { exact: true }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: PANE_VIEWPORT.width, height: 1300 });
    await page.screenshot({ path: join(SCREENSHOTS, `pane-reply-${displayLanguage.slice(0, 2)}.png`), fullPage: true });
    await page.close();
  });

  it("moves external To/CC recipients to BCC and leaves internal ones", async () => {
    const attendees = Array.from({ length: 12 }, (_, i) => `attendee${i}@${["gmail.com", "yahoo.co.jp", "icloud.com"][i % 3]}`);
    const page = await openPane({
      from: ME,
      to: [...attendees.slice(0, 8), "boss@hoshizora-logi.example"],
      cc: [...attendees.slice(8), "k.seki@hoshizora-logi.example"],
      subject: "セミナーのご案内",
      body: "ご参加ありがとうございます。",
    });
    const bcc = page.getByRole("button", { name: /BCC/ });
    await bcc.waitFor();
    // While the move is pending the attendees are one must-fix problem: marked with the fix, nothing to tick.
    expect(await page.getByRole("checkbox").count()).toBe(0);
    expect(await page.locator("li.presend-recipient", { hasText: "<attendee0@gmail.com>" }).getByText("Move to BCC", { exact: true }).count()).toBe(1);
    await bcc.click();
    await until("the externals are in BCC", () =>
      page.evaluate(() => (window.presendFakeHost?.state.bcc.length ?? 0) === 12),
    );
    const state = await page.evaluate(() => {
      const s = window.presendFakeHost!.state;
      return { to: s.to.map((r) => r.emailAddress), cc: s.cc.map((r) => r.emailAddress), bcc: s.bcc.map((r) => r.emailAddress) };
    });
    expect(state.to).toEqual(["boss@hoshizora-logi.example"]);
    expect(state.cc).toEqual(["k.seki@hoshizora-logi.example"]);
    expect(state.bcc.sort()).toEqual([...attendees].sort());
    // Re-evaluated: nobody sees anybody now, so the fix is no longer offered; each outside address is asked about.
    await bcc.waitFor({ state: "detached" });
    await until("a checkbox per attendee", async () => (await page.getByRole("checkbox", { name: /@/ }).count()) === 12);
    await page.close();
  });

  it("on a meeting's organizer form: attendees by role, their fixes, live re-checks, Confirm, then Send goes", async () => {
    const page = await openPane({
      itemType: "appointment",
      from: ME,
      // Classic Outlook lists the organizer among the required attendees.
      to: [ME, "青木 <aoki@kita-shoji.example>"],
      cc: ["mori@minato-denki.example", "関 健 <k.seki@hoshizora-logi.example>"],
      subject: "定例会議",
      body: "議題は添付のとおりです。",
      location: "本社 5F",
      attachments: [{ name: "議題.pdf", size: 40960 }, { name: "価格表.xlsx", size: 20480 }],
    });
    const stopped = await pressSend(page, "meeting");
    expect(stopped).toMatchObject({ allowEvent: false, commandId: "PresendMeetingPaneButton" });

    await page.getByRole("heading", { name: "Attendees (3)" }).waitFor();
    const rowOf = (address: string) => page.locator("li.presend-recipient", { hasText: `<${address}>` });
    expect(await rowOf("aoki@kita-shoji.example").getByText("Required", { exact: true }).count()).toBe(1);
    expect(await rowOf("mori@minato-denki.example").getByText("Optional", { exact: true }).count()).toBe(1);
    // Attendees always see each other: no BCC fix is offered, in bulk or per row.
    expect(await page.getByRole("button", { name: /BCC/ }).count()).toBe(0);
    expect(await page.getByText("Move to BCC", { exact: true }).count()).toBe(0);
    expect(await page.getByText(/separate meetings/).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    // Remove a file and an attendee: the organizer's own entry stays where it was.
    await page.getByRole("button", { name: "Remove 価格表.xlsx" }).click();
    await page.getByRole("checkbox", { name: /価格表\.xlsx/ }).waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Remove mori@minato-denki.example" }).click();
    await page.getByRole("checkbox", { name: "mori@minato-denki.example" }).waitFor({ state: "detached" });
    const state = await page.evaluate(() => {
      const s = window.presendFakeHost!.state;
      return { to: s.to.map((r) => r.emailAddress), cc: s.cc.map((r) => r.emailAddress), files: s.attachments.map((a) => a.name) };
    });
    expect(state).toEqual({ to: ["t.nagao@hoshizora-logi.example", "aoki@kita-shoji.example"], cc: ["k.seki@hoshizora-logi.example"], files: ["議題.pdf"] });

    // An attendee added in Outlook is checked at once (RecipientsChanged on the attendee lists).
    await page.evaluate(() => window.presendFakeHost!.setRecipients("cc", ["k.seki@hoshizora-logi.example", "sato@minami-kogyo.example"]));
    await page.getByRole("checkbox", { name: "sato@minami-kogyo.example" }).waitFor();

    const boxes = page.getByRole("checkbox");
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    await until("Confirm is enabled", () => confirmButton(page).isEnabled());
    await confirmButton(page).click();
    await page.getByText("Press Send again to send the meeting request.").waitFor();
    expect((await storedConfirmations(page))?.["external-recipient"]?.sort()).toEqual([
      "recipient:aoki@kita-shoji.example",
      "recipient:sato@minami-kogyo.example",
    ]);
    expect(await pressSend(page, "meeting")).toEqual({ allowEvent: true });
    await page.close();
  });

  it("speaks of 出席者 on a meeting in Japanese", async () => {
    const page = await openPane({
      itemType: "appointment",
      from: ME,
      to: ["aoki@kita-shoji.example"],
      cc: ["mori@minato-denki.example"],
      subject: "定例会議",
      options: { displayLanguage: "ja-JP" },
    });
    await page.getByRole("heading", { name: "出席者(2名)" }).waitFor();
    expect(await page.getByText("出席者と添付ファイルが正しいことを確認したら", { exact: false }).count()).toBe(1);
    expect(await page.getByText("必須", { exact: true }).count()).toBe(1);
    expect(await page.getByText("任意", { exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("re-evaluates live when recipients or attachments change, and removes them", async () => {
    const page = await openPane({ from: ME, to: ["青木 <aoki@kita-shoji.example>"], subject: "ご相談", body: "よろしくお願いします。" });
    const aoki = page.getByRole("checkbox", { name: "aoki@kita-shoji.example" });
    await aoki.check();
    await until("Confirm is enabled", () => confirmButton(page).isEnabled());

    await page.evaluate(() => window.presendFakeHost!.setRecipients("cc", ["mori@minato-denki.example"]));
    await page.getByRole("checkbox", { name: "mori@minato-denki.example" }).waitFor();
    // A second company makes cross-org exposure ask about aoki too: the earlier tick no longer covers it.
    expect(await aoki.isChecked()).toBe(false);
    expect(await confirmButton(page).isDisabled()).toBe(true);

    await page.evaluate(() => window.presendFakeHost!.addAttachment({ name: "議事録.docx", size: 1024 * 1024 }));
    // Named by the file, with its size in a human unit, written as the alert's message writes it.
    await page.getByRole("checkbox", { name: "議事録.docx (1 MB)" }).waitFor();

    await page.getByRole("button", { name: "Remove mori@minato-denki.example" }).click();
    await page.getByRole("checkbox", { name: "mori@minato-denki.example" }).waitFor({ state: "detached" });
    expect(await page.evaluate(() => window.presendFakeHost!.state.cc.length)).toBe(0);
    await page.getByRole("button", { name: "Remove 議事録.docx" }).click();
    await page.getByRole("checkbox", { name: "議事録.docx" }).waitFor({ state: "detached" });
    await page.close();
  });

  it("names entries that are no whole address as a must-fix finding under their own heading, and removes them", async () => {
    // As Outlook can hand them over: an address cut short and a name it has not resolved.
    const page = await openPane({
      from: ME,
      to: [{ displayName: "tanaka@", emailAddress: "tanaka@" }, { displayName: "田中", emailAddress: "田中" }, "aoki@kita-shoji.example"],
      subject: "ご相談",
      body: "よろしくお願いします。",
    });
    const heading = page.getByRole("button", { name: "Incomplete addresses" });
    await heading.waitFor();
    expect(await page.getByText("tanaka@, 田中: not a complete email address").count()).toBeGreaterThan(0);
    // Only the whole address is asked about; the incomplete ones are fixed, not ticked.
    expect(await page.getByRole("checkbox").count()).toBe(1);
    expect(await page.getByRole("heading", { name: "External (3)" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Remove 田中" }).click();
    await page.getByRole("button", { name: "Remove tanaka@" }).click();
    await heading.waitFor({ state: "detached" });
    expect(await page.evaluate(() => window.presendFakeHost!.state.to.map((r) => r.emailAddress))).toEqual(["aoki@kita-shoji.example"]);
    await page.close();
  });

  it.each(["taskpane.html", "playground/", "playground/pane.html", "support.html"])("%s names an icon it serves, so the browser never asks for /favicon.ico", async (path) => {
    // The fake Outlook host answers office.js for taskpane.html; the other pages do not load it.
    const page = await pageWithDraft(harness, { from: ME, to: ["aoki@kita-shoji.example"] });
    await page.goto(`${harness.origin}/${path}`);
    const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href);
    expect(icon).toBe(`${harness.origin}/assets/icon-32.png`);
    const answer = await page.request.get(icon!);
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-type"]).toMatch(/^image\/png/);
    // The harness also reports any request for /favicon.ico after each test.
    await page.close();
  });

  it("lists contact groups (no address) one by one and removes only the one asked for", async () => {
    const group = (displayName: string) => ({ displayName, emailAddress: "", recipientType: "distributionList" });
    const page = await openPane({ from: ME, to: ["aoki@kita-shoji.example", group("営業チーム")], cc: [group("Project team")], subject: "ご相談", body: "よろしくお願いします。" });
    const heading = page.getByRole("button", { name: "Contact groups (no address)" });
    await heading.waitFor();
    expect(await heading.getAttribute("aria-expanded")).toBe("true");
    expect(await page.getByRole("heading", { name: "Recipients (3)" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Remove Project team" }).click();
    await page.getByRole("button", { name: "Remove Project team" }).waitFor({ state: "detached" });
    const state = await page.evaluate(() => ({ to: window.presendFakeHost!.state.to.map((r) => r.displayName), cc: window.presendFakeHost!.state.cc.length }));
    expect(state).toEqual({ to: ["aoki@kita-shoji.example", "営業チーム"], cc: 0 });
    expect(await page.getByRole("button", { name: "Remove 営業チーム" }).count()).toBe(1);
    await page.close();
  });

  const mixedDraft = (displayLanguage: string): PaneDraft => ({
    from: ME,
    to: ["北商事 青木 様 <aoki@kita-shoji.example>", "info@spam-relay.test"],
    cc: ["剣機械 高木 様 <takagi@tsurugi-kikai.co.jp>", "関 健 <k.seki@hoshizora-logi.example>"],
    subject: "見積書送付の件",
    body: "見積書をお送りします。",
    attachments: [{ name: "見積書.pdf", size: 182344 }, { name: "invoice.pdf.exe", size: 73216 }],
    options: { displayLanguage },
  });

  it.each([
    ["en-US", "Confirm", "pane-en.png"],
    ["ja-JP", "確認", "pane-ja.png"],
  ])("has no axe violations and works from the keyboard (%s)", async (language, confirmName, screenshot) => {
    const page = await openPane(mixedDraft(language));
    const confirm = confirmButton(page, confirmName);
    await confirm.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language.slice(0, 2));
    // Block findings are fixed, not confirmed: their remove buttons are named by the item.
    const removeName = language === "ja-JP" ? "info@spam-relay.test を削除" : "Remove info@spam-relay.test";
    expect(await page.getByRole("button", { name: removeName }).count()).toBe(1);

    expect(await axeViolations(page)).toEqual([]);
    // The pane's own stylesheet (taskpane.css) applies: its footer keeps Confirm in reach.
    expect(await page.locator("footer").evaluate((footer) => getComputedStyle(footer).position)).toBe("sticky");
    await page.setViewportSize({ width: PANE_VIEWPORT.width, height: 1700 });
    await page.screenshot({ path: join(SCREENSHOTS, screenshot), fullPage: true });

    // Keyboard only: Tab to the first checkbox, Space ticks it.
    const first = page.getByRole("checkbox").first();
    await page.locator("body").focus();
    for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Space");
    expect(await first.isChecked()).toBe(true);
    await page.close();
  });

  it("shows policy problems and failed host calls in a message bar", async () => {
    const page = await openPane(
      { from: ME, to: ["aoki@kita-shoji.example"], cc: ["mori@minato-denki.example"], options: { faults: { "cc.getAsync": "fail" } } },
      { version: 1, rules: { "bcc-exposure": { threshold: 0 } } },
    );
    await page.getByText("Presend could not check everything").first().waitFor();
    await page.getByText("Your organisation's settings could not be read; the built-in settings are in use.").waitFor();
    // Users read plain lines; the validator's and the host's words wait behind each bar's Details toggle.
    expect(await page.locator("main").innerText()).not.toMatch(/rules\.bcc-exposure\.threshold|cc.*failed/);
    const toggles = page.getByRole("button", { name: "Details" });
    expect(await toggles.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      await toggles.nth(i).click();
      expect(await toggles.nth(i).getAttribute("aria-expanded")).toBe("true");
    }
    const text = await page.locator("main").innerText();
    expect(text).toMatch(/rules\.bcc-exposure\.threshold/);
    expect(text).toMatch(/cc.*failed/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ["answers 500", { status: 500, contentType: "text/plain", body: "Internal Server Error" }],
    ["answers an HTML page", { status: 200, contentType: "text/html", body: "<!doctype html><title>Intranet</title>" }],
  ])("warns that the built-in policy was used when policy.json %s", async (_name, answer) => {
    const page = await pageWithDraft(harness, { from: ME, to: ["aoki@kita-shoji.example"], subject: "ご相談", body: "よろしくお願いします。" });
    await page.route(`${harness.origin}/policy.json`, (route) => route.fulfill(answer));
    await page.setViewportSize(PANE_VIEWPORT);
    await page.goto(`${harness.origin}/taskpane.html`);
    await page.getByText("Your organisation's settings could not be read; the built-in settings are in use.").waitFor();
    // Only a warning: the built-in policy still checked the message.
    expect(await page.getByText("Presend could not check everything").count()).toBe(0);
    await page.getByRole("checkbox", { name: "aoki@kita-shoji.example" }).waitFor();
    await page.getByRole("button", { name: "Details" }).click();
    expect(await page.locator("main").innerText()).toMatch(answer.status === 500 ? /HTTP 500/ : /HTML page/);
    await page.close();
  });

  it("stays usable with 1,000 recipients: every address has its checkbox, and a whole organisation can be ticked at once", async () => {
    const organisations = Array.from({ length: 20 }, (_, i) => `customer${String(i).padStart(2, "0")}.example`);
    const people = organisations.flatMap((org) => Array.from({ length: 50 }, (_, i) => `person${i}@${org}`));
    const colleagues = Array.from({ length: 60 }, (_, i) => `staff${i}@hoshizora-logi.example`);
    // All in BCC: addresses in To/CC would be a must-fix BCC problem first, with nothing to tick until moved.
    const draft = {
      from: ME,
      to: colleagues.slice(0, 1),
      bcc: [...people, ...colleagues.slice(1)],
      subject: "年末のご挨拶",
      body: "本年もお世話になりました。",
    };
    const started = Date.now();
    const page = await openPane(draft);
    const confirm = confirmButton(page);
    await confirm.waitFor({ timeout: 60000 });
    const groupBoxes = page.getByRole("checkbox", { name: /^Confirm all 50 addresses at / });
    await groupBoxes.first().waitFor();
    console.log(`1,000 recipients: pane ready in ${Date.now() - started} ms (not asserted)`);

    // DESIGN §5: each address needing confirmation is a checkbox named by it, without opening anything first.
    expect(await groupBoxes.count()).toBe(20);
    expect(await page.getByRole("checkbox").count()).toBe(20 + 1000);
    expect(await page.getByRole("checkbox", { name: "person49@customer19.example" }).count()).toBe(1);
    // Only the colleagues, with nothing to confirm, wait behind a collapsed group.
    expect(await page.locator("[aria-expanded=false]").count()).toBe(1);
    expect(await page.getByRole("checkbox", { name: /staff0@/ }).count()).toBe(0);
    await page.getByRole("button", { name: "hoshizora-logi.example", exact: true }).click();
    await page.getByText("<staff0@hoshizora-logi.example>").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // One organisation address by address: its group box follows; the others as a whole.
    const tickStarted = Date.now();
    const firstGroup = await page.getByRole("button", { name: "customer00.example", exact: true }).getAttribute("aria-controls");
    const addressBoxes = page.locator(`[id="${firstGroup}"]`).getByRole("checkbox");
    expect(await addressBoxes.count()).toBe(50);
    for (let i = 0; i < 50; i++) {
      expect(await addressBoxes.nth(i).isChecked()).toBe(false);
      await addressBoxes.nth(i).check();
    }
    expect(await page.getByLabel("Confirm all 50 addresses at customer00.example").isChecked()).toBe(true);
    for (const organisation of organisations.slice(1)) await page.getByLabel(`Confirm all 50 addresses at ${organisation}`).check();
    // A group's box ticks each of its addresses.
    expect(await page.getByLabel("<person3@customer05.example>", { exact: true }).isChecked()).toBe(true);
    await until("Confirm is enabled", () => confirm.isEnabled());
    console.log(`1,000 recipients: 50 addresses and 19 organisations ticked in ${Date.now() - tickStarted} ms (not asserted)`);
    await confirm.click();
    await until("confirmations stored", async () => (await storedConfirmations(page)) !== undefined, 30000);
    expect((await storedConfirmations(page))?.["external-recipient"]).toHaveLength(1000);
    await page.close();
  }, 120000);
});
