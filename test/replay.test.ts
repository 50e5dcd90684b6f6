import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findMessages, readHeaderBlock, readMessage } from "../src/cli/mailbox";
import { nodeFiles } from "../src/cli/node-files";
import type { CliIO } from "../src/cli/main";
import { decisionRank, type Decision } from "../src/engine/types";
import { allRules } from "../src/rules";
import { cli, jsonLines, ROOT, writePolicy, type JsonResult } from "./support/presend-cli";

const USER = "me@home-co.example";
const POLICY = { version: 1, internalDomains: ["home-co.example"] };

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "presend-replay-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Mail {
  date?: string;
  from?: string;
  to?: string[];
  cc?: string[];
  id: string;
  inReplyTo?: string;
  references?: string[];
  subject?: string;
  body?: string;
}

/** A plain message as a mail client saves it (CRLF); `from` defaults to the user. */
function eml(mail: Mail): string {
  const lines = [
    ...(mail.date ? [`Date: ${mail.date}`] : []),
    `From: ${mail.from ?? USER}`,
    `To: ${(mail.to ?? []).join(", ")}`,
    ...(mail.cc ? [`Cc: ${mail.cc.join(", ")}`] : []),
    "Content-Type: text/plain; charset=utf-8",
    `Subject: ${mail.subject ?? "Schedule"}`,
    `Message-ID: <${mail.id}>`,
    ...(mail.inReplyTo ? [`In-Reply-To: <${mail.inReplyTo}>`] : []),
    ...(mail.references ? [`References: ${mail.references.map((id) => `<${id}>`).join(" ")}`] : []),
    "",
    mail.body ?? "See you on Monday.",
    "",
  ];
  return lines.join("\r\n");
}

/** Writes `files` (name → content) into a new folder; returns its path. */
function mailbox(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

/** An mbox of `mails`, each after a mboxrd "From " line and followed by an empty line. */
const mbox = (mails: string[]) => mails.map((text) => `From sender@example.com Mon Nov  2 09:00:00 2026\n${text.replace(/\r\n/g, "\n")}\n`).join("");

const policyFile = (name: string, extra: object = {}) => writePolicy(`replay-${name}.json`, { ...POLICY, ...extra });

async function replay(paths: string[], options: { policy?: string; env?: Record<string, string>; json?: boolean } = {}) {
  const argv = ["replay", "--policy", options.policy ?? policyFile("default"), "--user", USER, ...(options.json === false ? [] : ["--json"]), ...paths];
  return cli(argv, options.env);
}

interface Summary {
  sends: number;
  allow: number;
  warn: number;
  confirm: number;
  block: number;
  interruptionsPer100: number;
}

/** The send lines and the summary line of a --json replay. */
function parsed(stdout: string): { sends: JsonResult[]; summary: Summary } {
  const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
  return { sends: lines.slice(0, -1) as JsonResult[], summary: (lines[lines.length - 1] as { summary: Summary }).summary };
}

const rulesOf = (result: JsonResult) => result.findings.map((f) => f.rule);
const DAY = (day: number, time = "10:00") => `Mon, ${day} Nov 2026 ${time}:00 +0900`;

describe("presend replay: order and mailbox formats", () => {
  it("replays in Date order, equal dates in input order, so the earlier send is the first contact", async () => {
    const dir = mailbox("order", {
      "a.eml": eml({ date: DAY(9), to: ["kato@client.example"], id: "later@home" }),
      "b.eml": eml({ date: DAY(2), to: ["kato@client.example"], id: "first@home" }),
      "c.eml": eml({ date: DAY(9), to: ["kato@client.example"], id: "tie@home" }),
    });
    const { sends } = parsed((await replay([dir])).stdout);
    expect(sends.map((s) => [path.basename(s.file), s.decision])).toEqual([
      ["b.eml", "confirm"],
      ["a.eml", "allow"],
      ["c.eml", "allow"],
    ]);
    expect(rulesOf(sends[0])).toEqual(["external-recipient"]);
  });

  it("recurses into folders, takes only .eml and mbox files there, and names mbox messages path#N", async () => {
    const dir = mailbox("formats", {
      "README.md": "From here on, notes.\n",
      "sub/one.eml": eml({ date: DAY(2), to: ["kato@client.example"], id: "one@home" }),
      "box.mbox": mbox([
        eml({ date: DAY(3), from: "kato@client.example", to: [USER], id: "in@client" }),
        eml({ date: DAY(4), to: ["sato@other.example"], id: "two@home" }),
      ]),
    });
    const { sends, summary } = parsed((await replay([dir])).stdout);
    expect(sends.map((s) => s.file)).toEqual([path.join(dir, "sub/one.eml"), `${path.join(dir, "box.mbox")}#2`]);
    expect(summary.sends).toBe(2);
  });

  it("splits an mbox on From lines after an empty line and undoes mboxrd >From escaping", async () => {
    const body = ["Dear Kato,", "", ">From the minutes:", ">>From quoted", "From inside a paragraph stays"].join("\n");
    const file = path.join(tmp, "escaped.mbox");
    writeFileSync(file, mbox([eml({ date: DAY(2), to: ["a@x.example"], id: "m1@home", body }), eml({ date: DAY(3), to: ["b@y.example"], id: "m2@home" })]));
    const io = { ...nodeFiles() } as CliIO;
    const places = await findMessages(io, [file]);
    expect(places.map((p) => p.file)).toEqual([`${file}#1`, `${file}#2`]);
    const first = Buffer.from(await readMessage(io, places[0])).toString("utf8");
    expect(first.startsWith("Date: ")).toBe(true);
    expect(first).toContain("\nFrom the minutes:\n>From quoted\nFrom inside a paragraph stays\n");
    expect(first).not.toContain("From sender@example.com");
    // The empty line before the next separator is the mbox's, not the message's.
    expect(first.endsWith("From inside a paragraph stays\n")).toBe(true);
    expect(first.endsWith("\n\n")).toBe(false);
    const header = Buffer.from(await readHeaderBlock(io, places[1])).toString("utf8");
    expect(header).toMatch(/^Date: .*\nFrom: me@home-co\.example\n[\s\S]*Message-ID: <m2@home>\n\n$/);
  });
});

describe("presend replay: threads", () => {
  const received = eml({ date: DAY(2), from: "Kato <kato@client.example>", to: [USER, "ito@client.example"], cc: ["suzuki@partner.example"], id: "q@client" });

  it("a reply by In-Reply-To carries over the message's From, To and CC: none of them is asked about", async () => {
    const dir = mailbox("in-reply-to", {
      "1.eml": received,
      "2.eml": eml({ date: DAY(3), to: ["kato@client.example"], cc: ["ito@client.example", "suzuki@partner.example"], id: "r@home", inReplyTo: "q@client" }),
    });
    const { sends } = parsed((await replay([dir])).stdout);
    expect(sends.map((s) => [s.decision, rulesOf(s)])).toEqual([["allow", []]]);
  });

  it("a newcomer from another party in the reply is named by thread-newcomer, and the carried-over are not", async () => {
    const dir = mailbox("newcomer", {
      "1.eml": received,
      "2.eml": eml({ date: DAY(3), to: ["kato@client.example", "stranger@elsewhere.example"], id: "r@home", inReplyTo: "q@client" }),
    });
    const [reply] = parsed((await replay([dir])).stdout).sends;
    expect(reply.findings.find((f) => f.rule === "thread-newcomer")?.recipients).toEqual(["stranger@elsewhere.example"]);
    expect(reply.findings.find((f) => f.rule === "external-recipient")?.recipients).toEqual(["stranger@elsewhere.example"]);
  });

  it("follows the last References id when In-Reply-To is missing or names nothing in the input", async () => {
    const dir = mailbox("references", {
      "1.eml": received,
      "2.eml": eml({ date: DAY(3), to: ["kato@client.example"], id: "r1@home", references: ["older@client", "q@client"] }),
      "3.eml": eml({ date: DAY(3, "11:00"), to: ["ito@client.example"], id: "r2@home", inReplyTo: "unknown@nowhere", references: ["q@client"] }),
      // The first References id names the thread's root, not the message answered: not followed.
      "4.eml": eml({ date: DAY(3, "12:00"), to: ["suzuki@partner.example"], id: "r3@home", references: ["q@client", "gone@client"] }),
    });
    const { sends } = parsed((await replay([dir], { policy: policyFile("no-memory", { memory: { enabled: false, days: 180 } }) })).stdout);
    expect(sends.map((s) => s.decision)).toEqual(["allow", "allow", "confirm"]);
  });

  it("carries over everyone but the user: the user's own address in a reply is a newcomer when the policy makes it external", async () => {
    // The user's mailbox is outside the internal domains here (a personal address), so it is judged like anyone.
    const user = "me.private@gmail.com";
    const dir = mailbox("minus-user", {
      "1.eml": eml({ date: DAY(2), from: "kato@client.example", to: [user], id: "q2@client" }),
      "2.eml": eml({ date: DAY(3), from: user, to: ["kato@client.example"], cc: [user], id: "r@home", inReplyTo: "q2@client" }),
    });
    const run = await cli(["replay", "--json", "--policy", policyFile("default"), "--user", user, dir]);
    const [reply] = parsed(run.stdout).sends;
    expect(reply.findings.find((f) => f.rule === "thread-newcomer")?.recipients).toEqual([user]);
  });
});

/** A meeting request the user sends, as a mail client saves it: the invitation is a text/calendar part. */
function meetingEml(mail: Mail & { attendees: string[] }): string {
  const ics = [
    "BEGIN:VCALENDAR",
    "METHOD:REQUEST",
    "VERSION:2.0",
    "BEGIN:VEVENT",
    `ORGANIZER:mailto:${USER}`,
    ...mail.attendees,
    "SUMMARY:Kick-off",
    "DTSTART:20261110T010000Z",
    "LOCATION:Room A",
    "END:VEVENT",
    "END:VCALENDAR",
  ].join("\r\n");
  const head = eml({ ...mail, body: "" }).replace("Content-Type: text/plain; charset=utf-8", 'Content-Type: multipart/alternative; boundary="b"');
  return `${head.trimEnd()}\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee you there.\r\n--b\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n${ics}\r\n--b--\r\n`;
}

describe("presend replay: meeting requests", () => {
  it("checks the user's meeting request by its attendees, with no thread, and remembers them for later mail", async () => {
    const dir = mailbox("meeting", {
      "1.eml": eml({ date: DAY(2), from: "Kato <kato@client.example>", to: [USER], id: "q@client" }),
      // Sent from the conversation: a mail would carry kato over and call stranger a newcomer; a meeting has no thread.
      "2.eml": meetingEml({
        date: DAY(3),
        to: ["kato@client.example", "stranger@elsewhere.example", "room-a@venue.example"],
        id: "m@home",
        inReplyTo: "q@client",
        attendees: [
          `ATTENDEE;ROLE=CHAIR:mailto:${USER}`,
          "ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:kato@client.example",
          "ATTENDEE;ROLE=OPT-PARTICIPANT:mailto:stranger@elsewhere.example",
          "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:room-a@venue.example",
        ],
      }),
      "3.eml": eml({ date: DAY(4), to: ["stranger@elsewhere.example"], id: "3@home" }),
    });
    const { sends } = parsed((await replay([dir])).stdout);
    const [meeting, later] = sends;
    expect(meeting.meeting).toEqual({ location: "Room A", start: "2026-11-10T01:00:00.000Z" });
    expect(rulesOf(meeting)).not.toContain("thread-newcomer");
    const outside = meeting.findings.find((f) => f.rule === "external-recipient");
    // Both are new to memory (kato wrote to the user; the user never wrote to kato); the room is no one.
    expect(outside?.recipients.sort()).toEqual(["kato@client.example", "stranger@elsewhere.example"]);
    expect(outside?.message).toMatch(/^Outside attendees you have not written to before/);
    expect(later.decision).toBe("allow");
  });
});

describe("presend replay: memory", () => {
  const threeSends = {
    "1.eml": eml({ date: DAY(2), to: ["kato@client.example"], id: "1@home" }),
    "2.eml": eml({ date: DAY(3), to: ["Kato <KATO@Client.example>"], id: "2@home" }),
    "3.eml": eml({ date: DAY(30), to: ["kato@client.example"], id: "3@home" }),
  };

  it("remembers each send's outside recipients: the second mail to the same person is quiet", async () => {
    const { sends, summary } = parsed((await replay([mailbox("memory", threeSends)])).stdout);
    expect(sends.map((s) => s.decision)).toEqual(["confirm", "allow", "allow"]);
    expect(sends[0].findings[0].message).toMatch(/not written to before/);
    expect(summary).toEqual({ sends: 3, allow: 2, warn: 0, confirm: 1, block: 0, interruptionsPer100: 33.3 });
  });

  it("forgets whom the user has not written to within memory.days", async () => {
    const policy = policyFile("ten-days", { memory: { enabled: true, days: 10 } });
    // As in the add-in, old entries are dropped when the memory is read for a send, with or without a send in between.
    const { sends } = parsed((await replay([mailbox("memory-days", threeSends)], { policy })).stdout);
    const withGap = { ...threeSends, "2b.eml": eml({ date: DAY(20), to: ["colleague@home-co.example"], id: "2b@home" }) };
    const gapped = parsed((await replay([mailbox("memory-days-gap", withGap)], { policy })).stdout);
    expect(gapped.sends.map((s) => s.decision)).toEqual(["confirm", "allow", "allow", "confirm"]);
    expect(sends.map((s) => s.decision)).toEqual(["confirm", "allow", "confirm"]);
  });

  it("remembers what each send's greeting named: a company greeted at one party, then at another, is a mismatch", async () => {
    const greeting = "青島電機株式会社\r\n藤田様\r\n\r\nお世話になっております。";
    const sends = {
      "1.eml": eml({ date: DAY(2), to: ["k.f@aoshima-denki.example"], id: "1@home", body: greeting }),
      "2.eml": eml({ date: DAY(3), to: ["k.f@aoshima-denki.example"], id: "2@home", body: greeting }),
      "3.eml": eml({ date: DAY(4), to: ["k.f@maruyoshi-foods.example"], id: "3@home", body: greeting }),
    };
    const { sends: checked } = parsed((await replay([mailbox("greetings", sends)])).stdout);
    expect(checked.map((s) => s.decision)).toEqual(["confirm", "allow", "confirm"]);
    const mismatch = checked[2].findings.find((f) => f.rule === "addressee-mismatch");
    expect(mismatch?.recipients).toEqual(["k.f@maruyoshi-foods.example"]);
    expect(mismatch?.message).toContain("青島電機");
  });

  it("asks about every outside recipient each time when memory.enabled is false", async () => {
    const policy = policyFile("memory-off", { memory: { enabled: false, days: 180 } });
    const run = await replay([mailbox("memory-off", threeSends)], { policy });
    const { sends, summary } = parsed(run.stdout);
    expect(sends.map((s) => s.decision)).toEqual(["confirm", "confirm", "confirm"]);
    expect(sends[1].findings[0].message).not.toMatch(/not written to before/);
    expect(summary.interruptionsPer100).toBe(100);
    expect(run.code).toBe(1);
  });
});

describe("presend replay: report and exit status", () => {
  const quietBox = () =>
    mailbox("quiet", {
      "1.eml": eml({ date: DAY(2), to: ["colleague@home-co.example"], id: "1@home" }),
      "2.eml": eml({ date: DAY(3), from: "kato@client.example", to: [USER], id: "in@client" }),
    });

  it("exits 0 with a zero rate when every send is allowed, 1 when one is stopped", async () => {
    const quiet = await replay([quietBox()]);
    expect(quiet.stderr).toBe("");
    expect(parsed(quiet.stdout).summary).toEqual({ sends: 1, allow: 1, warn: 0, confirm: 0, block: 0, interruptionsPer100: 0 });
    expect(quiet.code).toBe(0);
    const stopped = await replay([mailbox("stopped", { "1.eml": eml({ date: DAY(2), to: ["a@x.example"], subject: "", id: "1@home" }) })]);
    expect(parsed(stopped.stdout).summary).toMatchObject({ sends: 1, confirm: 1, interruptionsPer100: 100 });
    expect(stopped.code).toBe(1);
  });

  it("exits 2 naming an unreadable path, and on usage errors", async () => {
    const missing = path.join(tmp, "no-such-mailbox");
    const run = await replay([quietBox(), missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot read ${missing}`);
    expect(run.stdout).toBe("");
    const noUser = await cli(["replay", "--policy", policyFile("default"), quietBox()]);
    expect(noUser.code).toBe(2);
    expect(noUser.stderr).toContain("replay needs --user ADDRESS");
    const badPolicy = await replay([quietBox()], { policy: writePolicy("replay-bad.json", { version: 1, rules: { "no-such-rule": {} } }) });
    expect(badPolicy.code).toBe(2);
  });

  const mixedBox = () =>
    mailbox("mixed", {
      "1.eml": eml({ date: DAY(2), to: ["a@x.example"], id: "1@home" }),
      "2.eml": eml({ date: DAY(3), to: ["a@x.example"], subject: "", id: "2@home" }),
      "3.eml": eml({ date: DAY(4), to: ["colleague@home-co.example"], id: "3@home" }),
    });

  it("reads in English: each send as check reports it, then the rate and the rules that stopped sends", async () => {
    const run = await replay([mixedBox()], { json: false, env: { LANG: "en_US.UTF-8" } });
    expect(run.stdout).toContain(`${path.join(tmp, "mixed", "1.eml")}: confirm (Confirm before sending)`);
    expect(run.stdout).toContain(`${path.join(tmp, "mixed", "3.eml")}: allow (OK to send)\n  no findings`);
    expect(run.stdout).toContain("Replayed 3 sends: 1 allowed, 1 warn, 1 confirm, 0 block.\nInterruptions: 2 of 3 sends, 66.7 per 100 sends.\n");
    expect(run.stdout).toMatch(/by rule[^\n]*\n {2}external-recipient\s+1\n {2}missing-subject\s+1\n$/);
    expect(run.code).toBe(1);
  });

  it("reads in Japanese when LANG says so", async () => {
    const run = await replay([mixedBox()], { json: false, env: { LANG: "ja_JP.UTF-8" } });
    expect(run.stdout).toContain("再現した送信: 3 通(そのまま送信 1 通、注意 1 通、要確認 1 通、要修正 0 通)");
    expect(run.stdout).toContain("送信前に止まった回数: 3 通中 2 通(100 通あたり 66.7 回)");
    expect(run.stdout).toMatch(/ルール別の通数[^\n]*\n {2}external-recipient\s+1 通\n {2}missing-subject\s+1 通\n$/);
  });
});

// ------------------------------------------------------- mailboxes with expected.json

interface ExpectedSend {
  kind: "warmup" | "quiet" | "new" | "incident";
  level?: Decision;
  anyOf?: string[];
}

const REGISTERED = new Set(allRules.map((rule) => rule.id));
/** At most this share of routine sends may be interrupted. */
const QUIET_INTERRUPTIONS_MAX = 0.05;

/** Replays a mailbox folder and holds it to its expected.json (the shared example's shape). */
function describeMailbox(dir: string) {
  const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as {
    user: string;
    policy: string;
    sends: Record<string, ExpectedSend>;
  };
  const entries = Object.entries(expected.sends);
  const incidents = entries.filter(([, send]) => send.kind === "incident");
  const nameable = incidents.filter(([, send]) => send.anyOf!.some((rule) => REGISTERED.has(rule)));
  const waiting = incidents.filter((incident) => !nameable.includes(incident));
  if (waiting.length > 0) {
    console.log(`${path.relative(ROOT, dir)}: incidents not yet nameable (their rules do not exist): ${waiting.map(([file, s]) => `${file} (${s.anyOf!.join(", ")})`).join("; ")}`);
  }
  let results: Map<string, JsonResult>;
  beforeAll(async () => {
    const run = await cli(["replay", "--json", "--policy", path.join(dir, expected.policy), "--user", expected.user, dir]);
    expect(run.stderr).toBe("");
    results = new Map(jsonLines(run.stdout).filter((line) => "file" in line).map((r) => [path.relative(dir, r.file), r]));
  });

  it("replays every send expected.json lists", () => {
    expect([...results.keys()].sort()).toEqual(entries.map(([file]) => file).sort());
  });

  it.each(nameable)("stops incident %s at its level with one of its rules", (file, send) => {
    const result = results.get(file)!;
    const stoppers = result.findings.filter((f) => send.anyOf!.includes(f.rule) && decisionRank(f.severity as Decision) >= decisionRank(send.level!));
    // Said this way, a miss shows what the send got instead.
    expect(stoppers.length > 0 ? "stopped" : `${result.decision}: ${rulesOf(result).join(", ") || "no findings"}`).toBe("stopped");
  });

  it(`interrupts at most ${QUIET_INTERRUPTIONS_MAX * 100} % of the quiet sends`, () => {
    const quiet = entries.filter(([, send]) => send.kind === "quiet");
    const interrupted = quiet.filter(([file]) => results.get(file)!.decision !== "allow");
    console.log(
      `${path.relative(ROOT, dir)}: quiet sends interrupted ${interrupted.length} of ${quiet.length}` +
        (interrupted.length > 0 ? `: ${interrupted.map(([file]) => `${file} (${rulesOf(results.get(file)!).join(", ")})`).join("; ")}` : ""),
    );
    expect(quiet.length).toBeGreaterThan(0);
    expect(interrupted.length).toBeLessThanOrEqual(Math.floor(quiet.length * QUIET_INTERRUPTIONS_MAX));
  });
}

describe("presend replay on samples/mailbox", () => {
  describeMailbox(path.join(ROOT, "samples/mailbox"));
});

const SHARED_MAILBOX = path.resolve(ROOT, "../shared/examples/mailbox");
const haveSharedMailbox = existsSync(path.join(SHARED_MAILBOX, "expected.json"));
if (!haveSharedMailbox) console.log(`${SHARED_MAILBOX} not found: the shared mailbox replay tests are skipped.`);

(haveSharedMailbox ? describe : describe.skip)("presend replay on ../shared/examples/mailbox", () => {
  if (haveSharedMailbox) describeMailbox(SHARED_MAILBOX);
  else it.skip(`needs ${SHARED_MAILBOX}`, () => undefined);
});
