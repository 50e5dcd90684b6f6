import { parseArgs } from "node:util";
import { parseRecipient } from "../engine/draft";
import { evaluate } from "../engine/evaluate";
import type { Decision, Draft, Finding } from "../engine/types";
import { renderFinding } from "../i18n/findings";
import { formatMessage, listItems, pickLocale, type Locale } from "../i18n";
import { splitAddress } from "../domains/idn";
import { parsePolicyText, policyJsonSchema, type Policy } from "../policy";
import { policyDifferences, type PolicyDifference } from "../policy/diff";
import { senderDomainWarning } from "../policy/safety";
import { parseEml } from "./eml";
import { replaySends } from "./replay";

/** What the command touches in the outside world: injected so tests run it in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** What is at `path` (rejects when nothing is): replay takes folders and reads mailboxes piece by piece. */
  stat(path: string): Promise<{ folder: boolean; size: number }>;
  listFolder(path: string): Promise<string[]>;
  /** Up to `length` bytes from `start` (fewer at the end of the file). */
  readRange(path: string, start: number, length: number): Promise<Uint8Array>;
  env: Record<string, string | undefined>;
}

/** Exit status (DESIGN.md §4). */
export const EXIT_ALLOW = 0;
export const EXIT_STOPPED = 1;
export const EXIT_ERROR = 2;

export const USAGE = `Usage:
  presend check --policy POLICY.json [--from ADDRESS] [--json] FILE.eml...
  presend replay --policy POLICY.json --user ADDRESS [--json] PATH...
  presend policy validate POLICY.json
  presend policy diff POLICY.json OTHER.json
  presend policy schema

check            Evaluate saved drafts (.eml) against a policy.
  --policy FILE  the policy (JSON, see \`presend policy schema\`)
  --from ADDRESS the mailbox owner (default: each message's From)
  --json         one JSON object per file per line
replay           Replay a mailbox in Date order as Presend would have seen it:
                 each message from ADDRESS is a send, checked with the thread
                 and the memory of earlier sends it would have had; the rest is
                 mail received. Reports each send, then how often users would
                 be stopped (interruptions per 100 sends) and by which rules.
  --user ADDRESS the mailbox owner
  PATH           .eml files, folders of them (searched recursively), mbox files
  --json         one JSON object per send per line, then a summary line
policy validate  Check a policy file and list its problems.
policy diff      Compare two policies in effect (defaults filled in, list order
                 ignored), e.g. the hosted policy.json and config/policy.json,
                 the copy built into the add-in. Exit status 1 when they differ.
policy schema    Print the policy's JSON Schema.

Exit status: 0 every file (send) allowed, 1 any warn/confirm/block,
2 usage error, unreadable file or invalid policy.
Messages are in Japanese when LANG (or LC_ALL) starts with "ja".
`;

/** Labels of the readable report that are not rule messages. */
const REPORT_LABELS: Record<Locale, { items: string; none: string }> = {
  en: { items: "items", none: "no findings" },
  ja: { items: "対象", none: "指摘はありません" },
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

type PolicyLoad = { ok: true; policy: Policy; warnings: string[] } | { ok: false; summary: string; problems: string[] };

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

/** The policy for check, replay and diff, its warnings on stderr; undefined (after saying why) when it cannot be used. */
async function policyForRun(io: CliIO, path: string): Promise<Policy | undefined> {
  const loaded = await loadPolicy(io, path);
  if (!loaded.ok) {
    io.stderr(`presend: ${loaded.summary}${loaded.problems.length > 0 ? ":" : ""}\n${linesOf(loaded.problems)}`);
    return undefined;
  }
  for (const warning of loaded.warnings) io.stderr(`presend: warning: ${warning}\n`);
  return loaded.policy;
}

function jsonLine(file: string, decision: Decision, findings: readonly Finding[], locale: Locale, policy: Policy) {
  return `${JSON.stringify({
    file,
    decision,
    findings: findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      recipients: finding.recipients,
      attachments: finding.attachments,
      message: renderFinding(finding, locale, policy),
    })),
  })}\n`;
}

function report(file: string, decision: Decision, findings: readonly Finding[], locale: Locale, policy: Policy) {
  const labels = REPORT_LABELS[locale];
  const lines = [`${file}: ${decision} (${formatMessage(locale, `decision/${decision}`)})`];
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
  const policy = await policyForRun(io, values.policy);
  if (!policy) return EXIT_ERROR;
  const locale = localeFromEnv(io.env);
  const warnedSenders = new Set<string>();
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
    const senderDomain = draft.from ? splitAddress(draft.from.address).domain : "";
    const senderWarning = senderDomainWarning(senderDomain, policy.internalDomainsGiven, policy.personalMailDomains);
    if (senderWarning && !warnedSenders.has(senderDomain)) io.stderr(`presend: warning: ${senderWarning}\n`);
    warnedSenders.add(senderDomain);
    const { decision, findings } = evaluate(draft, policy);
    stopped = stopped || decision !== "allow";
    io.stdout((values.json ? jsonLine : report)(file, decision, findings, locale, policy));
  }
  if (failed) return EXIT_ERROR;
  return stopped ? EXIT_STOPPED : EXIT_ALLOW;
}

/** What a replay adds up: sends by decision, and the sends each rule stopped. */
interface ReplayTally {
  sends: number;
  decisions: Record<Decision, number>;
  /** Per rule, the sends it had a finding on that were stopped (a send counts for every such rule). */
  stoppedBy: Map<string, number>;
}

const stoppedCount = (tally: ReplayTally) => tally.sends - tally.decisions.allow;

/** Interruptions per 100 sends, one decimal. */
function interruptionsPer100(tally: ReplayTally): number {
  return tally.sends === 0 ? 0 : Math.round((1000 * stoppedCount(tally)) / tally.sends) / 10;
}

function replaySummaryJson(tally: ReplayTally): string {
  const { allow, warn, confirm, block } = tally.decisions;
  const summary = { sends: tally.sends, allow, warn, confirm, block, interruptionsPer100: interruptionsPer100(tally) };
  return `${JSON.stringify({ summary })}\n`;
}

/** The readable replay's closing lines, as an admin reads them before rollout. */
const REPLAY_SUMMARY: Record<Locale, (tally: ReplayTally, rate: string, rules: string[]) => string[]> = {
  en: ({ sends, decisions: d }, rate, rules) => [
    `Replayed ${sends} sends: ${d.allow} allowed, ${d.warn} warn, ${d.confirm} confirm, ${d.block} block.`,
    `Interruptions: ${sends - d.allow} of ${sends} sends, ${rate} per 100 sends.`,
    ...(rules.length === 0
      ? ["No rule stopped a send."]
      : ["Sends stopped, by rule (a send stopped by several rules counts for each):", ...rules]),
  ],
  ja: ({ sends, decisions: d }, rate, rules) => [
    `再現した送信: ${sends} 通(そのまま送信 ${d.allow} 通、注意 ${d.warn} 通、要確認 ${d.confirm} 通、要修正 ${d.block} 通)`,
    `送信前に止まった回数: ${sends} 通中 ${sends - d.allow} 通(100 通あたり ${rate} 回)`,
    ...(rules.length === 0
      ? ["送信が止まったメールはありません。"]
      : ["止めたルール別の通数(1 通で複数のルールに該当した場合は、それぞれに数えています):", ...rules]),
  ],
};

function replaySummaryReport(tally: ReplayTally, locale: Locale): string {
  const ranked = [...tally.stoppedBy].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(0, ...ranked.map(([rule]) => rule.length));
  const unit = locale === "ja" ? " 通" : "";
  const rules = ranked.map(([rule, count]) => `  ${rule.padEnd(width)}  ${String(count).padStart(4)}${unit}`);
  return `${linesOf(REPLAY_SUMMARY[locale](tally, interruptionsPer100(tally).toFixed(1), rules))}`;
}

async function replayCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOrUsageError(() =>
    parseArgs({
      args,
      options: { policy: { type: "string" }, user: { type: "string" }, json: { type: "boolean" } },
      allowPositionals: true,
    }),
  );
  if (values.policy === undefined) throw new UsageError("replay needs --policy POLICY.json");
  if (values.user === undefined || !parseRecipient(values.user).address.includes("@")) {
    throw new UsageError(`replay needs --user ADDRESS, the mailbox owner${values.user === undefined ? "" : `, got "${values.user}"`}`);
  }
  if (positionals.length === 0) throw new UsageError("replay needs at least one .eml file, folder or mbox file");
  const policy = await policyForRun(io, values.policy);
  if (!policy) return EXIT_ERROR;
  const locale = localeFromEnv(io.env);
  const senderWarning = senderDomainWarning(splitAddress(parseRecipient(values.user).address).domain, policy.internalDomainsGiven, policy.personalMailDomains);
  if (senderWarning) io.stderr(`presend: warning: ${senderWarning}\n`);
  const tally: ReplayTally = { sends: 0, decisions: { allow: 0, warn: 0, confirm: 0, block: 0 }, stoppedBy: new Map() };
  let failed = false;
  try {
    for await (const step of replaySends(io, positionals, parseRecipient(values.user).address, policy)) {
      if ("problem" in step) {
        io.stderr(`presend: cannot read ${step.file}: ${step.problem}\n`);
        failed = true;
        continue;
      }
      const { decision, findings } = step.evaluation;
      tally.sends++;
      tally.decisions[decision]++;
      if (decision !== "allow") {
        for (const rule of new Set(findings.map((f) => f.rule))) tally.stoppedBy.set(rule, (tally.stoppedBy.get(rule) ?? 0) + 1);
      }
      io.stdout((values.json ? jsonLine : report)(step.file, decision, findings, locale, policy));
    }
  } catch (error) {
    // A path that cannot be read stops the replay before it starts: half a mailbox would give wrong figures.
    io.stderr(`presend: ${errorText(error)}\n`);
    return EXIT_ERROR;
  }
  io.stdout(values.json ? replaySummaryJson(tally) : replaySummaryReport(tally, locale));
  if (failed) return EXIT_ERROR;
  return stoppedCount(tally) > 0 ? EXIT_STOPPED : EXIT_ALLOW;
}

function differenceLines(difference: PolicyDifference, first: string, second: string): string[] {
  if (difference.kind === "value") {
    return [`${difference.path}: ${JSON.stringify(difference.first)} in ${first}, ${JSON.stringify(difference.second)} in ${second}`];
  }
  return [
    ...(difference.onlyInFirst.length > 0 ? [`${difference.path}: only in ${first}: ${difference.onlyInFirst.join(", ")}`] : []),
    ...(difference.onlyInSecond.length > 0 ? [`${difference.path}: only in ${second}: ${difference.onlyInSecond.join(", ")}`] : []),
  ];
}

/** Exit 0 when the two policies act the same, 1 when they differ (listed on stdout), 2 when one is invalid. */
async function policyDiff(io: CliIO, first: string, second: string): Promise<number> {
  const firstPolicy = await policyForRun(io, first);
  const secondPolicy = await policyForRun(io, second);
  if (!firstPolicy || !secondPolicy) return EXIT_ERROR;
  const differences = policyDifferences(firstPolicy, secondPolicy);
  if (differences.length === 0) {
    io.stdout(`${first} and ${second} are the same in effect\n`);
    return EXIT_ALLOW;
  }
  io.stdout(linesOf(differences.flatMap((difference) => differenceLines(difference, first, second))));
  io.stderr(`presend: ${first} and ${second} differ in ${differences.length} setting${differences.length === 1 ? "" : "s"}\n`);
  return EXIT_STOPPED;
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
      io.stdout(`valid\n${linesOf(loaded.warnings.map((warning) => `warning: ${warning}`))}`);
      return EXIT_ALLOW;
    }
    io.stdout(linesOf(loaded.problems));
    io.stderr(`presend: ${loaded.summary}\n`);
    return EXIT_ERROR;
  }
  if (action === "diff" && rest.length === 2) return policyDiff(io, rest[0], rest[1]);
  throw new UsageError(
    action === "validate"
      ? "policy validate needs one POLICY.json"
      : action === "diff"
        ? "policy diff needs two policy files"
        : `unknown policy command "${positionals.join(" ")}"`,
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
    if (command === "replay") return await replayCommand(args, io);
    if (command === "policy") return await policyCommand(args, io);
    throw new UsageError(command === undefined ? "no command given" : `unknown command "${command}"`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`presend: ${error.message}\n\n${USAGE}`);
    return EXIT_ERROR;
  }
}
