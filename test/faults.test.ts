import { strToU8, zipSync } from "fflate";
import type { Draft } from "../src/engine/types";
import { ALERT_MAX_CHARS } from "../src/launchevent/alert";
import { AUDIT_HEADER, PROMPT_USER, type CompletedOptions } from "../src/launchevent/answer";
import { createSendHandler, type HostOffice, type SendHandlerDeps, type SendOutcome } from "../src/launchevent/handler";
import type { FetchLike, FetchResponseLike } from "../src/office/fetch";
import { loadPolicy, type RemoteFailure } from "../src/office/policy-source";
import { readDraft } from "../src/office/read-draft";
import type { OnError } from "../src/policy";
import { allRules } from "../src/rules";
import { ManualTimers, settle } from "./support/manual-timers";
import { PANE_TIMEOUTS } from "../src/office/timeouts";

/**
 * A fault matrix for the send handler: every host call it makes × every way a
 * call can go wrong × every onError mode, and every way the policy source can
 * go wrong. The documented outcome (DESIGN §1.7, src/office/read-draft.ts):
 *
 * | call                                         | fails, throws, hangs, no AsyncResult | wrongly shaped value            |
 * |----------------------------------------------|--------------------------------------|---------------------------------|
 * | to/cc/bcc, subject, body, getAttachmentsAsync | onError (also a result without a status) | subject/body null/undefined = empty; a missing list or a value of the wrong type = onError |
 * | from                                         | the mailbox owner is the sender      | same                            |
 * | sessionData                                  | nothing confirmed (stricter)         | same                            |
 * | getAttachmentContentAsync                    | archive judged by name and type      | same                            |
 * | internetHeaders, delayDeliveryTime, isSetSupported | the decision stands             | same                            |
 *
 * Whatever happens, event.completed is called exactly once before the 3 s
 * budget, never again afterwards, and leaves no timer running.
 */

// The event runtime's profile (EVENT_TIMEOUTS): answered 3 s after the start, well inside Outlook's 5 s.
const BUDGET_MS = 3000;
const STEP_MS = 100;
const NOW = Date.UTC(2025, 3, 1, 9, 0, 0);
const ON_ERROR_MODES: OnError[] = ["prompt", "block", "allow"];

type CallName =
  | "to.getAsync"
  | "cc.getAsync"
  | "bcc.getAsync"
  | "from.getAsync"
  | "subject.getAsync"
  | "body.getAsync"
  | "getAttachmentsAsync"
  | "getAttachmentContentAsync"
  | "sessionData.getAsync"
  | "internetHeaders.setAsync"
  | "delayDeliveryTime.getAsync"
  | "delayDeliveryTime.setAsync"
  | "requirements.isSetSupported";

type Fault =
  | { kind: "error" }
  | { kind: "throws" }
  | { kind: "hangs" }
  /** The callback gets no AsyncResult at all. */
  | { kind: "no result" }
  /** Calls back with the right value but no `status`: not a stated success. */
  | { kind: "no status" }
  /** Answers correctly, but only after `ms` (manual time). */
  | { kind: "slow"; ms: number }
  | { kind: "value"; value: unknown };

const ZIP = zipSync({ "notes.txt": strToU8("plain") });

/** An internal sender writing to one partner, with a small ZIP (so its bytes are read). */
function baseValues(): Record<Exclude<CallName, "requirements.isSetSupported">, unknown> {
  return {
    "to.getAsync": [{ emailAddress: "client@partner.example", displayName: "Client", recipientType: "externalUser" }],
    "cc.getAsync": [{ emailAddress: "colleague@example.co.jp", displayName: "Colleague", recipientType: "user" }],
    "bcc.getAsync": [],
    "from.getAsync": { emailAddress: "me@example.co.jp", displayName: "Me" },
    "subject.getAsync": "Quote",
    "body.getAsync": "Please find the quote attached.",
    "getAttachmentsAsync": [{ id: "att-1", name: "quote.zip", size: ZIP.length, isInline: false, attachmentType: "file" }],
    "getAttachmentContentAsync": { format: "base64", content: Buffer.from(ZIP).toString("base64") },
    "sessionData.getAsync": "",
    "internetHeaders.setAsync": undefined,
    "delayDeliveryTime.getAsync": 0,
    "delayDeliveryTime.setAsync": undefined,
  };
}

interface ScriptedHost {
  office: HostOffice;
  /** Every host call made, in order. */
  calls: CallName[];
  headers: Record<string, string>;
  delayedUntil?: Date;
}

/**
 * An Office host whose every call answers correctly unless `faults` says
 * otherwise. Answers arrive as promise jobs; slow answers on the manual clock.
 */
function scriptedHost(faults: Partial<Record<CallName, Fault>>, timers: ManualTimers, withProfile = true): ScriptedHost {
  const values = baseValues();
  const host: ScriptedHost = { office: undefined as unknown as HostOffice, calls: [], headers: {} };
  const method =
    (call: Exclude<CallName, "requirements.isSetSupported">, effect?: (args: unknown[]) => void) =>
    (...args: unknown[]) => {
      host.calls.push(call);
      const callback = args[args.length - 1] as (result: unknown) => void;
      const fault = faults[call];
      if (fault?.kind === "throws") throw new TypeError(`${call} is not a function`);
      if (fault?.kind === "hangs") return;
      let result: unknown;
      if (fault?.kind === "error") result = { status: "failed", error: { name: "GenericResponseError", message: `${call} failed` } };
      else if (fault?.kind === "no result") result = undefined;
      else if (fault?.kind === "no status") result = { value: values[call] };
      else {
        if (effect) effect(args);
        result = { status: "succeeded", value: fault?.kind === "value" ? fault.value : values[call] };
      }
      const reply = () => callback(result);
      if (fault?.kind === "slow") timers.setTimeout(reply, fault.ms);
      else void Promise.resolve().then(reply);
    };
  const recipients = (field: "to" | "cc" | "bcc") => ({ getAsync: method(`${field}.getAsync`) });
  const item = {
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    from: { getAsync: method("from.getAsync") },
    subject: { getAsync: method("subject.getAsync") },
    body: { getAsync: method("body.getAsync") },
    getAttachmentsAsync: method("getAttachmentsAsync"),
    getAttachmentContentAsync: method("getAttachmentContentAsync"),
    sessionData: { getAsync: method("sessionData.getAsync") },
    internetHeaders: { setAsync: method("internetHeaders.setAsync", (args) => Object.assign(host.headers, args[0])) },
    delayDeliveryTime: {
      getAsync: method("delayDeliveryTime.getAsync"),
      setAsync: method("delayDeliveryTime.setAsync", (args) => (host.delayedUntil = args[0] as Date)),
    },
  };
  const isSetSupported = (_name: string, version?: string): boolean => {
    host.calls.push("requirements.isSetSupported");
    const fault = faults["requirements.isSetSupported"];
    if (fault?.kind === "throws") throw new TypeError("isSetSupported is not a function");
    if (fault?.kind === "value") return fault.value as boolean;
    return Number((version || "1.0").split(".")[1]) <= 15;
  };
  host.office = {
    context: {
      displayLanguage: "en-US",
      requirements: { isSetSupported },
      mailbox: {
        item: item as unknown as Office.MessageCompose,
        userProfile: withProfile ? { emailAddress: "me@example.co.jp", displayName: "Me" } : undefined,
      },
    },
  };
  return host;
}

/** Every rule off (the base draft is then allowed), the audit header and a one-minute delay on. */
function policyFor(onError: OnError, rules: Record<string, object> = {}) {
  const all: Record<string, object> = {};
  for (const rule of allRules) all[rule.id] = { severity: "off" };
  return { onError, auditHeader: true, delivery: { delayExternalSeconds: 60 }, rules: { ...all, ...rules } };
}

interface Run {
  options: CompletedOptions;
  outcome: SendOutcome;
  /** Manual time at which event.completed was called. */
  at: number;
}

/**
 * Sends once on the manual clock, stepping time until event.completed is
 * called, then runs well past the deadline and checks nothing else happens.
 */
async function sendOnce(host: ScriptedHost, timers: ManualTimers, raw: unknown, more: Partial<SendHandlerDeps> = {}): Promise<Run> {
  const completed = jest.fn<void, [CompletedOptions]>();
  const outcomes: SendOutcome[] = [];
  const handler = createSendHandler({
    office: host.office,
    publicUrl: "https://addin.example",
    version: "1.0.0",
    embeddedPolicy: raw,
    timers,
    now: () => NOW,
    onOutcome: (o) => outcomes.push(o),
    ...more,
  });
  handler({ completed });
  // Host answers are promise jobs: one macrotask turn runs them all.
  await settle(2);
  let at = 0;
  while (completed.mock.calls.length === 0 && at < BUDGET_MS) {
    await timers.advance(STEP_MS);
    await settle(2);
    at += STEP_MS;
  }
  expect(completed).toHaveBeenCalledTimes(1);
  expect(at).toBeLessThanOrEqual(BUDGET_MS);
  await timers.advance(10 * BUDGET_MS);
  await settle(2);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(outcomes).toHaveLength(1);
  expect(timers.size).toBe(0);
  const options = completed.mock.calls[0][0];
  if (options.errorMessage !== undefined) expect(options.errorMessage.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
  if (options.errorMessageMarkdown !== undefined) expect(options.errorMessageMarkdown.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
  return { options, outcome: outcomes[0], at };
}

/** What onError answers with when the check cannot finish. */
function expectOnError(run: Run, onError: OnError): void {
  expect(run.outcome.decision).toBe("error");
  if (onError === "allow") {
    expect(run.options).toStrictEqual({ allowEvent: true });
    return;
  }
  expect(run.options.allowEvent).toBe(false);
  expect(run.options.sendModeOverride).toBe(onError === "prompt" ? PROMPT_USER : undefined);
  expect(run.options.errorMessage).toMatch(/^Presend could not finish checking this message/);
  expect(run.options.commandId).toBeUndefined();
}

/** Anything that is not a plain, finite value where the engine expects one. */
function expectWellFormed(draft: Draft): void {
  if (draft.from !== undefined) {
    expect(typeof draft.from.address).toBe("string");
    expect(["string", "undefined"]).toContain(typeof draft.from.name);
  }
  for (const recipient of [...draft.to, ...draft.cc, ...draft.bcc]) {
    expect(Object.keys(recipient).sort()).toEqual(["address", "kind", "name"]);
    expect(typeof recipient.address).toBe("string");
    expect(typeof recipient.name).toBe("string");
    expect(["user", "distributionList", "unknown"]).toContain(recipient.kind);
  }
  expect(typeof draft.subject).toBe("string");
  expect(typeof draft.body.newText).toBe("string");
  expect(typeof draft.body.quotedText).toBe("string");
  for (const attachment of draft.attachments) {
    expect(typeof attachment.id).toBe("string");
    expect(typeof attachment.name).toBe("string");
    expect(Number.isSafeInteger(attachment.size) && attachment.size >= 0).toBe(true);
    expect(typeof attachment.inline).toBe("boolean");
    expect(["string", "undefined"]).toContain(typeof attachment.contentType);
    expect([true, undefined]).toContain(attachment.cloud);
    if (attachment.bytes !== undefined) expect(attachment.bytes).toBeInstanceOf(Uint8Array);
  }
}

// ---- the matrix ----

const FAILURES: Array<[string, Fault]> = [
  ["answers with an error", { kind: "error" }],
  ["throws synchronously", { kind: "throws" }],
  ["never calls back", { kind: "hangs" }],
  ["calls back without an AsyncResult", { kind: "no result" }],
  ["calls back without a status", { kind: "no status" }],
];
const value = (v: unknown): Fault => ({ kind: "value", value: v });
const COMMON_SHAPES: Array<[string, Fault]> = [
  ["answers null", value(null)],
  ["answers undefined", value(undefined)],
  ["answers a string", value("garbage")],
  ["answers a number", value(42)],
];

type Expected = "onError" | "stands";
type Row = [CallName, string, Expected, Fault];

const READS = ["to.getAsync", "cc.getAsync", "bcc.getAsync", "subject.getAsync", "body.getAsync", "getAttachmentsAsync"] as const;
const TEXT_READS: readonly CallName[] = ["subject.getAsync", "body.getAsync"];
const DEGRADING = ["from.getAsync", "sessionData.getAsync", "getAttachmentContentAsync"] as const;
const STAMPS = ["internetHeaders.setAsync", "delayDeliveryTime.getAsync", "delayDeliveryTime.setAsync"] as const;

/** Per-call shapes beyond the common ones. */
const SPECIFIC_SHAPES: Partial<Record<CallName, Array<[string, Fault, Expected]>>> = {
  "to.getAsync": [
    ["recipients without emailAddress", value([{ displayName: "Somebody" }, { recipientType: "user" }]), "stands"],
    ["a recipient whose emailAddress is a number", value([{ emailAddress: 42, displayName: ["x"] }]), "onError"],
    ["a null recipient", value([null]), "onError"],
    ["an object instead of an array", value({ length: 1, 0: { emailAddress: "a@b.example" } }), "onError"],
  ],
  "getAttachmentsAsync": [
    ["an attachment with a negative size", value([{ id: "a", name: "a.pdf", size: -5 }]), "stands"],
    ["an attachment with a NaN size", value([{ id: "a", name: "a.pdf", size: NaN }]), "stands"],
    ["an attachment with a fractional, huge size", value([{ id: "a", name: "a.pdf", size: 1e300 }]), "stands"],
    ["an attachment without a name or id", value([{ size: 10 }]), "stands"],
    ["an attachment whose name and contentType are not strings", value([{ id: 7, name: { x: 1 }, contentType: 9, size: "10" }]), "stands"],
    ["a null attachment", value([null]), "onError"],
  ],
  "body.getAsync": [["an object", value({ text: "hello" }), "onError"]],
  "subject.getAsync": [["an array", value(["Quote"]), "onError"]],
  "from.getAsync": [["a sender without an address", value({ displayName: "Me" }), "stands"]],
  "getAttachmentContentAsync": [
    ["content that is not Base64", value({ format: "base64", content: "%%%" }), "stands"],
    ["a URL instead of Base64", value({ format: "url", content: "https://x.example/a" }), "stands"],
    ["content that is a number", value({ format: "base64", content: 42 }), "stands"],
  ],
  "delayDeliveryTime.getAsync": [["an invalid date", value("not a date"), "stands"]],
};

function rowsFor(call: CallName, whenFailing: Expected): Row[] {
  const rows: Row[] = FAILURES.map(([name, fault]): Row => [call, name, whenFailing, fault]);
  for (const [name, fault] of COMMON_SHAPES) {
    let expected: Expected = "stands";
    // A missing text reads as empty; a missing list, or a value of the wrong type, means the read cannot be trusted.
    if ((READS as readonly string[]).includes(call) && fault.kind === "value") {
      const text = TEXT_READS.includes(call);
      const missing = fault.value === null || fault.value === undefined;
      expected = text && (missing || typeof fault.value === "string") ? "stands" : "onError";
    }
    rows.push([call, name, expected, fault]);
  }
  for (const [name, fault, expected] of SPECIFIC_SHAPES[call] ?? []) rows.push([call, name, expected, fault]);
  return rows;
}

const MATRIX: Row[] = [
  ...READS.flatMap((call) => rowsFor(call, "onError")),
  ...DEGRADING.flatMap((call) => rowsFor(call, "stands")),
  ...STAMPS.flatMap((call) => rowsFor(call, "stands")),
  ["requirements.isSetSupported", "throws synchronously", "stands", { kind: "throws" }],
  ["requirements.isSetSupported", "answers undefined", "stands", value(undefined)],
  ["requirements.isSetSupported", "answers a string", "stands", value("yes")],
];

describe("host call faults × onError", () => {
  it("covers every call the handler makes on a normal send", async () => {
    const timers = new ManualTimers();
    const host = scriptedHost({}, timers);
    const run = await sendOnce(host, timers, policyFor("block"));
    expect(run.options).toStrictEqual({ allowEvent: true });
    const covered = new Set(MATRIX.map(([call]) => call));
    expect(new Set(host.calls)).toEqual(covered);
    expect(host.headers[AUDIT_HEADER]).toMatch(/decision=allow/);
    expect(host.delayedUntil).toEqual(new Date(NOW + 60000));
  });

  describe.each(ON_ERROR_MODES)("onError %s", (onError) => {
    it.each(MATRIX)("%s %s → %s", async (call, _name, expected, fault) => {
      const timers = new ManualTimers();
      const host = scriptedHost({ [call]: fault }, timers);
      const run = await sendOnce(host, timers, policyFor(onError));
      if (expected === "onError") {
        expectOnError(run, onError);
        expect(run.outcome.failures.join("\n")).toContain(call.split(".")[0].replace("getAttachmentsAsync", "attachments"));
        expect(host.headers).toEqual({});
        return;
      }
      expect(run.outcome.decision).toBe("allow");
      expect(run.options).toStrictEqual({ allowEvent: true });
      expect(run.outcome.failures).toEqual([]);
      if (call !== "internetHeaders.setAsync") expect(host.headers[AUDIT_HEADER]).toMatch(/decision=allow/);
    });
  });

  it.each(MATRIX.filter(([call, , , fault]) => fault.kind === "value" && call !== "requirements.isSetSupported"))(
    "never puts garbage in the draft: %s %s (%s)",
    async (call, _name, _expected, fault) => {
      const host = scriptedHost({ [call]: fault }, new ManualTimers());
      const item = host.office.context.mailbox.item as Office.MessageCompose;
      const reading = await readDraft(item, { timeoutMs: PANE_TIMEOUTS.callMs, readArchiveBytes: true, owner: { address: "me@example.co.jp", name: "Me" } });
      expectWellFormed(reading.draft);
    },
  );

  it("treats a missing sender as a failed read where the mailbox owner is unknown", async () => {
    const timers = new ManualTimers();
    const host = scriptedHost({ "from.getAsync": { kind: "error" } }, timers, false);
    expectOnError(await sendOnce(host, timers, policyFor("block")), "block");
  });

  it("keeps the decision when the stamps hang after slow reads push them past the deadline", async () => {
    // Each read answers just inside its timeout; with 3 calls in flight the reads end near 2.8 s,
    // so a hanging audit header would run past the 3 s deadline.
    const timers = new ManualTimers();
    const slow: Fault = { kind: "slow", ms: 1400 };
    const host = scriptedHost(
      { "to.getAsync": slow, "cc.getAsync": slow, "bcc.getAsync": slow, "subject.getAsync": slow, "internetHeaders.setAsync": { kind: "hangs" } },
      timers,
    );
    const run = await sendOnce(host, timers, policyFor("block"));
    expect(run.outcome.decision).toBe("allow");
    expect(run.options).toStrictEqual({ allowEvent: true });
    expect(run.at).toBe(BUDGET_MS);
    expect(run.outcome.notes).toContainEqual(expect.stringContaining("audit header or delivery delay unfinished"));
  });

  it("answers onError at the deadline when every read is slow, and never twice", async () => {
    const timers = new ManualTimers();
    const slow: Fault = { kind: "slow", ms: 1450 };
    const faults: Partial<Record<CallName, Fault>> = {};
    for (const call of [...READS, "from.getAsync", "sessionData.getAsync"] as const) faults[call] = slow;
    const run = await sendOnce(scriptedHost(faults, timers), timers, policyFor("prompt"));
    expectOnError(run, "prompt");
    expect(run.at).toBe(BUDGET_MS);
    expect(run.outcome.failures).toEqual([`no decision within ${BUDGET_MS} ms`]);
  });
});

// ---- policy source faults ----

const POLICY_URL = "https://addin.example/policy.json";

function response(body: string, init: { ok?: boolean; status?: number; type?: string } = {}): FetchResponseLike {
  return {
    ok: init.ok ?? true,
    status: init.status ?? 200,
    headers: { get: (name) => (name.toLowerCase() === "content-type" ? (init.type ?? "application/json") : null) },
    text: () => Promise.resolve(body),
  };
}

/** Subject empty: the embedded policy warns about it, the remote one (when used) blocks it. */
function subjectPolicy(onError: OnError, severity: "warn" | "block") {
  return policyFor(onError, { "missing-subject": { severity } });
}

/** Name, the fetch, a problem line the loader reports, and how the pane classifies the failure. */
type PolicyFault = [string, (timers: ManualTimers, onError: OnError) => FetchLike | undefined, string, RemoteFailure];

const POLICY_FAULTS: PolicyFault[] = [
  ["fetch rejects", () => () => Promise.reject(new TypeError("Failed to fetch")), "Failed to fetch", "unreachable"],
  ["fetch never resolves", () => () => new Promise(() => undefined), "no answer within 1000 ms", "unreachable"],
  [
    "the answer comes after 1.5 s",
    (timers, onError) => () =>
      new Promise((resolve) => timers.setTimeout(() => resolve(response(JSON.stringify(subjectPolicy(onError, "block")))), 1500)),
    "no answer within 1000 ms",
    "unreachable",
  ],
  ["HTTP 404", () => () => Promise.resolve(response("Not Found", { ok: false, status: 404, type: "text/plain" })), "HTTP 404", "unreachable"],
  ["an HTML page", () => () => Promise.resolve(response("<!doctype html><p>Welcome</p>", { type: "text/html" })), "HTML", "unreachable"],
  ["invalid JSON", () => () => Promise.resolve(response('{"rules": {')), "not valid JSON", "invalid"],
  [
    "valid JSON but an invalid policy",
    (_timers, onError) => () => Promise.resolve(response(JSON.stringify({ onError, rules: { "missing-subject": { severity: "sometimes" } } }))),
    "rules.missing-subject.severity",
    "invalid",
  ],
  ["no fetch in the runtime (classic Outlook)", () => undefined, "no fetch in this runtime", "unreachable"],
];

describe("policy source faults × onError", () => {
  const draftWithoutSubject = { "subject.getAsync": value("") };

  describe.each(ON_ERROR_MODES)("onError %s", (onError) => {
    it.each(POLICY_FAULTS)("%s → the embedded policy decides", async (_name, makeFetch, problem) => {
      const timers = new ManualTimers();
      const host = scriptedHost(draftWithoutSubject, timers);
      const run = await sendOnce(host, timers, subjectPolicy(onError, "warn"), { fetch: makeFetch(timers, onError) });
      expect(run.outcome.policySource).toBe("embedded");
      expect(run.outcome.decision).toBe("warn");
      expect(run.options).toMatchObject({ allowEvent: false, sendModeOverride: PROMPT_USER, errorMessage: expect.stringContaining("subject") });
      expect(run.outcome.problems).toEqual([expect.stringContaining(problem)]);
      // Only the policy timeout is waited for, never the whole budget.
      expect(run.at).toBeLessThanOrEqual(1000 + STEP_MS);
    });

    it.each(POLICY_FAULTS)("%s, with the embedded policy invalid too → onError", async (_name, makeFetch) => {
      const timers = new ManualTimers();
      const host = scriptedHost(draftWithoutSubject, timers);
      const brokenEmbedded = { onError, rules: { "no-such-rule": {} } };
      const run = await sendOnce(host, timers, brokenEmbedded, { fetch: makeFetch(timers, onError) });
      expect(run.outcome.policySource).toBe("default");
      expectOnError(run, onError);
      if (onError !== "allow") expect(run.options.errorMessage).toContain("your organisation's settings could not be read");
    });

    it("a published policy with enabled:false lets the mail go at once, even with reads hanging", async () => {
      const timers = new ManualTimers();
      const host = scriptedHost({ "to.getAsync": { kind: "hangs" }, "body.getAsync": { kind: "hangs" } }, timers);
      const fetch: FetchLike = () => Promise.resolve(response(JSON.stringify({ enabled: false, onError })));
      const run = await sendOnce(host, timers, subjectPolicy(onError, "block"), { fetch });
      expect(run.options).toStrictEqual({ allowEvent: true });
      expect(run.outcome.policySource).toBe("remote");
      expect(run.at).toBe(0);
      expect(host.headers).toEqual({});
    });
  });

  it.each(POLICY_FAULTS)("%s is classified for the pane", async (_name, makeFetch, problem, failure) => {
    const timers = new ManualTimers();
    const loading = loadPolicy({ url: POLICY_URL, timeoutMs: 1000, fetch: makeFetch(timers, "prompt"), embedded: {}, timers });
    await settle(2);
    await timers.advance(2000);
    const loaded = await loading;
    expect(loaded).toMatchObject({ source: "embedded", remoteFailure: failure, problems: [expect.stringContaining(problem)] });
  });

  it("uses the published policy when it answers in time (the baseline for the rows above)", async () => {
    const timers = new ManualTimers();
    const host = scriptedHost(draftWithoutSubject, timers);
    const fetch: FetchLike = (url) => {
      expect(url).toBe(POLICY_URL);
      return Promise.resolve(response(JSON.stringify(subjectPolicy("prompt", "block"))));
    };
    const run = await sendOnce(host, timers, subjectPolicy("prompt", "warn"), { fetch });
    expect(run.outcome.policySource).toBe("remote");
    expect(run.outcome.decision).toBe("block");
  });
});
