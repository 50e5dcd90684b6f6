import { buildSharedContext } from "../src/engine/context";
import { makeDraft } from "../src/engine/draft";
import { evaluateWith, OutOfTime } from "../src/engine/evaluate";
import { parsePolicy } from "../src/check";
import { repeatsAnAddress, uniqueByAddress } from "../src/engine/recipients";
import { defineRule, type RuleContext, type RuleReport } from "../src/engine/rule";
import type { Attachment } from "../src/engine/types";
import { FULL_SUFFIXES } from "./support/suffixes";

/**
 * How the engine turns a rule's report into a finding when the report is not what the
 * built-in rules send (which pick each address once from `distinct`): a rule may name
 * every recipient, repeats and all, or the same file twice.
 */

function policyOf(json: Record<string, unknown> = {}) {
  const parsed = parsePolicy(json);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.policy;
}

const draft = makeDraft({
  from: "me@example.co.jp",
  to: ["Taro@Client.co.jp", "hanako@client.co.jp"],
  cc: ["taro@client.co.jp", "jiro@xn--r8jz45g.jp"],
  bcc: ["jiro@例え.jp", "hanako@client.co.jp"],
  attachments: [{ name: "a.pdf", size: 10 }, { name: "b.pdf", size: 20 }],
});

function ruleReporting(report: (context: RuleContext<Record<string, unknown>>, attachments: Attachment[]) => RuleReport<"outside">) {
  return defineRule()({
    id: "external-recipient",
    defaults: { severity: "confirm" },
    options: {},
    messages: ["outside"],
    check: (d, context) => [report(context, d.attachments)],
  });
}

describe("repeatsAnAddress", () => {
  const { recipients, distinct } = buildSharedContext(draft, policyOf(), FULL_SUFFIXES);

  it("finds no repeat in a list picked from distinct, or in an empty list", () => {
    expect(repeatsAnAddress(distinct)).toBe(false);
    expect(repeatsAnAddress([distinct[2], distinct[0]])).toBe(false);
    expect(repeatsAnAddress([])).toBe(false);
  });

  it("finds the same mailbox in another field or spelling", () => {
    expect(repeatsAnAddress(recipients)).toBe(true);
    expect(repeatsAnAddress([recipients[3], recipients[4]])).toBe(true);
    expect(uniqueByAddress(recipients).map((r) => r.address)).toEqual(["Taro@Client.co.jp", "hanako@client.co.jp", "jiro@xn--r8jz45g.jp"]);
  });
});

describe("a finding from a rule that names every recipient", () => {
  const rule = ruleReporting(({ recipients }) => ({ messageId: "outside", recipients }));

  it("names each address once as first spelled, and has one item per mailbox", () => {
    const [finding] = evaluateWith([rule], draft, policyOf(), [], { suffixes: FULL_SUFFIXES }).findings;
    expect(finding.recipients).toEqual(["Taro@Client.co.jp", "hanako@client.co.jp", "taro@client.co.jp", "jiro@xn--r8jz45g.jp", "jiro@例え.jp"]);
    expect(finding.items).toEqual(["recipient:taro@client.co.jp", "recipient:hanako@client.co.jp", "recipient:jiro@xn--r8jz45g.jp"]);
    expect(finding.pendingItems).toEqual(finding.items);
  });

  it("lists what still needs confirming first after a partial confirmation", () => {
    const confirmations = [{ rule: "external-recipient", item: "recipient:taro@client.co.jp" }];
    const [finding] = evaluateWith([rule], draft, policyOf(), confirmations, { suffixes: FULL_SUFFIXES }).findings;
    expect(finding.recipients.slice(0, 2)).toEqual(["hanako@client.co.jp", "jiro@xn--r8jz45g.jp"]);
    expect(finding.pendingItems).toEqual(["recipient:hanako@client.co.jp", "recipient:jiro@xn--r8jz45g.jp"]);
    expect(finding.items).toHaveLength(3);
  });
});

describe("a finding from a rule that names a file twice", () => {
  const rule = ruleReporting((_context, attachments) => ({ messageId: "outside", attachments: [...attachments, attachments[0]] }));

  it("lists each file and each item once", () => {
    const [finding] = evaluateWith([rule], draft, policyOf(), [], { suffixes: FULL_SUFFIXES }).findings;
    expect(finding.attachments).toEqual(["a.pdf", "b.pdf"]);
    expect(finding.items).toEqual(["attachment:a.pdf:10", "attachment:b.pdf:20"]);
  });

  it("keeps one file reported alone as it is", () => {
    const single = ruleReporting((_context, attachments) => ({ messageId: "outside", attachments: [attachments[1]] }));
    const [finding] = evaluateWith([single], draft, policyOf(), [], { suffixes: FULL_SUFFIXES }).findings;
    expect(finding.attachments).toEqual(["b.pdf"]);
    expect(finding.items).toEqual(["attachment:b.pdf:20"]);
  });
});

describe("evaluateWith's outOfTime", () => {
  const ran: string[] = [];
  const ruleNamed = (id: string) =>
    defineRule()({
      id,
      defaults: { severity: "confirm" },
      options: {},
      messages: ["outside"],
      check: () => {
        ran.push(id);
        return [];
      },
    });
  const rules = [ruleNamed("external-recipient"), ruleNamed("missing-subject"), ruleNamed("large-audience")];

  beforeEach(() => (ran.length = 0));

  it("is asked after the shared context and after each rule, and stops at the first yes, naming the last rule run", () => {
    const answers = [false, false, true];
    expect(() => evaluateWith(rules, draft, policyOf(), [], { suffixes: FULL_SUFFIXES, outOfTime: () => answers.shift() ?? true })).toThrow(new OutOfTime("missing-subject"));
    expect(ran).toEqual(["external-recipient", "missing-subject"]);
  });

  it("stops before any rule when the context alone used the time", () => {
    expect(() => evaluateWith(rules, draft, policyOf(), [], { suffixes: FULL_SUFFIXES, outOfTime: () => true })).toThrow(OutOfTime);
    expect(ran).toEqual([]);
  });

  it("changes nothing while there is time", () => {
    const evaluation = evaluateWith(rules, draft, policyOf(), [], { suffixes: FULL_SUFFIXES, outOfTime: () => false });
    expect(ran).toEqual(["external-recipient", "missing-subject", "large-audience"]);
    expect(evaluation.decision).toBe("allow");
  });
});
