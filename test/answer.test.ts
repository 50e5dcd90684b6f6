import { evaluate, parsePolicy } from "../src/check";
import { makeDraft } from "../src/engine/draft";
import {
  answerFor,
  failureAnswer,
  MEETING_TASKPANE_COMMAND_ID,
  PROMPT_USER,
  TASKPANE_COMMAND_ID,
  type AnswerContext,
  type CompletedOptions,
} from "../src/launchevent/answer";
import { guardCompletion } from "../src/launchevent/handler";
import { ManualTimers } from "./support/manual-timers";

const CONTEXT: AnswerContext = { kind: "message", locale: "en", markdown: true, version: "9.9.9", settingsFallback: false };
const FROM = "me@example.co.jp";

function policyOf(json: Record<string, unknown>) {
  const result = parsePolicy({ internalDomains: ["example.co.jp"], ...json });
  if (!result.ok) throw new Error(result.errors.join("; "));
  return result.policy;
}

describe("answerFor: the send check's answer, decided without Office", () => {
  it("sends an allowed mail after stamping the header, remembering the outside recipients and holding it", () => {
    const policy = policyOf({ auditHeader: true, delivery: { delayExternalSeconds: 60 }, rules: { "external-recipient": { severity: "off" } } });
    const evaluation = evaluate(makeDraft({ from: FROM, to: ["a@client.co.jp", "colleague@example.co.jp"] }), policy);
    const answer = answerFor(evaluation, policy, CONTEXT);
    expect(answer).toEqual({
      decision: "allow",
      options: { allowEvent: true },
      auditHeader: "v=9.9.9; decision=allow; confirmed=none; warned=none",
      remember: { addresses: ["a@client.co.jp"], greeted: { people: [], organisations: [] }, days: 180 },
      delaySeconds: 60,
    });
  });

  it("offers Send anyway for a warning, stamps it, and remembers nobody (the send may not happen)", () => {
    const policy = policyOf({ auditHeader: true });
    const answer = answerFor(evaluate(makeDraft({ from: FROM, to: ["colleague@example.co.jp"], subject: "" }), policy), policy, CONTEXT);
    expect(answer.decision).toBe("warn");
    expect(answer.options).toMatchObject({ allowEvent: false, sendModeOverride: PROMPT_USER, errorMessage: expect.any(String), errorMessageMarkdown: expect.any(String) });
    expect(answer.auditHeader).toBe("v=9.9.9; decision=warn; confirmed=none; warned=missing-subject");
    expect(answer.remember).toBeUndefined();
  });

  it("opens the pane for confirm and block, with nothing to stamp, and plain text only without Markdown", () => {
    const policy = policyOf({ auditHeader: true, delivery: { delayExternalSeconds: 60 } });
    const evaluation = evaluate(makeDraft({ from: FROM, to: ["a@client.co.jp"] }), policy);
    const answer = answerFor(evaluation, policy, { ...CONTEXT, markdown: false });
    expect(answer.decision).toBe("confirm");
    expect(answer.options).toEqual({
      allowEvent: false,
      commandId: TASKPANE_COMMAND_ID,
      contextData: JSON.stringify({ v: 1, decision: "confirm", rules: ["external-recipient"] }),
      errorMessage: expect.stringContaining("a@client.co.jp"),
    });
    expect(Object.keys(answer).sort()).toEqual(["decision", "delaySeconds", "options"]);
    expect(answer.delaySeconds).toBe(0);
  });

  it("sends an allowed meeting request with no header and no delay (Office.js has neither for one), remembering its attendees", () => {
    const policy = policyOf({ auditHeader: true, delivery: { delayExternalSeconds: 60 }, rules: { "external-recipient": { severity: "off" } } });
    const evaluation = evaluate(makeDraft({ kind: "meeting", from: FROM, to: ["a@client.co.jp", "colleague@example.co.jp"] }), policy);
    expect(answerFor(evaluation, policy, { ...CONTEXT, kind: "meeting" })).toEqual({
      decision: "allow",
      options: { allowEvent: true },
      remember: { addresses: ["a@client.co.jp"], greeted: { people: [], organisations: [] }, days: 180 },
      delaySeconds: 0,
    });
  });

  it("opens the pane from the meeting's ribbon for a meeting, and says no delay in its alert", () => {
    const policy = policyOf({ delivery: { delayExternalSeconds: 60 } });
    const evaluation = evaluate(makeDraft({ kind: "meeting", from: FROM, to: ["a@client.co.jp"] }), policy);
    const meeting = answerFor(evaluation, policy, { ...CONTEXT, kind: "meeting" }).options;
    expect(meeting.commandId).toBe(MEETING_TASKPANE_COMMAND_ID);
    expect(meeting.errorMessage).toContain("Outside attendees");
    expect(meeting.errorMessage).not.toContain("60 seconds");
    // The same evaluation as a message's answer names the message ribbon's button and the delay.
    const message = answerFor(evaluation, policy, CONTEXT).options;
    expect(message.commandId).toBe(TASKPANE_COMMAND_ID);
    expect(message.errorMessage).toContain("60 seconds");
  });

  it("answers a failed check on a meeting in the meeting's words", () => {
    expect(failureAnswer("host", "prompt", "en", undefined, false, "meeting").errorMessage).toContain("this meeting request");
    expect(failureAnswer("host", "prompt", "en", undefined, false).errorMessage).not.toContain("meeting");
  });

  it("answers a failed check with the policy's onError", () => {
    expect(failureAnswer("timeout", "allow", "en", undefined, true)).toEqual({ allowEvent: true });
    expect(failureAnswer("host", "prompt", "en", undefined, false)).toEqual({ allowEvent: false, sendModeOverride: PROMPT_USER, errorMessage: expect.any(String) });
    expect(failureAnswer("policy", "block", "ja", undefined, true)).toMatchObject({ allowEvent: false, errorMessageMarkdown: expect.any(String) });
    expect(failureAnswer("policy", "block", "ja", undefined, true).sendModeOverride).toBeUndefined();
  });
});

describe("guardCompletion: the event is completed exactly once", () => {
  function guarded(onDeadline: (finish: (options: CompletedOptions) => void) => void) {
    const timers = new ManualTimers();
    const completed = jest.fn<void, [CompletedOptions]>();
    const answered = jest.fn();
    const guard = guardCompletion({ completed }, { timers, budgetMs: 3000, onDeadline: () => onDeadline((o) => guard.finish("error", o)) }, answered);
    return { timers, completed, answered, guard };
  }

  it("passes on the first answer, drops later ones and stops the deadline", async () => {
    const onDeadline = jest.fn();
    const { timers, completed, answered, guard } = guarded(onDeadline);
    expect(guard.finished).toBe(false);
    guard.finish("allow", { allowEvent: true });
    guard.finish("block", { allowEvent: false });
    expect(guard.finished).toBe(true);
    expect(completed.mock.calls).toEqual([[{ allowEvent: true }]]);
    expect(answered.mock.calls).toEqual([["allow", { allowEvent: true }]]);
    expect(timers.size).toBe(0);
    await timers.advance(10000);
    expect(onDeadline).not.toHaveBeenCalled();
  });

  it("lets the deadline answer when nothing did, once", async () => {
    const { timers, completed, guard } = guarded((finish) => finish({ allowEvent: false, errorMessage: "late" }));
    await timers.advance(2999);
    expect(completed).not.toHaveBeenCalled();
    await timers.advance(1);
    guard.finish("allow", { allowEvent: true });
    expect(completed.mock.calls).toEqual([[{ allowEvent: false, errorMessage: "late" }]]);
  });

  it("tells who listens even when event.completed throws", () => {
    const answered = jest.fn();
    const guard = guardCompletion({ completed: () => { throw new Error("host gone"); } }, { budgetMs: 3000, onDeadline: () => undefined }, answered);
    expect(() => guard.finish("allow", { allowEvent: true })).toThrow("host gone");
    expect(answered).toHaveBeenCalledWith("allow", { allowEvent: true });
    guard.finish("allow", { allowEvent: true });
    expect(answered).toHaveBeenCalledTimes(1);
  });
});
