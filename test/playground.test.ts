import { splitBody } from "../src/engine/body";
import { makeDraft } from "../src/engine/draft";
import { evaluate } from "../src/check";
import { MEMORY_KEY, RecipientMemory } from "../src/engine/memory";
import { decodeThread, THREAD_KEY } from "../src/engine/thread";
import { decisionRank, type Decision } from "../src/engine/types";
import { moveRecipientsToBcc, removeAttachment } from "../src/office/fixes";
import { readDraft } from "../src/office/read-draft";
import { saveConfirmations } from "../src/office/session";
import { parsePolicy } from "../src/check";
import { createComposeHandler } from "../src/launchevent/compose";
import type { HostOffice } from "../src/launchevent/handler";
import { asOffice, FakeOutlook, formatRecipient, splitRecipientList } from "../src/playground/fake-office";
import { clearMemory, keepRoamingSettings, rememberedAddressCount, ROAMING_STORAGE_KEY, storedRoamingSettings } from "../src/playground/memory-storage";
import { answerDraft, RECEIVED_MAILS, type ReceivedMail } from "../src/playground/received";
import { encryptedZip, fakeDraftOf, SAMPLE_POLICY, SAMPLES, INVALID_POLICY } from "../src/playground/samples";
import { answerText } from "../src/playground/text";
import { PANE_TIMEOUTS } from "../src/office/timeouts";

function itemOf(fake: FakeOutlook): Office.MessageCompose {
  return asOffice(fake).context.mailbox.item as Office.MessageCompose;
}

const samplePolicy = (() => {
  const parsed = parsePolicy(SAMPLE_POLICY);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.policy;
})();

describe("fake Outlook host driven through the real adapter", () => {
  it("reads back every sample as makeDraft builds it", async () => {
    for (const sample of SAMPLES) {
      const fake = new FakeOutlook(fakeDraftOf(sample));
      const { draft, failures } = await readDraft(itemOf(fake), { timeoutMs: PANE_TIMEOUTS.callMs, readArchiveBytes: true });
      const expected = makeDraft(sample.draft);
      expect(failures).toEqual([]);
      expect(draft.kind).toBe(expected.kind);
      for (const field of ["to", "cc", "bcc"] as const) {
        expect(draft[field].map((r) => [r.address, r.name])).toEqual(expected[field].map((r) => [r.address, r.name]));
      }
      expect(draft.from?.address).toBe(expected.from?.address);
      expect(draft.subject).toBe(expected.subject);
      expect(draft.body).toEqual(expected.body);
      expect(draft.attachments.map((a) => [a.name, a.size])).toEqual(expected.attachments.map((a) => [a.name, a.size]));
    }
  });

  it("hands archive bytes to the adapter as Base64", async () => {
    const fake = new FakeOutlook(fakeDraftOf(SAMPLES.find((s) => s.id === "password-zip")!));
    const { draft } = await readDraft(itemOf(fake), { timeoutMs: PANE_TIMEOUTS.callMs, readArchiveBytes: true });
    const zip = draft.attachments[0].bytes!;
    expect(Array.from(zip.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(zip[6] & 1).toBe(1); // encrypted flag in the local header
  });

  it("moves recipients to BCC, keeps the rest, and raises RecipientsChanged", async () => {
    const fake = new FakeOutlook({
      from: "me@hoshizora-logi.example",
      to: ["A <a@kita-shoji.example>", "boss@hoshizora-logi.example"],
      cc: ["b@gmail.com"],
    });
    const events: unknown[] = [];
    const item = itemOf(fake);
    await new Promise<void>((resolve) => item.addHandlerAsync(Office_EventType.RecipientsChanged, (e: unknown) => events.push(e), () => resolve()));
    await moveRecipientsToBcc(item, ["a@kita-shoji.example", "b@gmail.com"]);
    expect(fake.state.to.map(formatRecipient)).toEqual(["boss@hoshizora-logi.example"]);
    expect(fake.state.cc).toEqual([]);
    expect(fake.state.bcc.map(formatRecipient)).toEqual(["A <a@kita-shoji.example>", "b@gmail.com"]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toContainEqual(expect.objectContaining({ type: "olkRecipientsChanged" }));
    expect(fake.state.to[0].recipientType).toBe("user");
    expect(fake.state.bcc[1].recipientType).toBe("externalUser");
  });

  it("keeps confirmations in sessionData for the next read", async () => {
    const fake = new FakeOutlook({ to: ["a@kita-shoji.example"] });
    const confirmations = [{ rule: "external-recipient", item: "recipient:a@kita-shoji.example" }];
    await saveConfirmations(itemOf(fake), confirmations);
    expect(JSON.parse(fake.state.sessionData["presend.confirmations"])).toEqual({
      v: 2,
      items: ["recipient:a@kita-shoji.example"],
      rules: { "external-recipient": [0] },
    });
    expect((await readDraft(itemOf(fake), { timeoutMs: PANE_TIMEOUTS.callMs })).confirmations).toEqual(confirmations);
  });

  it("removes an attachment by id and raises AttachmentsChanged", async () => {
    const fake = new FakeOutlook({ attachments: [{ name: "a.pdf", size: 10 }, { name: "b.exe", size: 20 }] });
    const seen: string[] = [];
    const item = itemOf(fake);
    await new Promise<void>((resolve) =>
      item.addHandlerAsync(Office_EventType.AttachmentsChanged, (e: { attachmentStatus: string }) => seen.push(e.attachmentStatus), () => resolve()),
    );
    await removeAttachment(item, fake.state.attachments[1].id);
    expect(fake.state.attachments.map((a) => a.name)).toEqual(["a.pdf"]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual(["removed"]);
  });

  it("simulates failing and never-answering calls", async () => {
    const fake = new FakeOutlook({ to: ["a@x.example"], cc: ["b@y.example"] }, { faults: { "cc.getAsync": "fail", "subject.getAsync": "hang" } });
    const { draft, failures } = await readDraft(itemOf(fake), { timeoutMs: 50 });
    expect(draft.to.map((r) => r.address)).toEqual(["a@x.example"]);
    expect(draft.cc).toEqual([]);
    expect(failures.join("\n")).toMatch(/cc/);
    expect(failures.join("\n")).toMatch(/subject/);
  });

  it("enforces Outlook's limits: 100 recipients per write, a page of recipients per read", async () => {
    const many = Array.from({ length: 101 }, (_, i) => `p${i}@x.example`);
    const fake = new FakeOutlook({ to: many }, { recipientPageLimit: 100 });
    const result = await new Promise<Office.AsyncResult<void>>((resolve) => itemOf(fake).cc.setAsync(many, resolve));
    expect(result.status).toBe("failed");
    const read = await readDraft(itemOf(fake), { timeoutMs: PANE_TIMEOUTS.callMs });
    expect(read.draft.to).toHaveLength(100);
  });

  it("reports Mailbox requirement sets up to the configured version", () => {
    const office = asOffice(new FakeOutlook({}, { mailboxVersion: "1.13" }));
    expect(office.context.requirements.isSetSupported("Mailbox", "1.13")).toBe(true);
    expect(office.context.requirements.isSetSupported("Mailbox", "1.15")).toBe(false);
  });
});

// The namespace enum values, as the fake (and Outlook) define them.
const Office_EventType = { RecipientsChanged: "olkRecipientsChanged", AttachmentsChanged: "olkAttachmentsChanged" } as unknown as typeof Office.EventType;

describe("recipient lists typed into the playground", () => {
  it("splits at commas, semicolons and newlines outside quotes and angle brackets", () => {
    expect(splitRecipientList('"Aoki, Ken" <aoki@x.example>; b@y.example,\n山田 太郎 <yamada@z.example>,, ')).toEqual([
      '"Aoki, Ken" <aoki@x.example>',
      "b@y.example",
      "山田 太郎 <yamada@z.example>",
    ]);
  });

  it("formats names that need quoting so they split back the same", () => {
    const text = formatRecipient({ displayName: "Aoki, Ken", emailAddress: "aoki@x.example" });
    expect(splitRecipientList(`${text}, c@d.example`)).toEqual([text, "c@d.example"]);
  });
});

describe("sample drafts", () => {
  /** The decision each sample must reach under the sample policy (`exact`: no higher) and rules that must be among its findings. */
  const expectations: Record<string, { decision: Decision; exact?: true; rules: string[] }> = {
    "mass-to": { decision: "block", rules: ["bcc-exposure"] },
    "two-companies": { decision: "confirm", rules: ["cross-org-exposure"] },
    lookalike: { decision: "confirm", rules: ["lookalike-domain"] },
    // The playground shows "Send anyway" for it: nothing may be above warn.
    "forgotten-attachment": { decision: "warn", exact: true, rules: ["forgotten-attachment"] },
    "script-attachment": { decision: "block", rules: ["attachment-type"] },
    "password-zip": { decision: "warn", rules: ["encrypted-archive"] },
    confidential: { decision: "confirm", rules: ["sensitive-content"] },
    "supplier-meeting": { decision: "confirm", exact: true, rules: ["cross-org-exposure", "external-attachment", "sensitive-content"] },
    blocked: { decision: "block", rules: ["blocked-recipient"] },
    internal: { decision: "allow", exact: true, rules: [] },
    "trusted-reply": { decision: "allow", exact: true, rules: [] },
  };

  it("has an expectation for every sample", () => {
    expect(SAMPLES.map((s) => s.id).sort()).toEqual(Object.keys(expectations).sort());
  });

  it.each(SAMPLES.map((s) => [s.id, s] as const))("%s stops or passes as described", (id, sample) => {
    const { decision, exact, rules } = expectations[id];
    const evaluation = evaluate(makeDraft(sample.draft), samplePolicy);
    expect(evaluation.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(rules));
    if (exact) expect(evaluation.decision).toBe(decision);
    else expect(decisionRank(evaluation.decision)).toBeGreaterThanOrEqual(decisionRank(decision));
  });

  it("builds a ZIP with the encrypted flag in both headers", () => {
    const zip = encryptedZip("a.txt", "x");
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const central = view.getUint32(zip.byteLength - 22 + 16, true);
    expect(view.getUint32(central, true)).toBe(0x02014b50);
    expect(view.getUint16(6, true) & 1).toBe(1);
    expect(view.getUint16(central + 8, true) & 1).toBe(1);
  });

  it("ships an invalid policy that the validator rejects with paths", () => {
    const parsed = parsePolicy(INVALID_POLICY);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join("\n")).toMatch(/rules\.bcc-exposure\.threshold/);
  });
});

describe("answering received mail", () => {
  const quote = answerText("en-US").quote;
  const mailOf = (id: string): ReceivedMail => RECEIVED_MAILS.find((m) => m.id === id)!;
  const minato = mailOf("minato-delivery");
  const northwind = mailOf("northwind-forecast");
  const addresses = (list: FakeOutlook["state"]["to"]) => list.map((r) => r.emailAddress);

  /** Fires the real OnNewMessageCompose handler on the fake, as Outlook does when the window opens. */
  function opened(fake: FakeOutlook): Promise<void> {
    const handler = createComposeHandler({ office: asOffice(fake) as unknown as HostOffice });
    return new Promise((resolve) => handler({ completed: () => resolve() }));
  }

  it("opens Reply to the sender, Reply all to everyone but the user (CC kept in CC), Forward to nobody with the files", () => {
    const reply = new FakeOutlook(answerDraft(minato, "reply", quote)).state;
    expect(addresses(reply.to)).toEqual(["mori@minato-denki.example"]);
    expect(reply.cc).toEqual([]);
    expect(reply.from.emailAddress).toBe("h.omori@hoshizora-logi.example");
    expect([reply.composeType, reply.conversationId, reply.subject]).toEqual(["reply", minato.conversationId, "RE: 制御盤の納品日程について"]);

    const all = new FakeOutlook(answerDraft(northwind, "replyAll", quote)).state;
    expect(addresses(all.to)).toEqual(["emily.carter@northwind-trading.example", "d.brooks@northwind-trading.example"]);
    expect(addresses(all.cc)).toEqual(["t.nagao@hoshizora-logi.example"]);
    expect(all.attachments).toEqual([]);

    const forward = new FakeOutlook(answerDraft(northwind, "forward", quote)).state;
    expect([...forward.to, ...forward.cc, ...forward.bcc]).toEqual([]);
    expect(forward.attachments.map((a) => [a.name, a.size])).toEqual([["Q4_shipping_forecast.xlsx", 58_312]]);
    expect([forward.composeType, forward.subject]).toEqual(["forward", "FW: Q4 shipping forecast"]);
  });

  it("does not stack prefixes Outlook does not stack", () => {
    const answered = { ...minato, subject: "RE: 制御盤の納品日程について" };
    expect(answerDraft(answered, "reply", quote).subject).toBe("RE: 制御盤の納品日程について");
    expect(answerDraft(answered, "forward", quote).subject).toBe("FW: RE: 制御盤の納品日程について");
  });

  it.each(["en-US", "ja-JP"])("quotes the original below Outlook's rule and header block (%s): nothing of it is new text", (language) => {
    const body = answerDraft(minato, "replyAll", answerText(language).quote).body!;
    const { newText, quotedText } = splitBody(`港電機 森様\n\n承知しました。${body}`);
    expect(newText).toBe("港電機 森様\n\n承知しました。");
    expect(quotedText).toContain("制御盤3台の納品日程");
    expect(quotedText).toContain("kudo@minato-denki.example");
  });

  it("lets a reply all to the same people through and names a newcomer from another company", async () => {
    const fake = new FakeOutlook(answerDraft(minato, "replyAll", quote));
    await opened(fake);
    const snapshot = decodeThread(fake.state.sessionData[THREAD_KEY], { conversationId: minato.conversationId });
    expect(snapshot?.had("kudo@minato-denki.example")).toBe(true);
    expect(evaluate((await readDraft(itemOf(fake), { timeoutMs: PANE_TIMEOUTS.callMs })).draft, samplePolicy).decision).toBe("allow");

    fake.setRecipients("cc", [...fake.state.cc, "北商事 佐藤 <sato@kita-shoji.example>"]);
    const { findings } = evaluate((await readDraft(itemOf(fake), { timeoutMs: PANE_TIMEOUTS.callMs })).draft, samplePolicy);
    expect(findings.find((f) => f.rule === "thread-newcomer")?.recipients).toEqual(["sato@kita-shoji.example"]);
  });

  it("snapshots a forward's files", async () => {
    const fake = new FakeOutlook(answerDraft(northwind, "forward", quote));
    await opened(fake);
    expect(decodeThread(fake.state.sessionData[THREAD_KEY], { conversationId: northwind.conversationId })?.attachments).toEqual([
      { name: "Q4_shipping_forecast.xlsx", size: 58_312 },
    ]);
  });

  it("starts a new message from the mailbox owner, whoever sent the draft before", () => {
    const fake = new FakeOutlook({}, {});
    fake.load(answerDraft(northwind, "forward", quote));
    fake.state.sessionData[THREAD_KEY] = "{}";
    fake.newMessage();
    const { from, to, subject, body, attachments, sessionData, composeType, conversationId } = fake.state;
    expect(formatRecipient(from)).toBe("Presend Playground <you@hoshizora-logi.example>");
    expect({ to, subject, body, attachments, sessionData, composeType, conversationId }).toEqual({
      to: [],
      subject: "",
      body: "",
      attachments: [],
      sessionData: {},
      composeType: "newMail",
      conversationId: undefined,
    });
  });
});

describe("recipient memory kept in the browser", () => {
  /** localStorage's interface over a Map (the unit tests run in Node). */
  function memoryStorage(): Storage {
    const items = new Map<string, string>();
    return {
      get length() {
        return items.size;
      },
      clear: () => items.clear(),
      getItem: (key) => items.get(key) ?? null,
      key: (index) => [...items.keys()][index] ?? null,
      removeItem: (key) => void items.delete(key),
      setItem: (key, value) => void items.set(key, String(value)),
    };
  }

  function savedMemory(addresses: string[]): string {
    const memory = new RecipientMemory("saltsalt");
    memory.rememberAll(addresses, 20_000);
    return memory.encode();
  }

  it("reads nothing from an empty or damaged store", () => {
    const storage = memoryStorage();
    expect(storedRoamingSettings(storage)).toEqual({});
    for (const damaged of ["not json", "[1,2]", "null"]) {
      storage.setItem(ROAMING_STORAGE_KEY, damaged);
      expect(storedRoamingSettings(storage)).toEqual({});
    }
  });

  it("stores what saveAsync saved, seeds the next page's host with it, and Clear memory empties it", async () => {
    const storage = memoryStorage();
    const fake = new FakeOutlook({}, { roamingSettings: storedRoamingSettings(storage) });
    keepRoamingSettings(fake, storage);
    const settings = asOffice(fake).context.roamingSettings;
    settings.set(MEMORY_KEY, savedMemory(["mori@minato-denki.example", "kudo@minato-denki.example"]));
    await new Promise((resolve) => settings.saveAsync(resolve));

    const reloaded = new FakeOutlook({}, { roamingSettings: storedRoamingSettings(storage) });
    expect(rememberedAddressCount(reloaded.savedRoamingSettings[MEMORY_KEY])).toBe(2);
    expect(RecipientMemory.decode(asOffice(reloaded).context.roamingSettings.get(MEMORY_KEY)).remembers("mori@minato-denki.example")).toBe(true);

    clearMemory(fake);
    expect(rememberedAddressCount(fake.savedRoamingSettings[MEMORY_KEY])).toBe(0);
    expect(settings.get(MEMORY_KEY)).toBeUndefined();
    expect(storedRoamingSettings(storage)).toEqual({});
  });
});
