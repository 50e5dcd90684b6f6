import type { RuleCases } from "./cases";

const to = ["a@client.example"];
const files = (...names: string[]) => names.map((name) => ({ name }));

const cases: RuleCases = {
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
    { name: "an executable", draft: { to, attachments: files("setup.exe") }, messageId: "type", severity: "block", attachments: ["setup.exe"], params: { name: "setup.exe", ext: ".exe" } },
    { name: "a script disguised as a document (.docx.js)", draft: { to: ["t.katayama@example.co.jp"], attachments: files("monthly_report.docx.js") }, messageId: "disguised", params: { shown: ".docx", ext: ".js" } },
    { name: "請求書.pdf.exe", draft: { to, attachments: files("請求書.pdf.exe") }, messageId: "disguised", params: { shown: ".pdf", ext: ".exe" } },
    { name: "a right-to-left override shown visibly", draft: { to, attachments: files("請求書\u202Efdp.exe") }, messageId: "control", params: { name: "請求書[U+202E]fdp.exe" } },
    { name: "a bidi control in an otherwise harmless type", draft: { to, attachments: files("report\u2067xcod.txt") }, messageId: "control", params: { name: "report[U+2067]xcod.txt" } },
    { name: "spaces pushing the extension out of sight", draft: { to, attachments: files("letter          .txt") }, messageId: "padding", params: { ext: ".txt" } },
    { name: "a run of dots before the extension", draft: { to, attachments: files("memo....txt") }, messageId: "padding" },
    { name: "padding after a document extension is a disguise", draft: { to, attachments: files("invoice.pdf          .exe") }, messageId: "disguised" },
    { name: "upper-case extension", draft: { to, attachments: files("SCRIPT.PS1") }, params: { ext: ".ps1" } },
    { name: "a disk image", draft: { to, attachments: files("install.iso") }, messageId: "type" },
    { name: "a management console and a ClickOnce file (Outlook blocks both)", draft: { to, attachments: files("ツール.msc", "setup.application") }, messageId: "type", attachments: ["ツール.msc", "setup.application"] },
    { name: "an inline attachment is checked too", draft: { to, attachments: [{ name: "evil.js", inline: true }] }, attachments: ["evil.js"] },
    { name: "macro-enabled workbook is only a warning", draft: { to, attachments: files("budget.xlsm") }, messageId: "macro", severity: "warn", params: { ext: ".xlsm" } },
    { name: "macro file and an executable: block wins", draft: { to, attachments: files("budget.xlsm", "tool.exe") }, attachments: ["budget.xlsm", "tool.exe"], severity: "block" },
    { name: "policy adds .zip (with a dot, upper case)", draft: { to, attachments: files("photos.zip") }, policy: { rules: { "attachment-type": { extensions: [".ZIP"] } } }, messageId: "type" },
    { name: "builtIn false with the policy's own list", draft: { to, attachments: files("notes.one", "setup.exe") }, policy: { rules: { "attachment-type": { builtIn: false, extensions: ["*.one"] } } }, attachments: ["notes.one"] },
    { name: "severity confirm from policy keeps macros at warn", draft: { to, attachments: files("budget.xlsm", "tool.exe") }, policy: { rules: { "attachment-type": { severity: "confirm" } } }, severity: "confirm" },
    { name: "internal mail is checked too", draft: { to: ["b@example.co.jp"], attachments: files("tool.bat") }, messageId: "type" },
  ],
};

export default cases;
