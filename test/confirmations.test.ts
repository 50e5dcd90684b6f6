import { makeDraft, type DraftSpec } from "../src/engine/draft";
import { evaluate } from "../src/check";
import { confirmationsFor } from "../src/engine/evaluate";
import { parsePolicy } from "../src/check";

function policyOf(json: Record<string, unknown>) {
  const parsed = parsePolicy(json);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.policy;
}

const FROM = "me@hoshizora-logi.example";

/** Confirms everything pending on `before`, then evaluates `after` with those confirmations. */
function confirmThenChange(policy: ReturnType<typeof policyOf>, before: DraftSpec, after: DraftSpec) {
  const first = evaluate(makeDraft({ from: FROM, ...before }), policy);
  const confirmations = confirmationsFor(first.findings);
  expect(evaluate(makeDraft({ from: FROM, ...before }), policy, confirmations).decision).toBe("allow");
  return evaluate(makeDraft({ from: FROM, ...after }), policy, confirmations);
}

describe("confirmations name what was confirmed", () => {
  const contentOnly = policyOf({
    rules: { "external-recipient": { severity: "off" }, "sensitive-content": { severity: "confirm" } },
  });

  it("a card number added after confirming a 社外秘 label stops the send again", () => {
    const to = ["tanaka@client.example"];
    const after = confirmThenChange(
      contentOnly,
      { to, subject: "【社外秘】価格表", body: "ご確認ください。" },
      { to, subject: "【社外秘】価格表", body: "ご確認ください。カード番号 4111 1111 1111 1111" },
    );
    expect(after.decision).toBe("confirm");
    expect(after.findings.map((f) => f.message.id)).toContain("sensitive-content/credit-card");
  });

  it("another contact group added after confirming one stops the send again", () => {
    const policy = policyOf({ rules: { "external-recipient": { severity: "off" } } });
    const group = (name: string) => ({ name, address: "", kind: "distributionList" as const });
    const after = confirmThenChange(
      policy,
      { to: [group("営業部")] },
      { to: [group("営業部"), group("全顧客")] },
    );
    expect(after.decision).toBe("confirm");
  });

  it("the same finding with the same content stays confirmed", () => {
    const to = ["tanaka@client.example"];
    const spec = { to, subject: "【社外秘】価格表", body: "ご確認ください。" };
    expect(confirmThenChange(contentOnly, spec, spec).decision).toBe("allow");
  });

  it("after a partial confirmation the new recipient is named first", () => {
    const policy = policyOf({});
    const old = Array.from({ length: 11 }, (_, i) => `old${i}@client.example`);
    const after = confirmThenChange(policy, { to: ["me@hoshizora-logi.example"], bcc: old }, { to: ["me@hoshizora-logi.example"], bcc: [...old, "new@other.example"] });
    const external = after.findings.find((f) => f.rule === "external-recipient");
    expect(external?.recipients[0]).toBe("new@other.example");
    expect(external?.pendingItems).toEqual(["recipient:new@other.example"]);
  });

  it("after a partial confirmation the new file is named first", () => {
    const policy = policyOf({});
    const to = ["tanaka@client.example"];
    const old = [{ name: "a.pdf", size: 10 }, { name: "b.pdf", size: 20 }];
    const after = confirmThenChange(policy, { to, attachments: old }, { to, attachments: [...old, { name: "c.xlsx", size: 30 }] });
    const files = after.findings.filter((f) => f.rule === "external-attachment");
    expect(files.map((f) => f.attachments[0])).toEqual(["c.xlsx"]);
  });
});
