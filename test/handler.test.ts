import { OfficeMockObject } from "office-addin-mock";
import * as check from "../src/check";
import { evaluate } from "../src/check";
import { confirmationsFor } from "../src/engine/evaluate";
import { escapeMarkdown, sanitizeLabel, ALERT_MAX_CHARS } from "../src/launchevent/alert";
import { truncate } from "../src/domains/visible";
import { MEETING_TASKPANE_COMMAND_ID, PROMPT_USER, TASKPANE_COMMAND_ID, type CompletedOptions } from "../src/launchevent/answer";
import { createSendHandler, type HostOffice, type SendHandlerDeps, type SendOutcome } from "../src/launchevent/handler";
import { dayNumber, MEMORY_KEY, RecipientMemory } from "../src/engine/memory";
import { EVENT_TIMEOUTS } from "../src/office/timeouts";
import type { PolicyValidatedAtBuild } from "../src/office/policy-source";
import { parsePolicy } from "../src/check";
import type { FetchLike, FetchResponseLike } from "../src/office/fetch";
import { readDraft } from "../src/office/read-draft";
import { saveConfirmations } from "../src/office/session";
import { FakeOutlook, type FakeDraftSpec, type FakeOutlookOptions } from "../src/playground/fake-office";
import { allRules } from "../src/rules";
import { respond } from "./support/fetch-response";
import { ManualTimers, settle } from "./support/manual-timers";
import { SURNAME_PART_FILES } from "./support/surnames";
import { surnameShardOf } from "../src/engine/surnames";
import { SURNAME_KEYS_PART, surnamePartFile, surnameShardPart } from "../src/office/surname-source";

const SURNAME_KEYS_URL = `https://addin.example/${surnamePartFile(SURNAME_KEYS_PART)}`;
/** The URL of the shard of the surname table a kanji name is read in. */
const surnamePart = (name: string) => `https://addin.example/${surnamePartFile(surnameShardPart(surnameShardOf(name)))}`;
import { SUFFIX_LIST_TEXT } from "./support/suffixes";
import { PANE_TIMEOUTS } from "../src/office/timeouts";

const NOW = Date.UTC(2025, 3, 1, 9, 0, 0);
const ME = "Me <me@example.co.jp>";

/** A policy with every rule off except the given ones, so new rules in the registry do not change these tests. */
function policyWith(rules: Record<string, object>, extra: Record<string, unknown> = {}) {
  const all: Record<string, object> = {};
  for (const rule of allRules) all[rule.id] = { severity: "off" };
  return { ...extra, rules: { ...all, ...rules } };
}

const externals = (n: number) => Array.from({ length: n }, (_, i) => `user${i}@c${i}.example`);

function fakeOutlook(spec: FakeDraftSpec, options: FakeOutlookOptions = {}) {
  return new FakeOutlook({ from: ME, subject: "Quarterly report", body: "Hello", ...spec }, options);
}

interface Sent {
  options: CompletedOptions;
  outcome: SendOutcome;
}

function deps(office: unknown, policy: unknown, more: Partial<SendHandlerDeps> = {}): SendHandlerDeps {
  return {
    office: office as HostOffice,
    publicUrl: "https://addin.example",
    version: "1.2.3",
    embeddedPolicy: policy,
    timers: new ManualTimers(),
    now: () => NOW,
    ...more,
  };
}

/** Runs one send and checks that event.completed was called exactly once, also after everything settled. */
async function send(office: unknown, policy: unknown, more: Partial<SendHandlerDeps> = {}): Promise<Sent> {
  const outcomes: SendOutcome[] = [];
  const completed = jest.fn();
  const handler = createSendHandler({ ...deps(office, policy, more), onOutcome: (o) => outcomes.push(o) });
  const options = await new Promise<CompletedOptions>((resolve) =>
    handler({
      completed: (o) => {
        completed(o);
        resolve(o);
      },
    }),
  );
  await settle();
  expect(completed).toHaveBeenCalledTimes(1);
  return { options, outcome: outcomes[0] };
}

function contextOf(options: CompletedOptions) {
  return JSON.parse(options.contextData as string);
}

describe("decisions", () => {
  it("allow: lets the mail go with exactly { allowEvent: true }", async () => {
    const fake = fakeOutlook({ to: ["colleague@example.co.jp"] });
    const { options, outcome } = await send(fake.office, policyWith({ "bcc-exposure": {} }));
    expect(options).toStrictEqual({ allowEvent: true });
    expect(outcome.decision).toBe("allow");
    expect(fake.state.internetHeaders).toEqual({});
  });

  it("allow: stamps the audit header first when the policy asks, with no addresses or content", async () => {
    const fake = fakeOutlook({ to: ["colleague@example.co.jp"] });
    const { options } = await send(fake.office, policyWith({ "bcc-exposure": {} }, { auditHeader: true }));
    expect(options).toStrictEqual({ allowEvent: true });
    expect(fake.state.internetHeaders).toEqual({ "X-Presend": "v=1.2.3; decision=allow; confirmed=none; warned=none" });
  });

  it("warn: stops with a message and Send anyway, and stamps decision=warn for the send-anyway case", async () => {
    const fake = fakeOutlook({ to: ["colleague@example.co.jp"], subject: "" });
    const { options, outcome } = await send(fake.office, policyWith({ "missing-subject": {} }, { auditHeader: true }));
    expect(outcome.decision).toBe("warn");
    expect(options).toStrictEqual({
      allowEvent: false,
      errorMessage: "Check before sending\n- The subject is empty.",
      errorMessageMarkdown: "**Check before sending**\n\n- The subject is empty.\r",
      sendModeOverride: PROMPT_USER,
    });
    expect(fake.state.internetHeaders).toEqual({ "X-Presend": "v=1.2.3; decision=warn; confirmed=none; warned=missing-subject" });
  });

  it("confirm: stops with the task pane command and context data, naming the risk and the first items", async () => {
    const fake = fakeOutlook({ to: externals(10) });
    const { options } = await send(fake.office, policyWith({ "bcc-exposure": { severity: "confirm" } }, { auditHeader: true }));
    expect(Object.keys(options).sort()).toEqual(["allowEvent", "commandId", "contextData", "errorMessage", "errorMessageMarkdown"]);
    expect(options.allowEvent).toBe(false);
    expect(options.commandId).toBe(TASKPANE_COMMAND_ID);
    expect(contextOf(options)).toEqual({ v: 1, decision: "confirm", rules: ["bcc-exposure"] });
    expect(options.errorMessage).toBe(
      "Confirm before sending\n" +
        "- 10 external addresses are visible to each other in To/CC. Move them to BCC. (user0@c0.example, user1@c1.example, user2@c2.example and 7 more)\n" +
        "Open Presend to confirm each item, then send again.",
    );
    // Nothing is stamped on a mail that does not go.
    expect(fake.state.internetHeaders).toEqual({});
  });

  it("block: stops with the task pane command; Markdown escapes the addresses", async () => {
    const fake = fakeOutlook({ to: ["first_last@a.example", ...externals(9)] });
    const { options } = await send(fake.office, policyWith({ "bcc-exposure": {} }));
    expect(contextOf(options)).toEqual({ v: 1, decision: "block", rules: ["bcc-exposure"] });
    expect(options.sendModeOverride).toBeUndefined();
    expect(options.errorMessage).toMatch(/^Fix before sending\n- 10 external addresses/);
    expect(options.errorMessage).toContain("(first_last@a.example, user0@c0.example");
    expect(options.errorMessageMarkdown).toBe(
      "**Fix before sending**\n\n" +
        "- 10 external addresses are visible to each other in To/CC. Move them to BCC. (first\\_last\\@a.example, user0\\@c0.example, user1\\@c1.example and 7 more)\r" +
        "\n\nOpen Presend to fix these items, then send again.",
    );
  });

  it("leaves out errorMessageMarkdown where Mailbox 1.15 is not supported", async () => {
    const fake = fakeOutlook({ to: externals(10) }, { mailboxVersion: "1.14" });
    const { options } = await send(fake.office, policyWith({ "bcc-exposure": {} }));
    expect(options.errorMessage).toContain("10 external addresses");
    expect("errorMessageMarkdown" in options).toBe(false);
  });

  it("speaks Japanese when Outlook does", async () => {
    const fake = fakeOutlook({ to: externals(10) }, { displayLanguage: "ja-JP" });
    const { options } = await send(fake.office, policyWith({ "bcc-exposure": {} }));
    expect(options.errorMessage).toMatch(/^送信前に修正が必要です\n- To\/CC に社外のアドレスが 10 件/);
    expect(options.errorMessage).toMatch(/Presend の画面で修正してから、もう一度送信してください。$/);
  });

  it("says '500+' when Outlook returned only the first 500 of a field", async () => {
    const fake = fakeOutlook({ to: externals(700) }, { recipientPageLimit: 500 });
    const { options } = await send(fake.office, policyWith({ "bcc-exposure": {} }));
    expect(options.errorMessage).toContain("500+ external addresses");
  });
});

describe("meeting requests (OnAppointmentSend)", () => {
  const meeting = (spec: FakeDraftSpec, options: FakeOutlookOptions = {}) => fakeOutlook({ itemType: "appointment", ...spec }, options);

  it("allow: sends without the audit header or delivery delay, which Office.js has only for messages", async () => {
    const fake = meeting({ to: [ME, "partner@client.example"] });
    const policy = policyWith({ "bcc-exposure": {} }, { auditHeader: true, delivery: { delayExternalSeconds: 60 } });
    const { options, outcome } = await send(fake.office, policy);
    expect(options).toStrictEqual({ allowEvent: true });
    expect(outcome.notes).not.toContainEqual(expect.stringMatching(/audit header|delivery delay/));
    expect(fake.state.internetHeaders).toEqual({});
    expect(fake.state.delayDeliveryTime).toBeUndefined();
  });

  it("confirm: names the meeting ribbon's pane button and speaks of attendees", async () => {
    const fake = meeting({ to: ["a@alpha.example"], cc: ["b@beta.example"] });
    const { options } = await send(fake.office, policyWith({ "cross-org-exposure": {} }, { delivery: { delayExternalSeconds: 60 } }));
    expect(options.commandId).toBe(MEETING_TASKPANE_COMMAND_ID);
    expect(contextOf(options)).toMatchObject({ decision: "confirm", rules: ["cross-org-exposure"] });
    expect(options.errorMessage).toContain("Attendees from 2 different organisations");
    // No delay is set on a meeting, so none is announced.
    expect(options.errorMessage).not.toContain("60 seconds");
  });

  it("the same message with a delay announces it (the line the meeting leaves out)", async () => {
    const fake = fakeOutlook({ to: ["a@alpha.example"], cc: ["b@beta.example"] });
    const { options } = await send(fake.office, policyWith({ "cross-org-exposure": {} }, { delivery: { delayExternalSeconds: 60 } }));
    expect(options.errorMessage).toContain("60 seconds");
  });

  it("a message still names the message ribbon's button", async () => {
    const fake = fakeOutlook({ to: ["a@alpha.example"], cc: ["b@beta.example"] });
    expect((await send(fake.office, policyWith({ "cross-org-exposure": {} }))).options.commandId).toBe(TASKPANE_COMMAND_ID);
  });

  it("onError prompt: the failure alert asks about the attendees", async () => {
    const fake = meeting({ to: ["a@alpha.example"] }, { faults: { "requiredAttendees.getAsync": "fail" }, displayLanguage: "ja-JP" });
    const { options, outcome } = await send(fake.office, policyWith({ "external-recipient": {} }));
    expect(outcome.failures).toEqual(["requiredAttendees: requiredAttendees.getAsync failed (simulated)"]);
    expect(options.sendModeOverride).toBe(PROMPT_USER);
    expect(options.errorMessage).toContain("出席者と添付ファイルに間違いがない");
    expect(options.errorMessage).toContain("会議出席依頼");
  });
});

describe("the alert text", () => {
  it.each(["en-US", "ja-JP"])("stays within 500 characters with 1,000 recipients and every rule on (%s)", async (language) => {
    const fake = fakeOutlook(
      {
        to: externals(1000),
        cc: ["rival@rival.example", "sales@examp1e.co.jp"],
        subject: "",
        body: "資料を添付します。パスワードは別途お送りします。",
        attachments: [
          { name: `${"very long file name ".repeat(10)}.zip`, size: 20 * 1024 * 1024 },
          { name: "invoice.pdf.exe", size: 1000 },
        ],
      },
      { displayLanguage: language },
    );
    const { options } = await send(fake.office, { blockedDomains: ["rival.example"] });
    expect(options.errorMessage!.length).toBeGreaterThan(100);
    expect(options.errorMessage!.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    expect(options.errorMessageMarkdown!.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
    // More findings than fit: the rest are counted, not dropped silently.
    expect(options.errorMessage).toMatch(language === "ja-JP" ? /ほか \d+ 件は Presend/ : /…and \d+ more in Presend\./);
  });

  const hostile = "**bold** [click](https://evil.example) <img src=x onerror=alert(1)> _x_ `c` ~s~ &amp;";

  it("shows file names literally: Markdown and HTML in them are escaped, bidi overrides removed", async () => {
    const name = "**b** [x](https://e.example) <img src=x> _y_ &lt;\u202Egpj.exe";
    expect(name.length).toBeLessThan(60);
    const fake = fakeOutlook({ to: ["client@partner.example"], attachments: [{ name, size: 2048 }] });
    const { options } = await send(fake.office, policyWith({ "external-attachment": {} }));
    const shown = sanitizeLabel(name);
    expect(shown).not.toContain("\u202E");
    expect(options.errorMessage).toContain(shown);
    expect(options.errorMessageMarkdown).toContain(escapeMarkdown(shown));
    expect(options.errorMessageMarkdown).not.toContain("**b**");
    expect(options.errorMessageMarkdown).not.toContain("[x](");
    expect(options.errorMessageMarkdown).not.toMatch(/(^|[^\\])<img/);
  });

  it("shows display names literally (a contact group's name in the message)", async () => {
    const fake = fakeOutlook({
      to: [{ displayName: `${hostile}\nline two`, emailAddress: "", recipientType: "distributionList" }],
    });
    const { options } = await send(fake.office, policyWith({ "distribution-list": {} }));
    const shown = sanitizeLabel(`${hostile}\nline two`);
    expect(shown).not.toContain("\n");
    expect(options.errorMessage).toContain(shown);
    expect(options.errorMessageMarkdown).toContain(escapeMarkdown(shown));
    expect(options.errorMessageMarkdown).not.toContain("[click](");
    expect(options.errorMessageMarkdown).not.toMatch(/(^|[^\\])<img/);
  });

  it("escapes every Markdown and HTML metacharacter and nothing else", () => {
    expect(escapeMarkdown("a*b_c[d](e)<f>&g`h~i\\j.k-l#m!")).toBe("a\\*b\\_c\\[d\\]\\(e\\)\\<f\\>\\&g\\`h\\~i\\\\j.k-l#m!");
  });

  it("keeps a display name written as an address from becoming a link", () => {
    expect(escapeMarkdown("ceo@rival.example")).toBe("ceo\\@rival.example");
  });

  it("removes control, bidi and zero-width characters and caps the length at a character boundary", () => {
    expect(sanitizeLabel("a\r\nb\u200Bc\u2066d\u2069\u0000e  f")).toBe("a b c d e f");
    const emoji = `${"x".repeat(58)}😀😀`;
    const cut = truncate(emoji, 60);
    expect(cut).toBe(`${"x".repeat(58)}…`);
    expect(cut.length).toBeLessThanOrEqual(60);
  });
});

describe("confirmations", () => {
  const policy = policyWith({ "bcc-exposure": { severity: "confirm" } }, { auditHeader: true });

  /** What the pane does when every item is ticked: record the pending confirm items. */
  async function confirmAll(fake: FakeOutlook, raw: unknown) {
    const item = fake.office.context.mailbox.item as unknown as Office.MessageCompose;
    const parsed = parsePolicy(raw);
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    const reading = await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs });
    const evaluation = evaluate(reading.draft, parsed.policy, reading.confirmations);
    await saveConfirmations(item, [...reading.confirmations, ...confirmationsFor(evaluation.findings)]);
  }

  it("allows once confirmed, and stops again when a new external recipient is added", async () => {
    const fake = fakeOutlook({ to: externals(10) });
    expect((await send(fake.office, policy)).outcome.decision).toBe("confirm");

    await confirmAll(fake, policy);
    const confirmed = await send(fake.office, policy);
    expect(confirmed.options).toStrictEqual({ allowEvent: true });
    expect(fake.state.internetHeaders["X-Presend"]).toBe("v=1.2.3; decision=allow; confirmed=bcc-exposure; warned=none");

    fake.setRecipients("to", [...externals(10), "newcomer@c99.example"]);
    const again = await send(fake.office, policy);
    expect(again.outcome.decision).toBe("confirm");
    expect(contextOf(again.options).rules).toEqual(["bcc-exposure"]);
  });

  it("never lets confirmations clear a block", async () => {
    const blocking = policyWith({ "bcc-exposure": { severity: "block" } });
    const fake = fakeOutlook({ to: externals(10) });
    // Confirmations for every item, as if recorded while the rule was at confirm.
    await confirmAll(fake, policy);
    const { options, outcome } = await send(fake.office, blocking);
    expect(outcome.decision).toBe("block");
    expect(contextOf(options).decision).toBe("block");
  });
});

describe("policy sources", () => {
  const jsonResponse = (body: unknown): FetchLike => () =>
    Promise.resolve({ ok: true, status: 200, headers: { get: () => "application/json" }, text: () => Promise.resolve(JSON.stringify(body)) });

  it("uses the published policy", async () => {
    const fake = fakeOutlook({ to: ["colleague@example.co.jp"], subject: "" });
    const remote = policyWith({ "missing-subject": {} });
    const { outcome } = await send(fake.office, policyWith({}), { fetch: jsonResponse(remote) });
    expect(outcome.policySource).toBe("remote");
    expect(outcome.decision).toBe("warn");
  });

  it.each([
    ["failing", (() => Promise.reject(new TypeError("Failed to fetch"))) as FetchLike],
    ["returning HTML", (() => Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve("<html></html>") })) as FetchLike],
    ["returning an invalid policy", jsonResponse({ rules: { "no-such-rule": {} } })],
  ])("decides with the embedded policy when the published one is %s (not an error)", async (_name, fetch) => {
    const fake = fakeOutlook({ to: externals(10) });
    const { outcome } = await send(fake.office, policyWith({ "bcc-exposure": {} }), { fetch });
    expect(outcome.policySource).toBe("embedded");
    expect(outcome.problems.length).toBeGreaterThan(0);
    expect(outcome.failures).toEqual([]);
    expect(outcome.decision).toBe("block");
  });

  /** A send whose fetch may not answer: nothing completes before the 1 s policy timeout, then exactly once. */
  async function sendPastPolicyTimeout(office: ReturnType<typeof fakeOutlook>["office"], fetch: FetchLike) {
    const timers = new ManualTimers();
    const outcomes: SendOutcome[] = [];
    const handler = createSendHandler({ ...deps(office, policyWith({}), { timers, fetch }), onOutcome: (o) => outcomes.push(o) });
    const completed = jest.fn();
    handler({ completed });
    await settle();
    expect(completed).not.toHaveBeenCalled();
    await timers.advance(1000);
    expect(completed).toHaveBeenCalledTimes(1);
    return { completed, outcome: outcomes[0] };
  }

  it("decides with the embedded policy when the published one does not answer within the policy timeout", async () => {
    const fake = fakeOutlook({ to: ["colleague@example.co.jp"] });
    const { completed, outcome } = await sendPastPolicyTimeout(fake.office, () => new Promise(() => undefined));
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(outcome.problems).toEqual(["policy https://addin.example/policy.json: no answer within 1000 ms"]);
  });

  /** Sends `spec` with every data file missing: the URLs the handler asked for, and the outcome. */
  async function sendWithoutDataFiles(spec: FakeDraftSpec) {
    const requested: string[] = [];
    const fetch: FetchLike = (url) => {
      requested.push(url);
      return url.endsWith("/policy.json") ? jsonResponse(policyWith({ "bcc-exposure": {} }))(url) : Promise.resolve({ ok: false, status: 404, text: () => Promise.resolve("") });
    };
    const { outcome } = await send(fakeOutlook(spec).office, policyWith({}), { fetch });
    return { requested: requested.sort(), outcome };
  }

  it("fetches the surname table only for a draft whose greeting or file names may name someone", async () => {
    const policyOnly = ["https://addin.example/policy.json"];
    expect((await sendWithoutDataFiles({ to: externals(2), body: "いつもお世話になっております。" })).requested).toEqual(policyOnly);
    expect((await sendWithoutDataFiles({ to: externals(2), body: "ご担当者各位\nいつもお世話になっております。" })).requested).toEqual(policyOnly);
    // The keys, and the shard of each kanji name the draft has (none for a name in Latin letters).
    for (const [spec, shards] of [
      [{ to: externals(2), body: "藤田様\nいつもお世話になっております。" }, [surnamePart("藤田")]],
      [{ to: externals(2), body: "Dear Ms. Fujita,\nPlease find attached." }, []],
      [{ to: externals(2), attachments: [{ name: "見積書(藤田様).xlsx", size: 1000 }] }, [surnamePart("藤田")]],
    ] as const) {
      const { requested, outcome } = await sendWithoutDataFiles(spec);
      expect(requested).toEqual([...policyOnly, SURNAME_KEYS_URL, ...shards].sort());
      expect(outcome.notes).toContain(`surname keys ${SURNAME_KEYS_URL}: HTTP 404; kanji surnames were not read`);
    }
  });

  it("asks for the shard of a greeted name as soon as the body is read, while the rest of the draft is still being read", async () => {
    const requested: string[] = [];
    const fetch: FetchLike = (url) => {
      requested.push(url);
      return new Promise(() => undefined);
    };
    const fake = fakeOutlook({ to: externals(2), body: "藤田様\nお世話になっております。" }, { faults: { "subject.getAsync": "hang" } });
    const handler = createSendHandler(deps(fake.office, policyWith({}), { fetch }));
    const completed = jest.fn();
    handler({ completed });
    await settle();
    expect(completed).not.toHaveBeenCalled();
    expect(requested).toContain(surnamePart("藤田"));
  });

  /** Ten external addresses under .no, each at a company of its own: a gap of the built-in suffix rules. */
  const inSuffixGap = Array.from({ length: 10 }, (_, i) => `user${i}@c${i}.no`);

  it("asks for the policy and the data files a draft needs, and decides without the data when it does not come", async () => {
    const { requested, outcome } = await sendWithoutDataFiles({ to: inSuffixGap, body: "藤田様\nお世話になっております。" });
    expect(requested).toEqual(["https://addin.example/policy.json", "https://addin.example/public-suffix-list.txt", SURNAME_KEYS_URL, surnamePart("藤田")].sort());
    expect(outcome.policySource).toBe("remote");
    expect(outcome.failures).toEqual([]);
    expect(outcome.decision).toBe("block");
    expect(outcome.notes).toContain("public suffix list https://addin.example/public-suffix-list.txt: HTTP 404; the common suffixes were used");
    expect(outcome.notes).toContain(`surname keys ${SURNAME_KEYS_URL}: HTTP 404; kanji surnames were not read`);
  });

  /** Sends `spec` twice in one runtime under cross-org-exposure, the suffix list answering with `suffixList`: URLs asked for, and the decisions. */
  async function sendTwiceCountingOrganisations(spec: FakeDraftSpec, suffixList: () => Promise<FetchResponseLike>) {
    const requested: string[] = [];
    const fetch: FetchLike = (url) => {
      requested.push(url);
      return url.endsWith("/policy.json") ? jsonResponse(policyWith({ "cross-org-exposure": {} }))(url) : suffixList();
    };
    const outcomes: SendOutcome[] = [];
    const handler = createSendHandler({ ...deps(fakeOutlook(spec).office, policyWith({}), { fetch }), onOutcome: (o) => outcomes.push(o) });
    for (let sent = 0; sent < 2; sent++) {
      await new Promise<void>((resolve) => handler({ completed: () => resolve() }));
      await settle();
    }
    return { requested, outcomes };
  }

  it("judges a draft outside the built-in suffix rules' gaps without the full list", async () => {
    const { requested, outcomes } = await sendTwiceCountingOrganisations({ to: ["a@maruyoshi.co.jp", "b@aozora.co.jp"] }, () => Promise.reject(new Error("not asked")));
    expect(requested).toEqual(["https://addin.example/policy.json", "https://addin.example/policy.json"]);
    expect(outcomes.map((o) => o.decision)).toEqual(["confirm", "confirm"]);
    expect(outcomes[0].notes.filter((note) => note.includes("suffix"))).toEqual([]);
  });

  it("fetches the full list for a draft in a gap, judges it again with the list, and keeps the list for the runtime's next send", async () => {
    // Two schools under pvt.k12.ma.us: one organisation to the built-in rules (ma.us), two to the full list.
    const spec = { to: ["head@north.pvt.k12.ma.us", "head@south.pvt.k12.ma.us"] };
    const { requested, outcomes } = await sendTwiceCountingOrganisations(spec, () => Promise.resolve(respond(SUFFIX_LIST_TEXT)));
    expect(requested.filter((url) => url.endsWith("/public-suffix-list.txt"))).toHaveLength(1);
    expect(outcomes.map((o) => o.decision)).toEqual(["confirm", "confirm"]);
    expect(outcomes[0].notes.filter((note) => note.includes("suffix"))).toEqual([]);
    // Without the list the built-in rules' answer stands, and the send says why.
    const without = await sendTwiceCountingOrganisations(spec, () => Promise.resolve({ ok: false, status: 404, text: () => Promise.resolve("") }));
    expect(without.outcomes.map((o) => o.decision)).toEqual(["allow", "allow"]);
    expect(without.outcomes[0].notes.filter((note) => note.includes("suffix"))).toEqual(["public suffix list https://addin.example/public-suffix-list.txt: HTTP 404; the common suffixes were used"]);
  });

  it("reads kanji surnames with the table's parts it fetched, fetched once for the sends of one runtime", async () => {
    const requested: string[] = [];
    const fetch: FetchLike = (url) => {
      requested.push(url);
      if (url.endsWith("/policy.json")) return jsonResponse(policyWith({ "addressee-mismatch": {} }))(url);
      const part = SURNAME_PART_FILES.get(url.slice("https://addin.example/".length));
      if (part) return Promise.resolve(respond(part));
      return Promise.resolve({ ok: false, status: 404, text: () => Promise.resolve("") });
    };
    // 藤田 greeted, r.tamura@ in To: only the table reads the address as someone else.
    const fake = fakeOutlook({ to: ["r.tamura@maruyoshi-foods.example"], body: "藤田様\n\nお世話になっております。" });
    const outcomes: SendOutcome[] = [];
    const handler = createSendHandler({ ...deps(fake.office, policyWith({}), { fetch }), onOutcome: (o) => outcomes.push(o) });
    for (let sent = 0; sent < 2; sent++) {
      await new Promise<void>((resolve) => handler({ completed: () => resolve() }));
      await settle();
    }
    expect(outcomes.map((o) => o.decision)).toEqual(["confirm", "confirm"]);
    expect(outcomes[0].notes.filter((note) => note.includes("surname"))).toEqual([]);
    // The keys and the shard of 藤田 (r.tamura@ has no display name to read), once.
    expect(requested.filter((url) => url.includes("/surname-readings.")).sort()).toEqual([SURNAME_KEYS_URL, surnamePart("藤田")].sort());
  });

  it("waits for a Public Suffix List that does not answer only as long as for the policy", async () => {
    const fake = fakeOutlook({ to: inSuffixGap });
    const fetch: FetchLike = (url) => (url.endsWith("/policy.json") ? jsonResponse(policyWith({ "bcc-exposure": {} }))(url) : new Promise(() => undefined));
    const { outcome } = await sendPastPolicyTimeout(fake.office, fetch);
    expect(outcome.decision).toBe("block");
    expect(outcome.notes).toContain(
      "public suffix list https://addin.example/public-suffix-list.txt: no answer within 1000 ms; the common suffixes were used",
    );
  });

  it("lets everything go at once when the policy is switched off, without waiting for the draft", async () => {
    const fake = fakeOutlook({ to: externals(10) }, { faults: { "to.getAsync": "hang", "body.getAsync": "hang" } });
    const { options } = await send(fake.office, { enabled: false });
    expect(options).toStrictEqual({ allowEvent: true });
  });

  it.each([
    ["prompt (default)", {}, { sendModeOverride: PROMPT_USER }],
    ["block", { onError: "block" }, {}],
  ])("follows onError %s when no policy is valid at all", async (_name, extra, expected) => {
    const fake = fakeOutlook({ to: ["colleague@example.co.jp"] });
    const { options, outcome } = await send(fake.office, { ...extra, rules: { "no-such-rule": {} } });
    expect(outcome.policySource).toBe("default");
    expect(options).toStrictEqual({
      allowEvent: false,
      errorMessage: expect.stringContaining("Presend could not finish checking this message (your organisation's settings could not be read)."),
      errorMessageMarkdown: expect.stringContaining("**Presend could not finish checking this message"),
      ...expected,
    });
  });

  it("follows onError allow when no policy is valid at all", async () => {
    const fake = fakeOutlook({ to: externals(10) });
    const { options } = await send(fake.office, { onError: "allow", rules: { "no-such-rule": {} } });
    expect(options).toStrictEqual({ allowEvent: true });
  });
});

describe("judging the draft while the published policy is on its way", () => {
  const partner = "hirano@wakaba-system.example";
  // The build's copy: every new outside recipient is asked about, and a recipient stays known for 30 days.
  const built = policyWith({ "external-recipient": {} }, { memory: { days: 30 } });
  const validation = check.validatePolicy(built);
  if (!validation.ok) throw new Error(validation.errors.join("; "));
  // As the build writes it into the script: JSON, read back.
  const validatedAtBuild: PolicyValidatedAtBuild = JSON.parse(JSON.stringify({ json: JSON.stringify(built), validated: validation.validated }));
  afterEach(() => jest.restoreAllMocks());

  /**
   * Sends `spec` with the published policy held back until the draft has been read, then
   * published as `published` (JSON text): how often the rules ran before and in all, and the outcome.
   */
  async function sendWhilePolicyWaits(spec: FakeDraftSpec, published: string, options: FakeOutlookOptions = {}) {
    const evaluations = jest.spyOn(check, "evaluate");
    let publish: (() => void) | undefined;
    const fetch: FetchLike = (url) =>
      url.endsWith("/policy.json")
        ? new Promise((resolve) => (publish = () => resolve(respond(published, "application/json"))))
        : Promise.resolve({ ok: false, status: 404, text: () => Promise.resolve("") });
    const fake = fakeOutlook(spec, options);
    const outcomes: SendOutcome[] = [];
    const completed = jest.fn();
    const handler = createSendHandler({ ...deps(fake.office, built, { fetch, validatedAtBuild }), onOutcome: (o) => outcomes.push(o) });
    handler({ completed });
    await settle();
    expect(completed).not.toHaveBeenCalled();
    const judgedBefore = evaluations.mock.calls.length;
    (publish as () => void)();
    await settle();
    expect(completed).toHaveBeenCalledTimes(1);
    return { judgedBefore, judged: evaluations.mock.calls.length, options: completed.mock.calls[0][0] as CompletedOptions, outcome: outcomes[0], fake };
  }

  it("judges with the build's copy while waiting, and answers with that judgement when the same policy comes", async () => {
    // Laid out otherwise than the build wrote it: the same policy all the same.
    const sent = await sendWhilePolicyWaits({ to: [partner] }, JSON.stringify(built, null, 2));
    expect(sent.judgedBefore).toBe(1);
    expect(sent.judged).toBe(1);
    expect(sent.outcome.policySource).toBe("remote");
    expect(sent.outcome.decision).toBe("confirm");
    expect(sent.options.errorMessage).toContain(partner);
  });

  it("judges again with a published policy that differs, and answers as it says", async () => {
    const published = policyWith({ "external-recipient": { severity: "block" } });
    const sent = await sendWhilePolicyWaits({ to: [partner] }, JSON.stringify(published));
    expect(sent.judgedBefore).toBe(1);
    expect(sent.judged).toBe(2);
    expect(sent.outcome.decision).toBe("block");
  });

  it("a recipient the build's copy has forgotten is still known by a published policy that keeps recipients longer", async () => {
    const memory = new RecipientMemory("salt1234");
    memory.rememberAll([partner], dayNumber(NOW) - 60);
    const published = policyWith({ "external-recipient": {} }, { memory: { days: 180 } });
    const sent = await sendWhilePolicyWaits({ to: [partner] }, JSON.stringify(published), { roamingSettings: { [MEMORY_KEY]: memory.encode() } });
    expect(sent.judged).toBe(2);
    expect(sent.options).toEqual({ allowEvent: true });
    // The same memory under the build's 30 days: the partner is new, asked about.
    const asBuilt = await sendWhilePolicyWaits({ to: [partner] }, JSON.stringify(built), { roamingSettings: { [MEMORY_KEY]: memory.encode() } });
    expect(asBuilt.outcome.decision).toBe("confirm");
  });

  it("judges once when the policy comes before the draft is read", async () => {
    const evaluations = jest.spyOn(check, "evaluate");
    const fetch: FetchLike = () => Promise.resolve(respond(JSON.stringify(built), "application/json"));
    const fake = fakeOutlook({ to: [partner] });
    const { outcome } = await send(fake.office, built, { fetch, validatedAtBuild });
    expect(outcome.decision).toBe("confirm");
    expect(evaluations).toHaveBeenCalledTimes(1);
  });
});

describe("host calls that fail or never answer (office-addin-mock)", () => {
  type Stub = "ok" | "fail" | "hang";
  const held: Array<() => void> = [];

  /** Plain getAsync stubs in an office-addin-mock Office object: an internal draft unless a call is told otherwise. */
  function mockOffice(stubs: Record<string, Stub> = {}, extraItem: Record<string, unknown> = {}) {
    const answer =
      (name: string, value: unknown) =>
      (...args: unknown[]) => {
        const callback = args[args.length - 1] as (result: unknown) => void;
        const reply = () =>
          callback(
            stubs[name] === "fail"
              ? { status: "failed", error: { name: "GenericResponseError", message: `${name} failed` } }
              : { status: "succeeded", value },
          );
        if (stubs[name] === "hang") held.push(reply);
        else setTimeout(reply, 0);
      };
    const recipients = (name: string, list: string[]) => ({
      getAsync: answer(name, list.map((a) => ({ emailAddress: a, displayName: a, recipientType: "user" }))),
    });
    return new OfficeMockObject({
      host: "outlook",
      context: {
        displayLanguage: "en-US",
        requirements: { isSetSupported: (_name: string, version: string) => Number(version.split(".")[1]) <= 15 },
        mailbox: {
          userProfile: { emailAddress: "me@example.co.jp", displayName: "Me" },
          item: {
            to: recipients("to", ["colleague@example.co.jp"]),
            cc: recipients("cc", []),
            bcc: recipients("bcc", []),
            from: { getAsync: answer("from", { emailAddress: "me@example.co.jp", displayName: "Me" }) },
            subject: { getAsync: answer("subject", "Minutes") },
            body: { getAsync: answer("body", "See you") },
            getAttachmentsAsync: answer("attachments", []),
            sessionData: { getAsync: answer("sessionData", "") },
            internetHeaders: { setAsync: answer("internetHeaders", undefined) },
            ...extraItem,
          },
        },
      },
    });
  }

  beforeEach(() => {
    held.length = 0;
  });

  it.each([
    ["prompt", { allowEvent: false, sendModeOverride: PROMPT_USER }],
    ["block", { allowEvent: false }],
  ])("a failing call follows onError %s", async (onError, expected) => {
    const { options, outcome } = await send(mockOffice({ cc: "fail" }), policyWith({}, { onError }));
    expect(options).toStrictEqual({
      ...expected,
      errorMessage: expect.stringMatching(/^Presend could not finish checking this message \(the message could not be read\)\./),
      errorMessageMarkdown: expect.any(String),
    });
    expect(outcome.failures).toEqual(["cc: cc failed"]);
  });

  it("a failing call follows onError allow", async () => {
    const { options } = await send(mockOffice({ subject: "fail" }), policyWith({}, { onError: "allow" }));
    expect(options).toStrictEqual({ allowEvent: true });
  });

  it("answers after the per-call timeout when a call never answers, exactly once", async () => {
    const timers = new ManualTimers();
    const completed = jest.fn();
    createSendHandler(deps(mockOffice({ body: "hang" }), policyWith({}), { timers, timeouts: { ...EVENT_TIMEOUTS, callMs: 1500 } }))({ completed });
    await settle();
    expect(completed).not.toHaveBeenCalled();
    await timers.advance(1500);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed.mock.calls[0][0]).toMatchObject({ allowEvent: false, sendModeOverride: PROMPT_USER });
    // The late answer and the overall deadline change nothing.
    held.forEach((reply) => reply());
    await timers.advance(10000);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("answers at the overall deadline when nothing answers, and does nothing once late answers arrive", async () => {
    const timers = new ManualTimers();
    const completed = jest.fn();
    const outcomes: SendOutcome[] = [];
    const allHang = { to: "hang", cc: "hang", bcc: "hang", from: "hang", subject: "hang", body: "hang", attachments: "hang", sessionData: "hang" } as const;
    const setHeaders = jest.fn();
    const office = mockOffice(allHang, { internetHeaders: { setAsync: setHeaders } });
    createSendHandler({
      ...deps(office, policyWith({}, { auditHeader: true }), { timers, timeouts: { ...EVENT_TIMEOUTS, callMs: 60000, budgetMs: 3000 } }),
      onOutcome: (o) => outcomes.push(o),
    })({ completed });
    await settle();
    await timers.advance(2999);
    expect(completed).not.toHaveBeenCalled();
    await timers.advance(1);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed.mock.calls[0][0]).toStrictEqual({
      allowEvent: false,
      sendModeOverride: PROMPT_USER,
      errorMessage: expect.stringContaining("(Outlook did not answer in time)"),
      errorMessageMarkdown: expect.any(String),
    });
    expect(outcomes[0].failures).toEqual(["no decision within 3000 ms"]);
    held.forEach((reply) => reply());
    await settle();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(setHeaders).not.toHaveBeenCalled();
  });

  it("lets the deadline act between phases: time spent in the rules answers with onError, naming where it stopped", async () => {
    // Each reading of the clock costs 700 ms: out of the 3,000 ms budget after a few rules, though no timer could fire.
    let clock = NOW;
    const fake = fakeOutlook({ to: ["client@partner.example"], subject: "" });
    const every = policyWith({ "missing-subject": {}, "external-recipient": {}, "large-audience": {}, "bcc-exposure": {} }, { onError: "block" });
    const { options, outcome } = await send(fake.office, every, { now: () => (clock += 700), timeouts: { ...EVENT_TIMEOUTS, budgetMs: 3000 } });
    expect(options).toMatchObject({ allowEvent: false, errorMessage: expect.stringContaining("(Outlook did not answer in time)") });
    expect(outcome.decision).toBe("error");
    expect(outcome.failures).toHaveLength(1);
    expect(outcome.failures[0]).toMatch(/^no decision within 3000 ms: out of time after [a-z-]+$/);
  });

  it("does not start the rules when the draft took the whole budget to read", async () => {
    const readings = [NOW, NOW + 3500];
    const fake = fakeOutlook({ to: ["client@partner.example"] });
    const { outcome } = await send(fake.office, policyWith({ "external-recipient": {} }, { onError: "allow" }), { now: () => readings.shift() ?? NOW + 4000 });
    expect(outcome.decision).toBe("error");
    expect(outcome.options).toStrictEqual({ allowEvent: true });
    expect(outcome.failures).toEqual(["no decision within 3000 ms: out of time after reading the draft"]);
  });

  it("with time to spare the same drafts are decided as usual", async () => {
    let clock = NOW;
    const fake = fakeOutlook({ to: ["client@partner.example"], subject: "" });
    const { outcome } = await send(fake.office, policyWith({ "missing-subject": {}, "external-recipient": {} }), { now: () => (clock += 1) });
    expect(outcome.decision).toBe("confirm");
  });

  it("answers even when the runtime has no timers, as long as the host answers", async () => {
    const { options } = await send(mockOffice(), policyWith({}), { timers: undefined });
    expect(options).toStrictEqual({ allowEvent: true });
  });
});

describe("delivery delay", () => {
  const delayed = (extra: Record<string, unknown> = {}) => policyWith({ "missing-subject": {} }, { delivery: { delayExternalSeconds: 120 }, ...extra });

  it("sets the delivery time when the mail has an external recipient", async () => {
    const fake = fakeOutlook({ to: ["client@partner.example"] });
    const { options } = await send(fake.office, delayed());
    expect(options).toStrictEqual({ allowEvent: true });
    expect(fake.state.delayDeliveryTime).toEqual(new Date(NOW + 120000));
  });

  it("also sets it before a warning, since Send anyway sends without the handler", async () => {
    const fake = fakeOutlook({ to: ["client@partner.example"], subject: "" });
    const { outcome } = await send(fake.office, delayed());
    expect(outcome.decision).toBe("warn");
    expect(fake.state.delayDeliveryTime).toEqual(new Date(NOW + 120000));
  });

  it("says the delay in the warning's dialog, and in the confirm dialog for the send after confirming", async () => {
    const warned = await send(fakeOutlook({ to: ["client@partner.example"], subject: "" }).office, delayed());
    expect(warned.options.errorMessage).toContain("Once sent, it waits 120 seconds in Drafts before delivery, so you can still stop it");
    const crossOrg = policyWith({ "cross-org-exposure": {} }, { delivery: { delayExternalSeconds: 120 } });
    const asked = await send(fakeOutlook({ to: ["client@partner.example", "mori@other.example"], subject: "ご相談" }).office, crossOrg);
    expect(asked.outcome.decision).toBe("confirm");
    expect(asked.options.errorMessage).toMatch(/then send again\. Once sent, it waits 120 seconds/);
    expect(asked.options.errorMessage!.length).toBeLessThanOrEqual(500);
    // Internal mail is not held, so nothing is said.
    const internal = await send(fakeOutlook({ to: ["colleague@example.co.jp"], subject: "" }).office, delayed());
    expect(internal.options.errorMessage).not.toContain("120 seconds");
  });

  it("says in one plain line when the published policy could not be used, never the validator's words", async () => {
    const embedded = delayed();
    const invalid = JSON.stringify({ rules: { "bcc-exposure": { threshold: 0 } } });
    const fetch = () => Promise.resolve({ ok: true, status: 200, headers: { get: () => "application/json" }, text: () => Promise.resolve(invalid) });
    const { options, outcome } = await send(fakeOutlook({ to: ["colleague@example.co.jp"], subject: "" }).office, embedded, { fetch });
    expect(outcome).toMatchObject({ decision: "warn", policySource: "embedded" });
    expect(options.errorMessage).toMatch(/Your organisation's settings could not be read; the built-in settings are in use\.$/);
    expect(options.errorMessage).not.toContain("threshold");
  });

  it("leaves internal mail and a later time the user chose alone", async () => {
    const internal = fakeOutlook({ to: ["colleague@example.co.jp"] });
    await send(internal.office, delayed());
    expect(internal.state.delayDeliveryTime).toBeUndefined();

    const scheduled = fakeOutlook({ to: ["client@partner.example"] });
    const tomorrow = new Date(NOW + 24 * 3600 * 1000);
    scheduled.state.delayDeliveryTime = tomorrow;
    await send(scheduled.office, delayed());
    expect(scheduled.state.delayDeliveryTime).toEqual(tomorrow);
  });

  it.each([
    ["Mailbox 1.13 is not supported", { mailboxVersion: "1.12" }, "Mailbox 1.13 not supported"],
    ["the call fails", { faults: { "delayDeliveryTime.setAsync": "fail" as const } }, "delivery delay not set"],
  ])("keeps the decision when %s", async (_name, options, note) => {
    const fake = fakeOutlook({ to: ["client@partner.example"] }, options);
    const sent = await send(fake.office, delayed());
    expect(sent.options).toStrictEqual({ allowEvent: true });
    expect(fake.state.delayDeliveryTime).toBeUndefined();
    expect(sent.outcome.notes).toContainEqual(expect.stringContaining(note));
  });

  it("keeps the decision when the audit header cannot be set", async () => {
    const fake = fakeOutlook({ to: ["colleague@example.co.jp"] }, { faults: { "internetHeaders.setAsync": "fail" } });
    const sent = await send(fake.office, delayed({ auditHeader: true }));
    expect(sent.options).toStrictEqual({ allowEvent: true });
    expect(sent.outcome.notes).toContainEqual(expect.stringContaining("audit header not set"));
  });
});
