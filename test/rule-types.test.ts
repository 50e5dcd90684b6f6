import type { EveryMessageHasText, NoMessageLeftBehind } from "../src/check";
import { defineRule } from "../src/engine/rule";
import { en, type MessageId } from "../src/i18n/en";
import { allRules, type ShippedMessageId, type ShippedRuleId } from "../src/rules";

/**
 * The compile-time checks on message ids: `tsc --noEmit -p tsconfig.json` reads this
 * file, and each `@ts-expect-error` fails the typecheck if the error it expects is gone.
 */

describe("a rule's message ids", () => {
  const shape = { id: "typed-rule", defaults: { severity: "warn" as const }, options: {}, messages: ["found", "found-meeting"] as const };

  it("are the only ids its check can report, and never a meeting wording (the engine picks that)", () => {
    const rule = defineRule()({ ...shape, check: () => [{ messageId: "found" }] });
    // @ts-expect-error: "fuond" is not among this rule's messages
    defineRule()({ ...shape, check: () => [{ messageId: "fuond" }] });
    // @ts-expect-error: a meeting wording is chosen by the engine, not reported
    defineRule()({ ...shape, check: () => [{ messageId: "found-meeting" }] });
    expect(rule.messages).toEqual(["found", "found-meeting"]);
  });
});

describe("the shipped rules' message ids", () => {
  it("each have English text, checked by the compiler", () => {
    const everyOne: EveryMessageHasText<ShippedMessageId, MessageId> = true;
    // @ts-expect-error: a message without text is named in the error
    const oneMissing: EveryMessageHasText<ShippedMessageId | "bcc-exposure/hidden", MessageId> = true;
    // The union is each rule's own ids (neither `string` nor empty), meeting wordings included.
    const listed: ShippedMessageId = "bcc-exposure/visible-meeting";
    // @ts-expect-error: not a message of the shipped rules
    const unlisted: ShippedMessageId = "bcc-exposure/hidden";
    expect([everyOne, oneMissing, listed, unlisted]).toHaveLength(4);
    // The same at run time, for the ids the types cannot see (a rule built outside defineRule).
    const ids = allRules.flatMap((rule) => rule.messages.map((m) => `${rule.id}/${m}`));
    expect(ids.filter((id) => !Object.prototype.hasOwnProperty.call(en, id))).toEqual([]);
  });
});

describe("the catalogue's texts of rule messages", () => {
  it("each belong to a message a shipped rule lists, checked by the compiler", () => {
    const noneLeft: NoMessageLeftBehind<MessageId, ShippedRuleId, ShippedMessageId> = true;
    // @ts-expect-error: text left behind for a message bcc-exposure no longer lists is named in the error
    const leftBehind: NoMessageLeftBehind<MessageId | "bcc-exposure/hidden", ShippedRuleId, ShippedMessageId> = true;
    // Keys outside the rules' ids (the alert's, the policy's) are not rule messages.
    const others: NoMessageLeftBehind<MessageId | "alert/new-wording", ShippedRuleId, ShippedMessageId> = true;
    expect([noneLeft, leftBehind, others]).toHaveLength(3);
    // The same at run time.
    const ruleIds = new Set<string>(allRules.map((rule) => rule.id));
    const listed = new Set(allRules.flatMap((rule) => rule.messages.map((m) => `${rule.id}/${m}`)));
    expect(Object.keys(en).filter((key) => ruleIds.has(key.split("/")[0]) && !listed.has(key))).toEqual([]);
  });
});
