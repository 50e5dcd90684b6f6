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

/** A size for people: "900 B", "35 KB", "1.2 MB" (binary units, one decimal below 10). */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 || value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
  return `${shown} ${UNITS[unit]}`;
}
