import { normalizeAddress } from "../domains/idn";
import { parseRecipient } from "../engine/draft";
import type { AttachmentInput, FakeDraftSpec } from "./fake-office";

/**
 * Mail in the playground user's inbox, to answer with Reply, Reply all or
 * Forward: the compose window opens as Outlook opens it (recipients, "RE: " /
 * "FW: " subject, the original quoted below a rule, a forward's files), so the
 * conversation snapshot and the recipient memory can be tried without Outlook.
 * Written for SAMPLE_POLICY, like the sample drafts.
 */

export interface ReceivedMail {
  id: string;
  /** The user's own address as it appears on the mail: the From of an answer, left out of Reply all. */
  mailbox: string;
  from: string;
  to: readonly string[];
  cc?: readonly string[];
  /** When it arrived (ISO 8601), for the quoted header. */
  sent: string;
  subject: string;
  body: string;
  attachments?: readonly AttachmentInput[];
  conversationId: string;
}

export type AnswerKind = "reply" | "replyAll" | "forward";

/** The header lines Outlook writes above a quoted original, in the user's Outlook language. */
export interface QuoteLabels {
  from: string;
  sent: string;
  to: string;
  cc: string;
  subject: string;
  /** BCP 47 tag for the date. */
  locale: string;
}

const MAILBOX = "大森 肇 <h.omori@hoshizora-logi.example>";

export const RECEIVED_MAILS: readonly ReceivedMail[] = [
  {
    id: "minato-delivery",
    mailbox: MAILBOX,
    from: "港電機 森 <mori@minato-denki.example>",
    to: [MAILBOX],
    cc: ["港電機 工藤 <kudo@minato-denki.example>", "関 健 <k.seki@hoshizora-logi.example>"],
    sent: "2026-10-05T10:12:00+09:00",
    subject: "制御盤の納品日程について",
    body:
      "星空ロジスティクス\n大森様\n\nいつもお世話になっております。港電機の森です。\n" +
      "制御盤3台の納品日程について、10月20日(火)午前で調整可能でしょうか。\n" +
      "弊社工藤も同行いたします。\n\nよろしくお願いいたします。\n\n港電機株式会社 営業部 森",
    conversationId: "AAQkAGMinatoDeliverySchedule",
  },
  {
    id: "northwind-forecast",
    mailbox: MAILBOX,
    from: "Emily Carter <emily.carter@northwind-trading.example>",
    to: [MAILBOX, "Daniel Brooks <d.brooks@northwind-trading.example>"],
    cc: ["長尾 隆 <t.nagao@hoshizora-logi.example>"],
    sent: "2026-10-06T17:40:00+09:00",
    subject: "Q4 shipping forecast",
    body:
      "Dear Mr. Omori,\n\nPlease find our Q4 shipping forecast attached. Volumes to Yokohama rise by about 15% from November.\n" +
      "Could you confirm the extra warehouse space by Friday?\n\nBest regards,\nEmily Carter\nNorthwind Trading",
    attachments: [{ name: "Q4_shipping_forecast.xlsx", size: 58_312 }],
    conversationId: "AAQkAGNorthwindQ4Forecast",
  },
  {
    id: "tsurugi-drawings",
    mailbox: MAILBOX,
    from: "剣機械 高木 <takagi@tsurugi-kikai.co.jp>",
    to: [MAILBOX],
    sent: "2026-10-07T09:05:00+09:00",
    subject: "搬入経路図の送付",
    body: "大森様\n\n新倉庫への搬入経路図をお送りします。ご確認ください。\n\n剣機械 高木",
    attachments: [{ name: "搬入経路図.pdf", size: 412_907, contentType: "application/pdf" }],
    conversationId: "AAQkAGTsurugiRouteDrawing",
  },
];

const RULE = "_".repeat(32);

function addressOf(recipient: string): string {
  return normalizeAddress(parseRecipient(recipient).address);
}

/** Adds Outlook's prefix unless the subject already has it ("RE: RE: …" is not what Outlook writes). */
function prefixed(prefix: string, subject: string): string {
  return subject.toUpperCase().startsWith(prefix.toUpperCase()) ? subject : `${prefix}${subject}`;
}

/** The original under Outlook's rule and header block, below room for the new text. */
function quoted(mail: ReceivedMail, labels: QuoteLabels): string {
  const sent = new Date(mail.sent).toLocaleString(labels.locale, { dateStyle: "full", timeStyle: "short", timeZone: "Asia/Tokyo" });
  const header = [
    `${labels.from}: ${mail.from}`,
    `${labels.sent}: ${sent}`,
    `${labels.to}: ${mail.to.join("; ")}`,
    ...(mail.cc?.length ? [`${labels.cc}: ${mail.cc.join("; ")}`] : []),
    `${labels.subject}: ${mail.subject}`,
  ];
  return `\n\n${RULE}\n${header.join("\n")}\n\n${mail.body}`;
}

/** The compose window Outlook opens for Reply, Reply all or Forward on `mail`. */
export function answerDraft(mail: ReceivedMail, kind: AnswerKind, labels: QuoteLabels): FakeDraftSpec {
  const own = addressOf(mail.mailbox);
  const others = (list: readonly string[] = []) => list.filter((r) => addressOf(r) !== own);
  const common = { from: mail.mailbox, body: quoted(mail, labels), conversationId: mail.conversationId };
  if (kind === "forward") {
    return { ...common, composeType: "forward", subject: prefixed("FW: ", mail.subject), attachments: mail.attachments };
  }
  return {
    ...common,
    composeType: "reply",
    subject: prefixed("RE: ", mail.subject),
    to: kind === "replyAll" ? [mail.from, ...others(mail.to)] : [mail.from],
    cc: kind === "replyAll" ? others(mail.cc) : [],
  };
}
