import type { Locale } from "../i18n";
import { MAX_TEXT_BYTES, MAX_TEXT_LINES, type MessageProblem } from "../formats/eml";

/**
 * What the command line itself says (usage, errors, the check summary), in English
 * and in Japanese as an IT admin in Japan reads it. Rule messages live in src/i18n.
 */

/** Why a file was refused before it was parsed. */
export type RefusalReason = "not-regular" | "too-large";

export interface CheckTally {
  files: number;
  allow: number;
  warn: number;
  confirm: number;
  block: number;
  unreadable: number;
}

export interface CliText {
  usage: string;
  noCommand: string;
  unknownCommand(command: string): string;
  needsPolicy(command: string): string;
  checkNeedsFiles: string;
  replayNeedsUser(given: string | undefined): string;
  replayNeedsPaths: string;
  fromNotAddress(given: string): string;
  unknownPolicyCommand(words: string): string;
  validateNeedsOne: string;
  diffNeedsTwo: string;
  unknownOption(option: string): string;
  optionNeedsValue(option: string): string;
  cannotRead(file: string, why: string): string;
  cannotReadPolicy(file: string, why: string): string;
  invalidPolicy(file: string): string;
  /** A JSON syntax error at a line and column (1-based). */
  notJson(file: string, line: number, column: number, detail: string): string;
  /** What jsonc-parser found wrong (its error code's name, e.g. "CommaExpected"). */
  jsonError(code: string): string;
  refused(reason: RefusalReason, size: number | undefined, limit: number): string;
  messageRefused(problem: MessageProblem): string;
  /** An operating system error (error.code), when there is a wording for it. */
  systemError: Partial<Record<string, string>>;
  warning: string;
  addressUnread(header: string, text: string): string;
  checkSummary(tally: CheckTally): string;
  /** A policy problem's text after its path; undefined when there is no translation. */
  policyProblem?(text: string): string | undefined;
}

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${bytes % MB === 0 ? bytes / MB : (bytes / MB).toFixed(1)} MB`;

/** The command lines, the same in both languages. */
const SYNOPSIS = `  presend check --policy POLICY.json [--from ADDRESS] [--json] FILE.eml...
  presend replay --policy POLICY.json --user ADDRESS [--json] PATH...
  presend policy validate POLICY.json
  presend policy diff POLICY.json OTHER.json
  presend policy schema
  presend --version
`;

const USAGE_EN = `Usage:
${SYNOPSIS}
check            Evaluate saved drafts (.eml) against a policy; a meeting
                 request (text/calendar; method=REQUEST) is checked as its
                 organizer sends it, its attendees as the recipients.
  --policy FILE  the policy (JSON, see \`presend policy schema\`)
  --from ADDRESS the mailbox owner (default: each message's From)
  --json         one JSON object per file per line
                 (after several files, a summary line: as text, or {"summary":…})
replay           Replay a mailbox in Date order as Presend would have seen it:
                 each message from ADDRESS is a send, checked with the thread
                 and the memory of earlier sends it would have had; the rest is
                 mail received. Reports each send, then how often users would
                 be stopped (interruptions per 100 sends) and by which rules.
  --user ADDRESS the mailbox owner
  PATH           .eml files, folders of them (searched recursively), mbox files
  --json         one JSON object per send per line, then a summary line
policy validate  Check a policy file and list its problems.
policy diff      Compare two policies in effect (defaults filled in, list order
                 ignored), e.g. the hosted policy.json and config/policy.json,
                 the copy built into the add-in. Exit status 1 when they differ.
policy schema    Print the policy's JSON Schema.

Only regular files of at most 50 MB are read (one message of an mbox: 50 MB).
Exit status: 0 every file (send) allowed, 1 any warn/confirm/block,
2 usage error, unreadable file or invalid policy.
Messages are in Japanese when LC_ALL, LC_MESSAGES or LANG starts with "ja".
`;

const USAGE_JA = `使い方:
${SYNOPSIS}
check            保存したメール (.eml) をポリシーで判定します。会議出席依頼
                 (text/calendar; method=REQUEST) は、開催者が送信するときと同じく
                 出席者を宛先として判定します。
  --policy FILE  ポリシーファイル (JSON。形式は \`presend policy schema\` を参照)
  --from ADDRESS 送信者とするメールアドレス (省略時は各メールの From)
  --json         1 ファイルにつき 1 行の JSON で出力
                 (複数のファイルでは最後に集計行: テキストまたは {"summary":…})
replay           メールボックスを日付順に再生し、Presend が当時どう判定したかを再現します。
                 ADDRESS から出たメールを送信として、その時点のスレッドと
                 送信履歴をもとに判定し、それ以外は受信メールとして扱います。
                 送信ごとの結果と、送信 100 通あたり何回止まるか、
                 どのルールで止まるかを表示します。
  --user ADDRESS メールボックスの持ち主のアドレス
  PATH           .eml ファイル、それを含むフォルダー (サブフォルダーも対象)、mbox ファイル
  --json         1 送信につき 1 行の JSON、最後に集計行
policy validate  ポリシーファイルを検査し、問題点を一覧表示します。
policy diff      2 つのポリシーが実際に同じ動作になるかを比べます(既定値を補い、
                 一覧の順序は無視)。公開中の policy.json とアドインに組み込む
                 config/policy.json の比較などに使います。違いがあれば終了コード 1。
policy schema    ポリシーの JSON Schema を出力します。

読み込むのは 50 MB 以下の通常のファイルだけです (mbox では 1 通あたり 50 MB まで)。
終了コード: 0 すべて送信可、1 注意・要確認・要修正が 1 件以上、
2 コマンドの誤り、読み込めないファイル、ポリシーの誤り。
LC_ALL、LC_MESSAGES または LANG が "ja" で始まる場合は日本語で表示します。
`;

/** jsonc-parser's error codes, as a person editing a policy reads them (a comma too many is the usual slip). */
const JSON_ERRORS_EN: Partial<Record<string, string>> = {
  ValueExpected: "a value was expected here (a comma too many?)",
  PropertyNameExpected: 'a property name in double quotes was expected here (a comma too many?)',
  CommaExpected: "a comma was expected here",
  ColonExpected: "a colon was expected here",
  CloseBraceExpected: "a closing } was expected here",
  CloseBracketExpected: "a closing ] was expected here",
  EndOfFileExpected: "the policy should end here",
  InvalidSymbol: "this is not JSON (strings and names need double quotes)",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfString: "a string is not closed",
  InvalidCharacter: "a control character (such as a tab or line break) inside a string",
};

const JSON_ERRORS_JA: Partial<Record<string, string>> = {
  ValueExpected: "ここに値が必要です (カンマが余分ではありませんか)",
  PropertyNameExpected: "ここにダブルクォートで囲んだ項目名が必要です (カンマが余分ではありませんか)",
  CommaExpected: "ここにカンマが必要です",
  ColonExpected: "ここにコロンが必要です",
  CloseBraceExpected: "閉じ括弧 } が必要です",
  CloseBracketExpected: "閉じ括弧 ] が必要です",
  EndOfFileExpected: "ポリシーはここで終わる必要があります",
  InvalidSymbol: "JSON として読めません (文字列と項目名はダブルクォートで囲みます)",
  InvalidCommentToken: "JSON にはコメントを書けません",
  UnexpectedEndOfString: "文字列が閉じていません",
  InvalidCharacter: "文字列の中に制御文字 (タブや改行など) があります",
};

const EN: CliText = {
  usage: USAGE_EN,
  noCommand: "no command given",
  unknownCommand: (command) => `unknown command "${command}"`,
  needsPolicy: (command) => `${command} needs --policy POLICY.json`,
  checkNeedsFiles: "check needs at least one .eml file",
  replayNeedsUser: (given) => `replay needs --user ADDRESS, the mailbox owner${given === undefined ? "" : `, got "${given}"`}`,
  replayNeedsPaths: "replay needs at least one .eml file, folder or mbox file",
  fromNotAddress: (given) => `--from expects an email address, got "${given}"`,
  unknownPolicyCommand: (words) => `unknown policy command "${words}"`,
  validateNeedsOne: "policy validate needs one POLICY.json",
  diffNeedsTwo: "policy diff needs two policy files",
  unknownOption: (option) => `unknown option ${option}`,
  optionNeedsValue: (option) => `${option} needs a value`,
  cannotRead: (file, why) => `cannot read ${file}: ${why}`,
  cannotReadPolicy: (file, why) => `cannot read policy ${file}: ${why}`,
  invalidPolicy: (file) => `invalid policy ${file}`,
  notJson: (file, line, column, detail) => `${file}:${line}:${column}: not valid JSON (${detail})`,
  jsonError: (code) => JSON_ERRORS_EN[code] ?? code,
  refused: (reason, size, limit) =>
    reason === "not-regular"
      ? "not a regular file (a device, FIFO or socket is never read)"
      : `${size === undefined ? "larger" : megabytes(size)} is over the ${megabytes(limit)} limit`,
  messageRefused: (problem) =>
    ({
      "not-mail": "not a mail message (no header block: a saved .eml starts with header lines such as From:, To: and Subject:)",
      "encoded-words": "a header holds thousands of encoded words in a row (=?…?=), which no mail client writes; not read",
      "too-much-text": `the message's text is over ${MAX_TEXT_LINES.toLocaleString("en")} lines or ${megabytes(MAX_TEXT_BYTES)} (attachments aside), far more than mail as people write it; not read`,
    })[problem],
  systemError: {
    ENOENT: "no such file or folder",
    EACCES: "permission denied",
    EISDIR: "is a folder, not a file",
    ENOTDIR: "a part of the path is not a folder",
  },
  warning: "warning",
  addressUnread: (header, text) => `${header}: "${text}" is not a well-formed address; the list was read entry by entry so that no address after it is lost`,
  checkSummary: ({ files, allow, warn, confirm, block, unreadable }) =>
    `${files} files: ${allow} allow, ${warn} warn, ${confirm} confirm, ${block} block${unreadable > 0 ? `, ${unreadable} not read` : ""}`,
};

/** Japanese for the policy problems an admin meets most; the rest stay as written (English). */
const POLICY_PROBLEMS_JA: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
  [/^unknown key \(did you mean "(.+)"\?\)$/, (meant) => `不明な項目です ("${meant}" の誤りではありませんか)`],
  [/^unknown key \(expected one of: (.+)\)$/, (known) => `不明な項目です (使える項目: ${known})`],
  [/^unknown key$/, () => "不明な項目です"],
  [/^the key is given more than once; only the last would count$/, () => "同じ項目が 2 回以上書かれています。最後の値だけが使われてしまいます"],
  [/^expected a whole number >= (\d+)$/, (min) => `${min} 以上の整数を指定してください`],
  [/^expected at most (\d+) (seconds|days)$/, (max, unit) => `${max} ${unit === "days" ? "日" : "秒"}以下を指定してください`],
  [/^expected one of (.+)$/, (values) => `次のいずれかを指定してください: ${values}`],
  [/^expected true or false$/, () => "true または false を指定してください"],
  [/^expected a string$/, () => "文字列を指定してください"],
  [/^expected a non-empty string$/, () => "空でない文字列を指定してください"],
  [/^expected 1$/, () => "1 を指定してください"],
  [/^expected a JSON object$/, () => "JSON のオブジェクト ({ … }) を指定してください"],
  [/^expected a list of (.+)$/, () => "リスト ([ … ]) を指定してください"],
  [/^expected a domain \(example\.co\.jp\), a wildcard/, () => "ドメイン (example.co.jp)、ワイルドカード (*.example.co.jp) またはメールアドレス (user@example.co.jp) を指定してください"],
  [/^expected a domain \(example\.co\.jp\) or a wildcard/, () => "ドメイン (example.co.jp) またはワイルドカード (*.example.co.jp) を指定してください"],
  [/^a pattern of only \* would match every address/, () => "* だけのパターンはすべてのアドレスに一致します。自組織のドメインを指定してください"],
  [/^a wildcard over a top-level domain/, () => "トップレベルドメイン (パブリックサフィックス) のワイルドカードは、その下のすべての組織に一致します"],
  [/^"(.+)" is a public suffix: every organisation under it would be (internal|trusted)$/, (source, meaning) =>
    `"${source}" はパブリックサフィックスです。その下のすべての組織が${meaning === "internal" ? "社内" : "信頼済み"}扱いになります`],
  [/^"(.+)" spans many organisations .*would be (internal|trusted)$/, (source, meaning) =>
    `"${source}" は多数の組織にまたがります。そのすべてが${meaning === "internal" ? "社内" : "信頼済み"}扱いになります`],
  [/^"(.+)" is a consumer mailbox provider: .* would be (internal|trusted) \(list one address instead, e\.g\. "(.+)"\)$/, (source, meaning, example) =>
    `"${source}" は個人向けメールサービスです。そのアドレスを持つ全員が${meaning === "internal" ? "社内" : "信頼済み"}扱いになります (代わりに "${example}" のように個別のアドレスを指定してください)`],
  [/^"(.+)" is also in (\S+); a domain or address belongs in one of/, (source, other) =>
    `"${source}" は ${other} にもあります。同じドメインやアドレスは internalDomains、trustedDomains、blockedDomains のいずれか 1 つにだけ指定してください`],
];

const JA: CliText = {
  usage: USAGE_JA,
  noCommand: "コマンドが指定されていません",
  unknownCommand: (command) => `"${command}" というコマンドはありません`,
  needsPolicy: (command) => `${command} には --policy POLICY.json の指定が必要です`,
  checkNeedsFiles: "check には .eml ファイルを 1 つ以上指定してください",
  replayNeedsUser: (given) =>
    `replay には --user ADDRESS (メールボックスの持ち主のアドレス) の指定が必要です${given === undefined ? "" : ` ("${given}" はメールアドレスではありません)`}`,
  replayNeedsPaths: "replay には .eml ファイル、フォルダーまたは mbox ファイルを 1 つ以上指定してください",
  fromNotAddress: (given) => `--from にはメールアドレスを指定してください ("${given}" はメールアドレスではありません)`,
  unknownPolicyCommand: (words) => `"policy${words === "" ? "" : ` ${words}`}" というコマンドはありません`,
  validateNeedsOne: "policy validate にはポリシーファイルを 1 つ指定してください",
  diffNeedsTwo: "policy diff にはポリシーファイルを 2 つ指定してください",
  unknownOption: (option) => `${option} というオプションはありません`,
  optionNeedsValue: (option) => `${option} には値を指定してください`,
  cannotRead: (file, why) => `${file} を読み込めません: ${why}`,
  cannotReadPolicy: (file, why) => `ポリシー ${file} を読み込めません: ${why}`,
  invalidPolicy: (file) => `ポリシー ${file} に誤りがあります`,
  notJson: (file, line, column, detail) => `${file} の ${line} 行 ${column} 文字目: JSON の書式が正しくありません (${detail})`,
  jsonError: (code) => JSON_ERRORS_JA[code] ?? code,
  refused: (reason, size, limit) =>
    reason === "not-regular"
      ? "通常のファイルではありません (デバイス、FIFO、ソケットは読み込みません)"
      : `${size === undefined ? "" : `${megabytes(size)} あり、`}上限の ${megabytes(limit)} を超えています`,
  messageRefused: (problem) =>
    ({
      "not-mail": "メールのファイルではありません (ヘッダー部がありません。保存した .eml は From:、To:、Subject: などのヘッダー行で始まります)",
      "encoded-words": "ヘッダーにエンコードされた語 (=?…?=) が数千個も連続しています。通常のメールソフトが作る形ではないため、読み込みません",
      "too-much-text": `本文 (添付ファイルを除く) が ${MAX_TEXT_LINES.toLocaleString("ja")} 行または ${megabytes(MAX_TEXT_BYTES)} を超えています。通常のメールより大幅に大きいため、読み込みません`,
    })[problem],
  systemError: {
    ENOENT: "ファイルまたはフォルダーが見つかりません",
    EACCES: "読み取る権限がありません",
    EISDIR: "フォルダーです (ファイルを指定してください)",
    ENOTDIR: "パスの途中がフォルダーではありません",
  },
  warning: "警告",
  addressUnread: (header, text) => `${header}: "${text}" はアドレスの書式が正しくありません。後に続くアドレスを落とさないよう、1 件ずつ読み取って判定しています`,
  checkSummary: ({ files, allow, warn, confirm, block, unreadable }) =>
    `${files} ファイル: そのまま送信 ${allow}、注意 ${warn}、要確認 ${confirm}、要修正 ${block}${unreadable > 0 ? `、読み込めず ${unreadable}` : ""}`,
  policyProblem: (text) => {
    for (const [pattern, render] of POLICY_PROBLEMS_JA) {
      const match = pattern.exec(text);
      if (match) return render(...match.slice(1));
    }
    return undefined;
  },
};

export const CLI_TEXT: Record<Locale, CliText> = { en: EN, ja: JA };
