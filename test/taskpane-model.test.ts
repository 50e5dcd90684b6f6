import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as engineContext from "../src/engine/context";
import { makeDraft, type DraftSpec } from "../src/engine/draft";
import { evaluate } from "../src/check";
import { confirmationsFor } from "../src/engine/evaluate";
import type { Confirmation } from "../src/engine/types";
import { formatMessage } from "../src/i18n";
import { renderFinding } from "../src/i18n/findings";
import { en } from "../src/i18n/en";
import { paneEn } from "../src/i18n/pane-en";
import type { FetchLike } from "../src/office/fetch";
import { loadPolicy } from "../src/office/policy-source";
import { parsePolicy } from "../src/check";
import { formatSize } from "../src/rules/attachments";
import {
  buildPaneModel,
  isTicked,
  mergeConfirmations,
  tickedConfirmations,
  withTicks,
  type PaneModel,
} from "../src/taskpane/model";
import { deliveryNotice, DETAILS_SHOWN, policyNotices, readNotices, type PaneNotice } from "../src/taskpane/notices";
import { translator } from "../src/taskpane/text";

const policyResult = parsePolicy({
  internalDomains: ["hoshizora-logi.example"],
  trustedDomains: ["tsurugi-kikai.co.jp"],
  blockedDomains: ["spam-relay.test"],
});
if (!policyResult.ok) throw new Error(policyResult.errors.join("; "));
const policy = policyResult.policy;
const FROM = "me@hoshizora-logi.example";

function modelOf(spec: DraftSpec, confirmations: Confirmation[] = []): PaneModel {
  const draft = makeDraft({ from: FROM, ...spec });
  return buildPaneModel(draft, policy, evaluate(draft, policy, confirmations));
}

function rowsByAddress(model: PaneModel) {
  return new Map(model.sections.flatMap((s) => s.groups.flatMap((g) => g.rows.map((r) => [r.address, r] as const))));
}

describe("pane model: the evaluation's classification", () => {
  it("classifies a 1,000-recipient draft once per change: the model, the BCC fix and the delay notice read the evaluation", () => {
    const delayed = parsePolicy({ internalDomains: ["hoshizora-logi.example"], delivery: { delayExternalSeconds: 60 } });
    if (!delayed.ok) throw new Error(delayed.errors.join("; "));
    const to = Array.from({ length: 1000 }, (_, i) => `user${i}@client${i % 40}.example`);
    const draft = makeDraft({ from: FROM, to });
    const classify = jest.spyOn(engineContext, "buildSharedContext");
    try {
      const evaluation = evaluate(draft, delayed.policy);
      const model = buildPaneModel(draft, delayed.policy, evaluation);
      expect(deliveryNotice(evaluation, delayed.policy, "en")).toBeDefined();
      expect(model.recipientCount).toBe(1000);
      expect(model.moveToBcc).toHaveLength(1000);
      expect(classify).toHaveBeenCalledTimes(1);
    } finally {
      classify.mockRestore();
    }
  });

  it("still lists the recipients when the policy's emergency switch turns the checks off", () => {
    const off = parsePolicy({ enabled: false, internalDomains: ["hoshizora-logi.example"] });
    if (!off.ok) throw new Error(off.errors.join("; "));
    const draft = makeDraft({ from: FROM, to: ["aoki@kita-shoji.example", "boss@hoshizora-logi.example"] });
    const evaluation = evaluate(draft, off.policy);
    expect(evaluation.findings).toEqual([]);
    const model = buildPaneModel(draft, off.policy, evaluation);
    expect(model.sections.map((s) => [s.zone, s.count])).toEqual([["external", 1], ["internal", 1]]);
  });
});

describe("pane model: recipients by zone and organisation", () => {
  const model = modelOf({
    to: ["Aoki <aoki@kita-shoji.example>", "sato@sales.kita-shoji.example", "friend@gmail.com"],
    cc: ["Aoki <aoki@kita-shoji.example>", "partner@tsurugi-kikai.co.jp", "boss@hoshizora-logi.example"],
    bcc: ["other@gmail.com"],
  });

  it("orders zones external, trusted, internal and groups subdomains under one organisation", () => {
    expect(model.sections.map((s) => s.zone)).toEqual(["external", "trusted", "internal"]);
    const external = model.sections[0];
    const org = external.groups.find((g) => g.label === "kita-shoji.example");
    expect(org?.rows.map((r) => r.address)).toEqual(["aoki@kita-shoji.example", "sato@sales.kita-shoji.example"]);
    expect(model.recipientCount).toBe(6);
  });

  it("gathers personal mailboxes under their provider and marks them personal", () => {
    const gmail = model.sections[0].groups.find((g) => g.label === "gmail.com");
    expect(gmail?.kind).toBe("personal");
    expect(gmail?.rows.map((r) => r.address).sort()).toEqual(["friend@gmail.com", "other@gmail.com"]);
  });

  it("shows an address that is in To and CC once, with both fields", () => {
    expect(rowsByAddress(model).get("aoki@kita-shoji.example")?.fields).toEqual(["to", "cc"]);
  });

  it("asks about untrusted external addresses; a trusted one only for exposure, internal ones never", () => {
    const rows = rowsByAddress(model);
    const rulesOf = (address: string) => rows.get(address)?.check?.confirmations.map((c) => c.rule).sort();
    expect(rulesOf("other@gmail.com")).toEqual(["external-recipient"]);
    // Trusted partners still see the other visible parties' addresses.
    expect(rulesOf("partner@tsurugi-kikai.co.jp")).toEqual(["cross-org-exposure"]);
    expect(rows.get("boss@hoshizora-logi.example")?.check).toBeUndefined();
  });

  it("puts one checkbox per item even when several rules ask about it", () => {
    const ids = model.checks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const aoki = rowsByAddress(model).get("aoki@kita-shoji.example")?.check;
    const rules = aoki?.confirmations.map((c) => c.rule).sort();
    // Two visible external parties (kita-shoji and a gmail user) see each other: cross-org-exposure asks too.
    expect(rules).toEqual(["cross-org-exposure", "external-recipient"]);
  });
});

describe("pane model: contact groups (entries without an address)", () => {
  const group = (name: string) => ({ address: "", name, kind: "distributionList" as const });
  const draft = makeDraft({ from: FROM, to: ["aoki@kita-shoji.example"] });
  draft.to.push(group("Team A"));
  draft.cc.push(group("Team B"), group(""), group("Team B"));
  const model = buildPaneModel(draft, policy, evaluate(draft, policy));
  const rows = model.sections.flatMap((s) => s.groups.flatMap((g) => g.rows));

  it("shows each group as its own row, under one group of entries without an address", () => {
    expect(model.recipientCount).toBe(5);
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const noAddress = model.sections.flatMap((s) => s.groups).filter((g) => g.kind === "no-address");
    expect(noAddress).toHaveLength(1);
    expect(noAddress[0].rows.map((r) => [r.name, r.fields])).toEqual([
      ["Team A", ["to"]],
      ["Team B", ["cc"]],
      ["", ["cc"]],
      ["Team B", ["cc"]],
    ]);
  });

  it("removes a group by field, name and position, never by the empty address", () => {
    expect(rows.filter((r) => r.address === "").map((r) => r.target)).toEqual([
      { field: "to", name: "Team A", position: 0 },
      { field: "cc", name: "Team B", position: 0 },
      { field: "cc", name: "", position: 0 },
      { field: "cc", name: "Team B", position: 1 },
    ]);
    expect(rows.find((r) => r.address === "aoki@kita-shoji.example")?.target).toBe("aoki@kita-shoji.example");
  });

  it("leaves groups out of the BCC fix: they have no address to move", () => {
    const many = makeDraft({ from: FROM, to: Array.from({ length: 12 }, (_, i) => `p${i}@${i % 2 ? "gmail.com" : "yahoo.co.jp"}`) });
    many.to.push(group("Team A"));
    const moved = buildPaneModel(many, policy, evaluate(many, policy)).moveToBcc;
    expect(moved).toHaveLength(12);
    expect(moved).not.toContain("");
  });
});

describe("pane model: fixes", () => {
  it("offers remove in the must-fix card for a blocked recipient, not again in its row", () => {
    const model = modelOf({ to: ["x@spam-relay.test", "boss@hoshizora-logi.example"] });
    expect(model.blockCards.map((c) => c.finding.rule)).toContain("blocked-recipient");
    const card = model.blockCards.find((c) => c.finding.rule === "blocked-recipient");
    expect(card?.removableRecipients).toEqual(["x@spam-relay.test"]);
    expect(rowsByAddress(model).get("x@spam-relay.test")?.removedInCard).toBe(true);
    expect(rowsByAddress(model).get("boss@hoshizora-logi.example")?.removedInCard).toBe(false);
  });

  it("moves every visible external address to BCC and leaves internal ones", () => {
    const externals = Array.from({ length: 12 }, (_, i) => `person${i}@${i % 2 ? "gmail.com" : "yahoo.co.jp"}`);
    const model = modelOf({ to: [...externals, "boss@hoshizora-logi.example"], cc: ["partner@tsurugi-kikai.co.jp"] });
    expect(model.blockCards.map((c) => c.finding.rule)).toContain("bcc-exposure");
    expect(model.moveToBcc.sort()).toEqual([...externals, "partner@tsurugi-kikai.co.jp"].sort());
  });

  it("offers no BCC move when no finding asks for it", () => {
    expect(modelOf({ to: ["aoki@kita-shoji.example"] }).moveToBcc).toEqual([]);
  });
});

describe("pane model: rows that must be fixed", () => {
  const attendees = Array.from({ length: 15 }, (_, i) => `attendee${i}@${["gmail.com", "yahoo.co.jp", "icloud.com"][i % 3]}`);

  it("gives the seminar's addresses in To no checkbox while the BCC move is pending, and marks each row with the fix", () => {
    const model = modelOf({ to: [...attendees, "boss@hoshizora-logi.example"] });
    expect(model.blockCards.map((c) => c.finding.rule)).toEqual(["bcc-exposure"]);
    expect(model.checks).toEqual([]);
    const rows = rowsByAddress(model);
    for (const address of attendees) expect(rows.get(address)).toMatchObject({ severity: "block", toBcc: true, check: undefined });
    expect(rows.get("boss@hoshizora-logi.example")?.toBcc).toBe(false);
  });

  it("asks about each outside recipient once they are in BCC (the live re-check after the fix)", () => {
    const model = modelOf({ to: ["boss@hoshizora-logi.example"], bcc: attendees });
    expect(model.blockCards).toEqual([]);
    expect(model.checks.map((c) => c.id).sort()).toEqual(attendees.map((a) => `recipient:${a}`).sort());
    expect(model.checks.every((c) => c.confirmations.every((x) => x.rule === "external-recipient"))).toBe(true);
  });

  it("still asks about a recipient the fix leaves alone", () => {
    const model = modelOf({ to: attendees.slice(0, 12), bcc: ["late@example.org"] });
    expect(model.checks.map((c) => c.id)).toEqual(["recipient:late@example.org"]);
  });

  it("asks nothing about a file that must be removed", () => {
    const model = modelOf({ to: ["aoki@kita-shoji.example"], attachments: [{ name: "tool.exe", size: 2048 }, { name: "見積書.pdf", size: 2048 }] });
    expect(model.checks.map((c) => c.id).sort()).toEqual(["attachment:見積書.pdf:2048", "recipient:aoki@kita-shoji.example"]);
  });
});

describe("pane model: entries that are no whole address", () => {
  const model = modelOf({ to: ["tanaka@", "田中", "aoki@kita-shoji.example", "boss@hoshizora-logi.example"] });

  it("lists them under their own heading, never under an empty organisation", () => {
    const groups = model.sections.flatMap((s) => s.groups);
    expect(groups.every((g) => g.kind !== "organisation" || g.label !== "")).toBe(true);
    const incomplete = groups.filter((g) => g.kind === "incomplete");
    expect(incomplete.map((g) => g.rows.map((r) => r.address))).toEqual([["tanaka@", "田中"]]);
    expect(translator("en")("ui/incomplete-group")).toBe("Incomplete addresses");
    expect(translator("ja")("ui/incomplete-group")).toBe("不完全なアドレス");
  });

  it("makes them a must-fix finding with a Remove button each, not a checkbox", () => {
    const card = model.blockCards.find((c) => c.finding.rule === "invalid-address");
    expect(card?.removableRecipients).toEqual(["tanaka@", "田中"]);
    expect(model.checks.map((c) => c.id)).toEqual(["recipient:aoki@kita-shoji.example"]);
  });

  it.each([
    ["en", "tanaka@, 田中: not a complete email address. Remove it"],
    ["ja", "tanaka@、田中 は完全なメールアドレスではありません。"],
  ] as const)("says so in words (%s)", (locale, start) => {
    const finding = model.blockCards.find((c) => c.finding.rule === "invalid-address")!.finding;
    expect(renderFinding(finding, locale, policy).startsWith(start)).toBe(true);
  });
});

describe("pane model: confirmation", () => {
  it("needs every (rule, item) pair of a checkbox ticked, so a new reason unticks it", () => {
    const before = modelOf({ to: ["aoki@kita-shoji.example"] });
    const check = before.checks[0];
    const ticked = withTicks(new Set(), [check], true);
    expect(isTicked(check, ticked)).toBe(true);
    // Adding a second company makes cross-org-exposure ask about aoki as well.
    const after = modelOf({ to: ["aoki@kita-shoji.example", "friend@gmail.com"] });
    const aoki = after.checks.find((c) => c.id === check.id);
    expect(aoki && isTicked(aoki, ticked)).toBe(false);
    expect(isTicked(check, withTicks(ticked, [check], false))).toBe(false);
  });

  it("marks confirmed rows and leaves no checkbox once the stored confirmations cover them", () => {
    const spec = { to: ["aoki@kita-shoji.example"], attachments: [{ name: "見積書.pdf", size: 2048 }] };
    const draft = makeDraft({ from: FROM, ...spec });
    const confirmations = confirmationsFor(evaluate(draft, policy).findings);
    const model = modelOf(spec, confirmations);
    expect(model.checks).toEqual([]);
    expect(rowsByAddress(model).get("aoki@kita-shoji.example")?.confirmed).toBe(true);
    expect(model.attachments[0].confirmed).toBe(true);
  });

  it("asks about attachments sent outside, and about the message itself for item-less findings", () => {
    const strict = parsePolicy({ rules: { "missing-subject": { severity: "confirm" } } });
    if (!strict.ok) throw new Error(strict.errors.join("; "));
    const draft = makeDraft({ from: FROM, to: ["aoki@kita-shoji.example"], subject: "", attachments: [{ name: "a.pdf" }] });
    const model = buildPaneModel(draft, strict.policy, evaluate(draft, strict.policy));
    expect(model.attachments[0].check?.confirmations.map((c) => c.rule)).toEqual(["external-attachment"]);
    expect(model.messageChecks.map((c) => c.id)).toEqual([expect.stringMatching(/^message:missing-subject:/)]);
    expect(model.checks[0].id).toMatch(/^message:missing-subject:/);
  });

  it("records exactly the ticked pairs that are still pending, not every pending one", () => {
    const spec = { to: ["aoki@kita-shoji.example", "friend@gmail.com"], attachments: [{ name: "見積書.pdf", size: 2048 }] };
    const draft = makeDraft({ from: FROM, ...spec });
    const evaluation = evaluate(draft, policy);
    const model = buildPaneModel(draft, policy, evaluation);
    const aoki = model.checks.find((c) => c.id === "recipient:aoki@kita-shoji.example")!;
    // A tick from before a reason went away (a confirmation the model no longer asks for) counts for nothing.
    const stale = { rule: "lookalike-domain", item: "recipient:aoki@kita-shoji.example" };
    const ticked = withTicks(new Set([`${stale.rule}\n${stale.item}`]), [aoki], true);
    const recorded = tickedConfirmations(model.checks, ticked);
    expect(recorded).toEqual(aoki.confirmations);
    expect(recorded.map((c) => c.rule).sort()).toEqual(["cross-org-exposure", "external-recipient"]);
    // Every pending pair would also confirm the gmail address and the file, which nobody ticked.
    expect(confirmationsFor(evaluation.findings).length).toBeGreaterThan(recorded.length);
  });

  it("lists the standing warnings, which need no tick, and acknowledges them with what Confirm records", () => {
    // A forgotten attachment (warn) beside an outside recipient (confirm).
    const spec = { to: ["aoki@kita-shoji.example"], subject: "資料の送付", body: "資料を添付します。" };
    const draft = makeDraft({ from: FROM, ...spec });
    const model = buildPaneModel(draft, policy, evaluate(draft, policy));
    expect(model.warnings.map((f) => f.rule)).toEqual(["forgotten-attachment"]);
    expect(model.checks.map((c) => c.id)).toEqual(["recipient:aoki@kita-shoji.example"]);
    // What the pane's Confirm saves: the ticked items plus the warnings' acknowledgement; one round, then Send goes.
    const saved = [...tickedConfirmations(model.checks, withTicks(new Set(), model.checks, true)), ...confirmationsFor(model.warnings)];
    expect(evaluate(draft, policy, saved).decision).toBe("allow");
    expect(modelOf(spec, saved).warnings).toEqual([]);
  });

  it("gives a must-fix finding no checkbox of its own: it is fixed, not confirmed", () => {
    const model = modelOf({ to: ["boss@hoshizora-logi.example"], attachments: [{ name: "invoice.pdf.exe", size: 4096 }] });
    expect(model.blockCards.map((c) => c.finding.rule)).toEqual(["attachment-type"]);
    expect(model.attachments[0].severity).toBe("block");
    expect(model.checks).toEqual([]);
    expect(model.warnings).toEqual([]);
  });

  it("merges new confirmations into stored ones without duplicates", () => {
    const a = { rule: "external-recipient", item: "recipient:a@x.jp" };
    const b = { rule: "external-recipient", item: "recipient:b@x.jp" };
    expect(mergeConfirmations([a], [a, b])).toEqual([a, b]);
  });
});

describe("pane model: who the recipients are to this user", () => {
  const model = modelOf({
    // A reply to aoki, written to sato before, with mori new and a colleague on copy.
    to: ["aoki@kita-shoji.example", "sato@kita-shoji.example"],
    cc: ["mori@minato-denki.example", "boss@hoshizora-logi.example"],
    thread: { compose: "reply", addresses: ["aoki@kita-shoji.example", "boss@hoshizora-logi.example"] },
    remembered: ["sato@kita-shoji.example"],
  });
  const rows = rowsByAddress(model);

  it("marks each outside recipient as on this conversation, written to before or new, as the evaluation classified them", () => {
    expect(rows.get("aoki@kita-shoji.example")?.familiarity).toBe("thread");
    expect(rows.get("sato@kita-shoji.example")?.familiarity).toBe("known");
    expect(rows.get("mori@minato-denki.example")?.familiarity).toBe("new");
  });

  it("leaves colleagues unmarked", () => {
    expect(rows.get("boss@hoshizora-logi.example")?.familiarity).toBeUndefined();
  });

  it("does not call anyone new when the memory could not be read, and still marks the conversation", () => {
    const unread = rowsByAddress(modelOf({ to: ["aoki@kita-shoji.example", "mori@minato-denki.example"], thread: { compose: "reply", addresses: ["aoki@kita-shoji.example"] } }));
    expect(unread.get("mori@minato-denki.example")?.familiarity).toBeUndefined();
    expect(unread.get("aoki@kita-shoji.example")?.familiarity).toBe("thread");
  });

  it.each(["en", "ja"] as const)("names each mark in words (%s)", (locale) => {
    const t = translator(locale);
    for (const mark of ["new", "thread", "known"]) expect(t(`ui/familiarity/${mark}`)).not.toMatch(/^ui\//);
  });
});

describe("sizes in the pane", () => {
  // One formatter for the pane, the playground and the rules' messages, so a file reads the same everywhere.
  it.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1024, "1 KB"],
    [1536, "1.5 KB"],
    [20 * 1024, "20 KB"],
    [3.4 * 1024 * 1024, "3.4 MB"],
    [12 * 1024 * 1024 * 1024, "12 GB"],
  ])("%d bytes → %s", (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });

  it("matches the size the external-attachment message names", () => {
    const draft = makeDraft({ from: FROM, to: ["aoki@kita-shoji.example"], attachments: [{ name: "図面.pdf", size: 1024 * 1024 }] });
    const finding = evaluate(draft, policy).findings.find((f) => f.rule === "external-attachment");
    expect(finding?.message.params.size).toBe(formatSize(1024 * 1024));
  });
});

describe("pane notices: what went wrong while checking", () => {
  const embedded = { internalDomains: ["hoshizora-logi.example"] };
  const answering =
    (body: string, status = 200, type = "application/json"): FetchLike =>
    () =>
      Promise.resolve({ ok: status < 400, status, headers: { get: () => type }, text: () => Promise.resolve(body) });
  const load = (fetch: FetchLike | undefined, embeddedPolicy: unknown = embedded) =>
    loadPolicy({ url: "policy.json", timeoutMs: 1000, fetch, embedded: embeddedPolicy });
  /** The bar's text as the user reads it. */
  const shown = (n: PaneNotice, locale: "en" | "ja") => translator(locale)(n.id, n.params);

  it("says nothing when the organisation's policy was used", async () => {
    expect(policyNotices(await load(answering(JSON.stringify(embedded))))).toEqual([]);
  });

  it.each([
    ["answers 500", answering("oops", 500, "text/plain"), "HTTP 500"],
    ["answers an HTML page", answering("<!doctype html><title>Portal</title>", 200, "text/html"), "HTML"],
    ["cannot be reached", () => Promise.reject(new TypeError("Failed to fetch")), "Failed to fetch"],
  ] as Array<[string, FetchLike, string]>)("warns that the built-in policy was used when the policy %s", async (_name, fetch, detail) => {
    const [n] = policyNotices(await load(fetch));
    expect(n).toMatchObject({ intent: "warning", id: "policy/fallback", details: [expect.stringContaining(detail)] });
    expect(shown(n, "en")).toBe("Your organisation's settings could not be read; the built-in settings are in use.");
    expect(shown(n, "ja")).toBe("組織の設定を読み込めなかったため、組み込みの設定で確認しています。");
  });

  it.each([
    ["broken JSON", "{ nope"],
    ["an invalid policy", JSON.stringify({ rules: { "bcc-exposure": { threshold: 0 } } })],
  ])("says the same plain line when the policy is %s, and keeps the validator's words as details", async (_name, body) => {
    const [n] = policyNotices(await load(answering(body)));
    expect(n).toMatchObject({ intent: "warning", id: "policy/fallback" });
    expect(n.details.join(" ")).toMatch(/not valid JSON|rules\.bcc-exposure\.threshold/);
    for (const locale of ["en", "ja"] as const) expect(shown(n, locale)).not.toMatch(/rules\.|JSON|HTTP/);
  });

  it("is an error when no valid policy exists at all, and shows only the first problems", async () => {
    const broken = { rules: { a: {}, b: {}, c: {}, d: {}, e: {} } };
    const [n] = policyNotices(await load(answering("<html>", 200, "text/html"), broken));
    expect(n).toMatchObject({ intent: "error", title: "ui/error-title", id: "policy/fallback" });
    expect(n.details).toHaveLength(DETAILS_SHOWN);
    expect(n.moreDetails).toBe(6 - DETAILS_SHOWN);
    expect(translator("en")("ui/notice/more", { count: n.moreDetails })).toBe("and 3 more");
  });

  it("reports host calls that failed or timed out as an incomplete check", () => {
    expect(readNotices([])).toEqual([]);
    const [n] = readNotices(["cc: no answer within 5000 ms"]);
    expect(n).toMatchObject({ intent: "error", id: "ui/notice/host", details: ["cc: no answer within 5000 ms"] });
    expect(shown(n, "en")).toMatch(/may be incomplete/);
    expect(shown(n, "ja")).toMatch(/チェックが不完全な可能性があります/);
  });
});

describe("pane notices: delayed delivery", () => {
  const delayed = (seconds: number) => {
    const result = parsePolicy({ internalDomains: ["hoshizora-logi.example"], delivery: { delayExternalSeconds: seconds } });
    if (!result.ok) throw new Error(result.errors.join("; "));
    return result.policy;
  };
  // The pane reads "outside the organisation" from the evaluation it already ran.
  const external = evaluate(makeDraft({ from: FROM, to: ["aoki@kita-shoji.example"], cc: ["boss@hoshizora-logi.example"] }), delayed(0));
  const internal = evaluate(makeDraft({ from: FROM, to: ["boss@hoshizora-logi.example"] }), delayed(0));

  it("says how long mail to outside addresses waits, and how to stop it in each client", () => {
    const en = deliveryNotice(external, delayed(120), "en");
    expect(en).toMatchObject({ intent: "info", title: "ui/delay/title", hints: ["ui/delay/web", "ui/delay/classic"] });
    expect(translator("en")(en!.id, en!.params)).toBe(
      "This message goes outside the organisation, so Presend asks Outlook to hold it for 2 minutes after you press Send.",
    );
    expect(translator("en")("ui/delay/web")).toMatch(/Drafts/);
    expect(translator("en")("ui/delay/classic")).toMatch(/cannot be edited or recalled/);
    const ja = deliveryNotice(external, delayed(120), "ja");
    expect(translator("ja")(ja!.id, ja!.params)).toContain("[送信]を押してから 2 分後に配信");
    expect(translator("ja")("ui/delay/web")).toContain("下書き");
    expect(translator("ja")("ui/delay/classic")).toContain("取り消しもできません");
  });

  it("counts in seconds when the delay is not whole minutes", () => {
    expect(deliveryNotice(external, delayed(90), "en")?.params.delay).toBe("90 seconds");
    expect(deliveryNotice(external, delayed(90), "ja")?.params.delay).toBe("90 秒");
  });

  it("says nothing on a meeting request, which Outlook cannot hold back", () => {
    const meeting = evaluate(makeDraft({ kind: "meeting", from: FROM, to: ["aoki@kita-shoji.example"] }), delayed(0));
    expect(deliveryNotice(meeting, delayed(120), "en", "meeting")).toBeUndefined();
    expect(deliveryNotice(meeting, delayed(120), "en", "message")).toBeDefined();
  });

  it("says nothing for internal mail or when the policy sets no delay", () => {
    expect(deliveryNotice(internal, delayed(120), "en")).toBeUndefined();
    expect(deliveryNotice(external, delayed(0), "en")).toBeUndefined();
  });
});

describe("pane strings", () => {
  const sources = readdirSync(join(__dirname, "..", "src", "taskpane")).filter((file) => /\.tsx?$/.test(file));
  const idsUsed = new Set(
    sources.flatMap((file) =>
      Array.from(readFileSync(join(__dirname, "..", "src", "taskpane", file), "utf8").matchAll(/["'`](ui\/[a-z0-9/-]+)/g), (m) => m[1]),
    ),
  );

  it("has every ui/ id the pane uses, in both languages", () => {
    expect(idsUsed.size).toBeGreaterThan(20);
    const keys = Object.keys(paneEn);
    for (const id of idsUsed) {
      // `ui/field/${field}`: a prefix of ids built at run time.
      if (/[/-]$/.test(id)) {
        expect(keys.filter((key) => key.startsWith(id)).length).toBeGreaterThan(1);
        continue;
      }
      expect(keys).toContain(id);
      expect(translator("ja")(id)).not.toBe(id);
    }
  });

  it("keeps them out of the catalogue the Outlook event script carries", () => {
    for (const id of Object.keys(paneEn)) expect(Object.keys(en)).not.toContain(id);
    expect(translator("en")("ui/title")).toBe(paneEn["ui/title"]);
    expect(formatMessage("en", "ui/title")).toBe("ui/title");
  });
});

describe("pane text on a meeting request", () => {
  it("speaks of attendees where the pane has a meeting wording, in both languages", () => {
    const meetingEn = translator("en", undefined, "meeting");
    const meetingJa = translator("ja", undefined, "meeting");
    expect(meetingEn("ui/recipients-heading", { count: 3 })).toBe("Attendees (3)");
    expect(meetingJa("ui/recipients-heading", { count: 3 })).toBe("出席者(3名)");
    expect(meetingEn("ui/field/to")).toBe("Required");
    expect(meetingJa("ui/field/cc")).toBe("任意");
    expect(meetingJa("ui/confirm-intro")).toContain("出席者と添付ファイル");
    expect(meetingJa("ui/familiarity/new")).toBe("初めての相手");
    expect(meetingEn("ui/loading")).toBe("Checking this meeting request…");
    // Strings without a meeting wording are the message's; a message never gets the meeting's.
    expect(meetingEn("ui/confirm")).toBe("Confirm");
    expect(translator("en")("ui/recipients-heading", { count: 3 })).toBe("Recipients (3)");
  });

  it("has a message wording for every meeting wording, so none is left unused", () => {
    for (const id of Object.keys(paneEn).filter((key) => key.endsWith("-meeting"))) {
      expect(paneEn).toHaveProperty([id.slice(0, -"-meeting".length)]);
    }
  });
});
