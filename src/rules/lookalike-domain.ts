import * as v from "valibot";
import { displayDomainWithAscii } from "../domains/idn";
import { findLookalikes, type RecipientDomain } from "../domains/lookalike";
import { compilePattern, isDomainPattern, patternMatches } from "../domains/patterns";
import { domainPattern, wholeNumber } from "../policy/schema";
import { defineRule, type ClassifiedRecipient, type RuleDocs } from "../engine/rule";

/** An external recipient domain: findLookalikes' RecipientDomain, with the recipients a finding names. */
interface DomainRecipients extends RecipientDomain {
  written: ClassifiedRecipient[];
}

/**
 * Each external domain, in the order the domains first appear, with how many addresses it has
 * and its recipients as written, and whether all of them are familiar (when familiarity counts: at
 * `block` the rule ignores it): one pass over thousands of recipients (and a function of its
 * own, which V8 optimizes whole rather than entering the rule's check mid-loop). Internal and
 * trusted recipients are what the others are compared with, never suspects.
 */
function externalDomains(recipients: readonly ClassifiedRecipient[], addressCount: number, familiarityCounts: boolean) {
  const recipientDomains: DomainRecipients[] = [];
  const byDomain = new Map<string, DomainRecipients>();
  const counted = new Uint8Array(addressCount);
  for (const r of recipients) {
    const firstSeen = counted[r.addressIndex] === 0;
    counted[r.addressIndex] = 1;
    if (r.zone !== "external" || r.domain === "") continue;
    let atDomain = byDomain.get(r.domain);
    if (!atDomain) {
      atDomain = { domain: r.domain, recipients: 0, familiar: familiarityCounts, written: [] };
      byDomain.set(r.domain, atDomain);
      recipientDomains.push(atDomain);
    }
    if (firstSeen) atDomain.recipients++;
    if (r.familiarity === "new") atDomain.familiar = false;
    atDomain.written.push(r);
  }
  return { recipientDomains, byDomain };
}

interface Options {
  minLabelLength: number;
  allow: string[];
}

export const docs: RuleDocs = {
  en: "A recipient domain that resembles, but is not, an internal domain (the sender's own when `internalDomains` is not given), a trusted domain, another recipient's domain in the same mail, or a consumer mail provider's (gmial.com for gmail.com, docono.ne.jp for docomo.ne.jp, with or without an address there on the mail; built in, plus `personalMailDomains`): a slip of one letter in the name (names shorter than `minLabelLength` (4) are not compared this way, so abc.co.jp and abd.co.jp are both fine; at exactly that length only a slip of the hand or eye counts, a neighbouring key, another vowel, a look-alike or doubled letter, so smvc.co.jp for smbc.co.jp is reported and kuis.ac.jp beside kufs.ac.jp is not, and a letter left out of such an internal or trusted name, sny.co.jp for sony.co.jp; a one- or two-letter word of a hyphenated name is a different name, gifu-u / gifu-pu; between two recipients' organisations, which are mostly both real, only a slip of the hand or eye other than a vowel, in a name longer than `minLabelLength`: minato-denki / minato-denji is reported, meikai / meikei and asfc / ssfc are not — unless every recipient at one of them is someone you have written to before or on the conversation and the other is new: then yours is compared with as an internal name is, and the new one is the suspect), two slips in a name of 5 letters more than that when it is an internal or trusted name (hosizora-lgi for hoshizora-logi; two names two letters apart are otherwise mostly both real, kanazawa-u / komazawa-u, and two letters before or after a name make another, contoso.onmicrosoft.com is not microsoft.com), look-alike characters (examp1e, rn for m, nikkci for nikkei, Unicode's confusable letters: a Cyrillic е in еxample.co.jp, a name all in Cyrillic such as ѕмьс, punycode xn-- names), the same name of at least `minLabelLength` letters under another ending, with or without its hyphens (example.com or exam-ple.com for example.co.jp; not for names many companies share, nor between two consumer mail providers, nor for a provider with no address on the mail, since its brand often has a company domain elsewhere: nifty.co.jp), or a name mixing alphabets. Of two recipient domains that resemble each other, the one with fewer recipients is reported (both on a tie). `allow` lists domains never reported (sister companies).",
  ja: "宛先のドメインが、社内ドメイン(`internalDomains` を指定しない場合は送信者のドメイン)、信頼済みドメイン、同じメールの他の宛先のドメイン、またはフリーメール・携帯キャリアのドメイン(gmail.com に対する gmial.com、docomo.ne.jp に対する docono.ne.jp。そのドメインの宛先が同じメールになくても対象。組み込みの一覧と `personalMailDomains`)に似ているが別物である場合に検出します。名前の1文字違い(`minLabelLength`(4)文字未満の名前は対象外のため abc.co.jp と abd.co.jp は検出しません。ちょうどその長さの名前は、隣のキー・別の母音・似た字・同じキーの重複といった打ち間違い・見間違いのみ対象で、smbc.co.jp に対する smvc.co.jp は検出し、kufs.ac.jp と kuis.ac.jp は検出しません。社内・信頼済みドメインのその長さの名前から1文字抜けたもの(sony.co.jp に対する sny.co.jp)も対象です。ハイフンで区切られた1〜2文字の語の違いは別の名前とみなします: gifu-u と gifu-pu。宛先の組織どうしはどちらも実在することが多いため、`minLabelLength` より長い名前での母音以外の打ち間違い・見間違いのみ対象です: minato-denki と minato-denji は検出し、meikai と meikei、asfc と ssfc は検出しません。ただし、一方の組織の宛先が全員、以前送信したことのある相手またはスレッドの参加者で、もう一方が新しい相手の場合は、前者を社内ドメインと同じ基準で比べ、新しい方を報告します)、社内・信頼済みドメインの名前に限りそれより5文字以上長い名前の2文字違い(hoshizora-logi に対する hosizora-lgi。それ以外では2文字違いの名前は多くが実在の別組織です: kanazawa-u と komazawa-u。名前の前後に2文字を足したものも別の名前です: contoso.onmicrosoft.com は microsoft.com ではありません)、紛らわしい文字(examp1e、rn と m、nikkei に対する nikkci、Unicode の confusables の文字: キリル文字の е を使った еxample.co.jp、すべてキリル文字で書いた ѕмьс、xn-- 形式)、`minLabelLength` 文字以上の同じ名前(ハイフンの有無は問わない)で末尾だけ違うドメイン(example.co.jp に対する example.com や exam-ple.com。多くの会社が使う一般的な名前、フリーメール同士、同じメールに宛先のないフリーメールは対象外。フリーメールのブランド名は別の末尾で会社のドメインとしても使われるため。例: nifty.co.jp)、複数の文字種が混在する名前が対象です。互いに似た宛先ドメインが2つある場合は宛先数の少ない方を(同数なら両方を)報告します。`allow` に書いたドメイン(グループ会社など)は報告しません。",
};

export default defineRule<Options>()({
  id: "lookalike-domain",
  defaults: { severity: "confirm", minLabelLength: 4, allow: [] },
  get options() {
    return {
      minLabelLength: v.optional(wholeNumber(1)),
      allow: v.optional(v.array(domainPattern(), "expected a list of domains")),
    };
  },
  messages: ["typo", "otherSuffix", "homograph", "mixedScript"],
  check(_draft, { recipients, distinct, policy, senderDomain, consumerDomains, suffixes, options, familiarityCounts }) {
    const known = [...policy.internalDomains, ...policy.trustedDomains].map((pattern) => pattern.domain);
    if (!policy.internalDomainsGiven && senderDomain) known.push(senderDomain);

    const { recipientDomains, byDomain } = externalDomains(recipients, distinct.length, familiarityCounts);
    const allowed = options.allow.map(compilePattern).filter(isDomainPattern);
    const lookalikes = findLookalikes(known, consumerDomains.list(), recipientDomains, consumerDomains, options.minLabelLength, suffixes).filter(
      (lookalike) => !allowed.some((pattern) => patternMatches(pattern, "", lookalike.domain)),
    );
    return lookalikes.map((lookalike) => {
      // Each address once, as spelled last.
      const byAddress = new Map<number, ClassifiedRecipient>();
      for (const r of byDomain.get(lookalike.domain)?.written ?? []) byAddress.set(r.addressIndex, r);
      const atDomain: ClassifiedRecipient[] = [];
      byAddress.forEach((recipient) => atDomain.push(recipient));
      const params: Record<string, string> = { domain: displayDomainWithAscii(lookalike.domain) };
      if (lookalike.similar) params.similar = displayDomainWithAscii(lookalike.similar);
      return { messageId: lookalike.kind, params, recipients: atDomain, fixes: ["remove-recipient"] };
    });
  },
});
