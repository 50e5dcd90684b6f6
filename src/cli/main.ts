import { parseArgs } from "node:util";
import { parse as parseJsonc, printParseErrorCode, type ParseError } from "jsonc-parser";
import { parseRecipient } from "../engine/draft";
import type { Decision, Draft, Finding } from "../engine/types";
import { renderFinding } from "../i18n/findings";
import { formatMessage, listItems, pickLocale, type Locale } from "../i18n";
import { HIDDEN_CHARACTERS } from "../domains/visible";
import { splitAddress } from "../domains/idn";
import { evaluate, parsePolicy, policyJsonSchema } from "../check";
import type { PublicSuffixList } from "../domains/public-suffix";
import type { SurnameReadings } from "../engine/surnames";
import type { Policy } from "../policy";
import { policyDifferences, type PolicyDifference } from "../policy/diff";
import { senderDomainWarning } from "../policy/safety";
import { MessageRefused, parseMessage, type ParsedMessage } from "../formats/eml";
import { duplicateKeys } from "../policy/duplicate-keys";
import { FileRefused, MAX_FILE_BYTES } from "./limits";
import { UnreadablePath } from "./mailbox";
import { CLI_TEXT, type CheckTally, type CliText } from "./messages";
import { replaySends } from "./replay";

/** What the command touches in the outside world: injected so tests run it in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** A whole regular file; rejects with FileRefused for anything else or anything over MAX_FILE_BYTES. */
  readFile(path: string): Promise<Uint8Array>;
  /** What is at `path` (rejects when nothing is): replay takes folders and reads mailboxes piece by piece. */
  stat(path: string): Promise<{ kind: "file" | "folder" | "other"; size: number }>;
  listFolder(path: string): Promise<string[]>;
  /** Up to `length` bytes from `start` (fewer at the end of the file). */
  readRange(path: string, start: number, length: number): Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  /** The release, as package.json and the add-in's build give it. */
  version: string;
  /** The Public Suffix List to judge organisations and policies with (the build writes the full one in). */
  suffixes: PublicSuffixList;
  /** The surname table kanji surnames are read with (the build writes it in). */
  surnames: SurnameReadings;
}

/** Exit status (DESIGN.md §4). */
export const EXIT_ALLOW = 0;
export const EXIT_STOPPED = 1;
export const EXIT_ERROR = 2;

/** Labels of the readable report that are not rule messages. */
const REPORT_LABELS: Record<Locale, { items: string; none: string; note: string; meeting: string }> = {
  en: { items: "items", none: "no findings", note: "note", meeting: "meeting request" },
  ja: { items: "対象", none: "指摘はありません", note: "注記", meeting: "会議出席依頼" },
};

class UsageError extends Error {}

/** POSIX order: LC_ALL overrides LC_MESSAGES overrides LANG. */
export function localeFromEnv(env: CliIO["env"]): Locale {
  return pickLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** parseArgs with its complaints (unknown option, missing value) reported as usage errors in the reader's language. */
function parseOrUsageError<Parsed>(text: CliText, parse: () => Parsed): Parsed {
  try {
    return parse();
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1];
    if (option && code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(text.unknownOption(option));
    if (option && code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(text.optionNeedsValue(option));
    throw new UsageError(message);
  }
}

/** Why a file could not be read, in the reader's language where there is a wording for it. */
function whyUnreadable(error: unknown, text: CliText): string {
  if (error instanceof FileRefused) return text.refused(error.reason, error.size, MAX_FILE_BYTES);
  if (error instanceof MessageRefused) return text.messageRefused(error.problem);
  const code = (error as { code?: unknown } | undefined)?.code;
  const known = typeof code === "string" ? text.systemError[code] : undefined;
  if (known) return `${known} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * A name or text from a file, for the readable report and stderr: control, bidi and
 * zero-width characters written out ("[U+202E]") so they cannot reorder or fake lines.
 */
function visible(text: string): string {
  return text.replace(HIDDEN_CHARACTERS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`);
}

type PolicyLoad = { ok: true; policy: Policy; warnings: string[] } | { ok: false; summary: string; problems: string[] };

/** JSON.parse, with a syntax error reported at its line and column (V8's message often names neither). */
function parseJson(source: string, file: string, text: CliText): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    const errors: ParseError[] = [];
    parseJsonc(source, errors, { allowTrailingComma: false, disallowComments: true });
    // jsonc-parser reads what V8 refuses (a lone surrogate escape, say): then the end is the place to look.
    const offset = errors[0]?.offset ?? source.length;
    const detail = errors[0] ? text.jsonError(printParseErrorCode(errors[0].error)) : "";
    const before = source.slice(0, offset).split("\n");
    return { ok: false, problem: text.notJson(file, before.length, before[before.length - 1].length + 1, detail) };
  }
}

/** A policy problem ("path: text") in the reader's language, where there is a translation. */
function localProblem(problem: string, text: CliText): string {
  const split = /^(\S+): (.*)$/s.exec(problem);
  const translated = split && text.policyProblem?.(split[2]);
  return translated ? `${split[1]}: ${translated}` : problem;
}

/** Reads and validates a policy; a failure names the file and lists every problem (one per line). */
async function loadPolicy(io: CliIO, path: string, text: CliText): Promise<PolicyLoad> {
  let source: string;
  try {
    source = new TextDecoder("utf-8").decode(await io.readFile(path)).replace(/^\uFEFF/, "");
  } catch (error) {
    return { ok: false, summary: text.cannotReadPolicy(visible(path), whyUnreadable(error, text)), problems: [] };
  }
  const json = parseJson(source, visible(path), text);
  if (!json.ok) return { ok: false, summary: text.invalidPolicy(visible(path)), problems: [json.problem] };
  const result = parsePolicy(json.value, io.suffixes);
  const errors = [...duplicateKeys(source), ...(result.ok ? [] : result.errors)];
  if (!result.ok || errors.length > 0) {
    return { ok: false, summary: text.invalidPolicy(visible(path)), problems: errors.map((p) => localProblem(p, text)) };
  }
  return { ...result, warnings: result.warnings.map((w) => localProblem(w, text)) };
}

const linesOf = (lines: readonly string[]) => lines.map((line) => `${line}\n`).join("");

/** The policy for check and replay, its warnings on stderr; undefined (after saying why) when it cannot be used. */
async function policyForRun(io: CliIO, path: string, text: CliText): Promise<Policy | undefined> {
  const loaded = await loadPolicy(io, path, text);
  if (!loaded.ok) {
    io.stderr(`presend: ${loaded.summary}${loaded.problems.length > 0 ? ":" : ""}\n${linesOf(loaded.problems)}`);
    return undefined;
  }
  for (const warning of loaded.warnings) io.stderr(`presend: ${text.warning}: ${warning}\n`);
  return loaded.policy;
}

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

function report(file: string, draft: Draft, decision: Decision, findings: readonly Finding[], locale: Locale, policy: Policy, notes: readonly string[] = []) {
  const labels = REPORT_LABELS[locale];
  const lines = [`${visible(file)}: ${decision} (${formatMessage(locale, `decision/${decision}`)})`];
  const meeting = meetingOf(draft);
  if (meeting) lines.push(`  ${labels.meeting}: ${visible([meeting.start, meeting.location].filter(Boolean).join(", "))}`);
  if (findings.length === 0) lines.push(`  ${labels.none}`);
  for (const finding of findings) {
    lines.push(`  - [${finding.severity}] ${finding.rule}: ${visible(renderFinding(finding, locale, policy))}`);
    const items = [...finding.recipients, ...finding.attachments].map(visible);
    if (items.length > 0) lines.push(`    ${labels.items}: ${listItems(locale, items, 10)}`);
  }
  for (const note of notes) lines.push(`  ${labels.note}: ${visible(note)}`);
  return `${lines.join("\n")}\n\n`;
}

function withSender(draft: Draft, from: string | undefined): Draft {
  if (from === undefined) return draft;
  const sender = parseRecipient(from);
  return { ...draft, from: { address: sender.address, name: sender.name } };
}

/** What a reader is told about a message's unreadable addresses. */
function addressNotes(message: ParsedMessage, text: CliText): string[] {
  return message.unreadAddresses.map(({ header, text: written }) => text.addressUnread(header, written));
}

async function check(args: string[], io: CliIO, locale: Locale): Promise<number> {
  const text = CLI_TEXT[locale];
  const { values, positionals } = parseOrUsageError(text, () =>
    parseArgs({
      args,
      options: { policy: { type: "string" }, from: { type: "string" }, json: { type: "boolean" } },
      allowPositionals: true,
    }),
  );
  if (values.policy === undefined) throw new UsageError(text.needsPolicy("check"));
  if (positionals.length === 0) throw new UsageError(text.checkNeedsFiles);
  if (values.from !== undefined && !parseRecipient(values.from).address.includes("@")) {
    throw new UsageError(text.fromNotAddress(values.from));
  }
  const policy = await policyForRun(io, values.policy, text);
  if (!policy) return EXIT_ERROR;
  const warnedSenders = new Set<string>();
  const tally: CheckTally = { files: positionals.length, allow: 0, warn: 0, confirm: 0, block: 0, unreadable: 0 };
  for (const file of positionals) {
    let message: ParsedMessage;
    try {
      message = await parseMessage(await io.readFile(file));
    } catch (error) {
      io.stderr(`presend: ${text.cannotRead(visible(file), visible(whyUnreadable(error, text)))}\n`);
      tally.unreadable++;
      continue;
    }
    const draft = withSender(message.draft, values.from);
    const senderDomain = draft.from ? splitAddress(draft.from.address).domain : "";
    const senderWarning = senderDomainWarning(senderDomain, policy.internalDomainsGiven, policy.personalMailDomains);
    if (senderWarning && !warnedSenders.has(senderDomain)) io.stderr(`presend: ${text.warning}: ${senderWarning}\n`);
    warnedSenders.add(senderDomain);
    const { decision, findings } = evaluate(draft, policy, [], { suffixes: io.suffixes, surnames: io.surnames });
    tally[decision]++;
    const notes = addressNotes(message, text);
    if (values.json) {
      // The JSON line keeps its contract shape: what could not be read is said on stderr.
      for (const note of notes) io.stderr(`presend: ${text.warning}: ${visible(file)}: ${visible(note)}\n`);
      io.stdout(jsonLine(file, draft, decision, findings, locale, policy));
    } else {
      io.stdout(report(file, draft, decision, findings, locale, policy, notes));
    }
  }
  if (positionals.length > 1) {
    const { files, allow, warn, confirm, block, unreadable } = tally;
    io.stdout(values.json ? `${JSON.stringify({ summary: { files, allow, warn, confirm, block, unreadable } })}\n` : `${text.checkSummary(tally)}\n`);
  }
  if (tally.unreadable > 0) return EXIT_ERROR;
  return tally.allow < tally.files ? EXIT_STOPPED : EXIT_ALLOW;
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

async function replayCommand(args: string[], io: CliIO, locale: Locale): Promise<number> {
  const text = CLI_TEXT[locale];
  const { values, positionals } = parseOrUsageError(text, () =>
    parseArgs({
      args,
      options: { policy: { type: "string" }, user: { type: "string" }, json: { type: "boolean" } },
      allowPositionals: true,
    }),
  );
  if (values.policy === undefined) throw new UsageError(text.needsPolicy("replay"));
  if (values.user === undefined || !parseRecipient(values.user).address.includes("@")) throw new UsageError(text.replayNeedsUser(values.user));
  if (positionals.length === 0) throw new UsageError(text.replayNeedsPaths);
  const policy = await policyForRun(io, values.policy, text);
  if (!policy) return EXIT_ERROR;
  const senderWarning = senderDomainWarning(splitAddress(parseRecipient(values.user).address).domain, policy.internalDomainsGiven, policy.personalMailDomains);
  if (senderWarning) io.stderr(`presend: ${text.warning}: ${senderWarning}\n`);
  const tally: ReplayTally = { sends: 0, decisions: { allow: 0, warn: 0, confirm: 0, block: 0 }, stoppedBy: new Map() };
  let failed = false;
  try {
    for await (const step of replaySends(io, positionals, parseRecipient(values.user).address, policy)) {
      if ("error" in step) {
        io.stderr(`presend: ${text.cannotRead(visible(step.file), visible(whyUnreadable(step.error, text)))}\n`);
        failed = true;
        continue;
      }
      const { decision, findings } = step.evaluation;
      tally.sends++;
      tally.decisions[decision]++;
      if (decision !== "allow") {
        for (const rule of new Set(findings.map((f) => f.rule))) tally.stoppedBy.set(rule, (tally.stoppedBy.get(rule) ?? 0) + 1);
      }
      io.stdout((values.json ? jsonLine : report)(step.file, step.draft, decision, findings, locale, policy));
    }
  } catch (error) {
    // A path that cannot be read stops the replay before it starts: half a mailbox would give wrong figures.
    if (!(error instanceof UnreadablePath)) throw error;
    io.stderr(`presend: ${text.cannotRead(visible(error.path), visible(whyUnreadable(error.cause, text)))}\n`);
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
async function policyDiff(io: CliIO, first: string, second: string, text: CliText): Promise<number> {
  const firstPolicy = await policyForRun(io, first, text);
  const secondPolicy = await policyForRun(io, second, text);
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

async function policyCommand(args: string[], io: CliIO, locale: Locale): Promise<number> {
  const text = CLI_TEXT[locale];
  const { positionals } = parseOrUsageError(text, () => parseArgs({ args, options: {}, allowPositionals: true }));
  const [action, ...rest] = positionals;
  if (action === "schema" && rest.length === 0) {
    io.stdout(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
    return EXIT_ALLOW;
  }
  if (action === "validate" && rest.length === 1) {
    // The problems are this command's report (stdout); the verdict goes to stderr like any failure.
    const loaded = await loadPolicy(io, rest[0], text);
    if (loaded.ok) {
      io.stdout(`valid\n${linesOf(loaded.warnings.map((warning) => `${text.warning}: ${warning}`))}`);
      return EXIT_ALLOW;
    }
    io.stdout(linesOf(loaded.problems));
    io.stderr(`presend: ${loaded.summary}\n`);
    return EXIT_ERROR;
  }
  if (action === "diff" && rest.length === 2) return policyDiff(io, rest[0], rest[1], text);
  throw new UsageError(
    action === "validate" ? text.validateNeedsOne : action === "diff" ? text.diffNeedsTwo : text.unknownPolicyCommand(positionals.join(" ")),
  );
}

/** `presend …` with argv after the program name; resolves to the exit status. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const locale = localeFromEnv(io.env);
  const text = CLI_TEXT[locale];
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") {
    io.stdout(text.usage);
    return EXIT_ALLOW;
  }
  if (argv[0] === "--version" || argv[0] === "-v") {
    io.stdout(`${io.version}\n`);
    return EXIT_ALLOW;
  }
  const [command, ...args] = argv;
  try {
    if (command === "check") return await check(args, io, locale);
    if (command === "replay") return await replayCommand(args, io, locale);
    if (command === "policy") return await policyCommand(args, io, locale);
    throw new UsageError(command === undefined ? text.noCommand : text.unknownCommand(visible(command)));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`presend: ${error.message}\n\n${text.usage}`);
    return EXIT_ERROR;
  }
}
