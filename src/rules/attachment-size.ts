import * as v from "valibot";
import { wholeNumber } from "../policy/schema";
import { formatSize, sentAttachments } from "./attachments";
import { defineRule, type RuleDocs } from "../engine/rule";

interface Options {
  maxBytes: number;
}

const MB = 1024 * 1024;

export const docs: RuleDocs = {
  en: "The attached files together exceed `maxBytes` (default 10 MB = 10485760 bytes). Large mail is often rejected by the recipient's server or fills their mailbox; a sharing link (OneDrive, SharePoint) is the better way. Inline pictures do not count.",
  ja: "添付ファイルの合計サイズが `maxBytes`(既定 10 MB = 10485760 バイト)を超えています。大きなメールは相手のメールサーバーで受信を拒否されたり、メールボックスを圧迫したりします。OneDrive や SharePoint の共有リンクで送るほうが確実です。本文に埋め込まれた画像は数えません。",
};

export default defineRule<Options>()({
  id: "attachment-size",
  defaults: { severity: "warn", maxBytes: 10 * MB },
  get options() {
    return { maxBytes: v.optional(wholeNumber(1)) };
  },
  messages: ["total"],
  check(draft, { options }) {
    const files = sentAttachments(draft);
    let total = 0;
    for (const file of files) total += file.size;
    if (total <= options.maxBytes) return [];
    // With one decimal, the total rounded up and the limit down, so a total just over the
    // limit never reads as equal to it ("10.1 MB" over "10 MB"); each in its own unit.
    return [
      {
        messageId: "total",
        params: {
          total: formatSize(total, { round: Math.ceil, decimal: true }),
          limit: formatSize(options.maxBytes, { round: Math.floor, decimal: true }),
        },
        // Largest first: those are the ones to share as a link instead.
        attachments: files.slice().sort((a, b) => b.size - a.size),
      },
    ];
  },
});
