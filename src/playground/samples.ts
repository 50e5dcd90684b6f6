import { zipSync } from "fflate";
import type { DraftSpec } from "../engine/draft";
import type { AttachmentInput, FakeDraftSpec, RecipientInput } from "./fake-office";

/**
 * The project's sample drafts, one click away in the playground: each is a
 * slip from the real incidents Presend exists for. Written for SAMPLE_POLICY
 * (the fictional company hoshizora-logi.example, as in the shared examples).
 * Specs use makeDraft's shape (src/engine/draft.ts) with attachment bytes.
 */

export interface Sample {
  id: string;
  title: string;
  /** What slip it models and what Presend should do. */
  description: string;
  draft: DraftSpec & { attachments?: AttachmentInput[] };
}

export const SAMPLE_POLICY = {
  version: 1,
  internalDomains: ["hoshizora-logi.example", "*.hoshizora-logi.example"],
  trustedDomains: ["tsurugi-kikai.co.jp"],
  blockedDomains: ["spam-relay.test"],
  rules: {
    "bcc-exposure": { severity: "block", threshold: 10 },
    "external-recipient": { severity: "confirm" },
    "external-attachment": { severity: "confirm" },
    "sensitive-content": { severity: "confirm", keywords: ["社外秘", "部外秘", "極秘", "confidential"] },
  },
};

/** Not a valid policy: shows how the add-in falls back to the copy built in (and reports why). */
export const INVALID_POLICY = { version: 1, rules: { "bcc-exposure": { threshold: 0 } }, colour: "blue" };

const encoder = new TextEncoder();

/**
 * A ZIP whose entry has the "encrypted" flag (general purpose bit 0) set in
 * its local and central headers. The content is not real ciphertext: the
 * archive rule reads only the flag, as it cannot know the password either.
 */
export function encryptedZip(entryName: string, content: string): Uint8Array {
  const zip = zipSync({ [entryName]: [encoder.encode(content), { level: 0 }] });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const endOfCentral = zip.byteLength - 22;
  const central = view.getUint32(endOfCentral + 16, true);
  view.setUint16(6, view.getUint16(6, true) | 1, true);
  view.setUint16(central + 8, view.getUint16(central + 8, true) | 1, true);
  return zip;
}

const SEMINAR_ATTENDEES = [
  "荒木 早紀 <saraki_732@gmail.com>",
  "土屋 聡 <stsuchiya_537@au.com>",
  "堀 健一 <kenichi.moon.36@icloud.com>",
  "片山 聡 <music-satoshi-1206@au.com>",
  "大森 綾香 <omori-ayaka0616@icloud.com>",
  "神田 早紀 <skanda_902@yahoo.co.jp>",
  "土屋 翼 <dream-tsubasa-0604@icloud.com>",
  "関 智子 <tomoko.seki64@gmail.com>",
  "戸田 智子 <tomoko.toda02@yahoo.co.jp>",
  "浅野 真由美 <asano-mayumi0522@yahoo.co.jp>",
  "永井 綾香 <ayaka.nagai96@yahoo.co.jp>",
  "篠原 翼 <shinoharatsubasa97@gmail.com>",
  "篠原 拓也 <takuya.soccer.7@yahoo.co.jp>",
  "戸田 光 <hikaru.toda84@gmail.com>",
  "黒川 真由美 <kurokawa-mayumi0414@docomo.ne.jp>",
];

export const SAMPLES: readonly Sample[] = [
  {
    id: "mass-to",
    title: "Seminar in To",
    description: "15 attendees' personal addresses in To instead of BCC: everyone sees everyone. Block; fix with the BCC button.",
    draft: {
      from: "星空ロジスティクス セミナー事務局 <seminar@hoshizora-logi.example>",
      to: SEMINAR_ATTENDEES,
      subject: "物流DXセミナー 参加証のお知らせ",
      body: "参加者各位\n\n物流DXセミナーへのお申し込みありがとうございます。\n当日は受付にてお名前をお伝えください。\n\n星空ロジスティクス セミナー事務局",
    },
  },
  {
    id: "two-companies",
    title: "Two companies",
    description: "Two unrelated customers, one in To and one in CC, see each other's addresses. Confirm each, or move them to BCC.",
    draft: {
      from: "長尾 隆 <t.nagao@hoshizora-logi.example>",
      to: ["北商事 青木 様 <aoki@kita-shoji.example>", "北商事 佐藤 様 <sato@kita-shoji.example>"],
      cc: ["港電機 森 様 <mori@minato-denki.example>"],
      subject: "配送ルート変更のご案内",
      body: "各位\n\n来月より配送ルートを一部変更いたします。詳細は追ってご連絡いたします。\n\n長尾",
    },
  },
  {
    id: "lookalike",
    title: "Lookalike domain",
    description: "A colleague's address with one letter changed (hoshlzora-logi.example): autocomplete picked the wrong one.",
    draft: {
      from: "神田 誠 <m.kanda@hoshizora-logi.example>",
      to: ["岩田 純 <j.iwata@hoshlzora-logi.example>"],
      cc: ["関 健 <k.seki@hoshizora-logi.example>"],
      subject: "来週の定例会議について",
      body: "岩田さん\n\n来週の定例会議は水曜14時からに変更になりました。\n\n神田",
    },
  },
  {
    id: "forgotten-attachment",
    title: "Forgotten attachment",
    description: "\"見積書を添付します\" with nothing attached, to a trusted partner: a warning with Send anyway.",
    draft: {
      from: "岩田 純 <j.iwata@hoshizora-logi.example>",
      to: ["剣機械 高木 様 <takagi@tsurugi-kikai.co.jp>"],
      subject: "お見積りの件",
      body: "剣機械 高木様\n\nいつもお世話になっております。\nご依頼の見積書を添付します。ご確認のほどよろしくお願いいたします。\n\n岩田",
    },
  },
  {
    id: "script-attachment",
    title: "Script attachment",
    description: "A script disguised as a document (請求書.docx.js). Block; remove it.",
    draft: {
      from: "大森 肇 <h.omori@hoshizora-logi.example>",
      to: ["港電機 森 様 <mori@minato-denki.example>"],
      subject: "請求書送付の件",
      body: "森様\n\n今月分の請求書をお送りします。\n\n大森",
      attachments: [{ name: "請求書.docx.js", size: 4_812, contentType: "text/javascript" }],
    },
  },
  {
    id: "password-zip",
    title: "Password ZIP",
    description: "A password-protected ZIP with \"the password follows separately\" (PPAP).",
    draft: {
      from: "関 健 <k.seki@hoshizora-logi.example>",
      to: ["北商事 佐藤 様 <sato@kita-shoji.example>"],
      subject: "見積書送付の件",
      body: "佐藤様\n\n見積書をお送りします。\nパスワードは別途メールにてお送りします。\n\n関",
      attachments: [{ name: "見積書.zip", bytes: encryptedZip("見積書.pdf", "%PDF-1.7 sample"), contentType: "application/zip" }],
    },
  },
  {
    id: "confidential",
    title: "Confidential to outside",
    description: "A 社外秘 document and subject going to another company.",
    draft: {
      from: "北川 咲 <s.kitagawa@hoshizora-logi.example>",
      to: ["港電機 森 様 <mori@minato-denki.example>"],
      subject: "【社外秘】来期の価格改定案",
      body: "森様\n\n社外秘の資料のため、取り扱いにはご注意ください。\n\n北川",
      attachments: [{ name: "価格改定案_社外秘.xlsx", size: 48_213 }],
    },
  },
  {
    id: "supplier-meeting",
    title: "Meeting with two suppliers",
    description:
      "A meeting request to two suppliers who do not know each other, with the internal price list attached. Attendees always see each other: confirm each one and the file (no BCC fix).",
    draft: {
      kind: "meeting",
      meeting: { location: "本社 3F 会議室A" },
      from: "長尾 隆 <t.nagao@hoshizora-logi.example>",
      to: ["港電機 森 様 <mori@minato-denki.example>", "北商事 青木 様 <aoki@kita-shoji.example>"],
      cc: ["関 健 <k.seki@hoshizora-logi.example>"],
      subject: "部品調達についての打ち合わせ",
      body: "各位\n\n来期の部品調達について打ち合わせをお願いいたします。\n資料は社外秘のため、取り扱いにご注意ください。\n\n長尾",
      attachments: [{ name: "価格表_社外秘.xlsx", size: 61_440 }],
    },
  },
  {
    id: "blocked",
    title: "Blocked domain",
    description: "A recipient at a domain the policy blocks (spam-relay.test). Block; remove it.",
    draft: {
      from: "長尾 隆 <t.nagao@hoshizora-logi.example>",
      to: ["info@spam-relay.test"],
      subject: "資料請求の件",
      body: "ご担当者様\n\n資料の件、承知いたしました。\n\n長尾",
    },
  },
  {
    id: "internal",
    title: "Internal only",
    description: "Colleagues only (a subdomain included). Sent without a dialog.",
    draft: {
      from: "長尾 隆 <t.nagao@hoshizora-logi.example>",
      to: ["関 健 <k.seki@hoshizora-logi.example>", "倉庫管理 <warehouse@tokyo.hoshizora-logi.example>"],
      subject: "出荷スケジュール",
      body: "関さん\n\n今週の出荷スケジュールを共有します。ご確認ください。\n\n長尾",
    },
  },
  {
    id: "trusted-reply",
    title: "Trusted reply",
    description: "A reply to a trusted partner; the quoted mail mentions an attachment, the new text does not. Sent.",
    draft: {
      from: "大森 肇 <h.omori@hoshizora-logi.example>",
      to: ["剣機械 高木 様 <takagi@tsurugi-kikai.co.jp>"],
      subject: "Re: 部品納期の件",
      body:
        "高木様\n\n承知いたしました。来週火曜の納品でお願いいたします。\n\n大森\n\n" +
        "-----Original Message-----\nFrom: 高木 <takagi@tsurugi-kikai.co.jp>\nSent: Monday, October 5, 2026 10:00 AM\n" +
        "To: 大森 <h.omori@hoshizora-logi.example>\nSubject: 部品納期の件\n\n納期表を添付します。ご確認ください。",
    },
  },
];

/** Files to attach without a disk: names that matter to the rules. */
export const SAMPLE_ATTACHMENTS: readonly AttachmentInput[] = [
  { name: "見積書.pdf", size: 182_344, contentType: "application/pdf" },
  { name: "顧客リスト.xlsx", size: 2_401_889 },
  { name: "invoice.pdf.exe", size: 73_216, contentType: "application/x-msdownload" },
  { name: "議事録.docx", size: 35_800 },
  { name: "見積書.zip", bytes: encryptedZip("見積書.pdf", "%PDF-1.7 sample"), contentType: "application/zip" },
  { name: "製品カタログ.pdf", size: 14_680_064, contentType: "application/pdf" },
];

function recipientInputs(list: DraftSpec["to"]): RecipientInput[] {
  return (list ?? []).map((r) =>
    typeof r === "string"
      ? r
      : { displayName: r.name, emailAddress: r.address, recipientType: r.kind === "distributionList" ? "distributionList" : undefined },
  );
}

/** A sample as the fake host's draft: a meeting request is the organizer's form of a meeting. */
export function fakeDraftOf(sample: Sample): FakeDraftSpec {
  const { kind, meeting, from, to, cc, bcc, subject, body, attachments } = sample.draft;
  const draft: FakeDraftSpec = { from, to: recipientInputs(to), cc: recipientInputs(cc), bcc: recipientInputs(bcc), subject, body, attachments };
  return kind === "meeting" ? { ...draft, itemType: "appointment", location: meeting?.location } : draft;
}
