import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MAX_TEXT_BYTES, MAX_TEXT_LINES, parseMessage } from "../src/formats/eml";
import { MAX_FILE_BYTES } from "../src/cli/limits";
import { cli, jsonLines, writePolicy } from "./support/presend-cli";

/**
 * Hostile input to the command line (found by an adversarial run): address lists that
 * swallowed every recipient after a broken display name, files that never end, input
 * built to make a parser or a pattern take minutes. Sizes here are small enough to run
 * fast; `npm run bench` runs the full-size cases and times them.
 */

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "presend-hostile-cli-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const POLICY = { version: 1, internalDomains: ["corp.example"], blockedDomains: ["blocked.example"] };

/** Writes a file into this test's folder; returns its path. */
function file(name: string, content: string | Buffer): string {
  const at = path.join(tmp, name);
  writeFileSync(at, content);
  return at;
}

const message = (to: string | Buffer, body = "hello") =>
  Buffer.concat([Buffer.from("From: me@corp.example\r\nTo: "), Buffer.from(to), Buffer.from(`\r\nSubject: plan\r\n\r\n${body}\r\n`)]);

async function check(files: string[], env: Record<string, string> = {}, json = true) {
  return cli(["check", ...(json ? ["--json"] : []), "--policy", writePolicy("hostile.json", POLICY), ...files], env);
}

describe("address lists: a broken entry costs only itself", () => {
  it.each([
    ["an unclosed parenthesis in a display name", "Sales (Tokyo <p@x.example>, y@blocked.example"],
    ["an unclosed quote", '"Sales <p@x.example>, y@blocked.example'],
    ["an invalid Shift_JIS byte before (", Buffer.concat([Buffer.from([0x82, 0x28]), Buffer.from("abc <p@x.example>, y@blocked.example")])],
  ])("%s: the blocked domain after it still blocks", async (_what, to) => {
    const parsed = await parseMessage(message(to));
    expect(parsed.draft.to.map((r) => r.address)).toEqual(["p@x.example", "y@blocked.example"]);
    expect(parsed.unreadAddresses).toHaveLength(1);
    expect(parsed.unreadAddresses[0].header).toBe("To");

    const run = await check([file("broken-to.eml", message(to))]);
    const [result] = jsonLines(run.stdout);
    expect(result.decision).toBe("block");
    expect(result.findings.find((f) => f.rule === "blocked-recipient")?.recipients).toEqual(["y@blocked.example"]);
    // The JSON line keeps its shape; the reader is told on stderr.
    expect(run.stderr).toMatch(/warning: .*broken-to\.eml: To: ".*p@x\.example>" is not a well-formed address/);
  });

  it("says so in the readable report, in Japanese too", async () => {
    const at = file("broken-report.eml", message("Sales (Tokyo <p@x.example>, y@blocked.example"));
    const english = await check([at], {}, false);
    expect(english.stdout).toContain('  note: To: "Sales (Tokyo <p@x.example>" is not a well-formed address;');
    const japanese = await check([at], { LANG: "ja_JP.UTF-8" }, false);
    expect(japanese.stdout).toContain('  注記: To: "Sales (Tokyo <p@x.example>" はアドレスの書式が正しくありません。');
  });

  it("reads well-formed lists exactly as before: quoted commas, comments, groups, no note", async () => {
    const parsed = await parseMessage(message('"Sato, Taro" <t@x.example>, a@y.example (Osaka, office), Team: b@z.example, c@z.example;'));
    expect(parsed.draft.to.map((r) => [r.name, r.address])).toEqual([
      ["Sato, Taro", "t@x.example"],
      ["Osaka, office", "a@y.example"],
      ["", "b@z.example"],
      ["", "c@z.example"],
    ]);
    expect(parsed.unreadAddresses).toEqual([]);
  });
});

describe("what is not a mail message is an error, not checked", () => {
  it.each([
    ["plain text", "just some notes\nwithout headers\n"],
    ["a PDF", "%PDF-1.4\n1 0 obj\n"],
    ["an empty file", ""],
    ["text that starts like a header", "Note: bring the slides\n\nsee you\n"],
  ])("%s", async (_what, content) => {
    const run = await check([file("not-mail.eml", content)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("not-mail.eml: not a mail message (no header block");
  });
});

describe("files that never end, or are too big, are refused before they are read", () => {
  it("refuses a device, in check and in replay", async () => {
    const run = await check(["/dev/zero"]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toContain("cannot read /dev/zero: not a regular file");
    const replayed = await cli(["replay", "--policy", writePolicy("hostile.json", POLICY), "--user", "me@corp.example", "/dev/zero"]);
    expect(replayed.code).toBe(2);
    expect(replayed.stderr).toContain("cannot read /dev/zero: not a regular file");
  });

  it("refuses a FIFO without waiting for a writer, also behind a symbolic link", async () => {
    const fifo = path.join(tmp, "pipe.eml");
    execFileSync("mkfifo", [fifo]);
    symlinkSync(fifo, path.join(tmp, "link.eml"));
    const run = await check([fifo, path.join(tmp, "link.eml")]);
    expect(run.code).toBe(2);
    expect(run.stderr.match(/not a regular file/g)).toHaveLength(2);
  });

  it("names a folder as a folder", async () => {
    const run = await check([tmp]);
    expect(run.stderr).toBe(`presend: cannot read ${tmp}: is a folder, not a file (EISDIR)\n`);
  });

  it("refuses a file over the limit, saying how big it is", async () => {
    const big = file("big.eml", Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    const run = await check([big], { LANG: "ja_JP.UTF-8" });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`presend: ${big} を読み込めません: 50.0 MB あり、上限の 50 MB を超えています\n`);
  });
});

describe("input that made the command take minutes", () => {
  it("refuses a subject of thousands of encoded words in a row", async () => {
    const words = Array.from({ length: 2500 }, () => "=?UTF-8?B?5re75LuY?=").join("\r\n ");
    const run = await check([file("words.eml", `From: me@corp.example\r\nTo: a@x.example\r\nSubject: ${words}\r\n\r\nhi\r\n`)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("encoded words in a row");
    // A long subject as a mail client writes it is read.
    const normal = Array.from({ length: 40 }, () => "=?UTF-8?B?5re75LuY?=").join("\r\n ");
    const parsed = await parseMessage(`From: me@corp.example\r\nTo: a@x.example\r\nSubject: ${normal}\r\n\r\nhi\r\n`);
    expect(parsed.draft.subject).toBe("添付".repeat(40));
  });
});

describe("a body of many lines", () => {
  const headers = "From: me@corp.example\r\nTo: a@x.example\r\nSubject: plan\r\n";

  it("is refused beyond the text limits, with a message saying why", async () => {
    const lines = file("many-lines.eml", `${headers}\r\n${"x\r\n".repeat(MAX_TEXT_LINES + 1)}`);
    const long = file("long-text.eml", `${headers}\r\n${"x".repeat(MAX_TEXT_BYTES + 1)}\r\n`);
    const run = await check([lines, long]);
    expect(run.code).toBe(2);
    expect(run.stderr.match(/the message's text is over 50,000 lines or 10 MB \(attachments aside\)/g)).toHaveLength(2);
  });

  it("counts only text: a file in base64 of as many lines is checked", async () => {
    const base64 = Buffer.alloc(57 * (MAX_TEXT_LINES + 1), 7).toString("base64").replace(/.{76}/g, "$&\r\n");
    const mail = [
      headers + 'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "資料を添付します。",
      "--b",
      "Content-Type: application/pdf; name=a.pdf",
      "Content-Transfer-Encoding: base64",
      "",
      base64,
      "--b--",
      "",
    ].join("\r\n");
    const parsed = await parseMessage(mail);
    expect(parsed.draft.attachments.map((a) => [a.name, a.size])).toEqual([["a.pdf", 57 * (MAX_TEXT_LINES + 1)]]);
  });
});

describe("HTML bodies built to make a hand-written tokenizer backtrack", () => {
  // 15-41 s each with the regular-expression tokenizer this replaced; the jest timeout is the guard.
  const HTML_TIMEOUT_MS = 10000;
  const html = (body: string) => `From: me@corp.example\r\nTo: a@x.example\r\nSubject: plan\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>添付します。</p>${body}`;

  it.each([
    ["unclosed comments", "<!--".repeat(75000)],
    ["unclosed <a ", "<a ".repeat(100000)],
    ["unclosed <script>", "<script>".repeat(40000)],
    ["declarations that never close", "<!x".repeat(100000)],
  ])("%s (300 KB)", async (_what, body) => {
    const parsed = await parseMessage(html(body));
    expect(parsed.draft.body.newText.startsWith("添付します。")).toBe(true);
  }, HTML_TIMEOUT_MS);
});

describe("the readable report writes out control and bidi characters", () => {
  it("in file names and in names from the message", async () => {
    const at = file("invoice\u202Efdp.eml", message("Ann\u202E <ann@x.example>"));
    const run = await check([at], {}, false);
    expect(run.stdout).toContain("invoice[U+202E]fdp.eml: confirm");
    expect(run.stdout).not.toMatch(/\u202E/);
    const missing = await check([path.join(tmp, "line\nbreak.eml")], {}, false);
    expect(missing.stderr).toContain("line[U+000A]break.eml");
  });
});
