import type { Decision, DraftKind, Finding } from "../engine/types";
import { formatMessage, listItems, wordedFor, type Locale, type MessageId, type MessageParam } from "../i18n";
import { en } from "../i18n/en";
import { readingOrder, renderFinding, separateRisks } from "../i18n/findings";
import { HIDDEN_CHARACTERS, shorten, truncate } from "../domains/visible";
import type { OnError, Policy } from "../policy";

/** Smart Alerts shows at most 500 characters, in errorMessage and in errorMessageMarkdown. */
export const ALERT_MAX_CHARS = 500;
/** One user-controlled string (address, name, file name) in the alert. */
const LABEL_MAX_CHARS = 60;
/** One finding's line, so one long finding cannot crowd out the others. */
const LINE_MAX_CHARS = 200;

export interface AlertText {
  plain: string;
  /** Only when asked for: a client without Mailbox 1.15 shows the plain text alone. */
  markdown?: string;
}

/** The alert in the formats the client shows: plain text always (classic Outlook ignores "Take action" without it), Markdown too when `markdown`. */
function inFormats(layout: (markdown: boolean) => Layout, markdown: boolean): AlertText {
  const alert: AlertText = { plain: fit(layout(false)) };
  if (markdown) alert.markdown = fit(layout(true));
  return alert;
}

/**
 * A user-controlled string made safe to show: invisible and control characters become spaces,
 * length capped. Cut at a character, not a word: of "report.pdf.exexxx…" the reader must see
 * as much as fits, the hidden ".exe" most of all.
 */
export function sanitizeLabel(text: string, max = LABEL_MAX_CHARS): string {
  return truncate(text.replace(HIDDEN_CHARACTERS, " ").replace(/\s+/g, " ").trim(), max);
}

/**
 * Backslash-escapes what the Smart Alerts Markdown subset (emphasis with * or
 * _, [links](…), lists) and HTML would interpret, plus ` and ~, so the text
 * renders literally. User strings hold no line breaks after sanitizeLabel, but
 * one can start a list item ("- {name} is…"): there a leading #, -, + or
 * "1." / "1)" would open a heading or a nested list, so that is escaped too.
 * So are bare URLs ("://", "www."), which GFM-style renderers turn into links.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]()<>&~]/g, (c) => `\\${c}`)
    .replace(/^[#\-+]|^(\d+)([.)])/, (marker, digits?: string, stop?: string) => (digits ? `${digits}\\${stop}` : `\\${marker}`))
    .replace(/:\/\//g, "\\://")
    .replace(/\b(www)\./gi, "$1\\.")
    // A display name written as an address would become a mailto link that names someone else.
    .replace(/@/g, "\\@");
}

const plainLabel = (text: string) => sanitizeLabel(text);
const markdownLabel = (text: string) => escapeMarkdown(sanitizeLabel(text));

function findingLine(finding: Finding, locale: Locale, policy: Policy, format: (text: string) => string): string {
  const text = renderFinding(finding, locale, policy, format);
  // Name the items when the rule's sentence does not (e.g. only a count).
  const labels = [...finding.recipients, ...finding.attachments].map(format);
  if (labels.length === 0 || text.indexOf(labels[0]) >= 0) return shorten(text, LINE_MAX_CHARS);
  // Name up to three items, or one if three do not fit; a half-cut address helps nobody.
  for (const max of [3, 1]) {
    const items = listItems(locale, labels, max);
    const line = locale === "ja" ? `${text}(${items})` : `${text} (${items})`;
    if (line.length <= LINE_MAX_CHARS) return line;
  }
  return shorten(text, LINE_MAX_CHARS);
}

interface Layout {
  headline: string;
  lines: string[];
  footer?: string;
  /** "…and N more" for findings that did not fit. */
  more: (count: number) => string;
  markdown: boolean;
}

/**
 * Headline, as many finding lines as fit, a "more" line and the footer,
 * within 500 characters. Markdown: bold headline, then a list whose items end
 * with \r as the Smart Alerts Markdown subset expects, paragraphs split by \n\n.
 */
function fit(layout: Layout): string {
  const head = layout.markdown ? `**${layout.headline}**` : layout.headline;
  const item = (line: string) => (layout.markdown ? `- ${line}\r` : `- ${line}`);
  const join = (parts: string[]) => parts.join(layout.markdown ? "" : "\n");
  const paragraph = layout.markdown ? "\n\n" : "\n";
  const tail = (remaining: number) =>
    (remaining > 0 ? paragraph + layout.more(remaining) : "") + (layout.footer ? paragraph + layout.footer : "");
  const shown: string[] = [];
  for (let i = 0; i < layout.lines.length; i++) {
    const candidate = head + paragraph + join(shown.concat(item(layout.lines[i])));
    if (candidate.length + tail(layout.lines.length - i - 1).length > ALERT_MAX_CHARS) break;
    shown.push(item(layout.lines[i]));
  }
  const body = shown.length > 0 ? paragraph + join(shown) : "";
  return shorten(head + body + tail(layout.lines.length - shown.length), ALERT_MAX_CHARS);
}

function message(locale: Locale, policy: Policy | undefined, id: MessageId, params: Record<string, MessageParam> = {}) {
  return formatMessage(locale, id, params, policy ? policy.messages[locale] : undefined);
}

/** What the alert's footer says besides what to do. */
export interface AlertNotes {
  /** How long the handler will hold the mail once it is sent (policy delivery.delayExternalSeconds, outside recipients). */
  delaySeconds?: number;
  /** The published policy could not be used and the built-in copy checked the mail. */
  settingsFallback?: boolean;
}

/**
 * The alert for a draft that cannot go as it is: what is wrong, the worst items, and what to do;
 * in Markdown too when `markdown` (the client renders errorMessageMarkdown).
 */
export function composeAlert(
  decision: Decision,
  findings: readonly Finding[],
  locale: Locale,
  policy: Policy,
  notes: AlertNotes,
  markdown: boolean,
): AlertText {
  const ordered = readingOrder(separateRisks(findings));
  const footerParts = [
    decision === "block" ? message(locale, policy, "alert/fix-hint") : decision === "confirm" ? message(locale, policy, "alert/confirm-hint") : "",
    notes.delaySeconds ? message(locale, policy, "alert/delay", { seconds: notes.delaySeconds }) : "",
    notes.settingsFallback ? message(locale, policy, "policy/fallback") : "",
  ];
  // Japanese sentences follow each other without a space.
  const footer = footerParts.filter((part) => part !== "").join(locale === "ja" ? "" : " ") || undefined;
  const layout = (inMarkdown: boolean): Layout => {
    const format = inMarkdown ? markdownLabel : plainLabel;
    return {
      headline: message(locale, policy, `decision/${decision}` as MessageId),
      lines: ordered.map((finding) => findingLine(finding, locale, policy, format)),
      footer,
      more: (count) => message(locale, policy, "alert/more-findings", { count }),
      markdown: inMarkdown,
    };
  };
  return inFormats(layout, markdown);
}

export type FailureReason = "timeout" | "host" | "policy";

/** The alert when the check itself could not finish (onError prompt or block); in Markdown too when `markdown`. */
export function composeFailureAlert(
  reason: FailureReason,
  onError: OnError,
  locale: Locale,
  policy: Policy | undefined,
  kind: DraftKind,
  markdown: boolean,
): AlertText {
  // On a meeting request the texts that speak of the message speak of the meeting and its attendees.
  const wording = (id: MessageId) => wordedFor(kind, id, en) as MessageId;
  const headline = message(locale, policy, wording("alert/check-failed"), {
    reason: message(locale, policy, wording(`alert/reason-${reason}` as MessageId)),
  });
  const advice = message(locale, policy, wording(onError === "block" ? "alert/check-failed-block" : "alert/check-failed-prompt"));
  const layout = (inMarkdown: boolean): Layout => ({ headline, lines: [], footer: advice, more: () => "", markdown: inMarkdown });
  return inFormats(layout, markdown);
}
