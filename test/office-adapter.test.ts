import { strToU8, zipSync } from "fflate";
import { CallLimiter, HostCallError, hostAnswer, hostCall } from "../src/office/async";
import { decodeBase64 } from "../src/formats/base64";
import { FixError, moveRecipientsToBcc, removeAttachment, removeRecipient } from "../src/office/fixes";
import { fetchingEarly, type FetchLike, type FetchResponseLike } from "../src/office/fetch";
import * as check from "../src/check";
import { loadPolicy, type PolicyValidatedAtBuild } from "../src/office/policy-source";
import { RECIPIENT_PAGE_LIMIT, readDraft } from "../src/office/read-draft";
import { readThread } from "../src/office/thread-snapshot";
import {
  CONFIRMATIONS_KEY,
  decodeConfirmations,
  encodeConfirmations,
  loadConfirmations,
  readConfirmations,
  saveConfirmations,
} from "../src/office/session";
import { asOffice, FakeOutlook, type FakeDraftSpec, type FakeOutlookOptions } from "../src/playground/fake-office";
import { officePaneHost } from "../src/taskpane/host";
import { ManualTimers, settle } from "./support/manual-timers";
import { PANE_TIMEOUTS } from "../src/office/timeouts";

function outlook(spec: FakeDraftSpec = {}, options: FakeOutlookOptions = {}) {
  const fake = new FakeOutlook({ from: "Me <me@example.co.jp>", subject: "Hello", ...spec }, options);
  return { fake, item: fake.office.context.mailbox.item as unknown as Office.MessageCompose };
}

const addresses = (n: number, domain: (i: number) => string) => Array.from({ length: n }, (_, i) => `user${i}@${domain(i)}`);

/** Counts how many of the item's async calls are waiting for an answer at once. */
function trackInFlight(item: Office.MessageCompose | Office.AppointmentCompose) {
  const stats = { now: 0, max: 0, calls: 0 };
  const wrap = (target: Record<string, unknown>, name: string) => {
    const original = target[name] as (...args: unknown[]) => void;
    target[name] = (...args: unknown[]) => {
      stats.now++;
      stats.calls++;
      stats.max = Math.max(stats.max, stats.now);
      const callbackAt = args.findIndex((a) => typeof a === "function");
      const callback = args[callbackAt] as (result: unknown) => void;
      args[callbackAt] = (result: unknown) => {
        stats.now--;
        callback(result);
      };
      original(...args);
    };
  };
  const record = item as unknown as Record<string, Record<string, unknown>>;
  const parts =
    String(item.itemType) === "appointment"
      ? ["requiredAttendees", "optionalAttendees", "organizer", "enhancedLocation", "start", "subject", "body", "sessionData"]
      : ["to", "cc", "bcc", "from", "subject", "body", "sessionData"];
  for (const part of parts) wrap(record[part], "getAsync");
  wrap(item as unknown as Record<string, unknown>, "getAttachmentsAsync");
  return stats;
}

describe("readDraft", () => {
  it("maps recipients, sender, subject, body and attachments", async () => {
    const { item } = outlook({
      to: [
        "山田 太郎 <yamada@example.co.jp>",
        "client@partner.example",
        { displayName: "営業部", emailAddress: "sales@example.co.jp", recipientType: "distributionList" },
      ],
      cc: [
        { displayName: "Project team", emailAddress: "", recipientType: "distributionList" },
        { displayName: "Somebody", emailAddress: "", recipientType: "other" },
      ],
      bcc: ["hidden@other.example"],
      subject: "見積書",
      body: "お世話になっております。\n\n-----Original Message-----\nFrom: someone\n前回の内容",
      attachments: [
        { name: "quote.pdf", size: 1234, contentType: "application/pdf" },
        { name: "logo.png", size: 99, isInline: true },
        { name: "shared.docx", size: 10, cloud: true },
      ],
    });
    const { draft, failures, confirmations, notes } = await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs });
    expect(failures).toEqual([]);
    expect(draft.from).toEqual({ address: "me@example.co.jp", name: "Me" });
    expect(draft.to).toEqual([
      { address: "yamada@example.co.jp", name: "山田 太郎", kind: "user" },
      { address: "client@partner.example", name: "", kind: "user" },
      { address: "sales@example.co.jp", name: "営業部", kind: "distributionList" },
    ]);
    // A personal contact group has no address; an unresolved name has nothing to classify by.
    expect(draft.cc).toEqual([
      { address: "", name: "Project team", kind: "distributionList" },
      { address: "", name: "Somebody", kind: "unknown" },
    ]);
    expect(draft.bcc.map((r) => r.address)).toEqual(["hidden@other.example"]);
    expect(draft.subject).toBe("見積書");
    expect(draft.body.newText).toBe("お世話になっております。");
    expect(draft.body.quotedText).toContain("前回の内容");
    expect(draft.attachments).toEqual([
      { id: expect.any(String), name: "quote.pdf", size: 1234, inline: false, contentType: "application/pdf" },
      { id: expect.any(String), name: "logo.png", size: 99, inline: true },
      { id: expect.any(String), name: "shared.docx", size: 10, inline: false, cloud: true },
    ]);
    expect(draft.capped).toBeUndefined();
    expect(confirmations).toEqual([]);
    // The fake, like Outlook on the web, reports a never-set sessionData key as a failed call: only a
    // note, for the confirmations and for the conversation snapshot a new mail does not have.
    expect(notes).toEqual([expect.stringContaining("sessionData"), expect.stringMatching(/^sessionData \(thread\).*\(no thread\)$/)]);
  });

  it(`marks a field capped when the host returns ${RECIPIENT_PAGE_LIMIT} or more of it`, async () => {
    const below = await readDraft(outlook({ to: addresses(RECIPIENT_PAGE_LIMIT - 1, () => "a.example") }).item, { timeoutMs: PANE_TIMEOUTS.callMs });
    expect(below.draft.capped).toBeUndefined();
    const { item } = outlook(
      { to: addresses(700, () => "a.example"), cc: addresses(3, () => "b.example") },
      { recipientPageLimit: 500 },
    );
    const { draft } = await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs });
    expect(draft.to).toHaveLength(500);
    expect(draft.capped).toEqual({ to: true });
  });

  it("keeps at most 3 host calls in flight", async () => {
    const { item } = outlook({ to: ["a@x.example"] });
    const limited = trackInFlight(item);
    await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs });
    // To, CC, BCC, from, subject, body, attachments, confirmations, conversation snapshot.
    expect(limited.calls).toBe(9);
    expect(limited.max).toBe(3);
    // The same reads without the limit would all be waiting at once.
    const { item: other } = outlook({ to: ["a@x.example"] });
    const unlimited = trackInFlight(other);
    await readDraft(other, { timeoutMs: PANE_TIMEOUTS.callMs, limiter: new CallLimiter(100) });
    expect(unlimited.max).toBe(9);
  });

  it("lists a failed call instead of throwing, and reads the rest", async () => {
    const { item } = outlook({ to: ["a@x.example"], subject: "S" }, { faults: { "subject.getAsync": "fail" } });
    const { draft, failures } = await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs });
    expect(failures).toEqual(["subject: subject.getAsync failed (simulated)"]);
    expect(draft.subject).toBe("");
    expect(draft.to.map((r) => r.address)).toEqual(["a@x.example"]);
  });

  it("asks for the body first, and tells onNamesRead each part with names as it comes, before the rest of the draft", async () => {
    // The subject never answers, nor times out (the timers never advance): the draft is never complete.
    const { item } = outlook(
      { to: ["藤田 健 <k.fujita@partner.example>"], cc: ["田村 陸 <r.tamura@partner.example>"], bcc: ["山本 <yamamoto@x.example>"], body: "藤田様\nお世話になっております。", attachments: [{ name: "見積書.pdf" }] },
      { faults: { "subject.getAsync": "hang" } },
    );
    const asked: string[] = [];
    const record = item as unknown as Record<string, Record<string, (...args: unknown[]) => void>>;
    for (const part of ["to", "cc", "bcc", "from", "subject", "body"]) {
      const original = record[part].getAsync;
      record[part].getAsync = (...args: unknown[]) => {
        asked.push(part);
        original(...args);
      };
    }
    const parts: string[] = [];
    let complete = false;
    void readDraft(item, {
      timeoutMs: 1500,
      timers: new ManualTimers(),
      onNamesRead: (part) => {
        if (part.body) parts.push(`body: ${part.body.newText.split("\n")[0]}`);
        if (part.to) parts.push(`to: ${part.to.map((recipient) => recipient.name).join()}`);
        if (part.cc) parts.push(`cc: ${part.cc.map((recipient) => recipient.name).join()}`);
        if (part.attachments) parts.push(`attachments: ${part.attachments.map((attachment) => attachment.name).join()}`);
      },
    }).then(() => (complete = true));
    await settle();
    expect(complete).toBe(false);
    expect(asked[0]).toBe("body");
    expect(parts.sort()).toEqual(["attachments: 見積書.pdf", "body: 藤田様", "cc: 田村 陸", "to: 藤田 健"]);
  });

  it("keeps a timed-out call's slot while the host has not answered: hung calls never pile up past 3", async () => {
    const timers = new ManualTimers();
    const hang = Object.fromEntries(["to", "cc", "bcc", "from", "subject", "body", "sessionData"].map((part) => [`${part}.getAsync`, "hang" as const]));
    const { item } = outlook({ to: ["a@x.example"] }, { faults: { ...hang, getAttachmentsAsync: "hang" } });
    const limited = trackInFlight(item);
    let done = false;
    void readDraft(item, { timers, timeoutMs: 1500 }).then(() => (done = true));
    await settle();
    for (let step = 0; step < 10; step++) await timers.advance(1500);
    // Every read has timed out (the caller heard), yet only the first three ever reached the host.
    expect(done).toBe(true);
    expect(limited.calls).toBe(3);
    expect(limited.max).toBe(3);
  });

  it("times out a call that never answers", async () => {
    const timers = new ManualTimers();
    const { item } = outlook({ body: "text" }, { faults: { "body.getAsync": "hang" } });
    let done = false;
    const reading = readDraft(item, { timers, timeoutMs: 1500 }).then((r) => {
      done = true;
      return r;
    });
    await settle();
    expect(done).toBe(false);
    await timers.advance(1499);
    expect(done).toBe(false);
    await timers.advance(1);
    const { failures, draft } = await reading;
    expect(failures).toEqual(["body: no answer within 1500 ms"]);
    expect(draft.body).toEqual({ newText: "", quotedText: "" });
    expect(timers.size).toBe(0);
  });

  it("falls back to the mailbox owner when the sender cannot be read", async () => {
    const { item } = outlook({}, { faults: { "from.getAsync": "fail" } });
    const withOwner = await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs, owner: { address: "owner@example.co.jp", name: "Owner" } });
    expect(withOwner.draft.from).toEqual({ address: "owner@example.co.jp", name: "Owner" });
    expect(withOwner.failures).toEqual([]);
    expect(withOwner.notes).toContainEqual(expect.stringContaining("mailbox owner"));
    const without = await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs });
    expect(without.draft.from).toBeUndefined();
    expect(without.failures).toEqual(["from: from.getAsync failed (simulated)"]);
  });

  it("reads the bytes of small archives only when asked", async () => {
    const zip = zipSync({ "secret.txt": strToU8("hello") });
    const spec: FakeDraftSpec = {
      attachments: [
        { name: "data.zip", bytes: zip },
        { name: "archive", bytes: zip, contentType: "application/zip" },
        { name: "big.7z", size: 6 * 1024 * 1024 },
        { name: "report.pdf", bytes: strToU8("%PDF") },
        { name: "inline.zip", bytes: zip, isInline: true },
      ],
    };
    const plain = await readDraft(outlook(spec).item, { timeoutMs: PANE_TIMEOUTS.callMs });
    expect(plain.draft.attachments.every((a) => a.bytes === undefined)).toBe(true);

    const { item } = outlook(spec);
    let contentCalls = 0;
    const original = item.getAttachmentContentAsync.bind(item);
    (item as unknown as { getAttachmentContentAsync: unknown }).getAttachmentContentAsync = (...args: unknown[]) => {
      contentCalls++;
      (original as (...a: unknown[]) => void)(...args);
    };
    const { draft, failures } = await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs, readArchiveBytes: true });
    expect(failures).toEqual([]);
    const byName = Object.fromEntries(draft.attachments.map((a) => [a.name, a]));
    expect(byName["data.zip"].bytes).toEqual(zip);
    expect(byName["archive"].bytes).toEqual(zip);
    expect(byName["big.7z"].bytes).toBeUndefined();
    expect(byName["report.pdf"].bytes).toBeUndefined();
    expect(byName["inline.zip"].bytes).toBeUndefined();
    expect(contentCalls).toBe(2);
  });

  it("fetches an archive's bytes once in the pane, however often it reads the draft again", async () => {
    const zip = zipSync({ "a.txt": strToU8("a") });
    const { fake, item } = outlook({ attachments: [{ name: "a.zip", bytes: zip }, { name: "b.zip", bytes: zip }] });
    const fetched: string[] = [];
    const original = item.getAttachmentContentAsync.bind(item);
    (item as unknown as { getAttachmentContentAsync: unknown }).getAttachmentContentAsync = (id: string, ...args: unknown[]) => {
      fetched.push(fake.state.attachments.find((a) => a.id === id)?.name ?? id);
      (original as (...a: unknown[]) => void)(id, ...args);
    };
    const host = officePaneHost(asOffice(fake));
    expect((await host.readDraft()).draft.attachments.map((a) => a.bytes)).toEqual([zip, zip]);
    expect((await host.readDraft()).draft.attachments.map((a) => a.bytes)).toEqual([zip, zip]);
    expect(fetched).toEqual(["a.zip", "b.zip"]);

    // Another file (a new id) is read; the one taken out is forgotten.
    fake.removeAttachment(fake.state.attachments[0].id);
    const other = zipSync({ "b.txt": strToU8("b") });
    fake.addAttachment({ name: "c.zip", bytes: other });
    const again = await host.readDraft();
    expect(again.draft.attachments.map((a) => [a.name, a.bytes])).toEqual([["b.zip", zip], ["c.zip", other]]);
    expect(fetched).toEqual(["a.zip", "b.zip", "c.zip"]);
  });

  it("forgets the cached bytes of attachments no longer in the draft", async () => {
    const zip = zipSync({ "a.txt": strToU8("a") });
    const { fake, item } = outlook({ attachments: [{ name: "a.zip", bytes: zip }, { name: "b.zip", bytes: zip }] });
    const archiveCache = new Map<string, Uint8Array>();
    await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs, readArchiveBytes: true, archiveCache });
    expect(archiveCache.size).toBe(2);
    fake.removeAttachment(fake.state.attachments[0].id);
    await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs, readArchiveBytes: true, archiveCache });
    expect([...archiveCache.keys()]).toEqual([`${fake.state.attachments[0].id}\n${zip.length}`]);
  });

  it("notes archive bytes it could not read without failing the read", async () => {
    const { item } = outlook(
      { attachments: [{ name: "data.zip", bytes: zipSync({ "a.txt": strToU8("a") }) }] },
      { faults: { getAttachmentContentAsync: "fail" } },
    );
    const { draft, failures, notes } = await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs, readArchiveBytes: true });
    expect(failures).toEqual([]);
    expect(draft.attachments[0].name).toBe("data.zip");
    expect(draft.attachments[0].bytes).toBeUndefined();
    expect(notes).toContainEqual(expect.stringContaining("attachment content (data.zip)"));
  });
});

describe("readDraft on a meeting the user organizes", () => {
  const organizer = "Me <me@example.co.jp>";
  function meeting(spec: FakeDraftSpec = {}, options: FakeOutlookOptions = {}) {
    const fake = new FakeOutlook({ itemType: "appointment", from: organizer, subject: "定例会議", ...spec }, options);
    return { fake, item: fake.office.context.mailbox.item as unknown as Office.AppointmentCompose };
  }

  it("reads required and optional attendees as To and CC, the organizer as sender, the location and start", async () => {
    const start = new Date("2026-12-10T01:00:00Z");
    const { item } = meeting({
      to: [organizer, "工藤 彩 <a.kudo@alpha-trading.example>", "room-5f@example.co.jp"],
      cc: ["s.mori@beta-kogyo.example"],
      location: "本社 5F",
      rooms: ["Room-5F@example.co.jp"],
      start,
      attachments: [{ name: "議題.pdf", size: 2048 }],
    });
    const { draft, failures, notes } = await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs });
    expect(failures).toEqual([]);
    expect(draft.kind).toBe("meeting");
    expect(draft.from).toEqual({ address: "me@example.co.jp", name: "Me" });
    // Classic Outlook lists the organizer among the required attendees; a booked room may be listed too.
    expect(draft.to).toEqual([{ address: "a.kudo@alpha-trading.example", name: "工藤 彩", kind: "user" }]);
    expect(draft.cc.map((r) => r.address)).toEqual(["s.mori@beta-kogyo.example"]);
    expect(draft.bcc).toEqual([]);
    expect(draft.meeting).toEqual({ location: "本社 5F; Room-5F@example.co.jp", start });
    expect(draft.attachments.map((a) => a.name)).toEqual(["議題.pdf"]);
    expect(draft.thread).toBeUndefined();
    // No conversation snapshot is looked for: only the missing confirmations are a note.
    expect(notes).toEqual([expect.stringMatching(/^sessionData: .*\(no confirmations\)$/)]);
  });

  it("makes nine reads, at most 3 in flight, and never asks for a message's fields", async () => {
    const { item } = meeting({ to: ["a@x.example"] });
    const limited = trackInFlight(item);
    // The fake's meeting has no to/cc/bcc/from, as in Outlook: asking for one would be a failure.
    expect((await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs })).failures).toEqual([]);
    // Required, optional, organizer, subject, body, attachments, confirmations, locations, start.
    expect(limited.calls).toBe(9);
    expect(limited.max).toBe(3);
  });

  it("marks an attendee list capped when the host returns a full page, counting the organizer's entry", async () => {
    const { item } = meeting({ to: [organizer, ...addresses(RECIPIENT_PAGE_LIMIT - 1, () => "a.example")] });
    const { draft } = await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs });
    expect(draft.to).toHaveLength(RECIPIENT_PAGE_LIMIT - 1);
    expect(draft.capped).toEqual({ to: true });
  });

  it("notes an unreadable location or start without failing the read", async () => {
    const { item } = meeting({ to: ["a@x.example"] }, { faults: { "enhancedLocation.getAsync": "fail", "start.getAsync": "fail" } });
    const { draft, failures, notes } = await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs });
    expect(failures).toEqual([]);
    expect(draft.meeting).toEqual({ location: "" });
    expect(notes).toEqual(expect.arrayContaining([expect.stringContaining("(no rooms)"), expect.stringContaining("(no start)")]));
  });

  it("fails the read when an attendee list cannot be read", async () => {
    const { item } = meeting({ to: ["a@x.example"] }, { faults: { "optionalAttendees.getAsync": "fail" } });
    expect((await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs })).failures).toEqual(["optionalAttendees: optionalAttendees.getAsync failed (simulated)"]);
  });

  describe("the pane on the organizer's form", () => {
    const partner = "工藤 彩 <a.kudo@alpha-trading.example>";

    it("knows it is a meeting before reading, and removes an attendee from the list it is in", async () => {
      const { fake } = meeting({ to: [organizer, partner, "b@beta.example"], cc: ["b@beta.example", "c@gamma.example"] });
      const host = officePaneHost(asOffice(fake));
      expect(host.kind).toBe("meeting");
      await host.removeRecipient("B@Beta.example");
      // The organizer's own entry stays where classic Outlook put it; names are kept.
      expect(fake.state.to).toEqual([
        expect.objectContaining({ emailAddress: "me@example.co.jp" }),
        expect.objectContaining({ emailAddress: "a.kudo@alpha-trading.example", displayName: "工藤 彩" }),
      ]);
      expect(fake.state.cc.map((r) => r.emailAddress)).toEqual(["c@gamma.example"]);
      expect((await host.readDraft()).draft.to.map((r) => r.address)).toEqual(["a.kudo@alpha-trading.example"]);
    });

    it("names the attendee list in a refusal, and changes nothing", async () => {
      const group = { displayName: "取引先各位", emailAddress: "", recipientType: "distributionList" };
      const { fake, item } = meeting({ to: [partner, group] });
      const before = JSON.stringify(fake.state);
      await expect(removeRecipient(item, "a.kudo@alpha-trading.example")).rejects.toThrow(/^requiredAttendees: "取引先各位" has no address/);
      expect(JSON.stringify(fake.state)).toBe(before);
    });

    it("has no BCC to move attendees to: refused, nothing written", async () => {
      const { fake } = meeting({ to: [partner], cc: ["c@gamma.example"] });
      const before = JSON.stringify(fake.state);
      await expect(officePaneHost(asOffice(fake)).moveToBcc(["a.kudo@alpha-trading.example"])).rejects.toThrow(/a meeting has no BCC/);
      expect(JSON.stringify(fake.state)).toBe(before);
    });

    it("removes an attachment and keeps confirmations in the meeting's sessionData", async () => {
      const { fake } = meeting({ to: [partner], attachments: [{ name: "議題.pdf", size: 100 }, { name: "価格表.xlsx", size: 200 }] });
      const host = officePaneHost(asOffice(fake));
      await host.removeAttachment(fake.state.attachments[1].id);
      expect(fake.state.attachments.map((a) => a.name)).toEqual(["議題.pdf"]);
      const confirmed = [{ rule: "external-recipient", item: "recipient:a.kudo@alpha-trading.example" }];
      await host.saveConfirmations(confirmed);
      expect(fake.state.sessionData[CONFIRMATIONS_KEY]).toBeDefined();
      expect((await host.readDraft()).confirmations).toEqual(confirmed);
    });

    it("hears attendees change (RecipientsChanged names the attendee lists)", async () => {
      const { fake } = meeting({ to: [partner] });
      const seen: unknown[] = [];
      const item = fake.office.context.mailbox.item as unknown as { addHandlerAsync(type: string, handler: (args: unknown) => void): void };
      item.addHandlerAsync("olkRecipientsChanged", (args) => seen.push(args));
      const changes: number[] = [];
      const unsubscribe = officePaneHost(asOffice(fake)).onDraftChanged(() => changes.push(1));
      await settle();
      fake.setRecipients("cc", ["c@gamma.example"]);
      await settle();
      expect(changes).toHaveLength(1);
      expect(seen).toEqual([expect.objectContaining({ changedRecipientFields: { requiredAttendees: false, optionalAttendees: true, resources: false } })]);
      unsubscribe();
    });
  });
});

describe("decodeBase64", () => {
  it("decodes what Buffer encodes, for every length remainder", () => {
    for (let length = 0; length < 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length * 11) & 0xff);
      expect(decodeBase64(Buffer.from(bytes).toString("base64"))).toEqual(bytes);
    }
  });

  it("skips line breaks, accepts the URL-safe alphabet and rejects anything else", () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7919) & 0xff);
    const wrapped = Buffer.from(bytes).toString("base64").replace(/.{76}/g, "$&\r\n");
    expect(decodeBase64(wrapped)).toEqual(bytes);
    expect(decodeBase64(Buffer.from(bytes).toString("base64url"))).toEqual(bytes);
    expect(decodeBase64("ab$d")).toBeUndefined();
    expect(decodeBase64("abcde")).toBeUndefined();
  });
});

describe("session confirmations", () => {
  const byPair = (list: readonly { rule: string; item: string }[]) => list.map((c) => `${c.rule} ${c.item}`).sort();

  it("round-trips through item.sessionData, each item written once", async () => {
    const { fake, item } = outlook();
    const confirmations = [
      { rule: "external-recipient", item: "recipient:a@x.example" },
      { rule: "cross-org-exposure", item: "recipient:a@x.example" },
      { rule: "external-recipient", item: "recipient:b@y.example" },
      { rule: "cross-org-exposure", item: "recipient:b@y.example" },
      { rule: "external-recipient", item: "recipient:c@z.example" },
      { rule: "external-attachment", item: "attachment:q.pdf:10" },
      { rule: "external-recipient", item: "recipient:a@x.example" },
    ];
    await saveConfirmations(item, confirmations);
    const stored = JSON.parse(fake.state.sessionData[CONFIRMATIONS_KEY]);
    expect(stored.v).toBe(2);
    expect([...stored.items].sort()).toEqual([
      "attachment:q.pdf:10",
      "recipient:a@x.example",
      "recipient:b@y.example",
      "recipient:c@z.example",
    ]);
    expect(byPair(await loadConfirmations(item))).toEqual(byPair(confirmations.slice(0, 6)));
  });

  it("still reads what earlier releases wrote (version 1)", () => {
    const v1 = JSON.stringify({ v: 1, confirmed: { "external-recipient": ["recipient:a@x.example"], "missing-subject": ["message"] } });
    expect(decodeConfirmations(v1)).toEqual([
      { rule: "external-recipient", item: "recipient:a@x.example" },
      { rule: "missing-subject", item: "message" },
    ]);
  });

  it("reads a missing key as nothing confirmed, with the reason", async () => {
    const { item } = outlook();
    const reading = await readConfirmations(item);
    expect(reading.confirmations).toEqual([]);
    expect(reading.problem).toContain("not found");
  });

  it("ignores anything that is not its own format, and positions that name no item", () => {
    for (const text of ["", "{", "[]", '{"v":2,"confirmed":{}}', '{"v":3,"items":["a"],"rules":{"r":[0]}}', '{"v":1,"confirmed":{"r":"x"}}', "null"]) {
      expect(decodeConfirmations(text)).toEqual([]);
    }
    expect(decodeConfirmations('{"v":1,"confirmed":{"r":["a",3,"b"]}}')).toEqual([
      { rule: "r", item: "a" },
      { rule: "r", item: "b" },
    ]);
    const v2 = { v: 2, items: ["a", 7, "c", "d"], rules: { r: [0, 1, 9, -1, 0.5, [2, 3], [3, 2], [0, 99]], s: "0", t: [[2, 3, 4]] } };
    expect(decodeConfirmations(JSON.stringify(v2))).toEqual([
      { rule: "r", item: "a" },
      { rule: "r", item: "c" },
      { rule: "r", item: "d" },
    ]);
  });

  it("fits 1,000 recipients confirmed for 4 rules in the 50,000 characters older clients allow", () => {
    const items = addresses(1000, (i) => `company${i}.example.co.jp`).map((a) => `recipient:${a}`);
    // As the pane saves them: per recipient, every rule that asked about it (some rules ask about some recipients only).
    const rules = ["external-recipient", "cross-org-exposure", "lookalike-domain", "sensitive-content"];
    const asks = (rule: number, i: number) => rule === 0 || (rule === 1 && i < 700) || (rule === 2 && i % 7 === 0) || (rule === 3 && i % 2 === 0);
    const confirmations = items.flatMap((item, i) => rules.filter((_, r) => asks(r, i)).map((rule) => ({ rule, item })));
    const everyRule = items.flatMap((item) => rules.map((rule) => ({ rule, item })));
    for (const list of [confirmations, everyRule]) {
      const text = encodeConfirmations(list);
      expect(text.length).toBeLessThan(50000);
      expect(byPair(decodeConfirmations(text))).toEqual(byPair(list));
    }
  });
});

describe("fixes", () => {
  it("moves addresses from To/CC to BCC in chunks of 100, keeping names and the rest", async () => {
    const external = addresses(150, (i) => `c${i}.example`);
    const { fake, item } = outlook({
      to: ["Colleague <colleague@example.co.jp>", ...external.map((a, i) => `Guest ${i} <${a}>`)],
      cc: ["boss@example.co.jp", "cc-guest@other.example"],
      bcc: ["user0@c0.example"],
    });
    await moveRecipientsToBcc(item, [...external, "CC-Guest@other.example"]);
    expect(fake.state.to.map((r) => r.emailAddress)).toEqual(["colleague@example.co.jp"]);
    expect(fake.state.cc.map((r) => r.emailAddress)).toEqual(["boss@example.co.jp"]);
    const bcc = fake.state.bcc.map((r) => r.emailAddress);
    expect(bcc).toHaveLength(151);
    expect(new Set(bcc).size).toBe(151);
    expect(bcc).toContain("cc-guest@other.example");
    expect(fake.state.bcc.find((r) => r.emailAddress === "user1@c1.example")?.displayName).toBe("Guest 1");
  });

  it("refuses to rewrite a field the host returned only in part", async () => {
    const { fake, item } = outlook({ to: addresses(600, () => "x.example") }, { recipientPageLimit: 500 });
    await expect(moveRecipientsToBcc(item, ["user1@x.example"])).rejects.toThrow(FixError);
    expect(fake.state.to).toHaveLength(600);
    expect(fake.state.bcc).toHaveLength(0);
  });

  const contactGroup = { displayName: "Project team", emailAddress: "", recipientType: "distributionList" };

  it("changes nothing when a field it would rewrite holds a contact group, which has no address to write back", async () => {
    const { fake, item } = outlook({ to: ["a@x.example", contactGroup], cc: ["b@y.example"] });
    const before = JSON.stringify(fake.state);
    await expect(moveRecipientsToBcc(item, ["a@x.example", "b@y.example"])).rejects.toThrow(/to: "Project team" has no address/);
    await expect(removeRecipient(item, "a@x.example")).rejects.toThrow(FixError);
    // Not even BCC was written: no recipient ends up twice.
    expect(JSON.stringify(fake.state)).toBe(before);
  });

  it("rewrites only the fields it changes: a contact group or a long list elsewhere does not stop it", async () => {
    const { fake, item } = outlook(
      { to: [contactGroup, ...addresses(600, () => "x.example")], cc: ["guest@y.example", "boss@example.co.jp"], bcc: addresses(550, () => "z.example") },
      { recipientPageLimit: 500 },
    );
    await moveRecipientsToBcc(item, ["guest@y.example"]);
    expect(fake.state.to).toHaveLength(601);
    expect(fake.state.to[0]).toMatchObject({ displayName: "Project team", emailAddress: "" });
    expect(fake.state.cc.map((r) => r.emailAddress)).toEqual(["boss@example.co.jp"]);
    // BCC is only appended to, so its unread part is safe.
    expect(fake.state.bcc).toHaveLength(551);
    expect(fake.state.bcc[550].emailAddress).toBe("guest@y.example");
    await removeRecipient(item, "boss@example.co.jp");
    expect(fake.state.cc).toEqual([]);
  });

  it("removes one contact group by its name and position, and never every group at once", async () => {
    const teamA = { displayName: " Team A ", emailAddress: "", recipientType: "distributionList" };
    const teamB = { displayName: "Team B", emailAddress: "", recipientType: "distributionList" };
    const { fake, item } = outlook({ to: [teamA, "a@x.example", teamA], cc: [teamB, "b@y.example"] });
    const before = JSON.stringify(fake.state);
    // An empty address matched every group before.
    await expect(removeRecipient(item, "")).rejects.toThrow(/no address given/);
    // The To field keeps another group that cannot be written back.
    await expect(removeRecipient(item, { field: "to", name: "Team A", position: 1 })).rejects.toThrow(/"Team A" has no address/);
    await expect(removeRecipient(item, { field: "cc", name: "Team B", position: 1 })).rejects.toThrow(/no entry "Team B"/);
    expect(JSON.stringify(fake.state)).toBe(before);

    await removeRecipient(item, { field: "cc", name: "Team B", position: 0 });
    expect(fake.state.cc.map((r) => r.emailAddress)).toEqual(["b@y.example"]);
    expect(fake.state.to).toHaveLength(3);
  });

  it("removes a recipient from every field, ignoring case", async () => {
    const { fake, item } = outlook({ to: ["a@x.example", "b@x.example"], cc: ["A@X.example"], bcc: ["c@x.example"] });
    await removeRecipient(item, "a@x.example");
    expect(fake.state.to.map((r) => r.emailAddress)).toEqual(["b@x.example"]);
    expect(fake.state.cc).toEqual([]);
    expect(fake.state.bcc.map((r) => r.emailAddress)).toEqual(["c@x.example"]);
  });

  it("knows one mailbox in its Unicode, punycode and full-width spellings, as the engine does", async () => {
    const { fake, item } = outlook({ to: ["a@日本.jp", "b@x.example"], cc: ["A@XN--WGV71A.JP"], bcc: ["a@ｘ.example"] });
    await removeRecipient(item, "a@日本.jp");
    expect(fake.state.to.map((r) => r.emailAddress)).toEqual(["b@x.example"]);
    expect(fake.state.cc).toEqual([]);

    const moving = outlook({ to: ["a@xn--wgv71a.jp"], cc: ["a@x.example"], bcc: ["a@日本.jp"] });
    await moveRecipientsToBcc(moving.item, ["a@日本.jp", "a@ｘ.example"]);
    expect(moving.fake.state.to).toEqual([]);
    expect(moving.fake.state.cc).toEqual([]);
    // Already in BCC under another spelling: not added twice.
    expect(moving.fake.state.bcc.map((r) => r.emailAddress)).toEqual(["a@日本.jp", "a@x.example"]);
  });

  it("removes an attachment by id and reports a host refusal", async () => {
    const { fake, item } = outlook({ attachments: [{ name: "a.pdf" }, { name: "b.pdf" }] });
    await removeAttachment(item, fake.state.attachments[0].id);
    expect(fake.state.attachments.map((a) => a.name)).toEqual(["b.pdf"]);
    await expect(removeAttachment(item, "no-such-id")).rejects.toThrow(HostCallError);
  });
});

describe("hostCall", () => {
  it("turns a missing API (a throw) into a HostCallError naming the call", async () => {
    const item = {} as Office.MessageCompose;
    await expect(hostCall("from", (done) => item.from.getAsync(done))).rejects.toMatchObject({
      name: "HostCallError",
      call: "from",
    });
    await expect(hostAnswer("from", (done) => item.from.getAsync(done))).rejects.toMatchObject({ name: "HostCallError", call: "from" });
  });

  it("rejects a refusal the host reports; hostAnswer resolves with it instead, no error made", async () => {
    const { item } = outlook();
    const readMissing = (done: (result: Office.AsyncResult<string>) => void) => item.sessionData.getAsync("never-set", done);
    await expect(hostCall("sessionData", readMissing)).rejects.toThrow(new HostCallError("sessionData", "sessionData key never-set not found"));
    await expect(hostAnswer("sessionData", readMissing)).resolves.toEqual({ refused: "sessionData key never-set not found" });
    await expect(hostAnswer("subject", (done) => item.subject.getAsync(done))).resolves.toEqual({ value: "Hello" });
  });

  it("names a refused read of a key never set as the failed call did (confirmations, thread)", async () => {
    const { item } = outlook();
    expect((await readConfirmations(item)).problem).toBe("sessionData: sessionData key presend.confirmations not found");
    expect(await readThread(item)).toEqual({ note: "sessionData (thread): sessionData key presend.thread not found (no thread)" });
  });
});

describe("loadPolicy", () => {
  const url = "https://addin.example/policy.json";
  const embedded = { onError: "prompt", rules: { "bcc-exposure": { threshold: 5 } } };
  const respond = (body: string, init: Partial<FetchResponseLike> & { type?: string } = {}): FetchLike =>
    jest.fn(() =>
      Promise.resolve({
        ok: init.ok ?? true,
        status: init.status ?? 200,
        headers: { get: (name: string) => (name === "content-type" ? (init.type ?? "application/json") : null) },
        text: () => Promise.resolve(body),
      }),
    );

  it("uses the published policy when it is valid", async () => {
    const fetch = respond(JSON.stringify({ onError: "block" }));
    const loaded = await loadPolicy({ url, timeoutMs: 1000, fetch, embedded });
    expect(loaded.source).toBe("remote");
    expect(loaded.problems).toEqual([]);
    expect(loaded.policy.onError).toBe("block");
    expect(fetch).toHaveBeenCalledWith(url, expect.objectContaining({ cache: "no-cache" }));
  });

  it.each([
    ["a network error", () => jest.fn(() => Promise.reject(new TypeError("Failed to fetch"))), "Failed to fetch"],
    ["HTTP 404", () => respond("Not found", { ok: false, status: 404, type: "text/plain" }), "HTTP 404"],
    ["an HTML page", () => respond("<!doctype html><title>App</title>", { type: "text/html" }), "HTML"],
    ["HTML sent as JSON", () => respond("  <html></html>"), "HTML"],
    ["broken JSON", () => respond("{ nope"), "not valid JSON"],
    ["an invalid policy", () => respond('{"rules":{"bcc-exposure":{"threshold":0}}}'), "rules.bcc-exposure.threshold: expected a whole number >= 1"],
  ])("falls back to the embedded policy on %s", async (_name, makeFetch, problem) => {
    const loaded = await loadPolicy({ url, timeoutMs: 1000, fetch: makeFetch(), embedded });
    expect(loaded.source).toBe("embedded");
    expect(loaded.policy.rules["bcc-exposure"].threshold).toBe(5);
    expect(loaded.problems).toEqual([expect.stringContaining(problem)]);
    expect(loaded.problems[0]).toContain(url);
  });

  it("gives up on a slow server after the timeout and aborts the request", async () => {
    const timers = new ManualTimers();
    let signal: AbortSignal | undefined;
    const fetch: FetchLike = (_url, init) => {
      signal = init?.signal as AbortSignal;
      return new Promise(() => undefined);
    };
    let loaded: Awaited<ReturnType<typeof loadPolicy>> | undefined;
    const pending = loadPolicy({ url, timeoutMs: 1000, fetch, embedded, timers }).then((l) => (loaded = l));
    await settle();
    expect(loaded).toBeUndefined();
    await timers.advance(1000);
    await pending;
    expect(loaded?.source).toBe("embedded");
    expect(loaded?.problems).toEqual([`policy ${url}: no answer within 1000 ms`]);
    expect(signal?.aborted).toBe(true);
  });

  describe("with the embedded policy as the build validated it", () => {
    const validation = check.validatePolicy(embedded);
    if (!validation.ok) throw new Error(validation.errors.join("; "));
    // As the build writes it into the script: JSON, read back.
    const validatedAtBuild: PolicyValidatedAtBuild = JSON.parse(JSON.stringify({ json: JSON.stringify(embedded), validated: validation.validated }));
    const expected = check.parsePolicy(embedded);
    let validations: jest.SpyInstance[] = [];
    beforeEach(() => {
      validations = [jest.spyOn(check, "parsePolicy"), jest.spyOn(check, "parsePolicyText")];
    });
    afterEach(() => jest.restoreAllMocks());
    const validated = () => validations.reduce((calls, spy) => calls + spy.mock.calls.length, 0);

    it("takes the same published policy, however it is laid out, without validating it again", async () => {
      const loaded = await loadPolicy({ url, timeoutMs: 1000, fetch: respond(JSON.stringify(embedded, null, 2)), embedded, validatedAtBuild });
      expect(loaded.source).toBe("remote");
      // The send check's judgement made with the build's copy while this was on its way stands.
      expect(loaded.asBuilt).toBe(true);
      expect(expected.ok && loaded.policy).toEqual(expected.ok && expected.policy);
      expect(validated()).toBe(0);
    });

    it("falls back to it without validating it again", async () => {
      const loaded = await loadPolicy({ url, timeoutMs: 1000, fetch: respond("", { ok: false, status: 404 }), embedded, validatedAtBuild });
      expect(loaded.source).toBe("embedded");
      expect(loaded.asBuilt).toBe(true);
      expect(expected.ok && loaded.policy).toEqual(expected.ok && expected.policy);
      expect(validated()).toBe(0);
    });

    it("validates a published policy that differs from it, also only in the order of its keys", async () => {
      const reordered = { rules: embedded.rules, onError: embedded.onError };
      const loaded = await loadPolicy({ url, timeoutMs: 1000, fetch: respond(JSON.stringify(reordered)), embedded, validatedAtBuild });
      expect(loaded.source).toBe("remote");
      expect(loaded.asBuilt).toBeUndefined();
      expect(validated()).toBe(1);
      const changed = await loadPolicy({ url, timeoutMs: 1000, fetch: respond(JSON.stringify({ ...embedded, onError: "block" })), embedded, validatedAtBuild });
      expect(changed.policy.onError).toBe("block");
      expect(changed.asBuilt).toBeUndefined();
      expect(validated()).toBe(2);
    });

    it("validates both when the build's copy is not of the embedded policy (webpack serve, the file edited since)", async () => {
      const stale = { ...validatedAtBuild, json: JSON.stringify({ onError: "allow" }) };
      const loaded = await loadPolicy({ url, timeoutMs: 1000, fetch: respond("", { ok: false, status: 404 }), embedded, validatedAtBuild: stale });
      expect(loaded.source).toBe("embedded");
      expect(loaded.policy.rules["bcc-exposure"].threshold).toBe(5);
      expect(loaded.asBuilt).toBeUndefined();
      expect(validated()).toBe(1);
    });
  });

  it("uses the embedded policy where the runtime has no fetch", async () => {
    const loaded = await loadPolicy({ url, timeoutMs: 1000, embedded });
    expect(loaded.source).toBe("embedded");
    expect(loaded.problems).toEqual([expect.stringContaining("no fetch")]);
  });

  it("falls back to the defaults, keeping the admin's onError, when no policy is valid", async () => {
    const broken = { onError: "block", rules: { "no-such-rule": {} } };
    const loaded = await loadPolicy({ url, timeoutMs: 1000, fetch: respond("", { ok: false, status: 500 }), embedded: broken });
    expect(loaded.source).toBe("default");
    expect(loaded.policy.onError).toBe("block");
    expect(loaded.problems).toEqual([`policy ${url}: HTTP 500`, expect.stringContaining("embedded policy: rules.no-such-rule: unknown key")]);

    const remoteBroken = await loadPolicy({ url, timeoutMs: 1000, fetch: respond('{"onError":"allow","x":1}') });
    expect(remoteBroken.source).toBe("default");
    expect(remoteBroken.policy.onError).toBe("allow");
    expect(remoteBroken.problems).toContain("embedded policy: missing");
  });
});

describe("fetchingEarly", () => {
  const policy = { url: "https://addin.example/policy.json", cache: "no-cache" as const };
  const suffixes = { url: "https://addin.example/public-suffix-list.abc.txt", cache: "default" as const };
  const answer = (body: string): FetchResponseLike => ({ ok: true, status: 200, text: () => Promise.resolve(body) });

  function setUp(freshForMs = 10000) {
    let clock = 0;
    let served = 0;
    const fetch = jest.fn<Promise<FetchResponseLike>, Parameters<FetchLike>>(() => Promise.resolve(answer(`answer ${++served}`)));
    const early = fetchingEarly(fetch, [policy, suffixes], { now: () => clock }, freshForMs)!;
    return { fetch, early, wait: (ms: number) => (clock += ms) };
  }
  const bodyOf = (response: Promise<FetchResponseLike>) => response.then((r) => r.text());

  it("asks for every request at once, and serves each early answer to the first request for it", async () => {
    const { fetch, early } = setUp();
    expect(fetch.mock.calls).toEqual([
      [policy.url, { cache: "no-cache" }],
      [suffixes.url, { cache: "default" }],
    ]);
    expect(await bodyOf(early(suffixes.url, { cache: "default" }))).toBe("answer 2");
    expect(await bodyOf(early(policy.url, { cache: "no-cache", signal: undefined }))).toBe("answer 1");
    expect(fetch).toHaveBeenCalledTimes(2);
    // The next send revalidates: a new request.
    expect(await bodyOf(early(policy.url, { cache: "no-cache" }))).toBe("answer 3");
  });

  it("asks again when the early answer is too old for the send, or was asked for with another cache mode", async () => {
    const { fetch, early, wait } = setUp(10000);
    expect(await bodyOf(early(suffixes.url, { cache: "no-cache" }))).toBe("answer 3");
    wait(10001);
    expect(await bodyOf(early(policy.url, { cache: "no-cache" }))).toBe("answer 4");
    expect(await bodyOf(early("https://addin.example/other.txt"))).toBe("answer 5");
    expect(fetch).toHaveBeenCalledTimes(5);
  });

  it("passes an early failure to the request that takes it", async () => {
    const fetch: FetchLike = jest.fn(() => Promise.reject(new TypeError("Failed to fetch")));
    const early = fetchingEarly(fetch, [policy, suffixes], { now: () => 0 }, 10000)!;
    await expect(early(policy.url, { cache: "no-cache" })).rejects.toThrow("Failed to fetch");
    const throwing = fetchingEarly(() => { throw new TypeError("Illegal invocation"); }, [policy], { now: () => 0 }, 10000)!;
    await expect(throwing(policy.url, { cache: "no-cache" })).rejects.toThrow("Illegal invocation");
  });

  it("asks in the task `defer` runs it in, and a send asking before that gets the same answer", async () => {
    const deferred: Array<() => void> = [];
    const fetch = jest.fn<Promise<FetchResponseLike>, Parameters<FetchLike>>(() => Promise.resolve(answer("the policy")));
    const early = fetchingEarly(fetch, [policy], { now: () => 0, defer: (run) => deferred.push(run) }, 10000)!;
    expect(fetch).not.toHaveBeenCalled();
    const asked = bodyOf(early(policy.url, { cache: "no-cache" }));
    for (const run of deferred) run();
    expect(await asked).toBe("the policy");
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("is no fetch where the runtime has none", () => {
    expect(fetchingEarly(undefined, [policy], { now: () => 0 }, 10000)).toBeUndefined();
  });
});
