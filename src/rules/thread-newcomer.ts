import { partiesAt } from "../domains/organisation";
import { firstNamed, hasDomain, isVisible } from "../engine/recipients";
import { defineRule, type ClassifiedRecipient, type RuleDocs } from "../engine/rule";

/** Parties named in the message. */
const NAMED_PARTIES = 3;

export const docs: RuleDocs = {
  en: "In a reply, an outside recipient in To or CC from a party (an organisation, or one person at a consumer mailbox provider) that was not on the conversation when the reply was opened: the autocomplete slip that pulls a stranger, or the right name at the wrong company, into an existing thread. Colleagues of people already on the thread (same organisation) are not newcomers; internal recipients and BCC are not checked. It fires whether or not the user has written to the newcomer before. What was on the conversation is the snapshot the add-in takes when the reply opens (DESIGN §1a); without one (a new mail, a forward, or a client that could not take it) the rule is silent. Meeting requests have no compose type and no snapshot, so it never fires on them.",
  ja: "返信で、返信を開いたときのやり取りにいなかった相手先(組織、またはフリーメール等の個人)の社外の宛先が To/CC に入っています。オートコンプリートで別の人や別の会社の同姓の人を既存のやり取りに入れてしまう誤送信です。やり取りにいた人と同じ組織の人は対象外で、社内の宛先と BCC は見ません。これまでに送信したことのある相手でも確認します。やり取りの参加者は返信を開いたときにアドインが記録したもので、記録がない場合(新規メール、転送、記録できなかったクライアント)は何もしません。会議出席依頼には返信の区別も記録もないため、対象外です。",
};

export default defineRule()({
  id: "thread-newcomer",
  defaults: { severity: "confirm" },
  options: {},
  messages: ["newcomer"],
  check(draft, { distinct, consumerDomains, suffixes }) {
    const thread = draft.thread;
    // A forward is addressed afresh: its recipients are external-recipient's to ask about.
    if (!thread || thread.compose !== "reply") return [];
    const threadOrganisations = new Set<string>();
    for (const domain of thread.domains) {
      const party = partiesAt(domain, consumerDomains, suffixes)("");
      if (!party.consumer) threadOrganisations.add(party.key);
    }
    const isNewcomer = (r: ClassifiedRecipient) =>
      r.external && !r.blocked && isVisible(r) && hasDomain(r) && r.familiarity !== "thread" && (r.party.consumer || !threadOrganisations.has(r.party.key));
    const newcomers = distinct.filter(isNewcomer);
    if (newcomers.length === 0) return [];
    const parties: string[] = [];
    for (const { party } of newcomers) if (parties.indexOf(party.label) < 0) parties.push(party.label);
    return [{ messageId: "newcomer", params: { parties: firstNamed(parties, NAMED_PARTIES) }, recipients: newcomers, fixes: ["remove-recipient"] }];
  },
});
