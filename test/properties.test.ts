/**
 * Properties every rule set must keep, checked over random drafts and policies
 * (fast-check). Written over `allRules`, so each rule added to the registry is
 * covered without touching this file.
 */
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import * as v from "valibot";
import { makeDraft } from "../src/engine/draft";
import { mayNameSomeone, namesInFileName, readGreeting } from "../src/engine/greeting";
import { evaluate as evaluateShipped } from "../src/check";
import { confirmationsFor, evaluateWith } from "../src/engine/evaluate";
import { RECIPIENT_FIELDS, decisionRank, maxDecision, type Attachment, type Confirmation, type Decision, type Draft, type Evaluation, type Recipient, type RecipientField } from "../src/engine/types";
import { parsePolicy } from "../src/check";
import { type Policy } from "../src/policy";
import { allRules } from "../src/rules";
import type { AnyRule } from "../src/engine/rule";
import { FULL_SUFFIXES } from "./support/suffixes";
import { SURNAMES } from "./support/surnames";

/** The shipped rules as Outlook runs them once the surname table has loaded (the built-in suffixes unless the full list is given). */
const evaluate = (draft: Draft, policy: Policy, confirmations: Confirmation[] = []) => evaluateShipped(draft, policy, confirmations, { surnames: SURNAMES });

const RUNS = { numRuns: 150 };

// ---------------------------------------------------------------- recipients

const INTERNAL = ["example.co.jp", "sales.example.co.jp", "EXAMPLE.CO.JP"];
const TRUSTED = ["partner.co.jp", "osaka.partner.co.jp"];
const EXTERNAL = ["client.co.jp", "tokyo.client.co.jp", "alpha.example", "beta.test", "city.example.lg.jp"];
const CONSUMER = ["gmail.com", "docomo.ne.jp", "yahoo.co.jp", "icloud.com", "freemail.example"];
const BLOCKED = ["rival.example"];
// Unicode and punycode spellings of the same domains, and full-width letters.
const IDN = ["例え.jp", "xn--r8jz45g.jp", "bücher.de", "xn--bcher-kva.de", "ｅｘａｍｐｌｅ.co.jp"];
// Near misses of the domains above: edit distance, other suffix, Cyrillic е, punycode of a confusable.
const LOOKALIKE = ["examp1e.co.jp", "exarnple.co.jp", "example.com", "\u0435xample.co.jp", "partnar.co.jp", "c1ient.co.jp", "client.co", "xn--xample-2of.co.jp"];
const DOMAINS = [...INTERNAL, ...TRUSTED, ...EXTERNAL, ...CONSUMER, ...BLOCKED, ...IDN, ...LOOKALIKE];

// A small pool of local parts so the same address shows up in several fields.
const LOCALS = ["a", "b", "taro.yamada", "info", "x+tag", "Sales"];

const NAMES = [
  "",
  "山田 太郎",
  "**bold** _it_ `code` [link](https://evil.example)",
  "<script>alert(1)</script> &amp; <b>",
  "\u202Eevil\u202C Name",
  "\u200Finvisible\u200B",
  "Sato, Hanako (営業部)",
  "\"quoted\" \\ back\\slash",
];

const recipientArb: fc.Arbitrary<Recipient> = fc.record({
  address: fc.oneof(
    { weight: 12, arbitrary: fc.tuple(fc.constantFrom(...LOCALS), fc.constantFrom(...DOMAINS)).map(([l, d]) => `${l}@${d}`) },
    // Whatever the host hands over: no @, empty, several @, stray spaces and control characters.
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom("", "@", "no-at-sign", "a@", "@example.co.jp", "a@b@client.co.jp", " a@client.co.jp ", "a@.", "a@xn--") },
  ),
  name: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) }),
  kind: fc.constantFrom("user", "user", "user", "distributionList", "unknown"),
});

// ------------------------------------------------------------ text and files

const KEYWORDS = [
  "添付", "別添", "送付します", "ファイルを添付しました", "attached", "please find enclosed",
  "社外秘", "部外秘", "極秘", "confidential", "パスワード", "password: Xy7!kq2", "パスワードは別メールでお送りします",
  "4111 1111 1111 1111", "4111111111111112", "123456789018", "マイナンバー",
];

const textArb = (maxParts: number) =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...KEYWORDS) },
        { weight: 2, arbitrary: fc.constantFrom("お世話になっております。", "Hello,", "よろしくお願いいたします。", "\n", "\r\n", " ", "\u3000") },
        // Greetings (addressee-mismatch reads them at the top of the text).
        { weight: 1, arbitrary: fc.constantFrom("藤田様\n", "青島電機株式会社\n田村 陸 様\n", "Dear Ms. Sato,\n", "関係者各位\n") },
        { weight: 1, arbitrary: fc.constantFrom("-----Original Message-----\nFrom: a@client.co.jp\nSent: today\n", "> quoted 添付 line\n", "On Mon, Taro wrote:\n") },
        { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(""));

const FILE_NAMES = [
  "report.pdf", "見積書.xlsx", "data.zip", "backup.7z", "archive.lzh", "photo.JPG", "setup.exe", "run.js",
  "invoice.pdf.exe", "report\u202Efdp.exe", "letter.docx          .scr", "README", ".hidden", "",
  "名簿_社外秘.csv", "**bold**.txt", "<img src=x>.html", "田村様_お見積書.pdf",
];

/** A real ZIP (fflate); `encrypted` sets the traditional encryption flag in every local and central header. */
function zipBytes(encrypted: boolean, names: readonly string[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  names.forEach((name, i) => (files[name || `f${i}`] = strToU8(`content ${i}`)));
  const bytes = zipSync(files, { level: 0 });
  if (encrypted) {
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const local = bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 3 && bytes[i + 3] === 4;
      const central = bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2;
      if (local) bytes[i + 6] |= 1;
      if (central) bytes[i + 8] |= 1;
    }
  }
  return bytes;
}

const bytesArb: fc.Arbitrary<Uint8Array | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.tuple(fc.boolean(), fc.array(fc.constantFrom("a.txt", "b.pdf", "c.exe"), { minLength: 1, maxLength: 3 })).map(([enc, names]) => zipBytes(enc, names)) },
  // Truncated archives: a header without its directory, or a few bytes only.
  { weight: 1, arbitrary: fc.tuple(fc.boolean(), fc.nat(60)).map(([enc, keep]) => zipBytes(enc, ["a.txt"]).slice(0, keep)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((tail) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...tail])) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  // 7-Zip and RAR signatures.
  { weight: 1, arbitrary: fc.constantFrom(Uint8Array.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), Uint8Array.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00])) },
);

const SIZES = [0, 1, 1000, 2_000_000, 5 * 1024 * 1024, 10 * 1024 * 1024, 10 * 1024 * 1024 + 1, 30 * 1024 * 1024];

const attachmentArb = (id: number): fc.Arbitrary<Attachment> =>
  fc
    .record({
      name: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FILE_NAMES) }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) }),
      size: fc.oneof(fc.constantFrom(...SIZES), fc.nat(40 * 1024 * 1024)),
      inline: fc.boolean(),
      contentType: fc.constantFrom(undefined, "application/pdf", "application/zip", "application/octet-stream", "image/png"),
      bytes: bytesArb,
    })
    .map((a) => ({ id: `att${id}`, ...a }));

// ------------------------------------------------------------------- drafts

const SENDERS = ["sender@example.co.jp", "teacher@school.ac.jp", "me@gmail.com", "boss@sales.example.co.jp"];

const draftSpecArb = fc.record({
  from: fc.option(fc.constantFrom(...SENDERS), { nil: undefined, freq: 8 }),
  to: fc.array(recipientArb, { maxLength: 14 }),
  cc: fc.array(recipientArb, { maxLength: 8 }),
  bcc: fc.array(recipientArb, { maxLength: 8 }),
  subject: fc.oneof(fc.constantFrom("", " ", "\u3000", "Re:", "ご連絡"), textArb(3)),
  body: textArb(8),
  attachments: fc.array(fc.nat(), { maxLength: 4 }).chain((ids) => fc.tuple(...ids.map((_, i) => attachmentArb(i)))),
});

/** Addresses the user knew before this draft: drawn from the same pools, so some are in it and some are not. */
const knownAddressesArb = fc.array(recipientArb.map((r) => r.address), { maxLength: 10 });

/** A draft with what the send check knows besides it (DESIGN §1a): a conversation snapshot and a memory, or neither. */
const draftArb: fc.Arbitrary<Draft> = fc
  .tuple(
    draftSpecArb,
    fc.option(fc.record({ compose: fc.constantFrom("reply" as const, "forward" as const), addresses: knownAddressesArb }), { nil: undefined, freq: 2 }),
    fc.option(knownAddressesArb, { nil: undefined, freq: 2 }),
  )
  .map(([spec, thread, remembered]) => makeDraft({ ...spec, thread, remembered }));

/** The same draft as the add-in would see it with no snapshot and no memory. */
function withoutHistory(draft: Draft): Draft {
  return { ...draft, thread: undefined, memory: undefined };
}

// ----------------------------------------------------------------- policies

/** Candidate values for one option, derived from its default; only those the rule's own schema accepts are kept. */
function optionCandidates(rule: AnyRule, key: string, fallback: unknown): unknown[] {
  let candidates: unknown[];
  if (typeof fallback === "number") {
    candidates = [fallback, 0, 1, 2, 3, 5, Math.ceil(fallback / 2), fallback * 2];
  } else if (typeof fallback === "boolean") {
    candidates = [true, false];
  } else if (Array.isArray(fallback)) {
    candidates = [["機密"], ["proposal", "見積"], ["zip", ".docm"], ["credit-card"], []];
  } else {
    candidates = [fallback];
  }
  const schema = v.object({ [key]: rule.options[key] });
  return candidates.filter((value, i) => candidates.indexOf(value) === i && v.safeParse(schema, { [key]: value }).success);
}

const ruleSettingsArb = (rule: AnyRule): fc.Arbitrary<Record<string, unknown>> => {
  const shape: Record<string, fc.Arbitrary<unknown>> = {
    severity: fc.constantFrom("off", "warn", "confirm", "block", rule.defaults.severity),
  };
  for (const key of Object.keys(rule.options)) {
    const fallback = (rule.defaults as Record<string, unknown>)[key];
    const candidates = key === "builtIn" ? [true, false] : optionCandidates(rule, key, fallback);
    if (candidates.length > 0) shape[key] = fc.constantFrom(...candidates);
  }
  return fc.record(shape, { requiredKeys: ["severity"] });
};

const rawPolicyArb = fc.record(
  {
    internalDomains: fc.subarray(["example.co.jp", "*.example.co.jp", "school.ac.jp", "例え.jp"]),
    trustedDomains: fc.subarray(["partner.co.jp", "*.partner.co.jp", "a@gmail.com", "bücher.de"]),
    blockedDomains: fc.subarray(["rival.example", "info@client.co.jp", "*.example.lg.jp"]),
    personalMailDomains: fc.subarray(["freemail.example"]),
    rules: fc.record(
      Object.fromEntries(allRules.map((rule) => [rule.id, ruleSettingsArb(rule)])),
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["rules"] },
);

const policyArb: fc.Arbitrary<Policy> = rawPolicyArb.map((raw) => {
  const parsed = parsePolicy(raw);
  if (!parsed.ok) throw new Error(`generated policy is invalid: ${parsed.errors.join("; ")}\n${JSON.stringify(raw)}`);
  return parsed.policy;
});

// ------------------------------------------------------------------ helpers

const rank = (decision: Decision) => decisionRank(decision);

/** What a finding is, independent of the order it was found in. */
function findingKeys(evaluation: Evaluation): string[] {
  return evaluation.findings.map((f) => `${f.rule} ${f.severity} ${[...f.items].sort().join(",")}`).sort();
}

function shuffled<T>(g: fc.GeneratorValue, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = g(fc.nat, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The highest severity among findings that a confirmation cannot clear (blocks). */
function unconfirmableDecision(evaluation: Evaluation): Decision {
  return evaluation.findings
    .filter((f) => f.severity === "block")
    .reduce<Decision>((worst, f) => maxDecision(worst, f.severity), "allow");
}

/**
 * Rules that look for something missing get milder when that thing is added,
 * so they are left out of the "adding never lowers" property for that kind of
 * addition: forgotten-attachment is answered by attaching a file, missing-subject
 * by typing a subject. Every other rule must be monotone.
 */
const LOWERED_BY_ADDING: Record<Addition["kind"], readonly string[]> = {
  // A recipient the greeting may be for, or text that runs on from the greeting's line, quiets addressee-mismatch.
  recipient: ["addressee-mismatch"],
  attachment: ["forgotten-attachment"],
  subject: ["missing-subject"],
  body: ["addressee-mismatch"],
};

/** Rules that judge To apart from CC: a greeting names whom the mail is to (addressee-mismatch, DESIGN §3). */
const JUDGE_TO_APART = ["addressee-mismatch"];

type Addition =
  | { kind: "recipient"; field: RecipientField; recipient: Recipient }
  | { kind: "attachment"; attachment: Attachment }
  | { kind: "subject"; text: string }
  | { kind: "body"; text: string };

const additionArb: fc.Arbitrary<Addition> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("recipient" as const), field: fc.constantFrom(...RECIPIENT_FIELDS), recipient: recipientArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("attachment" as const), attachment: attachmentArb(99) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("subject" as const), text: textArb(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("body" as const), text: textArb(3) }) },
);

function withAddition(draft: Draft, addition: Addition): Draft {
  switch (addition.kind) {
    case "recipient":
      return { ...draft, [addition.field]: [...draft[addition.field], addition.recipient] };
    case "attachment":
      return { ...draft, attachments: [...draft.attachments, addition.attachment] };
    case "subject":
      return { ...draft, subject: `${draft.subject} ${addition.text}` };
    case "body":
      // A new paragraph of the sender's own text, above whatever was quoted.
      return { ...draft, body: { ...draft.body, newText: `${draft.body.newText}\n\n${addition.text}` } };
  }
}

// --------------------------------------------------------------- properties

describe("engine properties over random drafts and policies", () => {
  // Guards the properties below against passing vacuously: a rule the generators never trigger is not tested by them.
  it("generates drafts on which every rule fires (extend the pools above for a rule that does not)", () => {
    const fired = new Set<string>();
    for (const [draft, policy] of fc.sample(fc.tuple(draftArb, policyArb), { numRuns: 400, seed: 20240501 })) {
      for (const finding of evaluate(draft, policy).findings) fired.add(finding.rule);
    }
    expect(allRules.map((rule) => rule.id).filter((id) => !fired.has(id))).toEqual([]);
  });

  it("never throws, and returns a decision that is the highest standing severity", () => {
    fc.assert(
      fc.property(draftArb, policyArb, (draft, policy) => {
        const evaluation = evaluate(draft, policy);
        const worst = evaluation.findings.reduce<Decision>((d, f) => maxDecision(d, f.severity), "allow");
        expect(evaluation.decision).toBe(worst);
        expect(evaluation.confirmed).toEqual([]);
      }),
      RUNS,
    );
  });

  it("names only recipients and attachments that are in the draft", () => {
    fc.assert(
      fc.property(draftArb, policyArb, (draft, policy) => {
        const addresses = new Set(RECIPIENT_FIELDS.flatMap((field) => draft[field].map((r) => r.address)));
        const names = new Set(draft.attachments.map((a) => a.name));
        for (const finding of evaluate(draft, policy).findings) {
          for (const address of finding.recipients) expect(addresses).toContain(address);
          for (const name of finding.attachments) expect(names).toContain(name);
          expect(finding.items.length).toBeGreaterThan(0);
          expect(allRules.map((r) => r.id)).toContain(finding.rule);
        }
      }),
      RUNS,
    );
  });

  it("does not depend on the order of recipients, on To versus CC, or on the order of attachments", () => {
    const toOrCc = allRules.filter((rule) => !JUDGE_TO_APART.includes(rule.id));
    fc.assert(
      fc.property(draftArb, policyArb, fc.gen(), (draft, policy, g) => {
        // To and CC are both visible to every recipient: re-deal them across the two fields.
        const visible = shuffled(g, [...draft.to, ...draft.cc]);
        const split = g(fc.nat, visible.length);
        const reordered: Draft = {
          ...draft,
          to: visible.slice(0, split),
          cc: visible.slice(split),
          bcc: shuffled(g, draft.bcc),
          attachments: shuffled(g, draft.attachments),
        };
        const before = evaluateWith(toOrCc, draft, policy, [], { suffixes: FULL_SUFFIXES, surnames: SURNAMES });
        const after = evaluateWith(toOrCc, reordered, policy, [], { suffixes: FULL_SUFFIXES, surnames: SURNAMES });
        expect(after.decision).toBe(before.decision);
        expect(findingKeys(after)).toEqual(findingKeys(before));
        // Within each field the order never matters, to any rule.
        const withinFields: Draft = { ...reordered, to: shuffled(g, draft.to), cc: shuffled(g, draft.cc) };
        expect(findingKeys(evaluate(withinFields, policy))).toEqual(findingKeys(evaluate({ ...reordered, to: draft.to, cc: draft.cc }, policy)));
      }),
      RUNS,
    );
  });

  it("never lowers any rule's outcome when a recipient, a file or more text is added", () => {
    fc.assert(
      fc.property(draftArb, policyArb, additionArb, (draft, policy, addition) => {
        const bigger = withAddition(draft, addition);
        for (const rule of allRules) {
          if (LOWERED_BY_ADDING[addition.kind].includes(rule.id)) continue;
          const before = evaluateWith([rule], draft, policy, [], { suffixes: FULL_SUFFIXES, surnames: SURNAMES }).decision;
          const after = evaluateWith([rule], bigger, policy, [], { suffixes: FULL_SUFFIXES, surnames: SURNAMES }).decision;
          if (rank(after) < rank(before)) {
            throw new Error(`${rule.id}: ${before} → ${after} after adding ${JSON.stringify(addition)}`);
          }
        }
      }),
      RUNS,
    );
  });

  it("judges a meeting as the same message without BCC or thread: same decision and items, only the wording and the BCC fix differ", () => {
    fc.assert(
      fc.property(draftArb, policyArb, (draft, policy) => {
        const message: Draft = { ...draft, bcc: [], thread: undefined };
        const meeting: Draft = { ...message, kind: "meeting" };
        const asMessage = evaluate(message, policy);
        const asMeeting = evaluate(meeting, policy);
        expect(asMeeting.decision).toBe(asMessage.decision);
        expect(findingKeys(asMeeting)).toEqual(findingKeys(asMessage));
        asMeeting.findings.forEach((finding, i) => {
          expect(finding.fixes).not.toContain("move-to-bcc");
          expect([asMessage.findings[i].message.id, `${asMessage.findings[i].message.id}-meeting`]).toContain(finding.message.id);
        });
      }),
      RUNS,
    );
  });

  it("never lets a confirmation clear a block, even with every item of every finding confirmed", () => {
    fc.assert(
      fc.property(draftArb, policyArb, (draft, policy) => {
        const before = evaluate(draft, policy);
        const everything = before.findings.flatMap((f) => f.items.map((item) => ({ rule: f.rule, item })));
        const after = evaluate(draft, policy, everything);
        expect(after.decision).toBe(unconfirmableDecision(before));
        const blocks = (e: Evaluation) => findingKeys({ ...e, findings: e.findings.filter((f) => f.severity === "block") });
        expect(blocks(after)).toEqual(blocks(before));
        if (before.decision === "block") expect(after.decision).toBe("block");
      }),
      RUNS,
    );
  });

  it("allows in one round once the pane's Confirm has confirmed every item and acknowledged every warning, unless something must be fixed", () => {
    fc.assert(
      fc.property(draftArb, policyArb, (draft, policy) => {
        const before = evaluate(draft, policy);
        const after = evaluate(draft, policy, confirmationsFor(before.findings));
        expect(after.decision).toBe(before.decision === "block" ? "block" : "allow");
        expect(after.findings.filter((f) => f.severity !== "block")).toEqual([]);
        expect(after.confirmed.length).toBe(before.findings.filter((f) => f.severity !== "block").length);
      }),
      RUNS,
    );
  });

  it("never lowers a block because of the conversation snapshot or the memory", () => {
    fc.assert(
      fc.property(draftArb, policyArb, (draft, policy) => {
        // A snapshot may add one (thread-newcomer set to block), never take one away.
        const blocks = (e: Evaluation) => findingKeys({ ...e, findings: e.findings.filter((f) => f.severity === "block") });
        const withHistory = blocks(evaluate(draft, policy));
        for (const block of blocks(evaluate(withoutHistory(draft), policy))) expect(withHistory).toContain(block);
      }),
      RUNS,
    );
  });

  it("never clears a finding about an address that is neither carried over nor remembered", () => {
    fc.assert(
      fc.property(draftArb, policyArb, (draft, policy) => {
        const withHistory = evaluate(draft, policy);
        const newAddresses = new Set(withHistory.recipients.filter((r) => r.familiarity === "new").map((r) => r.address));
        const named = new Set(withHistory.findings.flatMap((f) => f.recipients.map((address) => `${f.rule}\n${address}`)));
        const without = evaluate(withoutHistory(draft), policy);
        for (const finding of without.findings) {
          for (const address of finding.recipients) {
            if (newAddresses.has(address)) expect(named).toContain(`${finding.rule}\n${address}`);
          }
        }
        // Files are asked about while any outside recipient is new.
        const someNewOutside = withHistory.recipients.some((r) => r.zone === "external" && r.familiarity === "new");
        const asksFiles = (e: Evaluation) => e.findings.some((f) => f.rule === "external-attachment");
        if (someNewOutside && asksFiles(without)) expect(asksFiles(withHistory)).toBe(true);
      }),
      RUNS,
    );
  });

  it("stops again for a confirm-level item added after confirming", () => {
    fc.assert(
      fc.property(draftArb, policyArb, additionArb, (draft, policy, addition) => {
        const confirmations = confirmationsFor(evaluate(draft, policy).findings);
        const bigger = withAddition(draft, addition);
        const covered = new Set(confirmations.map((c) => `${c.rule}\n${c.item}`));
        const uncovered = evaluate(bigger, policy).findings.some(
          (f) => f.severity === "confirm" && f.items.some((item) => !covered.has(`${f.rule}\n${item}`)),
        );
        const after = evaluate(bigger, policy, confirmations);
        if (uncovered) expect(rank(after.decision)).toBeGreaterThanOrEqual(rank("confirm"));
        else expect(after.findings.filter((f) => f.severity === "confirm")).toEqual([]);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------- greetings

describe("the send handler's test for fetching the surname table", () => {
  // Pieces of the top of a mail and of file names: names with and without honorifics, groups, companies, prose.
  const piece = fc.constantFrom(
    "藤田", "藤田 海斗", "様", "さん", "殿", "御中", "先生", "各位", "ご担当者", "株式会社青島電機", "(株)丸吉", "営業部",
    "Dear", "Hi", "Ms.", "Fujita", "Kaito", "-san", " san", "all", "Inc.", ",", "、", "。", ":", "!", " ", "\n",
    "いつもお世話になっております", "見積書", "_", "(", ")", ".pdf", ".xlsx", "cc:",
  );
  const text = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(""));

  it("says yes to every draft whose greeting or file names name someone", () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 2 }), (body, fileNames) => {
        const named = readGreeting(body, SURNAMES).names.length > 0 || fileNames.some((name) => namesInFileName(name, SURNAMES).length > 0);
        if (named) expect(mayNameSomeone(body, fileNames)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("says no to the top of a mail that greets no one", () => {
    for (const body of ["いつもお世話になっております。\n資料を添付します。", "関係者各位\nお疲れさまです。", "Please find the report attached.", ""]) {
      expect(mayNameSomeone(body, ["report.pdf", "議事録_20261204.docx"])).toBe(false);
    }
  });
});
