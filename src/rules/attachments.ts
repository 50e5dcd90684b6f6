import { trimTrailing } from "../domains/trim";
import type { Attachment, Draft } from "../engine/types";

/** What Windows drops from the end of a file name. */
export const SPACE_OR_DOT = /[\s.]/;

/**
 * Files the recipient gets as attachments. Inline attachments are pictures
 * embedded in the body (signature logos, pasted screenshots), not files the
 * sender chose to send.
 */
export function sentAttachments(draft: Draft): Attachment[] {
  return draft.attachments.filter((a) => !a.inline);
}

/**
 * The extension Windows acts on, lower case without the dot ("" if none).
 * Windows ignores trailing dots and spaces, so "report.exe. " is an .exe.
 */
export function extensionOf(name: string): string {
  const trimmed = trimTrailing(name, SPACE_OR_DOT);
  const dot = trimmed.lastIndexOf(".");
  return dot < 0 ? "" : trimmed.slice(dot + 1).toLowerCase();
}

const UNITS = ["B", "KB", "MB", "GB"];

/** The unit a size is best read in: the largest in which it is at least 1 (B, KB, MB, GB). */
function sizeUnit(bytes: number): number {
  let unit = 0;
  while (bytes >= 1024 ** (unit + 1) && unit < UNITS.length - 1) unit++;
  return unit;
}

export interface SizeFormat {
  /** How to round to the digits shown (Math.round by default). */
  round?: (value: number) => number;
  /** One decimal even at 10 and above (bytes are always whole). */
  decimal?: boolean;
}

/**
 * A size for people: "900 B", "35 KB", "1.2 MB" (binary units, one decimal below 10). The
 * pane, the playground, the rules' messages and the rule docs all write sizes with it, so a
 * file reads the same everywhere.
 */
export function formatSize(bytes: number, { round = Math.round, decimal = false }: SizeFormat = {}): string {
  const unit = sizeUnit(bytes);
  const value = bytes / 1024 ** unit;
  const shown = unit === 0 || (value >= 10 && !decimal) ? round(value) : round(value * 10) / 10;
  return `${shown} ${UNITS[unit]}`;
}
