import type { RuleCases } from "./cases";
import type rule from "./addressee-mismatch";

// Fictional people and companies: 藤田 海斗 at 青島電機, 田村 陸 at 丸吉フーズ.
const fujita = "藤田 海斗 <k.fujita@aoshima-denki.example>";
const tamura = "田村 陸 <r.tamura@maruyoshi-foods.example>";
const bareFujita = "k.fujita@aoshima-denki.example";
const bareTamura = "r.tamura@maruyoshi-foods.example";
const initialsOnly = "k.f@aoshima-denki.example";
const lines = (...text: string[]) => text.join("\n");
const body = (...greeting: string[]) => lines(...greeting, "", "いつもお世話になっております。星野商事の中西です。", "", "よろしくお願いいたします。");
const quote = { name: "丸吉フーズ様_お見積書.pdf", size: 120_000 };
const earlierAoshima = { organisation: "青島電機", address: "m.ueno@aoshima-denki.example" };
const earlierMaruyoshi = { organisation: "丸吉フーズ株式会社", address: "sales@maruyoshi-foods.example" };

const cases: RuleCases<typeof rule> = {
  valid: [
    { name: "company, department and full name match the display name", draft: { to: [fujita], body: body("青島電機株式会社 営業部", "藤田 海斗 様") } },
    { name: "surname greeting, display name with the company in brackets", draft: { to: ["藤田 海斗 (青島電機) <k.fujita@aoshima-denki.example>"], body: body("藤田様") } },
    { name: "kanji greeting, romaji-only display name (read as fujita)", draft: { to: ["Kaito Fujita <kf@aoshima-denki.example>"], body: body("藤田様") } },
    { name: "kanji greeting, romaji-only display name in family-first capitals", draft: { to: ["FUJITA Kaito <kf@aoshima-denki.example>"], body: body("藤田様") } },
    { name: "no display name: the address reads fujita (k.fujita)", draft: { to: [bareFujita], body: body("藤田様") } },
    { name: "no display name: fujita-k", draft: { to: ["fujita-k@aoshima-denki.example"], body: body("藤田様") } },
    { name: "no display name: the initial glued on (kfujita)", draft: { to: ["kfujita@aoshima-denki.example"], body: body("藤田様") } },
    { name: "no evidence: initials only, never greeted before", draft: { to: [initialsOnly], body: body("藤田様") } },
    { name: "no evidence: a role address", draft: { to: ["info@aoshima-denki.example"], body: body("青島電機株式会社", "藤田様") } },
    { name: "romaji-only display name, a surname the table cannot read (月見里)", draft: { to: ["Riku Tamura <r.tamura@maruyoshi-foods.example>"], body: body("月見里様") } },
    { name: "a display name in one word may be a company (田村陸 as 田村工業 would be)", draft: { to: ["田村陸 <rt@maruyoshi-foods.example>"], body: body("藤田様") } },
    { name: "a company's display name starting with a surname", draft: { to: ["青島電機 <info@aoshima-denki.example>"], body: body("藤田様") } },
    { name: "the company's name in Latin letters and its mailbox", draft: { to: ["Aoshima Denki <aoshima@aoshima-denki.example>"], body: body("藤田様") } },
    { name: "a branch mailbox named after a place (osaka-branch@)", draft: { to: ["osaka-branch@aoshima-denki.example"], body: body("藤田様") } },
    { name: "a given name to a display name with the surname only", draft: { to: ["藤田 <kf@aoshima-denki.example>"], body: body("海斗さん") } },
    { name: "a company greeting to a display name with the person's kanji name in brackets", draft: { to: ["Kaito Fujita (藤田海斗) <kf@aoshima-denki.example>"], body: body("青島電機株式会社", "藤田様") } },
    { name: "a bracket that is no company (在宅)", draft: { to: ["藤田 海斗 (在宅) <kf@aoshima-denki.example>"], body: body("青島電機株式会社", "藤田様") } },
    { name: "romaji-only display name of a team", draft: { to: ["Sales Team <sales@aoshima-denki.example>"], body: body("藤田様") } },
    { name: "romaji display name, one of two readings (河野: Kawano)", draft: { to: ["Taro Kawano <t.kawano@aoshima-denki.example>"], body: body("河野様") } },
    { name: "a variant kanji of the same name (櫻井 / 桜井)", draft: { to: ["桜井 隼人 <h.s@aoshima-denki.example>"], body: body("櫻井様") } },
    { name: "honorific さん", draft: { to: [fujita], body: body("藤田さん、お疲れさまです。") } },
    { name: "honorific さま", draft: { to: [fujita], body: body("藤田さま") } },
    { name: "honorific 殿", draft: { to: [fujita], body: body("藤田 海斗 殿") } },
    { name: "honorific 先生", draft: { to: ["藤田 海斗 <fujita@univ.example>"], body: body("藤田先生") } },
    { name: "a given name with さん", draft: { to: [fujita], body: body("海斗さん") } },
    { name: "full-width spaces in the greeting", draft: { to: [fujita], body: body("藤田　海斗　様") } },
    { name: "group greeting 関係者各位", draft: { to: [tamura], body: body("関係者各位") } },
    { name: "group greeting 皆様", draft: { to: [tamura], body: body("青島電機株式会社", "営業部の皆様") } },
    { name: "ご担当者様 names no one", draft: { to: [tamura], body: body("青島電機株式会社", "ご担当者様") } },
    { name: "Dear all", draft: { to: [tamura], body: lines("Dear all,", "", "Please find the schedule below.") } },
    { name: "a person named further down the text", draft: { to: [tamura], body: lines("いつもお世話になっております。", "", "藤田様にもよろしくお伝えください。") } },
    { name: "a name in a sentence on the first line", draft: { to: [tamura], body: lines("先日は藤田様にお越しいただきありがとうございました。") } },
    {
      name: "the greeting of the quoted earlier mail",
      draft: { to: [tamura], body: lines("承知しました。", "", "-----Original Message-----", "From: 藤田 海斗 <k.fujita@aoshima-denki.example>", "Sent: Monday", "", "青島電機株式会社", "藤田様") },
    },
    { name: "a CC line of the greeting", draft: { to: [fujita], cc: [tamura], body: body("藤田様", "(CC: 田村様)") } },
    { name: "the person greeted is an optional attendee of the meeting", draft: { kind: "meeting", to: [fujita], cc: [tamura], body: body("藤田様、田村様") } },
    { name: "a person greeted is in CC", draft: { to: [fujita], cc: [tamura], body: body("藤田様、田村様") } },
    { name: "Dear Ms. Fujita to a kanji display name", draft: { to: [fujita], body: lines("Dear Ms. Fujita,", "", "Thank you for your order.") } },
    { name: "Hi Kaito to kaito.fujita@", draft: { to: ["kaito.fujita@aoshima-denki.example"], body: lines("Hi Kaito,", "", "Thanks!") } },
    { name: "Hi Kaito to a kanji display name (given names are not read)", draft: { to: [fujita], body: lines("Hi Kaito,", "", "Thanks!") } },
    { name: "Fujita-san to fujita@", draft: { to: ["fujita@aoshima-denki.example"], body: lines("Fujita-san,", "", "Thanks!") } },
    { name: "the address was greeted 藤田様 before", draft: { to: [initialsOnly], body: body("藤田様"), greeted: [{ address: initialsOnly, greeting: "藤田様" }] } },
    { name: "a given name where the memory holds the surname", draft: { to: [initialsOnly], body: body("海斗さん"), greeted: [{ address: initialsOnly, greeting: "藤田様" }] } },
    { name: "the organisation greeted at this company before", draft: { to: [initialsOnly], body: body("青島電機株式会社", "藤田様"), greeted: [earlierAoshima] } },
    { name: "御中 to the company's own display name", draft: { to: ["青島電機 営業部 <eigyo@aoshima-denki.example>"], body: body("青島電機株式会社 営業部 御中") } },
    { name: "an organisation in Latin letters and its domain", draft: { to: ["m.ueno@aoshima-denki.example"], body: lines("Dear Aoshima Denki Co., Ltd.,", "", "Thank you.") } },
    { name: "one of two To recipients could be the one greeted", draft: { to: [tamura, initialsOnly], body: body("藤田様") } },
    { name: "the file is made out to the recipient's company", draft: { to: ["田村 陸 (丸吉フーズ) <r.tamura@maruyoshi-foods.example>"], body: body("田村様"), attachments: [quote] } },
    { name: "the file is made out to the recipient", draft: { to: [bareFujita], body: body("藤田様"), attachments: [{ name: "藤田様_見積書.pdf" }] } },
    { name: "a file name without a name", draft: { to: [tamura], body: body("田村様"), attachments: [{ name: "見積書_2027年度.pdf" }] } },
    { name: "a mass mailing is not judged", draft: { to: Array.from({ length: 21 }, (_, i) => `p${i}.tamura@maruyoshi-foods.example`), body: body("藤田様") } },
    { name: "an internal colleague by surname", draft: { to: ["田村 達也 <tamura.tatsuya@example.co.jp>"], body: lines("田村さん", "", "会議室を予約しました。") } },
    { name: "お疲れさまです names no one", draft: { to: [tamura], body: lines("お疲れさまです。", "", "資料の件です。") } },
    {
      name: "the recipient confirmed in the pane",
      draft: { to: [tamura], body: body("藤田様") },
      confirmations: [{ rule: "addressee-mismatch", item: `recipient:${bareTamura}` }],
    },
    { name: "turned off", draft: { to: [tamura], body: body("藤田様") }, policy: { rules: { "addressee-mismatch": { severity: "off" } } } },
  ],
  invalid: [
    {
      name: "surname greeting to someone else's display name",
      draft: { to: [tamura], body: body("藤田様") },
      errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田", to: "田村 陸" }, recipients: [bareTamura], fixes: ["remove-recipient"] }],
    },
    { name: "company, department and full name to someone else", draft: { to: [tamura], body: body("青島電機株式会社 営業部", "藤田 海斗 様") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田 海斗", to: "田村 陸" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    { name: "no display name: the address reads tamura", draft: { to: [bareTamura], body: body("藤田様") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田", to: "r.tamura@maruyoshi-foods.example" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    { name: "no display name: the initial glued on (rtamura)", draft: { to: ["rtamura@maruyoshi-foods.example"], body: body("藤田様") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田", to: "rtamura@maruyoshi-foods.example" }, recipients: ["rtamura@maruyoshi-foods.example"], fixes: ["remove-recipient"] }] },
    { name: "a display name with the surname only", draft: { to: ["田村 <rt@maruyoshi-foods.example>"], body: body("藤田様") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田", to: "田村" }, recipients: ["rt@maruyoshi-foods.example"], fixes: ["remove-recipient"] }] },
    { name: "no display name: tamura-r", draft: { to: ["tamura-r@maruyoshi-foods.example"], body: body("藤田様") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田", to: "tamura-r@maruyoshi-foods.example" }, recipients: ["tamura-r@maruyoshi-foods.example"], fixes: ["remove-recipient"] }] },
    { name: "romaji display name of someone else", draft: { to: ["Riku Tamura <rt@maruyoshi-foods.example>"], body: body("藤田様") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田", to: "Riku Tamura" }, recipients: ["rt@maruyoshi-foods.example"], fixes: ["remove-recipient"] }] },
    { name: "family-first romaji display name of someone else", draft: { to: ["TAMURA Riku <rt@maruyoshi-foods.example>"], body: body("藤田様") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田", to: "TAMURA Riku" }, recipients: ["rt@maruyoshi-foods.example"], fixes: ["remove-recipient"] }] },
    { name: "honorific さん, text on the same line", draft: { to: [tamura], body: body("藤田さん、お疲れさまです。") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田", to: "田村 陸" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    { name: "honorific 先生", draft: { to: [tamura], body: body("藤田先生") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田", to: "田村 陸" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    { name: "honorific 殿", draft: { to: [tamura], body: body("藤田 海斗 殿") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田 海斗", to: "田村 陸" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    { name: "a greeting ending in a colon", draft: { to: [tamura], body: body("藤田様:") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田", to: "田村 陸" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    { name: "full-width spaces", draft: { to: [tamura], body: body("藤田　海斗　様") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田 海斗", to: "田村 陸" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    { name: "the company on the same line (青島電機の藤田様)", draft: { to: [tamura], body: body("青島電機の藤田様") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田", to: "田村 陸" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    { name: "a given name to a two-word display name", draft: { to: [tamura], body: body("海斗さん") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "海斗", to: "田村 陸" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    { name: "Dear Ms. Fujita to r.tamura@", draft: { to: [tamura], body: lines("Dear Ms. Fujita,", "", "Thank you for your order.") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "Fujita", to: "田村 陸" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    { name: "Hi Kaito to Riku Tamura", draft: { to: ["Riku Tamura <riku.tamura@maruyoshi-foods.example>"], body: lines("Hi Kaito,", "", "Thanks!") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "Kaito", to: "Riku Tamura" }, recipients: ["riku.tamura@maruyoshi-foods.example"], fixes: ["remove-recipient"] }] },
    { name: "Fujita-san to r.tamura@", draft: { to: [bareTamura], body: lines("Fujita-san,", "", "Thanks!") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "Fujita", to: "r.tamura@maruyoshi-foods.example" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    { name: "Dear Mr. Fujita and Ms. Tamura, only Fujita in To", draft: { to: [bareFujita], body: lines("Dear Mr. Fujita and Ms. Tamura,", "", "Thanks.") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "Tamura", to: "k.fujita@aoshima-denki.example" }, recipients: [bareFujita], fixes: ["remove-recipient"] }] },
    { name: "two To recipients, neither the one greeted", draft: { to: [tamura, "佐野 結衣 <y.sano@maruyoshi-foods.example>"], body: body("藤田様") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田", to: "田村 陸, 佐野 結衣" }, recipients: [bareTamura, "y.sano@maruyoshi-foods.example"], fixes: ["remove-recipient"] }] },
    { name: "the one greeted is only in BCC", draft: { to: [tamura], bcc: [fujita], body: body("藤田様") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田", to: "田村 陸" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    {
      name: "the address was greeted as someone else before",
      draft: { to: [initialsOnly], body: body("田村様"), greeted: [{ address: initialsOnly, greeting: "藤田様" }] },
      errors: [{ messageId: "greeting", severity: "confirm", params: { name: "田村", to: "k.f@aoshima-denki.example" }, recipients: [initialsOnly], fixes: ["remove-recipient"] }],
    },
    {
      name: "the right surname at the wrong company (the company greeted elsewhere before)",
      draft: { to: ["藤田 健 <k.fujita@maruyoshi-foods.example>"], body: body("青島電機株式会社", "藤田様"), greeted: [earlierAoshima] },
      errors: [{ messageId: "greeting", severity: "confirm", params: { name: "青島電機", to: "藤田 健" }, recipients: ["k.fujita@maruyoshi-foods.example"], fixes: ["remove-recipient"] }],
    },
    { name: "御中 to another company (the company greeted elsewhere before)", draft: { to: [bareTamura], body: body("青島電機株式会社 御中"), greeted: [earlierAoshima] }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "青島電機", to: "r.tamura@maruyoshi-foods.example" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    { name: "the company in the display name is another", draft: { to: ["藤田 健 (丸吉フーズ) <kf@maruyoshi-foods.example>"], body: body("青島電機株式会社", "藤田様") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "青島電機", to: "藤田 健 (丸吉フーズ)" }, recipients: ["kf@maruyoshi-foods.example"], fixes: ["remove-recipient"] }] },
    { name: "御中 to a display name of another company", draft: { to: ["田村 陸 (丸吉フーズ) <r.tamura@maruyoshi-foods.example>"], body: body("青島電機株式会社 御中") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "青島電機", to: "田村 陸 (丸吉フーズ)" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    {
      name: "a file made out to a company greeted elsewhere before",
      draft: { to: [fujita], body: body("青島電機株式会社", "藤田様"), attachments: [quote], greeted: [earlierMaruyoshi] },
      errors: [{ messageId: "file", severity: "confirm", params: { name: "丸吉フーズ", to: "藤田 海斗" }, attachments: ["丸吉フーズ様_お見積書.pdf"], fixes: ["remove-attachment"] }],
    },
    { name: "a file with the legal form in its name", draft: { to: [fujita], body: body("藤田様"), attachments: [{ name: "株式会社丸吉フーズ_請求書.pdf" }], greeted: [earlierMaruyoshi] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "丸吉フーズ", to: "藤田 海斗" }, attachments: ["株式会社丸吉フーズ_請求書.pdf"], fixes: ["remove-attachment"] }] },
    { name: "a file made out to another person", draft: { to: [fujita], body: body("藤田様"), attachments: [{ name: "田村様_見積書.xlsx" }] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "田村", to: "藤田 海斗" }, attachments: ["田村様_見積書.xlsx"], fixes: ["remove-attachment"] }] },
    { name: "a file name in brackets (【田村様】)", draft: { to: [fujita], body: body("藤田様"), attachments: [{ name: "【田村様】ご請求書.pdf" }] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "田村", to: "藤田 海斗" }, attachments: ["【田村様】ご請求書.pdf"], fixes: ["remove-attachment"] }] },
    {
      name: "greeting and file both wrong",
      draft: { to: [fujita], body: body("丸吉フーズ株式会社", "田村様"), attachments: [quote], greeted: [earlierMaruyoshi] },
      errors: [
        { messageId: "greeting", severity: "confirm", params: { name: "田村", to: "藤田 海斗" }, recipients: [bareFujita], fixes: ["remove-recipient"] },
        { messageId: "file", severity: "confirm", params: { name: "丸吉フーズ", to: "藤田 海斗" }, attachments: ["丸吉フーズ様_お見積書.pdf"], fixes: ["remove-attachment"] },
      ],
    },
    { name: "an internal colleague greeted by another's name", draft: { to: ["田村 達也 <tamura.tatsuya@example.co.jp>"], body: lines("藤田さん", "", "会議室を予約しました。") }, errors: [{ messageId: "greeting", severity: "confirm", params: { name: "藤田", to: "田村 達也" }, recipients: ["tamura.tatsuya@example.co.jp"], fixes: ["remove-recipient"] }] },
    { name: "a meeting greeting someone other than its required attendee", draft: { kind: "meeting", to: [tamura], body: body("藤田様") }, errors: [{ messageId: "greeting-meeting", severity: "confirm", params: { name: "藤田", to: "田村 陸" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
    { name: "a meeting's file made out to another person", draft: { kind: "meeting", to: [fujita], body: body("藤田様"), attachments: [{ name: "田村様_見積書.xlsx" }] }, errors: [{ messageId: "file-meeting", severity: "confirm", params: { name: "田村", to: "藤田 海斗" }, attachments: ["田村様_見積書.xlsx"], fixes: ["remove-attachment"] }] },
    { name: "severity lowered to warn", draft: { to: [tamura], body: body("藤田様") }, policy: { rules: { "addressee-mismatch": { severity: "warn" } } }, errors: [{ messageId: "greeting", severity: "warn", params: { name: "藤田", to: "田村 陸" }, recipients: [bareTamura], fixes: ["remove-recipient"] }] },
  ],
};

export default cases;
