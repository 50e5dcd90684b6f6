import type { Confirmation } from "../engine/types";
import { hostCall, hostRead, type HostCallOptions } from "./async";
import type { ComposeItem } from "./item-kind";

/** The item.sessionData key the pane writes and the send handler reads. */
export const CONFIRMATIONS_KEY = "presend.confirmations";

/**
 * sessionData holds at most 50,000 characters per add-in in clients up to
 * Mailbox 1.15, and a thousand confirmed recipients, each asked about by
 * several rules, must fit. So each item is written once and each rule lists
 * the positions of its items, as runs:
 * `{"v":2,"items":["<item>",…],"rules":{"<rule>":[0,[2,999],…]}}`
 * (a number is one position, [first, last] a run). Items asked about by the
 * same rules are stored side by side, so a rule's positions form few runs.
 */
export function encodeConfirmations(confirmations: readonly Confirmation[]): string {
  const rulesByItem = new Map<string, string[]>();
  for (const { rule, item } of confirmations) {
    const rules = rulesByItem.get(item) || [];
    if (rules.indexOf(rule) < 0) rules.push(rule);
    rulesByItem.set(item, rules);
  }
  const signature = (item: string) => (rulesByItem.get(item) || []).slice().sort().join("\n");
  const firstSeen = Array.from(rulesByItem.keys());
  const items = firstSeen
    .map((item, order) => ({ item, order, signature: signature(item) }))
    .sort((a, b) => (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : a.order - b.order))
    .map((entry) => entry.item);
  const positions: Record<string, number[]> = {};
  items.forEach((item, index) => {
    for (const rule of rulesByItem.get(item) || []) (positions[rule] || (positions[rule] = [])).push(index);
  });
  const rules: Record<string, Array<number | [number, number]>> = {};
  for (const rule of Object.keys(positions)) rules[rule] = runsOf(positions[rule]);
  return JSON.stringify({ v: 2, items, rules });
}

/** Ascending positions as runs: [0, 1, 2, 5] → [[0, 2], 5]. */
function runsOf(sorted: readonly number[]): Array<number | [number, number]> {
  const runs: Array<number | [number, number]> = [];
  let first = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
    runs.push(i - 1 === first ? sorted[first] : [sorted[first], sorted[i - 1]]);
    first = i;
  }
  return runs;
}

/** The positions a v2 entry names; nothing for an entry that is not a valid position or run. */
function positionsOf(entry: unknown, count: number): number[] {
  const valid = (n: unknown): n is number => typeof n === "number" && Math.floor(n) === n && n >= 0 && n < count;
  if (valid(entry)) return [entry];
  if (!Array.isArray(entry) || entry.length !== 2 || !valid(entry[0]) || !valid(entry[1]) || entry[0] > entry[1]) return [];
  const out: number[] = [];
  for (let n = entry[0]; n <= entry[1]; n++) out.push(n);
  return out;
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
  const record = parsed as { v?: unknown; confirmed?: unknown; items?: unknown; rules?: unknown } | null;
  if (!record) return [];
  const out: Confirmation[] = [];
  if (record.v === 2 && Array.isArray(record.items) && typeof record.rules === "object" && record.rules !== null) {
    const items = record.items as unknown[];
    const rules = record.rules as Record<string, unknown>;
    for (const rule of Object.keys(rules)) {
      const entries = rules[rule];
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        for (const n of positionsOf(entry, items.length)) {
          const item = items[n];
          if (typeof item === "string") out.push({ rule, item });
        }
      }
    }
    return out;
  }
  // Version 1, written by earlier releases: `{"v":1,"confirmed":{"<rule>":["<item>",…]}}`.
  if (record.v !== 1 || typeof record.confirmed !== "object" || record.confirmed === null) return [];
  const confirmed = record.confirmed as Record<string, unknown>;
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
export function readConfirmations(item: ComposeItem, options?: HostCallOptions): Promise<ConfirmationsReading> {
  return hostRead<string>("sessionData", (done) => item.sessionData.getAsync(CONFIRMATIONS_KEY, done), options).then((read) =>
    "problem" in read ? { confirmations: [], problem: read.problem } : { confirmations: decodeConfirmations(read.value) },
  );
}

export function loadConfirmations(item: ComposeItem, options?: HostCallOptions): Promise<Confirmation[]> {
  return readConfirmations(item, options).then((reading) => reading.confirmations);
}

/** Replaces the stored confirmations; rejects with HostCallError when the host refuses. */
export function saveConfirmations(
  item: ComposeItem,
  confirmations: readonly Confirmation[],
  options?: HostCallOptions,
): Promise<void> {
  const text = encodeConfirmations(confirmations);
  return hostCall<void>("sessionData", (done) => item.sessionData.setAsync(CONFIRMATIONS_KEY, text, done), options);
}
