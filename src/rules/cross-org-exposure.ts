import * as z from "zod/mini";
import { wholeNumber } from "../policy/schema";
import { countSeen, isVisible, withDomain } from "./recipients";
import { defineRule, type RuleDocs } from "./rule";

interface Options {
  minParties: number;
}

/** Parties named in the message; the count says how many there are in all. */
const NAMED_PARTIES = 3;

export const docs: RuleDocs = {
  en: "External recipients in To/CC belong to at least `minParties` (2) different parties, so each sees the others' addresses: one client in To and an unrelated client in CC. A party is an organisation (registrable domain, so subdomains are one company) or, on a consumer mailbox provider, one person. Trusted recipients count; internal ones and BCC do not.",
  ja: "To/CC の社外の宛先が `minParties`(既定 2)以上の異なる相手先にまたがり、互いのアドレスが見えてしまいます(例: To に取引先 A、CC に無関係な取引先 B)。相手先は組織(登録ドメイン単位。サブドメインは同じ会社)で、フリーメール等の個人アドレスは1件ずつ別の相手先です。信頼済みドメインも数えます。社内の宛先と BCC は数えません。",
};

export default defineRule<Options>({
  id: "cross-org-exposure",
  defaults: { severity: "confirm", minParties: 2 },
  options: {
    minParties: z.optional(wholeNumber(2)),
  },
  messages: ["parties"],
  check(_draft, { distinct, options, capped }) {
    const exposed = withDomain(distinct).filter((r) => isVisible(r) && r.external);
    const labels = new Map<string, string>();
    for (const r of exposed) if (!labels.has(r.party.key)) labels.set(r.party.key, r.party.label);
    if (labels.size < options.minParties) return [];
    const names = [...labels.values()];
    const shown = names.slice(0, NAMED_PARTIES).join(", ");
    return [
      {
        messageId: "parties",
        params: {
          parties: countSeen(names.length, capped, ["to", "cc"]),
          names: names.length > NAMED_PARTIES ? `${shown}, …` : shown,
        },
        recipients: exposed,
        fixes: ["move-to-bcc"],
      },
    ];
  },
});
