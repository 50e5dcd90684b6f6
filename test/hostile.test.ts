import { displayDomainWithAscii, normalizeDomain } from "../src/domains/idn";
import { trimTrailing } from "../src/domains/trim";
import { splitBody } from "../src/engine/body";
import { makeDraft, type DraftSpec } from "../src/engine/draft";
import { evaluate as evaluateShipped } from "../src/check";
import type { Draft, Evaluation } from "../src/engine/types";
import { showBidiControls } from "../src/domains/visible";
import { ALERT_MAX_CHARS, escapeMarkdown } from "../src/launchevent/alert";
import type { CompletedOptions } from "../src/launchevent/answer";
import { createSendHandler, type HostOffice, type SendOutcome } from "../src/launchevent/handler";
import { FakeOutlook, type FakeDraftSpec, type RecipientInput } from "../src/playground/fake-office";
import { defaultPolicy, parsePolicy } from "../src/check";
import { extensionOf } from "../src/rules/attachments";
import type { Policy } from "../src/policy/types";
import { allRules } from "../src/rules";
import { buildPaneModel } from "../src/taskpane/model";
import { ManualTimers, settle } from "./support/manual-timers";
import { SURNAMES } from "./support/surnames";

/**
 * Hostile input to the engine, the send handler and the pane model: 10,000
 * recipients, a 20 MB body, text built to make regular expressions backtrack,
 * names carrying Markdown, HTML and bidi controls, an IDN homograph. Nothing
 * here is timed: the jest timeout is the guard against a hang.
 */

const ME = "長尾 隆 <t.nagao@hoshizora-logi.example>";
const INTERNAL = "hoshizora-logi.example";
const MB = 1024 * 1024;

function policyOf(raw: Record<string, unknown>): Policy {
  const parsed = parsePolicy({ version: 1, internalDomains: [INTERNAL], ...raw });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.policy;
}

/** Only the given rules on, so a rule added later does not change what these tests see. */
function onlyRules(rules: Record<string, object>): Policy {
  const all: Record<string, object> = {};
  for (const rule of allRules) all[rule.id] = { severity: "off" };
  return policyOf({ rules: { ...all, ...rules } });
}

/** As Outlook evaluates once the surname table has loaded: every greeting and address is read with it. */
const evaluate = (draft: Draft, policy: Policy) => evaluateShipped(draft, policy, [], { surnames: SURNAMES });
const evaluateSpec = (spec: DraftSpec, policy: Policy) => evaluate(makeDraft({ from: ME, ...spec }), policy);
const rulesOf = (evaluation: Evaluation) => evaluation.findings.map((f) => f.rule);
const paramsOf = (evaluation: Evaluation, rule: string) => evaluation.findings.find((f) => f.rule === rule)?.message.params;

/** `size` characters of `unit` repeated. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** `count` addresses over `organisations` companies and a few consumer providers. */
function addresses(prefix: string, count: number, organisations = 400): string[] {
  const consumer = ["gmail.com", "yahoo.co.jp", "icloud.com"];
  return Array.from({ length: count }, (_, i) =>
    i % 10 === 9 ? `${prefix}${i}@${consumer[i % 3]}` : `${prefix}${i}@company${i % organisations}.example`,
  );
}

interface Sent {
  options: CompletedOptions;
  outcome: SendOutcome;
  calls: number;
}

/**
 * One send through the real handler on the playground's fake Outlook. The
 * handler's own timers are manual and moved past its deadline only after it
 * answered, so it must answer by itself and never a second time.
 */
async function send(spec: FakeDraftSpec, policy: unknown, recipientPageLimit = 1000): Promise<Sent> {
  const fake = new FakeOutlook({ from: ME, subject: "ご案内", body: "よろしくお願いいたします。", ...spec }, { recipientPageLimit });
  const timers = new ManualTimers();
  const outcomes: SendOutcome[] = [];
  let calls = 0;
  const handler = createSendHandler({
    office: fake.office as unknown as HostOffice,
    publicUrl: "https://addin.example",
    version: "1.0.0",
    embeddedPolicy: policy,
    timers,
    now: timers.clock,
    onOutcome: (outcome) => outcomes.push(outcome),
  });
  const options = await new Promise<CompletedOptions>((resolve) =>
    handler({
      completed(answer) {
        calls++;
        resolve(answer);
      },
    }),
  );
  await timers.advance(60000);
  await settle();
  return { options, outcome: outcomes[0], calls };
}

function expectShortAlert(options: CompletedOptions) {
  expect(options.errorMessage!.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
  expect(options.errorMessageMarkdown!.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
}

describe("10,000 recipients", () => {
  const to = addresses("to", 1000);
  const cc = addresses("cc", 1000);
  const bcc = addresses("bcc", 8000);

  it("the engine evaluates them, counting a capped To as 'at least'", () => {
    const evaluation = evaluateSpec({ to, cc, bcc, capped: { to: true } }, policyOf({}));
    expect(evaluation.decision).toBe("block");
    expect(paramsOf(evaluation, "bcc-exposure")).toEqual({ count: "2000+" });
    expect(paramsOf(evaluation, "large-audience")).toEqual({ count: "10000+" });
    const external = evaluation.findings.find((f) => f.rule === "external-recipient");
    expect(external?.recipients).toHaveLength(10000);
  });

  it("the send handler answers once, with an alert of at most 500 characters", async () => {
    const hostile: RecipientInput[] = [
      { displayName: "**bold** [link](https://evil.example)", emailAddress: "md@kita-shoji.example" },
      { displayName: "<img src=x onerror=alert(1)>", emailAddress: "img@kita-shoji.example" },
    ];
    const sent = await send({ to: [...hostile, ...to.slice(2)], cc, bcc }, { version: 1, internalDomains: [INTERNAL] }, 8000);
    expect(sent.calls).toBe(1);
    expect(sent.outcome.decision).toBe("block");
    expect(sent.outcome.failures).toEqual([]);
    expect(JSON.parse(sent.options.contextData!).rules).toEqual(expect.arrayContaining(["bcc-exposure", "large-audience"]));
    expectShortAlert(sent.options);
  });
});

describe("a 20 MB body", () => {
  // Seconds of honest work each on a busy machine; a quadratic pattern would take hours.
  const BIG_BODY_TIMEOUT_MS = 120000;
  // Japanese text, card and Individual Numbers, labels and PPAP wording, 200,000-character
  // lines of keywords and digit groups, quoted lines; a reply header only at the very end.
  const LINES = [
    "お世話になっております。資料を添付しますのでご査収ください。",
    "カード番号 4111 1111 1111 1111、予備 5500-0000-0000-0004、マイナンバー 1234 5678 9018 です。",
    "【社外秘】パスワードは別途お送りします。confidential, see attached.",
    `${fill("添付", 100000)}${fill("1234-5678-", 100000)}`,
    "> 引用された行です。添付ファイルのパスワードをお送りください。",
    "",
  ];
  const lines: string[] = [];
  for (let length = 0, i = 0; length < 20 * MB; i++) {
    lines.push(LINES[i % LINES.length]);
    length += LINES[i % LINES.length].length + 1;
  }
  const body = `${lines.join("\n")}\nOn Mon, 1 Apr 2024, Taro <taro@example.co.jp> wrote:\n> 前のメール`;
  const spec = { to: ["aoki@kita-shoji.example"], subject: "FW: 資料送付の件", body };

  it("is split and checked by every text rule", () => {
    expect(body.length).toBeGreaterThan(20 * MB);
    const draft = makeDraft({ from: ME, ...spec });
    // Quoted: the > lines and everything from the reply header on; new: the rest, megabytes of it.
    expect(draft.body.quotedText.endsWith("> 引用された行です。添付ファイルのパスワードをお送りください。\nOn Mon, 1 Apr 2024, Taro <taro@example.co.jp> wrote:\n> 前のメール")).toBe(true);
    expect(draft.body.newText.length).toBeGreaterThan(19 * MB);
    expect(draft.body.newText.includes("> 引用")).toBe(false);

    const policy = policyOf({});
    const withoutFile = evaluate(draft, policy);
    expect(rulesOf(withoutFile)).toEqual(expect.arrayContaining(["forgotten-attachment", "sensitive-content", "encrypted-archive"]));
    const numbers = withoutFile.findings.filter((f) => f.rule === "sensitive-content").map((f) => f.message.params);
    expect(numbers).toEqual(expect.arrayContaining([{ numbers: ["****1111", "****0004"] }, { numbers: ["****9018"] }]));
    // The message quotes a phrase around the first promise, not the megabytes around it.
    expect(String(paramsOf(withoutFile, "forgotten-attachment")?.phrase).length).toBeLessThanOrEqual(42);

    const withZip = evaluateSpec({ ...spec, attachments: [{ name: "資料.zip", size: 1000 }] }, policy);
    expect(rulesOf(withZip)).toEqual(expect.arrayContaining(["encrypted-archive", "external-attachment"]));
    expect(rulesOf(withZip)).not.toContain("forgotten-attachment");
  }, BIG_BODY_TIMEOUT_MS);

  it("goes through the send handler, which answers once", async () => {
    const sent = await send(spec, { version: 1, internalDomains: [INTERNAL] });
    expect(sent.calls).toBe(1);
    expect(sent.outcome.decision).toBe("confirm");
    expectShortAlert(sent.options);
  }, BIG_BODY_TIMEOUT_MS);
});

describe("text rules on input built to make their patterns backtrack", () => {
  const TEXT_RULES = onlyRules({
    "forgotten-attachment": {},
    "sensitive-content": { onlyExternal: false },
    "encrypted-archive": {},
  });
  const ZIP = [{ name: "資料.zip", size: 1000 }];

  /** A valid Visa number for each i (Luhn check digit appended). */
  function cardNumber(i: number): string {
    const base = `4${String(i).padStart(14, "0")}`;
    let sum = 0;
    for (let k = 0; k < base.length; k++) {
      let digit = Number(base[base.length - 1 - k]);
      if (k % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    return `${base}${(10 - (sum % 10)) % 10}`;
  }

  it.each([
    // [what, body, attachments, rules expected to fire]
    ["1 MB of card-like digit groups joined by separators (one run, too long for a card)", fill("4111 1111 1111 1111-", MB), [], []],
    ["1 MB of card numbers, each standing alone", fill("4111 1111 1111 1111 です。", MB), [], ["sensitive-content"]],
    ["50,000 different card numbers", Array.from({ length: 50000 }, (_, i) => cardNumber(i)).join(" と "), [], ["sensitive-content"]],
    ["1 MB of 添付 without a sentence end", fill("添付", MB), [], ["forgotten-attachment"]],
    ["1 MB of 添付します。", fill("添付します。", MB), [], ["forgotten-attachment"]],
    ["1 MB of negated 添付 in one sentence", fill("添付は不要 ", MB), [], []],
    ["attached, then 1 MB of attach… in one word", `attached ${fill("attach", MB)}`, [], ["forgotten-attachment"]],
    ["1 MB of 秘密", fill("秘密", MB), [], ["sensitive-content"]],
    ["1 MB of PPAP announcements", fill("パスワードは別途", MB), ZIP, ["encrypted-archive"]],
    ["password, 1 MB of spaces and a colon", `password${fill(" ", MB)}:`, ZIP, []],
    ["1 MB of spaces, newlines and blank paragraphs", fill(" \n\n", MB), [], []],
  ])("%s", (_what, body, attachments, expected) => {
    const evaluation = evaluateSpec({ to: ["aoki@kita-shoji.example"], subject: "ご連絡", body, attachments }, TEXT_RULES);
    expect([...new Set(rulesOf(evaluation))].sort()).toEqual(expected);
  });

  it("finds every distinct card number once, in the order met", () => {
    const body = Array.from({ length: 20000 }, (_, i) => cardNumber(i % 12000)).join(" と ");
    const listed = paramsOf(evaluateSpec({ to: ["aoki@kita-shoji.example"], body }, TEXT_RULES), "sensitive-content")?.numbers as string[];
    expect(listed).toHaveLength(10000); // the last four digits repeat every 10,000
    expect(listed.slice(0, 2)).toEqual([`****${cardNumber(0).slice(-4)}`, `****${cardNumber(1).slice(-4)}`]);
  });

  it.each([
    ["100,000 quote lines", fill(">\n", 200000), "", "all"],
    ["a 1 MB 'On … wrote:' line with an open <", `On ${fill("<", MB)} wrote:`, "all", ""],
    ["a 1 MB dated attribution line with an open <", `2024年5月1日 ${fill("<", MB)}:`, "all", ""],
    ["1 MB of underscores then a letter", `${fill("_", MB)}x`, "all", ""],
    ["1 MB of dashes around a separator word", `-- ${fill("-", MB)} Original Message x`, "all", ""],
  ])("splitBody: %s", (_what, text, fresh, quoted) => {
    const body = splitBody(text);
    const whole = text.trim();
    expect(body.newText).toBe(fresh === "all" ? whole : fresh);
    expect(body.quotedText).toBe(quoted === "all" ? whole : quoted);
  });
});

describe("Markdown, HTML and bidi controls in names reach the Smart Alert as plain text", () => {
  const policy = { version: 1, internalDomains: [INTERNAL], rules: {} };
  for (const rule of allRules) (policy.rules as Record<string, object>)[rule.id] = { severity: rule.id === "external-attachment" ? "confirm" : "off" };

  async function alertFor(fileName: string) {
    const sent = await send({ to: ["aoki@kita-shoji.example"], attachments: [{ name: fileName, size: 2048 }] }, policy);
    expect(sent.calls).toBe(1);
    expectShortAlert(sent.options);
    return { plain: sent.options.errorMessage!, markdown: sent.options.errorMessageMarkdown! };
  }

  it.each([
    // [file name, what the Markdown line starts with]
    ["# 見出し.pdf", "- \\# 見出し.pdf (2 KB)"],
    ["1. 議事録.docx", "- 1\\. 議事録.docx (2 KB)"],
    ["2) 議事録.docx", "- 2\\) 議事録.docx (2 KB)"],
    ["- list.pdf", "- \\- list.pdf (2 KB)"],
    ["+ list.pdf", "- \\+ list.pdf (2 KB)"],
    ["<https://evil.example>.pdf", "- \\<https\\://evil.example\\>.pdf (2 KB)"],
    ["see https://evil.example and www.evil.example.pdf", "- see https\\://evil.example and www\\.evil.example.pdf (2 KB)"],
    ["`code` | table | ~~x~~.pdf", "- \\`code\\` | table | \\~\\~x\\~\\~.pdf (2 KB)"],
    ["![img](https://evil.example/x.png).pdf", "- !\\[img\\]\\(https\\://evil.example/x.png\\).pdf (2 KB)"],
    ["line one\nline two\r- item.pdf", "- line one line two - item.pdf (2 KB)"],
    ["<script>alert(1)</script>.txt", "- \\<script\\>alert\\(1\\)\\</script\\>.txt (2 KB)"],
  ])("%j", async (name, line) => {
    const { plain, markdown } = await alertFor(name);
    expect(markdown.split(/\r|\n/)).toContain(`${line} will be sent outside the organisation (kita-shoji.example). Check that it is the right file for these recipients.`);
    // The plain text shows the name as it is, on one line.
    expect(plain).toContain(`- ${name.replace(/\s+/g, " ")} (2 KB)`);
  });

  it("drops bidi and zero-width characters and cuts a 5,000-character name", async () => {
    const { plain, markdown } = await alertFor(`re\u200Bport\u202Efdp.exe${"x".repeat(5000)}.pdf`);
    for (const text of [plain, markdown]) {
      expect(text).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/);
      expect(text).toContain("re port fdp.exe");
      expect(text).not.toContain("x".repeat(100));
    }
  });

  it("escapes a leading marker only at the start, and every URL scheme", () => {
    expect(escapeMarkdown("a-b#c+d 1. e")).toBe("a-b#c+d 1. e");
    expect(escapeMarkdown("12. ftp://x www.y WWW.z")).toBe("12\\. ftp\\://x www\\.y WWW\\.z");
  });
});

describe("what the pane shows", () => {
  const policy = policyOf({});
  const groupLabels = (to: string[]) => {
    const draft = makeDraft({ from: ME, to });
    return buildPaneModel(draft, policy, evaluate(draft, policy)).sections.flatMap((s) => s.groups.map((g) => g.label));
  };

  it("names an IDN organisation with its punycode beside it, however the address was written", () => {
    expect(groupLabels(["tanaka@\u0435xample.co.jp"])).toEqual(["\u0435xample.co.jp (xn--xample-2of.co.jp)"]);
    expect(groupLabels(["tanaka@xn--xample-2of.co.jp"])).toEqual(["\u0435xample.co.jp (xn--xample-2of.co.jp)"]);
    expect(groupLabels(["sato@mail.example.co.jp"])).toEqual(["example.co.jp"]);
    expect(displayDomainWithAscii("日本語.jp")).toBe("日本語.jp (xn--wgv71a119e.jp)");
  });

  it("writes out bidi controls so a name cannot reorder itself", () => {
    expect(showBidiControls("invoice\u202Efdp.exe")).toBe("invoice[U+202E]fdp.exe");
    expect(showBidiControls("a\u2066b\u2069c\u200Fd")).toBe("a[U+2066]b[U+2069]c[U+200F]d");
    expect(showBidiControls("普通の名前.pdf")).toBe("普通の名前.pdf");
  });
});

describe("long runs at the end of a line, a file name or a domain (trailing-run regexes were quadratic)", () => {
  const RUN = 100_000;

  it("splits a body whose line is 100,000 spaces and then a word", () => {
    const { newText, quotedText } = splitBody(`${" ".repeat(RUN)}x\nsecond line`);
    expect(newText === "x\nsecond line" && quotedText === "").toBe(true);
  });

  it("judges a file name padded with 100,000 spaces before its real extension", () => {
    const name = `invoice${" ".repeat(RUN)}.exe`;
    const findings = evaluate(makeDraft({ from: "sender@example.co.jp", to: ["a@example.co.jp"], attachments: [{ name, size: 10 }] }), defaultPolicy()).findings;
    expect(findings.find((f) => f.rule === "attachment-type")?.message.id).toBe("attachment-type/padding");
    expect(extensionOf(`${"a".repeat(10)}${" .".repeat(RUN)}`)).toBe("");
  });

  it("reads a domain that ends in 100,000 dots as the domain before them", () => {
    expect(normalizeDomain(`example.co.jp${".".repeat(RUN)}`)).toBe("example.co.jp");
    expect(trimTrailing(`x${".".repeat(RUN)}y`, /\./)).toBe(`x${".".repeat(RUN)}y`);
  });
});
