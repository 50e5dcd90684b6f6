import type { Finding } from "../engine/types";
import type { Policy } from "../policy/types";
import { formatMessage, listItems, type Locale } from "./index";

/**
 * A finding as one sentence. Rules stay locale-free: `{items}` (the first few
 * recipients and files) and `{count}` (how many) are filled in here unless
 * the rule set them. `format` is applied to every item label and string
 * parameter — the user-controlled parts (addresses, names, file names) — so a
 * caller can escape them for Markdown without touching the trusted template.
 */
export function renderFinding(
  finding: Finding,
  locale: Locale,
  policy?: Policy,
  format: (text: string) => string = (text) => text,
): string {
  const labels = [...finding.recipients, ...finding.attachments].map(format);
  const given: Record<string, string | number> = {};
  for (const key of Object.keys(finding.message.params)) {
    const value = finding.message.params[key];
    given[key] = typeof value === "string" ? format(value) : value;
  }
  const params = { items: listItems(locale, labels), count: labels.length, ...given };
  return formatMessage(locale, finding.message.id, params, policy?.messages[locale]);
}
