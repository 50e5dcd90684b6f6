import type { DraftKind, Evaluation } from "../engine/types";
import type { Locale } from "../i18n";
import type { LoadedPolicy } from "../office/policy-source";
import type { Policy } from "../policy/types";

/**
 * The message bars above the pane's lists: what went wrong while checking
 * (so the user knows how far to trust the result) and what will happen after
 * Send. Pure functions of what the adapter returned, tested at model level.
 */

export type NoticeIntent = "error" | "warning" | "info";

export interface PaneNotice {
  intent: NoticeIntent;
  /** Message id of the bar's title, if it has one. */
  title?: string;
  /** Message id of the headline (short, in the user's language). */
  id: string;
  params: Record<string, string | number>;
  /** Message ids of further points, shown as a list. */
  hints: string[];
  /** Technical lines for an administrator, as the adapter wrote them (English); at most DETAILS_SHOWN. */
  details: string[];
  /** Lines left out of `details`. */
  moreDetails: number;
}

export const DETAILS_SHOWN = 3;

/** Something that stopped the check from being complete, with the technical lines behind it. */
export function errorNotice(id: string, lines: readonly string[]): PaneNotice {
  return withDetails({ intent: "error", title: "ui/error-title", id, params: {}, hints: [] }, lines);
}

function withDetails(notice: Omit<PaneNotice, "details" | "moreDetails">, lines: readonly string[]): PaneNotice {
  return { ...notice, details: lines.slice(0, DETAILS_SHOWN), moreDetails: Math.max(0, lines.length - DETAILS_SHOWN) };
}

/**
 * What the pane says about the policy it checked with: one plain line, as the Smart
 * Alert says it, with the validator's or the network's words behind "Details" for an
 * administrator. A published policy that failed is a warning (the built-in copy still
 * checked the message); no valid policy at all is an error (the send check stops).
 */
export function policyNotices(loaded: Pick<LoadedPolicy, "source" | "problems" | "remoteFailure">): PaneNotice[] {
  if (loaded.source === "default") return [errorNotice("policy/fallback", loaded.problems)];
  if (loaded.source === "embedded" && loaded.remoteFailure) {
    return [withDetails({ intent: "warning", id: "policy/fallback", params: {}, hints: [] }, loaded.problems)];
  }
  return [];
}

/** Host calls that failed or timed out while reading the draft: the lists may be incomplete. */
export function readNotices(failures: readonly string[]): PaneNotice[] {
  return failures.length > 0 ? [errorNotice("ui/notice/host", failures)] : [];
}

/** "2 minutes", "90 seconds", "2 分": whole minutes when the delay is a multiple of 60. */
export function formatDelay(seconds: number, locale: Locale): string {
  const minutes = seconds % 60 === 0;
  return new Intl.NumberFormat(locale, { style: "unit", unit: minutes ? "minute" : "second", unitDisplay: "long" }).format(
    minutes ? seconds / 60 : seconds,
  );
}

/**
 * The delivery delay the send handler will set (policy.delivery, external
 * recipients only) and how to stop the message meanwhile, which depends on
 * the client (see delayDelivery in src/launchevent/handler.ts).
 */
export function deliveryNotice(
  evaluation: Pick<Evaluation, "hasExternal">,
  policy: Policy,
  locale: Locale,
  kind: DraftKind = "message",
): PaneNotice | undefined {
  const seconds = policy.delivery.delayExternalSeconds;
  // Office.js has no delivery time for a meeting request: the handler sets no delay there.
  if (seconds <= 0 || kind === "meeting" || !evaluation.hasExternal) return undefined;
  return withDetails(
    {
      intent: "info",
      title: "ui/delay/title",
      id: "ui/delay/note",
      params: { delay: formatDelay(seconds, locale) },
      hints: ["ui/delay/web", "ui/delay/classic"],
    },
    [],
  );
}
