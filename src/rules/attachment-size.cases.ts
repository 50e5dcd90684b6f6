import type { RuleCases } from "./cases";
import type rule from "./attachment-size";

const MB = 1024 * 1024;
const to = ["a@client.example"];
const file = (name: string, size: number, inline = false) => ({ name, size, inline });

const cases: RuleCases<typeof rule> = {
  valid: [
    { name: "no attachments", draft: { to } },
    { name: "one small file", draft: { to, attachments: [file("見積書.pdf", 300 * 1024)] } },
    { name: "exactly 10 MB is within the limit", draft: { to, attachments: [file("a.pdf", 10 * MB)] } },
    { name: "several files just under the limit", draft: { to, attachments: [file("a.pdf", 4 * MB), file("b.pdf", 4 * MB), file("c.pdf", 2 * MB - 1)] } },
    { name: "big inline pictures do not count", draft: { to, attachments: [file("image001.png", 12 * MB, true), file("a.pdf", MB)] } },
    { name: "limit raised to 25 MB", draft: { to, attachments: [file("video.mp4", 20 * MB)] }, policy: { rules: { "attachment-size": { maxBytes: 25 * MB } } } },
    { name: "internal mail under the limit", draft: { to: ["b@example.co.jp"], attachments: [file("a.pptx", 9 * MB)] } },
    { name: "turned off", draft: { to, attachments: [file("big.zip", 50 * MB)] }, policy: { rules: { "attachment-size": { severity: "off" } } } },
    { name: "zero-byte files", draft: { to, attachments: [file("empty.txt", 0), file("empty2.txt", 0)] } },
    { name: "a 1-byte limit with an empty file", draft: { to, attachments: [file("empty.txt", 0)] }, policy: { rules: { "attachment-size": { maxBytes: 1 } } } },
  ],
  invalid: [
    { name: "one 12 MB file", draft: { to, attachments: [file("catalogue.pdf", 12 * MB)] }, errors: [{ messageId: "total", severity: "warn", params: { total: "12 MB", limit: "10 MB" }, attachments: ["catalogue.pdf"] }] },
    { name: "one byte over shows as over, not equal", draft: { to, attachments: [file("a.pdf", 10 * MB + 1)] }, errors: [{ messageId: "total", severity: "warn", params: { total: "10.1 MB", limit: "10 MB" }, attachments: ["a.pdf"] }] },
    { name: "several files add up", draft: { to, attachments: [file("a.pdf", 4 * MB), file("b.pdf", 4 * MB), file("c.pdf", 3 * MB)] }, errors: [{ messageId: "total", severity: "warn", params: { total: "11 MB", limit: "10 MB" }, attachments: ["a.pdf", "b.pdf", "c.pdf"] }] },
    { name: "inline pictures are left out of the total", draft: { to, attachments: [file("image001.png", 5 * MB, true), file("a.pdf", 11 * MB)] }, errors: [{ messageId: "total", severity: "warn", params: { total: "11 MB", limit: "10 MB" }, attachments: ["a.pdf"] }] },
    { name: "limit lowered to 5 MB", draft: { to, attachments: [file("a.pdf", 6 * MB)] }, policy: { rules: { "attachment-size": { maxBytes: 5 * MB } } }, errors: [{ messageId: "total", severity: "warn", params: { total: "6 MB", limit: "5 MB" }, attachments: ["a.pdf"] }] },
    { name: "a limit that is not a whole number of MB is rounded down", draft: { to, attachments: [file("a.pdf", 6 * MB)] }, policy: { rules: { "attachment-size": { maxBytes: 5_000_000 } } }, errors: [{ messageId: "total", severity: "warn", params: { total: "6 MB", limit: "4.7 MB" }, attachments: ["a.pdf"] }] },
    { name: "internal mail is checked too", draft: { to: ["b@example.co.jp"], attachments: [file("a.pptx", 30 * MB)] }, errors: [{ messageId: "total", severity: "warn", params: { total: "30 MB", limit: "10 MB" }, attachments: ["a.pptx"] }] },
    { name: "decimal total rounded up", draft: { to, attachments: [file("a.pdf", 12.34 * MB)] }, errors: [{ messageId: "total", severity: "warn", params: { total: "12.4 MB", limit: "10 MB" }, attachments: ["a.pdf"] }] },
    { name: "1-byte limit", draft: { to, attachments: [file("a.txt", 2)] }, policy: { rules: { "attachment-size": { maxBytes: 1 } } }, errors: [{ messageId: "total", severity: "warn", params: { total: "2 B", limit: "1 B" }, attachments: ["a.txt"] }] },
    { name: "a total far over a small limit keeps its own unit", draft: { to, attachments: [file("a.pptx", 30 * MB)] }, policy: { rules: { "attachment-size": { maxBytes: 500 * 1024 } } }, errors: [{ messageId: "total", severity: "warn", params: { total: "30 MB", limit: "500 KB" }, attachments: ["a.pptx"] }] },
    { name: "a limit under 1 MB is written in KB", draft: { to, attachments: [file("a.pdf", 600 * 1024 + 1)] }, policy: { rules: { "attachment-size": { maxBytes: 500 * 1024 } } }, errors: [{ messageId: "total", severity: "warn", params: { total: "600.1 KB", limit: "500 KB" }, attachments: ["a.pdf"] }] },
    { name: "severity raised to block", draft: { to, attachments: [file("big.zip", 50 * MB)] }, policy: { rules: { "attachment-size": { severity: "block" } } }, errors: [{ messageId: "total", severity: "block", params: { total: "50 MB", limit: "10 MB" }, attachments: ["big.zip"] }] },
  ],
};

export default cases;
