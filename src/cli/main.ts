import { parseArgs } from "node:util";
import { parseRecipient } from "../engine/draft";
import { evaluate } from "../engine/evaluate";
import type { Decision, Draft, Finding } from "../engine/types";
import { renderFinding } from "../i18n/findings";
import { formatMessage, listItems, pickLocale, type Locale } from "../i18n";
import { parsePolicyText, policyJsonSchema, type Policy } from "../policy";
import { parseEml } from "./eml";

/** What the command touches in the outside world: injected so tests run it in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  env: Record<string, string | undefined>;
}

/** Exit status (DESIGN.md §4). */
export const EXIT_ALLOW = 0;
export const EXIT_STOPPED = 1;
export const EXIT_ERROR = 2;

export const USAGE = `Usage:
  presend check --policy POLICY.json [--from ADDRESS] [--json] FILE.eml...
  presend policy validate POLICY.json
  presend policy schema

check            Evaluate saved drafts (.eml) against a policy; a meeting
                 request (text/calendar; method=REQUEST) is checked as
                 its organizer sends it.
  --policy FILE  the policy (JSON, see \`presend policy schema\`)
  --from ADDRESS the mailbox owner (default: each message's From)
  --json         one JSON object per file per line
policy validate  Check a policy file and list its problems.
policy schema    Print the policy's JSON Schema.

Exit status: 0 every file allowed, 1 any file warn/confirm/block,
2 usage error, unreadable file or invalid policy.
Messages are in Japanese when LANG (or LC_ALL) starts with "ja".
`;

/** Labels of the readable report that are not rule messages. */
const REPORT_LABELS: Record<Locale, { items: string; none: string; meeting: string }> = {
  en: { items: "items", none: "no findings", meeting: "meeting request" },
  ja: { items: "対象", none: "指摘はありません", meeting: "会議出席依頼" },
};

class UsageError extends Error {}

/** POSIX order: LC_ALL overrides LC_MESSAGES overrides LANG. */
export function localeFromEnv(env: CliIO["env"]): Locale {
  return pickLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** parseArgs with its complaints (unknown option, missing value) reported as usage errors. */
function parseOrUsageError<Parsed>(parse: () => Parsed): Parsed {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readText(io: CliIO, path: string): Promise<string> {
  return new TextDecoder("utf-8").decode(await io.readFile(path)).replace(/^\uFEFF/, "");
}

type PolicyLoad = { ok: true; policy: Policy } | { ok: false; summary: string; problems: string[] };

/** Reads and validates a policy; a failure names the file and lists every problem (one per line). */
async function loadPolicy(io: CliIO, path: string): Promise<PolicyLoad> {
  let text: string;
  try {
    text = await readText(io, path);
  } catch (error) {
    return { ok: false, summary: `cannot read policy ${path}: ${errorText(error)}`, problems: [] };
  }
  const result = parsePolicyText(text);
  if (result.ok) return result;
  return { ok: false, summary: `invalid policy ${path}`, problems: result.errors };
}

const linesOf = (lines: readonly string[]) => lines.map((line) => `${line}\n`).join("");

/** A meeting's place and start, so a report tells which meeting it judged. */
function meetingOf(draft: Draft): { location: string; start?: string } | undefined {
  if (!draft.meeting) return undefined;
  return { location: draft.meeting.location, start: draft.meeting.start?.toISOString() };
}

function jsonLine(file: string, draft: Draft, decision: Decision, findings: readonly Finding[], locale: Locale, policy: Policy) {
  return `${JSON.stringify({
    file,
    decision,
    // Only on a meeting request: a message's line keeps the contract's three keys.
    meeting: meetingOf(draft),
    findings: findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      recipients: finding.recipients,
      attachments: finding.attachments,
      message: renderFinding(finding, locale, policy),
    })),
  })}\n`;
}

function report(file: string, draft: Draft, decision: Decision, findings: readonly Finding[], locale: Locale, policy: Policy) {
  const labels = REPORT_LABELS[locale];
  const lines = [`${file}: ${decision} (${formatMessage(locale, `decision/${decision}`)})`];
  const meeting = meetingOf(draft);
  if (meeting) lines.push(`  ${labels.meeting}: ${[meeting.start, meeting.location].filter(Boolean).join(", ")}`);
  if (findings.length === 0) lines.push(`  ${labels.none}`);
  for (const finding of findings) {
    lines.push(`  - [${finding.severity}] ${finding.rule}: ${renderFinding(finding, locale, policy)}`);
    const items = [...finding.recipients, ...finding.attachments];
    if (items.length > 0) lines.push(`    ${labels.items}: ${listItems(locale, items, 10)}`);
  }
  return `${lines.join("\n")}\n\n`;
}

function withSender(draft: Draft, from: string | undefined): Draft {
  if (from === undefined) return draft;
  const sender = parseRecipient(from);
  return { ...draft, from: { address: sender.address, name: sender.name } };
}

async function check(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOrUsageError(() =>
    parseArgs({
      args,
      options: { policy: { type: "string" }, from: { type: "string" }, json: { type: "boolean" } },
      allowPositionals: true,
    }),
  );
  if (values.policy === undefined) throw new UsageError("check needs --policy POLICY.json");
  if (positionals.length === 0) throw new UsageError("check needs at least one .eml file");
  if (values.from !== undefined && !parseRecipient(values.from).address.includes("@")) {
    throw new UsageError(`--from expects an email address, got "${values.from}"`);
  }
  const loaded = await loadPolicy(io, values.policy);
  if (!loaded.ok) {
    io.stderr(`presend: ${loaded.summary}${loaded.problems.length > 0 ? ":" : ""}\n${linesOf(loaded.problems)}`);
    return EXIT_ERROR;
  }
  const { policy } = loaded;
  const locale = localeFromEnv(io.env);
  let stopped = false;
  let failed = false;
  for (const file of positionals) {
    let draft: Draft;
    try {
      draft = withSender(await parseEml(await io.readFile(file)), values.from);
    } catch (error) {
      io.stderr(`presend: cannot read ${file}: ${errorText(error)}\n`);
      failed = true;
      continue;
    }
    const { decision, findings } = evaluate(draft, policy);
    stopped = stopped || decision !== "allow";
    io.stdout((values.json ? jsonLine : report)(file, draft, decision, findings, locale, policy));
  }
  if (failed) return EXIT_ERROR;
  return stopped ? EXIT_STOPPED : EXIT_ALLOW;
}

async function policyCommand(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseOrUsageError(() => parseArgs({ args, options: {}, allowPositionals: true }));
  const [action, ...rest] = positionals;
  if (action === "schema" && rest.length === 0) {
    io.stdout(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
    return EXIT_ALLOW;
  }
  if (action === "validate" && rest.length === 1) {
    // The problems are this command's report (stdout); the verdict goes to stderr like any failure.
    const loaded = await loadPolicy(io, rest[0]);
    if (loaded.ok) {
      io.stdout("valid\n");
      return EXIT_ALLOW;
    }
    io.stdout(linesOf(loaded.problems));
    io.stderr(`presend: ${loaded.summary}\n`);
    return EXIT_ERROR;
  }
  throw new UsageError(
    action === "validate" ? "policy validate needs one POLICY.json" : `unknown policy command "${positionals.join(" ")}"`,
  );
}

/** `presend …` with argv after the program name; resolves to the exit status. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") {
    io.stdout(USAGE);
    return EXIT_ALLOW;
  }
  const [command, ...args] = argv;
  try {
    if (command === "check") return await check(args, io);
    if (command === "policy") return await policyCommand(args, io);
    throw new UsageError(command === undefined ? "no command given" : `unknown command "${command}"`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`presend: ${error.message}\n\n${USAGE}`);
    return EXIT_ERROR;
  }
}
