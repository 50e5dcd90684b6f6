import { displayDomainWithAscii } from "../domains/idn";
import { formatSize, sentAttachments } from "./attachments";
import { askOption, firstNamed, isNew, type AskMode } from "../engine/recipients";
import { defineRule, type RuleDocs } from "../engine/rule";

interface Options {
  ask: AskMode;
}

export const docs: RuleDocs = {
  en: "Each attached file of a mail that goes outside the organisation is listed for the user to confirm one by one, with its size: the wrong file attached is one of the commonest slips. Recipients at `trustedDomains` spare this check; if any other outside recipient is on the mail, every file is listed. Inline pictures (signature logos, pasted screenshots) are not listed. With `ask: \"new\"` (the default) files going only to outside people the user has written to before, or who were on the conversation when the reply was opened, are not listed; `ask: \"always\"` lists them on every send. A confirmation is about the file (name and size): adding an outside recipient later does not ask about the file again — `external-recipient` asks about the new recipient.",
  ja: "社外に送るメールの添付ファイルを、サイズと共に1件ずつ確認してもらいます(添付ファイルの取り違えは最も多い誤送信の一つです)。宛先が `trustedDomains` の社外だけなら対象外ですが、それ以外の社外の宛先が1件でもあれば全ファイルが対象です。本文に埋め込まれた画像(署名のロゴ、貼り付けた画像)は対象外です。`ask: \"new\"`(既定)では、社外の宛先が全員これまでに送信したことのある相手か返信元のやり取りにいた相手なら確認しません。`ask: \"always\"` では毎回確認します。確認はファイル(名前とサイズ)に対するもので、後から社外の宛先を追加してもファイルの確認は求めません(追加した宛先は `external-recipient` で確認します)。",
};

/** Destinations a finding's message names. */
const NAMED_DESTINATIONS = 3;

export default defineRule<Options>()({
  id: "external-attachment",
  defaults: { severity: "confirm", ask: "new" },
  get options() {
    return { ask: askOption() };
  },
  messages: ["file", "file-meeting"],
  check(draft, { recipients, options, familiarityCounts }) {
    // Files to people the user already writes to (or who are on the conversation) are routine.
    if (options.ask === "new" && familiarityCounts && !recipients.some((r) => r.zone === "external" && isNew(r))) return [];
    // Where the files go, for the message: outside domains (an IDN with its xn-- form, so a
    // look-alike shows), or a contact group's name when its members cannot be seen. The first
    // NAMED_DESTINATIONS are named and one more only adds "…", so the search stops there.
    const destinations = new Map<string, string>();
    for (const r of recipients) {
      if (r.zone !== "external") continue;
      const key = r.domain || `group:${r.name}`;
      if (!destinations.has(key)) destinations.set(key, r.domain ? displayDomainWithAscii(r.domain) : r.name || r.address);
      if (destinations.size > NAMED_DESTINATIONS) break;
    }
    if (destinations.size === 0) return [];
    const to = firstNamed([...destinations.values()], NAMED_DESTINATIONS);
    return sentAttachments(draft).map((attachment) => ({
      messageId: "file",
      params: { name: attachment.name, size: formatSize(attachment.size), to },
      attachments: [attachment],
      fixes: ["remove-attachment"],
    }));
  },
});
