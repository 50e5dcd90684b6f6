import { en, type MessageId } from "./en";
import { ja } from "./ja";
import type { DraftKind, MessageParam } from "../engine/types";
import { MEETING_WORDING } from "../engine/rule";

export type { MessageId, MessageParam };

/** The languages Presend speaks; a policy's `messages` is keyed by them. */
export type Locale = "en" | "ja";

/** The built-in messages by locale, each keyed by every message id. */
export const catalogues: Readonly<Record<Locale, Readonly<Record<MessageId, string>>>> = { en, ja };

/** Office.context.displayLanguage is a BCP 47 tag such as "ja-JP" or "en-US". */
export function pickLocale(displayLanguage: string | undefined): Locale {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("ja") ? "ja" : "en";
}

/**
 * The text for a message id with `{param}` filled in, a list param joined with the
 * locale's separator (the rule chose what it lists). `overrides` is the
 * policy's wording for this locale; `extra` is a caller's own strings in this
 * locale (the pane's). An unknown id shows itself so a missing text is
 * visible rather than silent.
 */
export function formatMessage(
  locale: Locale,
  id: string,
  params: Readonly<Record<string, MessageParam>> = {},
  overrides?: Record<string, string>,
  extra?: Readonly<Record<string, string>>,
): string {
  const template = overrides?.[id] ?? extra?.[id] ?? catalogues[locale][id as MessageId] ?? en[id as MessageId] ?? id;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    return typeof value === "object" ? value.join(listSeparator(locale)) : String(value);
  });
}

/**
 * `id`, or its wording for a meeting request (`id` + "-meeting": attendees rather than
 * recipients) when `kind` is a meeting and `catalog` has one.
 */
export function wordedFor(kind: DraftKind, id: string, catalog: Readonly<Record<string, string>>): string {
  const meetingId = id + MEETING_WORDING;
  return kind === "meeting" && Object.prototype.hasOwnProperty.call(catalog, meetingId) ? meetingId : id;
}

/** Between listed items: 「A、B」 in Japanese, "A, B" in English. */
function listSeparator(locale: Locale): string {
  return locale === "ja" ? "、" : ", ";
}

/** Joins item labels for a message, showing at most `max` and a count of the rest. */
export function listItems(locale: Locale, labels: readonly string[], max = 3): string {
  const shown = labels.slice(0, max);
  const rest = labels.length - shown.length;
  const separator = listSeparator(locale);
  if (rest <= 0) return shown.join(separator);
  return locale === "ja" ? `${shown.join(separator)} ほか${rest}件` : `${shown.join(separator)} and ${rest} more`;
}
