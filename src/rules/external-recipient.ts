import { RECIPIENT_FIELDS } from "../engine/types";
import { countSeen, hasDomain } from "./recipients";
import { defineRule, type RuleDocs } from "./rule";

export const docs: RuleDocs = {
  en: "Each recipient outside the organisation, in To, CC or BCC, is listed for the user to confirm one by one: a wrong autocomplete pick or a typo goes to a stranger. Recipients at `trustedDomains` are spared, and blocked ones are left to `blocked-recipient`.",
  ja: "To/CC/BCC の社外の宛先を1件ずつ確認してもらいます(オートコンプリートの選び間違いや入力ミスで無関係の相手に届くのを防ぎます)。`trustedDomains` の宛先は対象外で、送信禁止の宛先は `blocked-recipient` で扱います。",
};

export default defineRule({
  id: "external-recipient",
  defaults: { severity: "confirm" },
  options: {},
  messages: ["outside"],
  check(_draft, { distinct, capped }) {
    // A blocked recipient must be removed (blocked-recipient); ticking it here would be pointless.
    const outside = distinct.filter((r) => r.zone === "external" && !r.blocked && hasDomain(r));
    if (outside.length === 0) return [];
    return [{ messageId: "outside", params: { count: countSeen(outside.length, capped, RECIPIENT_FIELDS) }, recipients: outside }];
  },
});
