import * as z from "zod/mini";
import { displayDomainWithAscii } from "../domains/idn";
import { findLookalikes } from "../domains/lookalike";
import { compilePattern, isDomainPattern, patternMatches } from "../policy/patterns";
import { domainPattern, wholeNumber } from "../policy/schema";
import { defineRule, type ClassifiedRecipient, type RuleDocs } from "./rule";

interface Options {
  minLabelLength: number;
  allow: string[];
}

export const docs: RuleDocs = {
  en: "A recipient domain that resembles, but is not, an internal domain (the sender's own when `internalDomains` is not given), a trusted domain, another recipient's domain in the same mail, or a consumer mail provider's (gmial.com for gmail.com, docono.ne.jp for docomo.ne.jp, with or without an address there on the mail; built in, plus `personalMailDomains`): a slip of one or two letters in the name (names shorter than `minLabelLength` (5) are not compared this way, so abc.co.jp and abd.co.jp are both fine; two slips only from 4 letters more), look-alike characters (examp1e, rn for m, a Cyrillic е in еxample.co.jp, punycode xn-- names), the same name of at least `minLabelLength` letters under another ending, with or without its hyphens (example.com or exam-ple.com for example.co.jp; not for names many companies share, nor between two consumer mail providers, nor for a provider with no address on the mail, since its brand often has a company domain elsewhere: nifty.co.jp), or a name mixing alphabets. Of two recipient domains that resemble each other, the one with fewer recipients is reported (both on a tie). `allow` lists domains never reported (sister companies).",
  ja: "宛先のドメインが、社内ドメイン(`internalDomains` を指定しない場合は送信者のドメイン)、信頼済みドメイン、同じメールの他の宛先のドメイン、またはフリーメール・携帯キャリアのドメイン(gmail.com に対する gmial.com、docomo.ne.jp に対する docono.ne.jp。そのドメインの宛先が同じメールになくても対象。組み込みの一覧と `personalMailDomains`)に似ているが別物である場合に検出します。名前の1〜2文字違い(`minLabelLength`(5)文字未満の名前は対象外のため abc.co.jp と abd.co.jp は検出しません。2文字違いはそれより4文字以上長い名前のみ)、紛らわしい文字(examp1e、rn と m、キリル文字の е を使った еxample.co.jp、xn-- 形式)、`minLabelLength` 文字以上の同じ名前(ハイフンの有無は問わない)で末尾だけ違うドメイン(example.co.jp に対する example.com や exam-ple.com。多くの会社が使う一般的な名前、フリーメール同士、同じメールに宛先のないフリーメールは対象外。フリーメールのブランド名は別の末尾で会社のドメインとしても使われるため。例: nifty.co.jp)、複数の文字種が混在する名前が対象です。互いに似た宛先ドメインが2つある場合は宛先数の少ない方を(同数なら両方を)報告します。`allow` に書いたドメイン(グループ会社など)は報告しません。",
};

export default defineRule<Options>({
  id: "lookalike-domain",
  defaults: { severity: "confirm", minLabelLength: 5, allow: [] },
  options: {
    minLabelLength: z.optional(wholeNumber(1)),
    allow: z.optional(z.array(domainPattern, { error: "expected a list of domains" })),
  },
  messages: ["typo", "otherSuffix", "homograph", "mixedScript"],
  check(_draft, { recipients, distinct, policy, senderDomain, consumerDomains, options }) {
    const known = [...policy.internalDomains, ...policy.trustedDomains].map((pattern) => pattern.domain);
    if (!policy.internalDomainsGiven && senderDomain) known.push(senderDomain);

    // Internal and trusted recipients are what the others are compared with, never suspects.
    const suspects = recipients.filter((r) => r.zone === "external" && r.domain !== "");
    // How many addresses each domain has, in the order the domains first appear.
    const addressCounts = new Map<string, number>();
    for (const r of distinct) {
      if (r.zone === "external" && r.domain !== "") addressCounts.set(r.domain, (addressCounts.get(r.domain) ?? 0) + 1);
    }
    const recipientDomains: { domain: string; recipients: number }[] = [];
    addressCounts.forEach((count, domain) => recipientDomains.push({ domain, recipients: count }));

    const allowed = options.allow.map(compilePattern).filter(isDomainPattern);
    const lookalikes = findLookalikes(known, consumerDomains.list(), recipientDomains, consumerDomains, options.minLabelLength).filter(
      (lookalike) => !allowed.some((pattern) => patternMatches(pattern, "", lookalike.domain)),
    );
    // The recipients of each look-alike domain, each address once (as spelled last).
    const named = new Map<string, Map<number, ClassifiedRecipient>>();
    for (const lookalike of lookalikes) named.set(lookalike.domain, new Map<number, ClassifiedRecipient>());
    for (const r of suspects) named.get(r.domain)?.set(r.addressIndex, r);
    return lookalikes.map((lookalike) => {
      const atDomain: ClassifiedRecipient[] = [];
      named.get(lookalike.domain)?.forEach((recipient) => atDomain.push(recipient));
      const params: Record<string, string> = { domain: displayDomainWithAscii(lookalike.domain) };
      if (lookalike.similar) params.similar = displayDomainWithAscii(lookalike.similar);
      return { messageId: lookalike.kind, params, recipients: atDomain, fixes: ["remove-recipient"] };
    });
  },
});
