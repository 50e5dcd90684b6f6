import { makeDraft, type DraftSpec } from "../src/engine/draft";
import { confirmationsFor, evaluate } from "../src/engine/evaluate";
import type { Confirmation } from "../src/engine/types";
import { parsePolicy } from "../src/policy";
import {
  buildPaneModel,
  humanSize,
  isTicked,
  mergeConfirmations,
  withTicks,
  type PaneModel,
} from "../src/taskpane/model";

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
    expect(gmail?.personal).toBe(true);
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
    expect(model.messageChecks.map((c) => c.id)).toEqual(["message:missing-subject"]);
    expect(model.checks[0].id).toBe("message:missing-subject");
  });

  it("merges new confirmations into stored ones without duplicates", () => {
    const a = { rule: "external-recipient", item: "recipient:a@x.jp" };
    const b = { rule: "external-recipient", item: "recipient:b@x.jp" };
    expect(mergeConfirmations([a], [a, b])).toEqual([a, b]);
  });
});

describe("humanSize", () => {
  it.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1024, "1.0 KB"],
    [1536, "1.5 KB"],
    [20 * 1024, "20 KB"],
    [3.4 * 1024 * 1024, "3.4 MB"],
    [12 * 1024 * 1024 * 1024, "12 GB"],
  ])("%d bytes → %s", (bytes, text) => {
    expect(humanSize(bytes)).toBe(text);
  });
});
