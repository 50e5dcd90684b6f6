import { RECIPIENT_FIELDS } from "../engine/types";
import { askOption, countSeen, hasDomain, isNew, type AskMode } from "../engine/recipients";
import { defineRule, type RuleDocs } from "../engine/rule";

interface Options {
  ask: AskMode;
}

export const docs: RuleDocs = {
  en: "Each recipient outside the organisation, in To, CC or BCC, is listed for the user to confirm one by one: a wrong autocomplete pick or a typo goes to a stranger. With `ask: \"new\"` (the default) only recipients the user has not written to before (the recipient memory) and who were not already on the conversation when a reply was opened are listed, so routine mail to people the user writes to goes through without a question; `ask: \"always\"` lists every outside recipient on every send. Recipients at `trustedDomains` are spared, and blocked ones are left to `blocked-recipient`.",
  ja: "To/CC/BCC の社外の宛先を1件ずつ確認してもらいます(オートコンプリートの選び間違いや入力ミスで無関係の相手に届くのを防ぎます)。`ask: \"new\"`(既定)では、これまでに送信したことがなく(送信履歴)、返信を開いたときのやり取りにもいなかった宛先だけを確認します。いつも送っている相手への定型的なメールは確認なしで送れます。`ask: \"always\"` では毎回すべての社外の宛先を確認します。`trustedDomains` の宛先は対象外で、送信禁止の宛先は `blocked-recipient` で扱います。",
};

export default defineRule<Options>()({
  id: "external-recipient",
  defaults: { severity: "confirm", ask: "new" },
  get options() {
    return { ask: askOption() };
  },
  messages: ["outside", "first", "outside-meeting", "first-meeting"],
  check(_draft, { distinct, capped, options, remembering, familiarityCounts }) {
    const askAll = options.ask === "always" || !familiarityCounts;
    // A blocked recipient must be removed (blocked-recipient); ticking it here would be pointless.
    const outside = distinct.filter((r) => r.zone === "external" && !r.blocked && hasDomain(r) && (askAll || isNew(r)));
    if (outside.length === 0) return [];
    // "Not written to before" only when the memory was read; without it nobody is known to be new.
    const messageId = !askAll && remembering ? "first" : "outside";
    return [{ messageId, params: { count: countSeen(outside.length, capped, RECIPIENT_FIELDS) }, recipients: outside }];
  },
});
