import type { Finding } from "../engine/types";
import type { Policy } from "../policy/types";
import { formatMessage, listItems, type Locale } from "./index";

/**
 * A finding as one sentence. Rules stay locale-free: `{items}` (the first few
 * recipients and files) and `{count}` (how many) are filled in here unless
 * the rule set them.
 */
export function renderFinding(finding: Finding, locale: Locale, policy?: Policy): string {
  const labels = [...finding.recipients, ...finding.attachments];
  const params = { items: listItems(locale, labels), count: labels.length, ...finding.message.params };
  return formatMessage(locale, finding.message.id, params, policy?.messages[locale]);
}
