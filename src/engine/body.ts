import type { DraftBody } from "./types";

/**
 * Where quoted earlier mail starts: Outlook's and other clients' reply
 * separators in English and Japanese. Everything from the first match down is
 * quoted text.
 */
const REPLY_SEPARATORS: readonly RegExp[] = [
  /^\s*-{2,}\s*(Original Message|Forwarded message|元のメッセージ|転送されたメッセージ|オリジナルメッセージ)\s*-{2,}\s*$/i,
  /^\s*_{10,}\s*$/, // Outlook on the web draws a rule above the quoted header block
  /^\s*(From|差出人|送信者)\s*[:：].*$/i, // only counts when a Sent/Date line follows (checked below)
  /^\s*On .{4,200}wrote:\s*$/i,
  /^.{1,200}(wrote|さんは書きました|が書きました|のメッセージ)\s*[:：]\s*$/i,
  /^\s*\d{4}[年/-]\d{1,2}[月/-]\d{1,2}日?.{0,80}(<[^>]+>|@).{0,40}[:：]\s*$/, // 2024年5月1日(水) 10:00 山田 <a@b>:
];

const HEADER_FOLLOWER = /^\s*(Sent|Date|送信日時|日時|To|宛先)\s*[:：]/i;

function isSeparator(lines: readonly string[], index: number): boolean {
  const line = lines[index];
  for (let i = 0; i < REPLY_SEPARATORS.length; i++) {
    if (!REPLY_SEPARATORS[i].test(line)) continue;
    if (i !== 2) return true;
    // A "From:" line starts a quoted header block only with Sent/Date/To right after it.
    const next = lines.slice(index + 1, index + 3).find((l) => l.trim() !== "");
    if (next !== undefined && HEADER_FOLLOWER.test(next)) return true;
  }
  return false;
}

/** Splits a plain-text body into what the sender wrote now and what was quoted. */
export function splitBody(text: string): DraftBody {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const fresh: string[] = [];
  const quoted: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (isSeparator(lines, index)) {
      quoted.push(...lines.slice(index));
      break;
    }
    const line = lines[index];
    (/^\s*[>＞|]/.test(line) ? quoted : fresh).push(line);
  }
  return { newText: fresh.join("\n").trim(), quotedText: quoted.join("\n").trim() };
}
