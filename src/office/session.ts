import type { Confirmation } from "../engine/types";
import { describeError, hostCall, type HostCallOptions } from "./async";

/** The item.sessionData key the pane writes and the send handler reads. */
export const CONFIRMATIONS_KEY = "presend.confirmations";

/**
 * Stored grouped by rule — `{"v":1,"confirmed":{"<rule>":["<item>",…]}}` —
 * because sessionData is limited to 50,000 characters per add-in in clients
 * up to Mailbox 1.15, and a thousand confirmed recipients must still fit.
 */
export function encodeConfirmations(confirmations: readonly Confirmation[]): string {
  const confirmed: Record<string, string[]> = {};
  for (const { rule, item } of confirmations) {
    const items = confirmed[rule] || (confirmed[rule] = []);
    if (items.indexOf(item) < 0) items.push(item);
  }
  return JSON.stringify({ v: 1, confirmed });
}

/** Anything unreadable counts as no confirmations: the check is then stricter, never looser. */
export function decodeConfirmations(text: string | undefined | null): Confirmation[] {
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const record = parsed as { v?: unknown; confirmed?: unknown } | null;
  if (!record || record.v !== 1 || typeof record.confirmed !== "object" || record.confirmed === null) return [];
  const confirmed = record.confirmed as Record<string, unknown>;
  const out: Confirmation[] = [];
  for (const rule of Object.keys(confirmed)) {
    const items = confirmed[rule];
    if (!Array.isArray(items)) continue;
    for (const item of items) if (typeof item === "string") out.push({ rule, item });
  }
  return out;
}

export interface ConfirmationsReading {
  confirmations: Confirmation[];
  /** Why nothing could be read, when the host call failed. */
  problem?: string;
}

/**
 * Reads the confirmations with the reason when that fails. Some clients report
 * a key that was never set as a failed call, so a failure is not an error of
 * the check: it means "nothing confirmed".
 */
export function readConfirmations(item: Office.MessageCompose, options?: HostCallOptions): Promise<ConfirmationsReading> {
  return hostCall<string>("sessionData", (done) => item.sessionData.getAsync(CONFIRMATIONS_KEY, done), options).then(
    (text) => ({ confirmations: decodeConfirmations(text) }),
    (error) => ({ confirmations: [], problem: describeError(error) }),
  );
}

export function loadConfirmations(item: Office.MessageCompose, options?: HostCallOptions): Promise<Confirmation[]> {
  return readConfirmations(item, options).then((reading) => reading.confirmations);
}

/** Replaces the stored confirmations; rejects with HostCallError when the host refuses. */
export function saveConfirmations(
  item: Office.MessageCompose,
  confirmations: readonly Confirmation[],
  options?: HostCallOptions,
): Promise<void> {
  const text = encodeConfirmations(confirmations);
  return hostCall<void>("sessionData", (done) => item.sessionData.setAsync(CONFIRMATIONS_KEY, text, done), options);
}
