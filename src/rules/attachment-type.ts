import * as v from "valibot";
import type { Attachment } from "../engine/types";
import { BIDI_CONTROL, showBidiControls } from "../domains/visible";
import { stringList, trueOrFalse } from "../policy/schema";
import { trimTrailing } from "../domains/trim";
import { extensionOf, SPACE_OR_DOT } from "./attachments";
import { defineRule, type RuleDocs, type RuleReport } from "../engine/rule";

interface Options {
  extensions: string[];
  macroExtensions: string[];
  builtIn: boolean;
}

/**
 * Types Windows runs on a double-click or mounts as a drive: executables and
 * installers, scripts, shortcuts and registry files, help files that run
 * script, and disk images (mail filters cannot see inside them, so malware
 * hides there). Outlook itself blocks most of these for received mail.
 */
const RISKY_EXTENSIONS = [
  "exe", "com", "scr", "pif", "bat", "cmd", "msi", "msp", "cpl", "dll", "jar", "xll",
  "js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "hta", "reg", "lnk", "url",
  "iso", "img", "vhd", "vhdx", "appx", "appxbundle", "msix", "msixbundle", "chm",
  // More that Outlook blocks: management consoles, ClickOnce, shell and setup files, old script hosts.
  "msc", "application", "appref-ms", "gadget", "inf", "scf", "sct", "shb", "shs", "vb", "ws", "wsc", "settingcontent-ms", "hlp", "jnlp",
];

/** Office files that carry macros: a milder case, reported as a warning. */
const MACRO_EXTENSIONS = ["docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam", "ppsm", "sldm"];

/** Extensions people trust at a glance: "請求書.pdf.exe" borrows one of them. */
const DOCUMENT_EXTENSIONS = [
  "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "rtf", "csv", "odt", "ods", "odp",
  "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "heic", "mp3", "mp4", "mov", "wav",
  "zip", "htm", "html", "xml", "jtd", "eml", "msg",
];

/** A run of at least this many spaces or dots pushes the real extension out of sight ("invoice.pdf      .exe"). */
const PADDING_RUN = 3;

/** Whether the last word of the name (its real extension) sits behind a run of spaces or dots. Loops, as a regex would retry from every space. */
function hidesExtensionBehindPadding(name: string): boolean {
  const trimmed = trimTrailing(name, SPACE_OR_DOT);
  let wordStart = trimmed.length;
  while (wordStart > 0 && !SPACE_OR_DOT.test(trimmed.charAt(wordStart - 1))) wordStart--;
  let runStart = wordStart;
  while (runStart > 0 && SPACE_OR_DOT.test(trimmed.charAt(runStart - 1))) runStart--;
  return wordStart < trimmed.length && wordStart - runStart >= PADDING_RUN;
}

/** "EXE", ".exe" and "*.exe" in a policy all mean exe. */
function extensionSet(extensions: readonly string[]): Set<string> {
  return new Set(extensions.map((e) => e.trim().toLowerCase().replace(/^\*?\./, "")).filter((e) => e !== ""));
}

/** The extension before the real one ("pdf" in "請求書.pdf.exe"), if any. */
function previousExtension(name: string): string {
  const trimmed = trimTrailing(name, SPACE_OR_DOT);
  return extensionOf(trimmed.slice(0, trimmed.lastIndexOf(".")));
}

type Report = RuleReport<"type" | "disguised" | "control" | "padding" | "macro">;

function judge(attachment: Attachment, risky: ReadonlySet<string>, macro: ReadonlySet<string>): Report | undefined {
  const name = attachment.name;
  const ext = extensionOf(name);
  const params = { name: showBidiControls(name), ext: `.${ext}` };
  const report = (messageId: Report["messageId"], extra: Record<string, string> = {}): Report => ({
    messageId,
    params: { ...params, ...extra },
    attachments: [attachment],
    fixes: ["remove-attachment"],
  });
  if (BIDI_CONTROL.test(name)) return report("control");
  const shown = previousExtension(name);
  if (risky.has(ext) && DOCUMENT_EXTENSIONS.indexOf(shown) >= 0) return report("disguised", { shown: `.${shown}` });
  if (hidesExtensionBehindPadding(name)) return report("padding");
  if (risky.has(ext)) return report("type");
  if (macro.has(ext)) return { ...report("macro"), severity: "warn" };
  return undefined;
}

export const docs: RuleDocs = {
  en: "Files that run programs on the recipient's computer and names made to deceive. `extensions` lists the blocked types (built in: executables and installers such as .exe .msi .dll .jar, scripts such as .js .vbs .ps1 .hta, shortcuts and registry files .lnk .url .reg, management consoles and ClickOnce files .msc .application, help files .chm, and disk images .iso .img .vhd that hide their content from mail filters). A deceptive name is blocked whatever its type: a document extension followed by a risky one (`請求書.pdf.exe`), a text-direction control character (U+202E and similar) that shows the name reversed, or a run of spaces or dots hiding the real extension. Macro-enabled Office files (`macroExtensions`: .docm .xlsm .pptm .xlam …) are reported as a warning only. `builtIn: false` drops both built-in lists.",
  ja: "受信者のパソコンでプログラムとして動くファイルと、種類を偽った名前のファイルです。`extensions` が対象の拡張子です(組み込み: .exe .msi .dll .jar などの実行ファイル・インストーラー、.js .vbs .ps1 .hta などのスクリプト、.lnk .url .reg のショートカットやレジストリファイル、.msc .application の管理コンソールや ClickOnce ファイル、.chm のヘルプファイル、メールのウイルスチェックをすり抜けやすい .iso .img .vhd のディスクイメージ)。種類に関係なく、文書の拡張子の後に危険な拡張子が続く名前(`請求書.pdf.exe`)、文字の向きを反転させる制御文字(U+202E など)を含む名前、空白やドットを並べて本当の拡張子を隠した名前も対象です。マクロ付きの Office ファイル(`macroExtensions`: .docm .xlsm .pptm .xlam など)は注意(warn)として報告します。`builtIn: false` で両方の組み込みリストを使いません。",
};

export default defineRule<Options>()({
  id: "attachment-type",
  defaults: { severity: "block", extensions: RISKY_EXTENSIONS, macroExtensions: MACRO_EXTENSIONS, builtIn: true },
  get options() {
    return {
      extensions: v.optional(stringList()),
      macroExtensions: v.optional(stringList()),
      builtIn: v.optional(trueOrFalse()),
    };
  },
  messages: ["type", "disguised", "control", "padding", "macro"],
  check(draft, { options }) {
    const risky = extensionSet(options.extensions);
    const macro = extensionSet(options.macroExtensions);
    const reports: Report[] = [];
    // Inline attachments are checked too: they reach the recipient all the same.
    for (const attachment of draft.attachments) {
      const report = judge(attachment, risky, macro);
      if (report) reports.push(report);
    }
    return reports;
  },
});
