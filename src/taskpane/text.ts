import { createContext, useContext } from "react";
import type { DraftKind } from "../engine/types";
import { formatMessage, wordedFor, type Locale, type MessageParam } from "../i18n";
import { paneEn } from "../i18n/pane-en";
import { paneJa } from "../i18n/pane-ja";
import type { Policy } from "../policy/types";

export type Translate = (id: string, params?: Readonly<Record<string, MessageParam>>) => string;

export interface TextContextValue {
  locale: Locale;
  t: Translate;
}

const PANE_STRINGS: Record<Locale, Readonly<Record<string, string>>> = { en: paneEn, ja: paneJa };

/**
 * Pane and rule strings in the user's Outlook language; the admin's policy wording wins where it
 * has some. On a meeting request the pane's own strings speak of attendees where they have a
 * meeting wording (the rules' findings carry theirs already).
 */
export function translator(locale: Locale, policy?: Policy, kind: DraftKind = "message"): Translate {
  const strings = PANE_STRINGS[locale];
  return (id, params) => formatMessage(locale, wordedFor(kind, id, strings), params, policy?.messages[locale], strings);
}

export const TextContext = createContext<TextContextValue>({ locale: "en", t: translator("en") });

export function useText(): TextContextValue {
  return useContext(TextContext);
}
