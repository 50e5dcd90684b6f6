import type { RuleCases } from "./cases";
import type rule from "./attachment-type";

const to = ["a@client.example"];
const files = (...names: string[]) => names.map((name) => ({ name }));

const cases: RuleCases<typeof rule> = {
  valid: [
    { name: "ordinary documents and pictures", draft: { to, attachments: files("見積書.pdf", "議事録.docx", "売上.xlsx", "現場.jpg") } },
    { name: "a compressed tarball (.tar.gz)", draft: { to, attachments: files("logs.tar.gz") } },
    { name: "a risky word before a document extension (setup.exe.pdf is a PDF)", draft: { to, attachments: files("setup.exe.pdf") } },
    { name: "version numbers with single dots", draft: { to, attachments: files("v1.2.3 release notes.pdf", "議事録 2026.11.27.docx") } },
    { name: "two spaces are not padding", draft: { to, attachments: files("Q3 report  final.xlsx") } },
    { name: "trailing spaces after a real document extension", draft: { to, attachments: files("manual.pdf   ") } },
    { name: "a name without an extension", draft: { to, attachments: files("README") } },
    { name: "an extension that only contains a risky one (.exe in .exec)", draft: { to, attachments: files("notes.exec", "photo.jsx") } },
    { name: "builtIn false: only the policy's list", draft: { to, attachments: files("setup.exe", "macro.xlsm") }, policy: { rules: { "attachment-type": { builtIn: false, extensions: ["one"] } } } },
    { name: "turned off", draft: { to, attachments: files("setup.exe") }, policy: { rules: { "attachment-type": { severity: "off" } } } },
    { name: "no attachments", draft: { to, body: "setup.exe を共有フォルダに置きました。" } },
  ],
  invalid: [
    { name: "an executable", draft: { to, attachments: files("setup.exe") }, errors: [{ messageId: "type", severity: "block", params: { name: "setup.exe", ext: ".exe" }, attachments: ["setup.exe"], fixes: ["remove-attachment"] }] },
    { name: "a script disguised as a document (.docx.js)", draft: { to: ["t.katayama@example.co.jp"], attachments: files("monthly_report.docx.js") }, errors: [{ messageId: "disguised", severity: "block", params: { name: "monthly_report.docx.js", ext: ".js", shown: ".docx" }, attachments: ["monthly_report.docx.js"], fixes: ["remove-attachment"] }] },
    { name: "請求書.pdf.exe", draft: { to, attachments: files("請求書.pdf.exe") }, errors: [{ messageId: "disguised", severity: "block", params: { name: "請求書.pdf.exe", ext: ".exe", shown: ".pdf" }, attachments: ["請求書.pdf.exe"], fixes: ["remove-attachment"] }] },
    { name: "a right-to-left override shown visibly", draft: { to, attachments: files("請求書\u202Efdp.exe") }, errors: [{ messageId: "control", severity: "block", params: { name: "請求書[U+202E]fdp.exe", ext: ".exe" }, attachments: ["請求書\u202Efdp.exe"], fixes: ["remove-attachment"] }] },
    { name: "a bidi control in an otherwise harmless type", draft: { to, attachments: files("report\u2067xcod.txt") }, errors: [{ messageId: "control", severity: "block", params: { name: "report[U+2067]xcod.txt", ext: ".txt" }, attachments: ["report\u2067xcod.txt"], fixes: ["remove-attachment"] }] },
    { name: "spaces pushing the extension out of sight", draft: { to, attachments: files("letter          .txt") }, errors: [{ messageId: "padding", severity: "block", params: { name: "letter          .txt", ext: ".txt" }, attachments: ["letter          .txt"], fixes: ["remove-attachment"] }] },
    { name: "a run of dots before the extension", draft: { to, attachments: files("memo....txt") }, errors: [{ messageId: "padding", severity: "block", params: { name: "memo....txt", ext: ".txt" }, attachments: ["memo....txt"], fixes: ["remove-attachment"] }] },
    { name: "padding after a document extension is a disguise", draft: { to, attachments: files("invoice.pdf          .exe") }, errors: [{ messageId: "disguised", severity: "block", params: { name: "invoice.pdf          .exe", ext: ".exe", shown: ".pdf" }, attachments: ["invoice.pdf          .exe"], fixes: ["remove-attachment"] }] },
    { name: "upper-case extension", draft: { to, attachments: files("SCRIPT.PS1") }, errors: [{ messageId: "type", severity: "block", params: { name: "SCRIPT.PS1", ext: ".ps1" }, attachments: ["SCRIPT.PS1"], fixes: ["remove-attachment"] }] },
    { name: "a disk image", draft: { to, attachments: files("install.iso") }, errors: [{ messageId: "type", severity: "block", params: { name: "install.iso", ext: ".iso" }, attachments: ["install.iso"], fixes: ["remove-attachment"] }] },
    { name: "a management console and a ClickOnce file (Outlook blocks both)", draft: { to, attachments: files("ツール.msc", "setup.application") }, errors: [{ messageId: "type", severity: "block", params: { name: "ツール.msc", ext: ".msc" }, attachments: ["ツール.msc"], fixes: ["remove-attachment"] }, { messageId: "type", severity: "block", params: { name: "setup.application", ext: ".application" }, attachments: ["setup.application"], fixes: ["remove-attachment"] }] },
    { name: "an inline attachment is checked too", draft: { to, attachments: [{ name: "evil.js", inline: true }] }, errors: [{ messageId: "type", severity: "block", params: { name: "evil.js", ext: ".js" }, attachments: ["evil.js"], fixes: ["remove-attachment"] }] },
    { name: "macro-enabled workbook is only a warning", draft: { to, attachments: files("budget.xlsm") }, errors: [{ messageId: "macro", severity: "warn", params: { name: "budget.xlsm", ext: ".xlsm" }, attachments: ["budget.xlsm"], fixes: ["remove-attachment"] }] },
    { name: "macro file and an executable: block wins", draft: { to, attachments: files("budget.xlsm", "tool.exe") }, errors: [{ messageId: "macro", severity: "warn", params: { name: "budget.xlsm", ext: ".xlsm" }, attachments: ["budget.xlsm"], fixes: ["remove-attachment"] }, { messageId: "type", severity: "block", params: { name: "tool.exe", ext: ".exe" }, attachments: ["tool.exe"], fixes: ["remove-attachment"] }] },
    { name: "policy adds .zip (with a dot, upper case)", draft: { to, attachments: files("photos.zip") }, policy: { rules: { "attachment-type": { extensions: [".ZIP"] } } }, errors: [{ messageId: "type", severity: "block", params: { name: "photos.zip", ext: ".zip" }, attachments: ["photos.zip"], fixes: ["remove-attachment"] }] },
    { name: "builtIn false with the policy's own list", draft: { to, attachments: files("notes.one", "setup.exe") }, policy: { rules: { "attachment-type": { builtIn: false, extensions: ["*.one"] } } }, errors: [{ messageId: "type", severity: "block", params: { name: "notes.one", ext: ".one" }, attachments: ["notes.one"], fixes: ["remove-attachment"] }] },
    { name: "severity confirm from policy keeps macros at warn", draft: { to, attachments: files("budget.xlsm", "tool.exe") }, policy: { rules: { "attachment-type": { severity: "confirm" } } }, errors: [{ messageId: "macro", severity: "warn", params: { name: "budget.xlsm", ext: ".xlsm" }, attachments: ["budget.xlsm"], fixes: ["remove-attachment"] }, { messageId: "type", severity: "confirm", params: { name: "tool.exe", ext: ".exe" }, attachments: ["tool.exe"], fixes: ["remove-attachment"] }] },
    { name: "internal mail is checked too", draft: { to: ["b@example.co.jp"], attachments: files("tool.bat") }, errors: [{ messageId: "type", severity: "block", params: { name: "tool.bat", ext: ".bat" }, attachments: ["tool.bat"], fixes: ["remove-attachment"] }] },
  ],
};

export default cases;
