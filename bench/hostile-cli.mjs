/**
 * `presend check` on the full-size hostile inputs of the adversarial run (test/cli-hostile.test.ts
 * has the same cases small): each must be decided or refused with a message, within the
 * targets, one child process per case.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./run-cli.mjs";

export const TARGET_SECONDS = 5;
export const TARGET_RSS_BYTES = 500 * 1024 * 1024;
const MB = 1024 * 1024;

const HEADERS = "From: me@bench-home.example\r\nTo: a@partner.example\r\nSubject: plan\r\n";
const html = (body) => `${HEADERS}Content-Type: text/html; charset=utf-8\r\n\r\n<p>資料を添付します。</p>${body}`;
const plain = (body) => `${HEADERS}\r\n${body}\r\n`;
const base64Lines = (bytes) => Buffer.alloc(bytes, 7).toString("base64").replace(/.{76}/g, "$&\r\n");

/** [what, file name, content (or null: made another way)] */
const CASES = [
  ["subject of 64,000 encoded words", "words.eml", `${HEADERS.replace("Subject: plan", `Subject: ${Array.from({ length: 64000 }, () => "=?UTF-8?B?5re75LuY?=").join("\r\n ")}`)}\r\nhi\r\n`],
  ["400 KB HTML: unclosed <!--", "comments.eml", html("<!--".repeat(100000))],
  ["390 KB HTML: unclosed <a ", "anchors.eml", html("<a ".repeat(130000))],
  ["320 KB HTML: unclosed <script>", "scripts.eml", html("<script>".repeat(40000))],
  ["HTML <pre>: 100,000 spaces and x, then a second line (engine's splitBody)", "pre-spaces.eml", html(`<pre>${" ".repeat(100000)}x\nsecond</pre>`)],
  ["text: 100,000 spaces, then a second line", "spaces.eml", plain(`${" ".repeat(100000)}\r\nsecond`)],
  ["text: 100,000 spaces and x, then a second line (engine's splitBody)", "spaces-x.eml", plain(`${" ".repeat(100000)}x\r\nsecond`)],
  ["49 MB body of 60-character lines", "lines.eml", plain(`${"x".repeat(60)}\r\n`.repeat(Math.floor((49 * MB) / 62)))],
  [
    "50 MB: 9 MB of text and a 29 MB attachment",
    "mixed.eml",
    [
      `${HEADERS}Content-Type: multipart/mixed; boundary="b"`,
      "",
      "--b",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "添付 ".repeat(((9 * MB) / 7) | 0),
      "--b",
      "Content-Type: application/pdf; name=a.pdf",
      "Content-Transfer-Encoding: base64",
      "",
      base64Lines(29 * MB),
      "--b--",
      "",
    ].join("\r\n"),
  ],
  ["51 MB file", "big.eml", Buffer.alloc(51 * MB, 0x61)],
  ["/dev/zero", "/dev/zero", null],
  ["a FIFO with no writer", "pipe.eml", null],
];

/** Runs every case; resolves with `{ what, seconds, maxRssBytes, outcome }` per case. */
export async function measureHostileInput(cli) {
  const dir = mkdtempSync(join(tmpdir(), "presend-bench-hostile-"));
  try {
    const policy = join(dir, "policy.json");
    writeFileSync(policy, JSON.stringify({ version: 1, internalDomains: ["bench-home.example"] }));
    const results = [];
    for (const [what, name, content] of CASES) {
      // An absolute name is a system file (/dev/zero): read, never written or removed.
      const ours = !name.startsWith("/");
      const file = ours ? join(dir, name) : name;
      if (ours && content !== null) writeFileSync(file, content);
      else if (ours) execFileSync("mkfifo", [file]);
      const run = await runCli(cli, ["check", "--json", "--policy", policy, file]);
      // One at a time: the big inputs need not all sit in the temp folder.
      if (ours) rmSync(file);
      const outcome = run.code === 2 ? `refused: ${run.stderr.replace(/^presend: cannot read [^:]+: /, "").trim().slice(0, 60)}…` : JSON.parse(run.stdout).decision;
      results.push({ what, seconds: run.seconds, maxRssBytes: run.maxRssBytes, outcome });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
