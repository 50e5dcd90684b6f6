import * as v from "valibot";
import { trueOrFalse, wholeNumber } from "../policy/schema";
import { countSeen, hasDomain, isVisible } from "../engine/recipients";
import { defineRule, type RuleDocs } from "../engine/rule";

interface Options {
  threshold: number;
  includeInternal: boolean;
}

export const docs: RuleDocs = {
  en: "At least `threshold` external addresses are visible in To/CC and they belong to two or more parties, so every recipient sees everyone else's address: the classic \"should have been BCC\" leak. Colleagues at one client company already know each other and do not count as exposure. With `includeInternal: true` internal addresses count too, each as its own party (schools whose students have the school's domain). On a meeting request the required and optional attendees count: they always see each other, so the fix there is separate invitations or a BCC mail with the meeting link, not BCC.",
  ja: "To/CC に社外アドレスが `threshold` 件以上あり、しかも2つ以上の相手先にまたがるため、受信者全員に互いのアドレスが見えてしまいます(本来 BCC にすべき典型的な漏えい)。同じ取引先の社員同士は互いを知っているため対象外です。`includeInternal: true` にすると社内アドレスも1件ずつ別の相手として数えます(学生が学校ドメインのアドレスを持つ学校向け)。会議出席依頼では必須・任意の出席者を数えます。出席者同士は必ず互いのアドレスが見えるため、BCC に移すのではなく、相手先ごとに別の会議として招待するか、会議のリンクを BCC のメールで送るよう案内します。",
};

export default defineRule<Options>()({
  id: "bcc-exposure",
  defaults: { severity: "block", threshold: 10, includeInternal: false },
  get options() {
    return {
      threshold: v.optional(wholeNumber(1)),
      includeInternal: v.optional(trueOrFalse()),
    };
  },
  messages: ["visible", "visible-meeting"],
  check(_draft, { distinct, options, capped }) {
    const counted = distinct.filter((r) => isVisible(r) && (r.external || options.includeInternal) && hasDomain(r));
    if (counted.length < options.threshold) return [];
    // Two parties are enough: they see each other's addresses.
    const parties = new Set<string>();
    for (const r of counted) {
      parties.add(r.external ? r.party.key : `person:${r.normalized}`);
      if (parties.size === 2) break;
    }
    if (parties.size < 2) return [];
    return [
      {
        messageId: "visible",
        params: { count: countSeen(counted.length, capped, ["to", "cc"]) },
        recipients: counted,
        fixes: ["move-to-bcc"],
      },
    ];
  },
});
