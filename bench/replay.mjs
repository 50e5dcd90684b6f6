/**
 * `presend replay` over a generated mailbox of 10,000 messages: wall time and the
 * child's peak RSS. The mailbox is half .eml files in ten folders, half five mbox
 * files; 40 % of the messages are the user's sends (replies among them), one in ten
 * carries a 60 KB attachment, and bodies are a few KB of Japanese text. Recipients
 * come from 600 people at 120 companies, so the memory fills and thread snapshots
 * differ from send to send.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filePart, headers, message, multipart, textPart } from "../scripts/eml-kit.mjs";
import { runCli } from "./run-cli.mjs";

export const REPLAY_MESSAGES = 10_000;
const EML_FOLDERS = 10;
const MBOX_FILES = 5;
const USER = ["森田 恵子", "k.morita@bench-home.example"];

/** A seeded random source: the same mailbox every run. */
function random(seed) {
  let state = seed;
  return (n) => (state = (state * 16807) % 2147483647) % n;
}

function people(pick) {
  const letters = (n) => Array.from({ length: n }, () => String.fromCharCode(97 + pick(26))).join("");
  const companies = Array.from({ length: 120 }, () => `${letters(9)}.example`);
  return Array.from({ length: 600 }, (_, i) => [`担当 ${i + 1}`, `${letters(6)}.${i}@${companies[i % companies.length]}`]);
}

const BODY_LINE = "いつもお世話になっております。先日のお打合せの件、社内で確認いたしました。来週中にご連絡いたします。\n";

/** Writes the mailbox and its policy into a new temp folder: `{ root, dir, policyFile }`. */
export function writeReplayMailbox() {
  const pick = random(20270315);
  const contacts = people(pick);
  const root = mkdtempSync(join(tmpdir(), "presend-replay-bench-"));
  const dir = join(root, "mailbox");
  const policyFile = join(root, "policy.json");
  writeFileSync(policyFile, JSON.stringify({ version: 1, internalDomains: [USER[1].split("@")[1]] }));
  const mboxes = Array.from({ length: MBOX_FILES }, () => []);
  const recent = [];
  const start = Date.UTC(2026, 0, 5);
  for (let i = 0; i < REPLAY_MESSAGES; i++) {
    // Input order is not date order: a mailbox exported folder by folder is not.
    const date = new Date(start + ((i * 7919) % REPLAY_MESSAGES) * 45 * 60 * 1000).toUTCString().replace("GMT", "+0000");
    const sent = pick(10) < 4;
    const other = contacts[pick(contacts.length)];
    const answered = recent.length > 0 && pick(2) === 0 ? recent[pick(recent.length)] : undefined;
    const to = sent ? [other, ...(pick(4) === 0 ? [contacts[pick(contacts.length)]] : [])] : [USER];
    const id = `B${i}.${sent ? "out" : "in"}`;
    const head = headers({ date, from: sent ? USER : other, to, cc: pick(3) === 0 ? [contacts[pick(contacts.length)]] : [], subject: `案件 ${i % 300} のご連絡`, id, inReplyTo: answered });
    recent.push(`${id}@${(sent ? USER : other)[1].split("@")[1]}`);
    if (recent.length > 200) recent.shift();
    const text = textPart(`${other[0]}様\n\n${BODY_LINE.repeat(20 + pick(40))}\n森田\n`);
    const body = pick(10) === 0 ? multipart("mixed", [text, filePart({ name: `資料_${i}.pdf`, type: "application/pdf", bytes: Buffer.alloc(60 * 1024, i % 251) })]) : text;
    const eml = message(head, body);
    if (i % 2 === 0) {
      const folder = join(dir, `folder-${i % (2 * EML_FOLDERS)}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${i}.eml`), Buffer.from(eml, "latin1"));
    } else {
      // mboxrd: a "From " line opens each message, which ends with an empty line.
      mboxes[i % MBOX_FILES].push(`From bench@example Mon Jan  5 09:00:00 2026\n${eml.replace(/^(>*From )/gm, ">$1")}\n\n`);
    }
  }
  mboxes.forEach((box, n) => writeFileSync(join(dir, `box-${n}.mbox`), Buffer.from(box.join(""), "latin1")));
  return { root, dir, policyFile };
}

/** Runs dist/cli.js replay over `dir` in a child: wall time, the child's peak RSS and the summary line. */
export async function measureReplay(cli, { policyFile, dir }) {
  const run = await runCli(cli, ["replay", "--json", "--policy", policyFile, "--user", USER[1], dir]);
  if (run.code !== 0 && run.code !== 1) throw new Error(`replay exited ${run.code}: ${run.stderr}`);
  const lastLine = run.stdout.trim().split("\n").pop();
  return { seconds: run.seconds, maxRssBytes: run.maxRssBytes, summary: JSON.parse(lastLine).summary };
}

export function removeReplayMailbox({ root }) {
  rmSync(root, { recursive: true, force: true });
}
