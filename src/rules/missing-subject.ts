import { defineRule, type RuleDocs } from "../engine/rule";

export const docs: RuleDocs = {
  en: "The subject is empty (or only spaces). Recipients sort and search by subject; an empty one is usually a slip.",
  ja: "件名が空(または空白のみ)です。受信者は件名で仕分け・検索するため、空の件名はたいてい入れ忘れです。",
};

export default defineRule()({
  id: "missing-subject",
  defaults: { severity: "warn" },
  options: {},
  messages: ["empty"],
  check(draft) {
    return draft.subject.trim() === "" ? [{ messageId: "empty" }] : [];
  },
});
