import type { AnswerKind, QuoteLabels } from "./received";

/** The playground's reply and memory controls in the language picked as Outlook's (as Outlook's own buttons would be). */
export interface AnswerText {
  receivedHeading: string;
  receivedLabel: string;
  answers: Record<AnswerKind, string>;
  opening: string;
  openFailed: string;
  remembered(count: number): string;
  clearMemory: string;
  quote: QuoteLabels;
}

const EN: AnswerText = {
  receivedHeading: "Received mail",
  receivedLabel: "Message to answer",
  answers: { reply: "Reply", replyAll: "Reply all", forward: "Forward" },
  opening: "Presend is noting who is on the conversation…",
  openFailed: "Presend did not run when the message opened",
  remembered: (count) => `Presend remembers ${count} outside address${count === 1 ? "" : "es"} you have sent to.`,
  clearMemory: "Clear memory",
  quote: { from: "From", sent: "Sent", to: "To", cc: "Cc", subject: "Subject", locale: "en-US" },
};

const JA: AnswerText = {
  receivedHeading: "受信メール",
  receivedLabel: "返信・転送するメール",
  answers: { reply: "返信", replyAll: "全員に返信", forward: "転送" },
  opening: "Presend が会話の参加者を記録しています…",
  openFailed: "メールを開いたときに Presend が動作しませんでした",
  remembered: (count) => `Presend が覚えている送信済みの社外アドレス: ${count} 件`,
  clearMemory: "送信履歴を消去",
  quote: { from: "差出人", sent: "送信日時", to: "宛先", cc: "CC", subject: "件名", locale: "ja-JP" },
};

export function answerText(displayLanguage: string): AnswerText {
  return displayLanguage.toLowerCase().startsWith("ja") ? JA : EN;
}
