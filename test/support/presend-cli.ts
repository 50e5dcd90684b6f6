import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import type { CheckTally } from "../../src/cli/messages";
import { nodeFiles } from "../../src/cli/node-files";
import { decisionRank, type Decision } from "../../src/engine/types";
import { allRules } from "../../src/rules";
import { FULL_SUFFIXES } from "./suffixes";
import { SURNAMES } from "./surnames";

/**
 * `presend` run in-process, and the check of a folder of drafts against its
 * expected.json (the shared examples' format), for test/cli.test.ts and
 * test/corpus.test.ts.
 */

export const ROOT = path.resolve(__dirname, "../..");
const REGISTERED = new Set(allRules.map((rule) => rule.id));
export const PACKAGE_VERSION = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command in-process, with relative paths resolved from the repository root. */
export async function cli(argv: string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...nodeFiles((file) => path.resolve(ROOT, file)),
    env,
    version: PACKAGE_VERSION,
    suffixes: FULL_SUFFIXES,
    surnames: SURNAMES,
  });
  return { code, stdout, stderr };
}

export interface JsonResult {
  file: string;
  decision: Decision;
  /** Only on a meeting request. */
  meeting?: { location: string; start?: string };
  findings: { rule: string; severity: string; recipients: string[]; attachments: string[]; message: string }[];
}

/** The `--json` summary line of check: the command's own tally. */
export type CheckSummary = CheckTally;

const parsedLines = (stdout: string) => stdout.trim().split("\n").map((line) => JSON.parse(line) as JsonResult | { summary: CheckSummary });

/** The per-file lines of `--json` output (without the summary line). */
export const jsonLines = (stdout: string): JsonResult[] => parsedLines(stdout).filter((line): line is JsonResult => !("summary" in line));

/** The summary line `check --json` ends with after several files. */
export const summaryLine = (stdout: string): CheckSummary | undefined =>
  parsedLines(stdout).flatMap((line) => ("summary" in line ? [line.summary] : []))[0];

let tmp: string | undefined;
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Writes a policy into this test file's temp folder; returns its path. */
export function writePolicy(name: string, content: unknown): string {
  tmp ??= mkdtempSync(path.join(tmpdir(), "presend-cli-"));
  const file = path.join(tmp, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

/**
 * Rules are added by other work in progress: a policy naming a rule that is not
 * registered yet would be rejected as an unknown key. Such entries are dropped
 * (the rule would not run anyway), so the registered rules are judged exactly
 * as under the full policy.
 */
const registeredPolicies = new Map<string, string>();
export function registeredPolicy(policyFile: string): string {
  const known = registeredPolicies.get(policyFile);
  if (known) return known;
  const policy = JSON.parse(readFileSync(policyFile, "utf8")) as { rules?: Record<string, unknown> };
  const missing = Object.keys(policy.rules ?? {}).filter((id) => !REGISTERED.has(id));
  let usable = policyFile;
  if (missing.length > 0) {
    console.log(`${path.relative(ROOT, policyFile)}: rules not registered yet, left out: ${missing.join(", ")}`);
    for (const id of missing) delete policy.rules![id];
    usable = writePolicy(`registered-${path.basename(path.dirname(policyFile))}-${path.basename(policyFile)}`, policy);
  }
  registeredPolicies.set(policyFile, usable);
  return usable;
}

export interface ExpectedCase {
  file: string;
  from: string;
  policy?: string;
  mustStopAtLeast?: Decision;
  mustAllow?: boolean;
  mustInclude: string[];
  why: string;
}

export function readExpected(dir: string): ExpectedCase[] {
  return JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as ExpectedCase[];
}

/** The cases of an expected.json whose rules all exist now; the rest are reported as skipped. */
function selectCases(dir: string): ExpectedCase[] {
  const all = readExpected(dir);
  const ready = all.filter((c) => c.mustInclude.every((id) => REGISTERED.has(id)));
  const waiting = all.filter((c) => !ready.includes(c)).map((c) => `${c.file} (${c.mustInclude.join(", ")})`);
  if (waiting.length > 0) console.log(`${path.relative(ROOT, dir)}: waiting for rules: ${waiting.join("; ")}`);
  return ready;
}

/** Every selected case of a folder of drafts, as `presend check --from … --json FILE` with the path as given. */
export function describeExpectations(dir: string) {
  const cases = selectCases(dir);
  it.each(cases.map((c) => [c.file, c] as const))("%s", async (_file, expected) => {
    const policy = registeredPolicy(path.join(dir, expected.policy ?? "policy.json"));
    const file = path.relative(ROOT, path.join(dir, expected.file));
    const run = await cli(["check", "--policy", policy, "--from", expected.from, "--json", file]);
    expect(run.stderr).toBe("");
    const [result] = jsonLines(run.stdout);
    expect(result.file).toBe(file);
    const rules = result.findings.map((f) => f.rule);
    if (expected.mustAllow) {
      expect({ decision: result.decision, rules }).toEqual({ decision: "allow", rules: [] });
      expect(run.code).toBe(0);
    } else {
      expect(decisionRank(result.decision)).toBeGreaterThanOrEqual(decisionRank(expected.mustStopAtLeast!));
      expect(run.code).toBe(1);
    }
    expect(rules).toEqual(expect.arrayContaining(expected.mustInclude));
  });
}
