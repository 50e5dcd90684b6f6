import type { MessageId } from "./en";

/** 日本語メッセージ。キーは en.ts と同じ(不足は型エラーになる)。 */
export const ja: Record<MessageId, string> = {
  "decision/allow": "送信できます",
  "decision/warn": "送信前にご確認ください",
  "decision/confirm": "送信前に確認が必要です",
  "decision/block": "送信前に修正が必要です",
  "severity/warn": "注意",
  "severity/confirm": "要確認",
  "severity/block": "要修正",
  "missing-subject/empty": "件名が入力されていません。",
  "bcc-exposure/visible": "To/CC の社外アドレス {count} 件が受信者全員に見えます。BCC に移してください。",
  "cross-org-exposure/parties": "To/CC の宛先が {parties} 件の異なる相手先({names})にまたがり、互いのアドレスが見えます。面識のない相手同士なら BCC に移してください。",
  "external-recipient/outside": "社外の宛先が {count} 件あります({items})。宛先に誤りがないか1件ずつご確認ください。",
  "blocked-recipient/blocked": "{items} は社内規定で送信が禁止されている宛先です。宛先から削除してください。",
  "distribution-list/list": "{items} は配布リストです。実際に誰に届くかは表示されません。メンバー全員に送ってよいかご確認ください。",
  "distribution-list/group": "連絡先グループ「{name}」が To/CC に含まれています。実際に誰に届くかは表示されません。メンバー全員に送ってよいかご確認ください。",
  "distribution-list/unnamed": "To/CC に名前のない連絡先グループが含まれています。実際に誰に届くかは表示されません。メンバー全員に送ってよいかご確認ください。",
  "large-audience/many": "このメールは {count} 件の宛先に送信されます。全員に送ってよいかご確認ください。",
  "external-attachment/file": "「{name}」({size})を社外({to})に送信します。送ってよいファイルかご確認ください。",
};
