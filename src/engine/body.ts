import { trimTrailing } from "../domains/trim";
import type { DraftBody } from "./types";

// Every repeat is bounded (an address is at most 254 characters): a line can be megabytes long.

/**
 * Lines that start quoted earlier mail: Outlook's and other clients' reply and
 * forward separators in English and Japanese. Everything from the first
 * match down is quoted text.
 */
const REPLY_SEPARATORS: readonly RegExp[] = [
  /^\s*-{2,}\s*(Original Message|Forwarded message|元のメッセージ|転送されたメッセージ|転送メッセージ|オリジナルメッセージ|以下[、,]?\s?元の(メール|メッセージ))\s*-{2,}\s*$/i,
  /^\s*-{2,}\s*(Forwarded by|転送者)[^-]{1,200}-{2,}\s*$/i, // Lotus Notes: ----- 転送者 山田/Minase 2026/11/30 10:00 -----
  /^\s*>>> .{1,200}>>>\s*$/, // GroupWise: >>> 山田 <a@b> 2026/11/30 10:00 >>>
  /^\s*_{10,}\s*$/, // Outlook on the web draws a rule above the quoted header block
  /^\s*(Begin forwarded message|転送されたメッセージ|転送メッセージ)\s*[:：]\s*$/i, // Apple Mail
  /^\s*On .{4,200}wrote:\s*$/i,
  /^.{1,200}(wrote|さんは書きました|が書きました|のメッセージ|のメール)\s*[:：]\s*$/i,
  /^\s*\d{4}[年/-]\d{1,2}[月/-]\d{1,2}日?.{0,80}(<[^>]{1,254}>|@).{0,40}[:：]\s*$/, // 2024年5月1日(水) 10:00 山田 <a@b>:
];

/**
 * Attribution lines that clients wrap onto two lines when the name and
 * address are long ("On Wed, … Taro Yamada <" / "taro@example.com> wrote:").
 * Only tried on a pair whose first line starts like an attribution and that
 * names an address, so ordinary new text before a "… wrote:" line stays new.
 */
const WRAPPED_ATTRIBUTIONS: readonly RegExp[] = [
  /^\s*On .{4,200}(<[^>]{0,254}>|@).{0,40}wrote:\s*$/i,
  /^\s*\d{4}[年/-]\d{1,2}[月/-]\d{1,2}日?.{0,80}(<[^>]{1,254}>|@).{0,40}[:：]\s*$/,
];

/**
 * A quoted header block: a From line next to a Sent/Date/To/Subject line, in
 * either order (Outlook, Apple Mail; new Outlook writes 送信元, some clients
 * put 送信日時 first). One such line alone is ordinary text ("From: the sales team").
 */
const HEADER_START = /^\s*\*?(From|差出人|送信者|送信元)\*?\s*[:：]/i;
const HEADER_FOLLOWER = /^\s*\*?(Sent|Date|To|Subject|Cc|送信日時|日時|日付|宛先|件名)\*?\s*[:：]/i;

function nextNonBlank(lines: readonly string[], index: number): string | undefined {
  return lines.slice(index + 1, index + 3).find((l) => l.trim() !== "");
}

/**
 * What every pattern above needs in the line (a dash, >, _ or colon), or for a wrapped
 * attribution a colon in the line after: most lines of new text have none, and skip the
 * patterns (each costs a compile the first time it runs, on the first send).
 */
const SEPARATOR_MARK = /[-_>:：]/;
const COLON = /[:：]/;

function isSeparator(lines: readonly string[], index: number): boolean {
  const line = lines[index];
  if (!SEPARATOR_MARK.test(line) && !COLON.test(lines[index + 1] ?? "")) return false;
  if (REPLY_SEPARATORS.some((pattern) => pattern.test(line))) return true;
  const next = nextNonBlank(lines, index);
  if (next === undefined) return false;
  if (HEADER_START.test(line)) return HEADER_FOLLOWER.test(next);
  if (HEADER_FOLLOWER.test(line)) return HEADER_START.test(next);
  const joined = `${trimTrailing(line, /\s/)} ${lines[index + 1] ?? ""}`;
  return WRAPPED_ATTRIBUTIONS.some((pattern) => pattern.test(joined));
}

/** Splits a plain-text body into what the sender wrote now and what was quoted. */
export function splitBody(text: string): DraftBody {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const fresh: string[] = [];
  const quoted: string[] = [];
  let index = 0;
  for (; index < lines.length && !isSeparator(lines, index); index++) {
    const line = lines[index];
    (/^\s*[>＞|]/.test(line) ? quoted : fresh).push(line);
  }
  // Everything from a reply separator down is quoted. Joined, not spread into push():
  // a long thread has more lines than some engines allow as call arguments.
  const below = lines.slice(index).join("\n");
  const quotedText = quoted.length > 0 && below ? `${quoted.join("\n")}\n${below}` : quoted.join("\n") || below;
  return { newText: fresh.join("\n").trim(), quotedText: quotedText.trim() };
}
