import { RECIPIENT_FIELDS } from "../engine/types";
import * as v from "valibot";
import { wholeNumber } from "../policy/schema";
import { countSeen } from "../engine/recipients";
import { defineRule, type RuleDocs } from "../engine/rule";

interface Options {
  threshold: number;
}

export const docs: RuleDocs = {
  en: "The mail goes to at least `threshold` (50) different addresses in To, CC and BCC together, internal ones included: a mass mailing deserves a second look at the list, the wording and the attachments. A distribution list counts as one address. When Outlook cut a field's list short the count is \"at least\".",
  ja: "To/CC/BCC を合わせた宛先(社内を含む、重複は1件)が `threshold`(既定 50)件以上です。一斉送信では宛先・本文・添付ファイルを改めて確認してください。配布リストは1件と数えます。Outlook が宛先一覧を途中までしか返さない場合は「以上」として数えます。",
};

export default defineRule<Options>()({
  id: "large-audience",
  defaults: { severity: "warn", threshold: 50 },
  get options() {
    return {
      threshold: v.optional(wholeNumber(1)),
    };
  },
  messages: ["many", "many-meeting"],
  check(_draft, { distinct, options, capped }) {
    const count = distinct.length;
    if (count < options.threshold) return [];
    // No recipients listed: the finding is about the message as a whole.
    return [{ messageId: "many", params: { count: countSeen(count, capped, RECIPIENT_FIELDS) } }];
  },
});
