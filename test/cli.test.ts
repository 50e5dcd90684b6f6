import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { cli, describeExpectations, jsonLines, PACKAGE_VERSION, readExpected, registeredPolicy, ROOT, summaryLine, writePolicy } from "./support/presend-cli";

const EXAMPLES = path.resolve(__dirname, "../../shared/examples");

describe("presend check on the project's samples", () => {
  describeExpectations(path.join(ROOT, "samples"));

  it("reports every file in order, one JSON line each, and exits 1 when any is stopped", async () => {
    const files = ["samples/s09-internal-ok.eml", "samples/s11-empty-subject.eml", "./samples/s10-trusted-reply-ok.eml"];
    const run = await cli(["check", "--json", "--policy", registeredPolicy(path.join(ROOT, "samples/policy.json")), ...files]);
    const results = jsonLines(run.stdout);
    expect(results.map((r) => [r.file, r.decision])).toEqual([
      [files[0], "allow"],
      [files[1], "warn"],
      [files[2], "allow"],
    ]);
    expect(Object.keys(results[1])).toEqual(["file", "decision", "findings"]);
    expect(results[1].findings).toEqual([
      { rule: "missing-subject", severity: "warn", recipients: [], attachments: [], message: "The subject is empty." },
    ]);
    expect(run.stdout.trim().split("\n").pop()).toBe('{"summary":{"files":3,"allow":2,"warn":1,"confirm":0,"block":0,"unreadable":0}}');
    expect(run.code).toBe(1);
  });

  it("ends a readable report of several files with a summary line, in the reader's language", async () => {
    const policy = registeredPolicy(path.join(ROOT, "samples/policy.json"));
    const files = ["samples/s01-mass-to.eml", "samples/s09-internal-ok.eml", "samples/missing.eml"];
    const english = await cli(["check", "--policy", policy, ...files]);
    expect(english.stdout.trim().split("\n").pop()).toBe("3 files: 1 allow, 0 warn, 0 confirm, 1 block, 1 not read");
    expect(english.code).toBe(2);
    const japanese = await cli(["check", "--policy", policy, ...files.slice(0, 2)], { LC_MESSAGES: "ja_JP.UTF-8" });
    expect(japanese.stdout.trim().split("\n").pop()).toBe("2 ファイル: そのまま送信 1、注意 0、要確認 0、要修正 1");
    // One file: its report alone, as before.
    const one = await cli(["check", "--json", "--policy", policy, files[1]]);
    expect(summaryLine(one.stdout)).toBeUndefined();
  });

  it("exits 0 when every file is allowed", async () => {
    const policy = registeredPolicy(path.join(ROOT, "samples/policy.json"));
    const run = await cli(["check", "--policy", policy, "samples/s09-internal-ok.eml", "samples/s10-trusted-reply-ok.eml"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("judges the mailbox owner given by --from instead of the message's From", async () => {
    const policy = writePolicy("no-internal-list.json", {}); // the sender's own domain is internal
    const file = "samples/s01-mass-to.eml";
    const asSent = jsonLines((await cli(["check", "--json", "--policy", policy, file])).stdout)[0];
    expect(asSent.findings.map((f) => f.rule)).toContain("bcc-exposure");
    // A gmail.com owner does not make the other gmail.com guests colleagues (a provider is not an
    // organisation): the mail is still stopped, and the command says why nothing is internal.
    const guestRun = await cli(["check", "--json", "--policy", policy, "--from", "yoko.aoki.0412@gmail.com", file]);
    expect(jsonLines(guestRun.stdout)[0].findings.map((f) => f.rule)).toContain("bcc-exposure");
    expect(guestRun.stderr).toMatch(/warning: internalDomains: not given, and the sender's domain gmail\.com is a consumer mailbox provider/);
  });

  it("writes a readable report with decision, findings and items", async () => {
    const policy = registeredPolicy(path.join(ROOT, "samples/policy.json"));
    const run = await cli(["check", "--policy", policy, "samples/s01-mass-to.eml", "samples/s09-internal-ok.eml"]);
    expect(run.stdout).toContain("samples/s01-mass-to.eml: block (Fix before sending)");
    expect(run.stdout).toMatch(/- \[block\] bcc-exposure: 12 external addresses/);
    expect(run.stdout).toMatch(/items: yoko\.aoki\.0412@gmail\.com, .* and 2 more/);
    expect(run.stdout).toContain("samples/s09-internal-ok.eml: allow (OK to send)\n  no findings");
    expect(run.code).toBe(1);
  });

  it("speaks Japanese when LANG or LC_ALL starts with ja, with the policy's own wording", async () => {
    const policy = registeredPolicy(path.join(ROOT, "samples/policy.json"));
    const text = await cli(["check", "--policy", policy, "samples/s11-empty-subject.eml", "samples/s01-mass-to.eml"], {
      LANG: "ja_JP.UTF-8",
    });
    expect(text.stdout).toContain("samples/s11-empty-subject.eml: warn (送信前にご確認ください)");
    // samples/policy.json rewords this message for Japanese users.
    expect(text.stdout).toContain("- [warn] missing-subject: 件名が空です。内容が分かる件名を入力してください。");
    expect(text.stdout).toMatch(/対象: yoko\.aoki\.0412@gmail\.com、.* ほか2件/);
    const json = await cli(["check", "--json", "--policy", policy, "samples/s11-empty-subject.eml"], {
      LANG: "en_US.UTF-8",
      LC_ALL: "ja_JP.UTF-8",
    });
    expect(jsonLines(json.stdout)[0].findings[0].message).toBe("件名が空です。内容が分かる件名を入力してください。");
    const english = await cli(["check", "--json", "--policy", policy, "samples/s11-empty-subject.eml"], { LANG: "C.UTF-8" });
    expect(jsonLines(english.stdout)[0].findings[0].message).toBe("The subject is empty.");
  });
});

describe("presend check on meeting requests", () => {
  const policy = () => registeredPolicy(path.join(ROOT, "samples/policy.json"));

  it("judges the calendar's attendees, not the mail's headers, and names the meeting in JSON", async () => {
    // s14's To header lists a rented room outside; the calendar says it is a resource.
    const run = await cli(["check", "--json", "--policy", policy(), "samples/s14-meeting-internal-ok.eml", "samples/s12-meeting-two-companies.eml"]);
    const [internal, twoCompanies] = jsonLines(run.stdout);
    expect(internal).toEqual({
      file: "samples/s14-meeting-internal-ok.eml",
      decision: "allow",
      meeting: { location: "浜松町カンファレンス ルームB", start: "2026-11-05T01:00:00.000Z" },
      findings: [],
    });
    expect(twoCompanies.decision).toBe("confirm");
    const exposure = twoCompanies.findings.find((f: { rule: string }) => f.rule === "cross-org-exposure");
    expect(exposure?.message).toMatch(/^Attendees from 2 different organisations/);
    expect(exposure?.message).toContain("separate meetings");
    expect(run.code).toBe(1);
  });

  it("says 出席者 and names the meeting in the Japanese report", async () => {
    const run = await cli(["check", "--policy", policy(), "samples/s13-meeting-applicants.eml"], { LANG: "ja_JP.UTF-8" });
    expect(run.stdout).toContain("samples/s13-meeting-applicants.eml: block (送信前に修正が必要です)\n  会議出席依頼: 2026-11-12T10:00:00.000Z, Microsoft Teams 会議");
    expect(run.stdout).toMatch(/- \[block\] bcc-exposure: 複数の組織にまたがる社外の出席者 11 名/);
    expect(run.stdout).not.toContain("BCC に移してください");
  });
});

const haveExamples = existsSync(path.join(EXAMPLES, "expected.json"));
if (!haveExamples) console.log(`${EXAMPLES} not found: the shared example tests are skipped.`);

(haveExamples ? describe : describe.skip)("presend check on ../shared/examples", () => {
  if (haveExamples) describeExpectations(EXAMPLES);

  it("checks the whole folder in one run, as its README says", async () => {
    const expected = readExpected(EXAMPLES);
    const files = expected.map((c) => path.relative(ROOT, path.join(EXAMPLES, c.file)));
    const run = await cli(["check", "--policy", registeredPolicy(path.join(EXAMPLES, "policy.json")), "--json", ...files]);
    expect(run.stderr).toBe("");
    expect(jsonLines(run.stdout).map((r) => r.file)).toEqual(files);
    expect(files[0]).toMatch(/^\.\.\/shared\/examples\/ex01/);
    expect(run.code).toBe(1);
  });
});

describe("exit status 2 and usage", () => {
  const sampleFile = "samples/s11-empty-subject.eml";
  const validPolicy = () => writePolicy("valid.json", { internalDomains: ["kiritani-seiko.example"] });

  it("prints help on --help", async () => {
    const run = await cli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("presend check --policy POLICY.json [--from ADDRESS] [--json] FILE.eml...");
  });

  it("prints package.json's version on --version", async () => {
    expect(await cli(["--version"])).toEqual({ code: 0, stdout: `${PACKAGE_VERSION}\n`, stderr: "" });
  });

  it.each([
    [[], "no command given"],
    [["send"], 'unknown command "send"'],
    [["check", "--policy"], "--policy"],
    [["check", sampleFile], "check needs --policy"],
    [["check", "--policy", "p.json"], "at least one .eml file"],
    [["check", "--policy", "p.json", "--verbose", sampleFile], "--verbose"],
    [["check", "--policy", "p.json", "--from", "nobody", sampleFile], "--from expects an email address"],
    [["policy"], "unknown policy command"],
    [["policy", "validate"], "policy validate needs one POLICY.json"],
    [["policy", "schema", "extra"], "unknown policy command"],
  ])("usage error for %j", async (argv, problem) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(problem);
    expect(run.stderr).toContain("Usage:");
  });

  it("says usage errors in Japanese under LANG=ja*, LC_MESSAGES or LC_ALL", async () => {
    const run = await cli(["check", "--policy", "p.json", "--verbose", sampleFile], { LANG: "ja_JP.UTF-8" });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^presend: --verbose というオプションはありません\n\n使い方:\n/);
    const noPolicy = await cli(["check", sampleFile], { LANG: "C", LC_MESSAGES: "ja_JP.UTF-8" });
    expect(noPolicy.stderr).toContain("check には --policy POLICY.json の指定が必要です");
    const help = await cli(["--help"], { LC_ALL: "ja_JP.UTF-8" });
    expect(help.stdout).toContain("保存したメール (.eml) をポリシーで判定します。");
    const missing = await cli(["check", "--policy", validPolicy(), "samples/missing.eml"], { LANG: "ja_JP.UTF-8" });
    expect(missing.stderr).toBe("presend: samples/missing.eml を読み込めません: ファイルまたはフォルダーが見つかりません (ENOENT)\n");
  });

  it("lists policy problems in Japanese, keeping their paths", async () => {
    const broken = writePolicy("broken-ja.json", { rules: { "bcc-exposure": { threshold: 0 } }, colour: "blue", trustedDomains: ["gmail.com"] });
    const run = await cli(["policy", "validate", broken], { LANG: "ja_JP.UTF-8" });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`presend: ポリシー ${broken} に誤りがあります\n`);
    expect(run.stdout).toContain("rules.bcc-exposure.threshold: 1 以上の整数を指定してください");
    expect(run.stdout).toContain("colour: 不明な項目です (使える項目: version, enabled,");
  });

  it("exits 2 and names an unreadable file, still reporting the others", async () => {
    const run = await cli(["check", "--json", "--policy", validPolicy(), "samples/missing.eml", sampleFile]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot read samples/missing.eml: no such file or folder (ENOENT)");
    expect(jsonLines(run.stdout).map((r) => r.file)).toEqual([sampleFile]);
  });

  it("exits 2 on an unreadable policy", async () => {
    const run = await cli(["check", "--policy", "samples/no-such-policy.json", sampleFile]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read policy samples\/no-such-policy\.json/);
    expect(run.stdout).toBe("");
  });

  it("exits 2 on a broken policy and prints each problem with its path", async () => {
    const broken = writePolicy("broken.json", {
      rules: { "bcc-exposure": { threshold: 0 } },
      onError: "ignore",
      colour: "blue",
    });
    const run = await cli(["check", "--policy", broken, sampleFile]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trim().split("\n");
    expect(lines[0]).toBe(`presend: invalid policy ${broken}:`);
    expect(lines.slice(1).sort()).toEqual(
      [
        "colour: unknown key (expected one of: version, enabled, internalDomains, trustedDomains, blockedDomains, personalMailDomains, rules, delivery, memory, auditHeader, onError, messages)",
        "onError: expected one of prompt, block, allow",
        "rules.bcc-exposure.threshold: expected a whole number >= 1",
      ].sort(),
    );
  });

  it("exits 2 on a policy that is not JSON, naming the line and column", async () => {
    const file = writePolicy("not-json.json", '{\n  "version": 1,\n  "internalDomains": ["a.example",]\n}');
    const run = await cli(["check", "--policy", file, sampleFile]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`presend: invalid policy ${file}:\n${file}:3:35: not valid JSON (a value was expected here (a comma too many?))\n`);
    const cut = await cli(["policy", "validate", writePolicy("cut.json", '{ "version": 1')], { LANG: "ja_JP.UTF-8" });
    expect(cut.stdout).toMatch(/cut\.json の 1 行 15 文字目: JSON の書式が正しくありません \(閉じ括弧 \} が必要です\)/);
  });
});

describe("presend policy", () => {
  it("validate prints valid for a good policy (a BOM is fine)", async () => {
    const run = await cli(["policy", "validate", writePolicy("bom.json", `\uFEFF${JSON.stringify({ version: 1 })}`)]);
    expect(run).toEqual({ code: 0, stdout: "valid\n", stderr: "" });
  });

  it("validate lists the problems and exits 2", async () => {
    const file = writePolicy("bad-domains.json", { trustedDomains: ["not a domain"], auditHeader: "yes" });
    const run = await cli(["policy", "validate", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("trustedDomains.0: expected a domain");
    expect(run.stdout).toContain("auditHeader: expected true or false");
    expect(run.stderr).toContain(`invalid policy ${file}`);
  });

  it("schema prints the policy's JSON Schema as pretty JSON", async () => {
    const run = await cli(["policy", "schema"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\{\n {2}"/);
    const schema = JSON.parse(run.stdout) as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.rules.properties)).toEqual(expect.arrayContaining(["bcc-exposure", "missing-subject"]));
  });
});

describe("bin/presend.js", () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT });
  }, 120000);

  it("runs the built dist/cli.js with real files and exit status", () => {
    const policy = writePolicy("bin-policy.json", { internalDomains: ["kiritani-seiko.example"] });
    const run = spawnSync(
      process.execPath,
      ["bin/presend.js", "check", "--json", "--policy", policy, "samples/s11-empty-subject.eml"],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, LANG: "C", LC_ALL: "", LC_MESSAGES: "" } },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const [result] = jsonLines(run.stdout);
    expect(result).toMatchObject({ file: "samples/s11-empty-subject.eml", decision: "warn" });
    expect(result.findings.map((f) => f.rule)).toContain("missing-subject");

    const usage = spawnSync(process.execPath, ["bin/presend.js", "check"], { cwd: ROOT, encoding: "utf8" });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("check needs --policy");
  });
});
