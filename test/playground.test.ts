import { makeDraft } from "../src/engine/draft";
import { evaluate } from "../src/engine/evaluate";
import { decisionRank, type Decision } from "../src/engine/types";
import { moveRecipientsToBcc, removeAttachment } from "../src/office/fixes";
import { readDraft } from "../src/office/read-draft";
import { saveConfirmations } from "../src/office/session";
import { parsePolicy } from "../src/policy";
import { asOffice, FakeOutlook, formatRecipient, splitRecipientList } from "../src/playground/fake-office";
import { encryptedZip, fakeDraftOf, SAMPLE_POLICY, SAMPLES, INVALID_POLICY } from "../src/playground/samples";

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
      const { draft, failures } = await readDraft(itemOf(fake), { readArchiveBytes: true });
      const expected = makeDraft(sample.draft);
      expect(failures).toEqual([]);
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
    const { draft } = await readDraft(itemOf(fake), { readArchiveBytes: true });
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
    expect((await readDraft(itemOf(fake))).confirmations).toEqual(confirmations);
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
    const read = await readDraft(itemOf(fake));
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
