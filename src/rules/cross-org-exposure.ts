import * as v from "valibot";
import { wholeNumber } from "../policy/schema";
import { countSeen, firstNamed, hasDomain, isVisible } from "../engine/recipients";
import { defineRule, type RuleDocs } from "../engine/rule";

interface Options {
  minParties: number;
}

/** Parties named in the message; the count says how many there are in all. */
const NAMED_PARTIES = 3;

export const docs: RuleDocs = {
  en: "External recipients in To/CC belong to at least `minParties` (2) different parties, so each sees the others' addresses: one client in To and an unrelated client in CC. A party is an organisation (registrable domain, so subdomains are one company) or, on a consumer mailbox provider, one person. Trusted recipients count; internal ones and BCC do not. A reply to people who were all on the conversation together when it was opened does not fire: they have already seen each other's addresses. On a meeting request the required and optional attendees count, and the advice is separate invitations or a BCC mail with the meeting link (attendees cannot be hidden from each other).",
  ja: "To/CC の社外の宛先が `minParties`(既定 2)以上の異なる相手先にまたがり、互いのアドレスが見えてしまいます(例: To に取引先 A、CC に無関係な取引先 B)。相手先は組織(登録ドメイン単位。サブドメインは同じ会社)で、フリーメール等の個人アドレスは1件ずつ別の相手先です。信頼済みドメインも数えます。社内の宛先と BCC は数えません。返信を開いたときのやり取りに全員がいた場合は、既に互いのアドレスを見ているため確認しません。会議出席依頼では必須・任意の出席者を数え、出席者同士は隠せないため、相手先ごとの招待か、会議のリンクを BCC のメールで送るよう案内します。",
};

export default defineRule<Options>()({
  id: "cross-org-exposure",
  defaults: { severity: "confirm", minParties: 2 },
  get options() {
    return {
      minParties: v.optional(wholeNumber(2)),
    };
  },
  messages: ["parties", "parties-meeting"],
  check(_draft, { distinct, options, capped, familiarityCounts }) {
    const exposed = distinct.filter((r) => isVisible(r) && r.external && hasDomain(r));
    // Everyone was already on the conversation together: they have seen each other's addresses.
    if (familiarityCounts && exposed.every((r) => r.familiarity === "thread")) return [];
    // Each party's name, in order of first appearance. `distinct` names an address once, so a
    // consumer mailbox (a party of its own) is always new: only organisations are looked up,
    // which spares hashing a key for each of thousands of consumer addresses.
    const organisations = new Set<string>();
    const names: string[] = [];
    for (const { party } of exposed) {
      if (!party.consumer) {
        if (organisations.has(party.key)) continue;
        organisations.add(party.key);
      }
      names.push(party.label);
    }
    if (names.length < options.minParties) return [];
    return [
      {
        messageId: "parties",
        params: {
          parties: countSeen(names.length, capped, ["to", "cc"]),
          names: firstNamed(names, NAMED_PARTIES),
        },
        recipients: exposed,
        fixes: ["move-to-bcc"],
      },
    ];
  },
});
