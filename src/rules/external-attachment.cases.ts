import type { RuleCases } from "./cases";
import type rule from "./external-attachment";

const quote = { name: "見積書.pdf", size: 1_234_567 };
const photo = { name: "site-photo.jpg", size: 35 * 1024 };
const logo = { name: "logo.png", size: 4000, inline: true };

const cases: RuleCases<typeof rule> = {
  valid: [
    { name: "a file to colleagues only", draft: { to: ["a@example.co.jp", "b@example.co.jp"], attachments: [quote] } },
    { name: "an outside recipient but nothing attached", draft: { to: ["taro@gmail.com"] } },
    { name: "only an inline signature logo to an outside recipient", draft: { to: ["taro@gmail.com"], attachments: [logo] } },
    { name: "every outside recipient is trusted", draft: { to: ["a@partner.co.jp"], cc: ["b@example.co.jp"], attachments: [quote] }, policy: { trustedDomains: ["partner.co.jp"] } },
    { name: "trusted subdomain by wildcard", draft: { to: ["a@osaka.partner.co.jp"], attachments: [quote] }, policy: { trustedDomains: ["*.partner.co.jp"] } },
    { name: "internal subdomain by wildcard", draft: { to: ["a@sales.example.co.jp"], attachments: [quote] }, policy: { internalDomains: ["example.co.jp", "*.example.co.jp"] } },
    { name: "no recipients yet", draft: { attachments: [quote] } },
    { name: "turned off", draft: { to: ["taro@gmail.com"], attachments: [quote] }, policy: { rules: { "external-attachment": { severity: "off" } } } },
    {
      name: "both files confirmed",
      draft: { to: ["taro@gmail.com"], attachments: [quote, photo] },
      confirmations: [
        { rule: "external-attachment", item: "attachment:見積書.pdf:1234567" },
        { rule: "external-attachment", item: "attachment:site-photo.jpg:35840" },
      ],
    },
    { name: "ask new: a file to a customer the user writes to", draft: { to: ["a@client.co.jp"], attachments: [quote], remembered: ["a@client.co.jp"] } },
    { name: "ask new: a file in a reply to the people on the conversation", draft: { to: ["a@client.co.jp"], cc: ["b@client.co.jp"], attachments: [quote], thread: { compose: "reply", addresses: ["a@client.co.jp", "b@client.co.jp"] } } },
    { name: "ask new: carried over and remembered together", draft: { to: ["a@client.co.jp"], cc: ["c@other.co.jp"], attachments: [quote], thread: { compose: "reply", addresses: ["a@client.co.jp"] }, remembered: ["c@other.co.jp"] } },
    { name: "the sender's own domain is internal without internalDomains", draft: { from: "me@client.example", to: ["you@client.example"], attachments: [quote] } },
  ],
  invalid: [
    { name: "ask new: one new recipient among known ones asks about every file", draft: { to: ["a@client.co.jp", "new@other.co.jp"], attachments: [quote], remembered: ["a@client.co.jp"] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "見積書.pdf", size: "1.2 MB", to: ["client.co.jp", "other.co.jp"] }, attachments: ["見積書.pdf"], fixes: ["remove-attachment"] }] },
    { name: "ask new: a contact group whose members cannot be seen", draft: { to: [{ address: "", name: "Customers", kind: "distributionList" }], attachments: [quote], remembered: ["a@client.co.jp"] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "見積書.pdf", size: "1.2 MB", to: ["Customers"] }, attachments: ["見積書.pdf"], fixes: ["remove-attachment"] }] },
    { name: "ask always: a file to a remembered customer", draft: { to: ["a@client.co.jp"], attachments: [quote], remembered: ["a@client.co.jp"] }, policy: { rules: { "external-attachment": { ask: "always" } } }, errors: [{ messageId: "file", severity: "confirm", params: { name: "見積書.pdf", size: "1.2 MB", to: ["client.co.jp"] }, attachments: ["見積書.pdf"], fixes: ["remove-attachment"] }] },
    { name: "a quote to a personal address", draft: { to: ["taro@gmail.com"], attachments: [quote] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "見積書.pdf", size: "1.2 MB", to: ["gmail.com"] }, attachments: ["見積書.pdf"], fixes: ["remove-attachment"] }] },
    { name: "a file on a meeting request to an outside attendee", draft: { kind: "meeting", to: ["taro@gmail.com"], attachments: [quote] }, errors: [{ messageId: "file-meeting", severity: "confirm", params: { name: "見積書.pdf", size: "1.2 MB", to: ["gmail.com"] }, attachments: ["見積書.pdf"], fixes: ["remove-attachment"] }] },
    { name: "each file is its own item", draft: { to: ["a@client.co.jp"], attachments: [quote, photo] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "見積書.pdf", size: "1.2 MB", to: ["client.co.jp"] }, attachments: ["見積書.pdf"], fixes: ["remove-attachment"] }, { messageId: "file", severity: "confirm", params: { name: "site-photo.jpg", size: "35 KB", to: ["client.co.jp"] }, attachments: ["site-photo.jpg"], fixes: ["remove-attachment"] }] },
    { name: "small file size in KB", draft: { to: ["a@client.co.jp"], attachments: [photo] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "site-photo.jpg", size: "35 KB", to: ["client.co.jp"] }, attachments: ["site-photo.jpg"], fixes: ["remove-attachment"] }] },
    { name: "tiny file size in bytes", draft: { to: ["a@client.co.jp"], attachments: [{ name: "memo.txt", size: 900 }] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "memo.txt", size: "900 B", to: ["client.co.jp"] }, attachments: ["memo.txt"], fixes: ["remove-attachment"] }] },
    { name: "inline logo is not listed", draft: { to: ["a@client.co.jp"], attachments: [logo, quote] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "見積書.pdf", size: "1.2 MB", to: ["client.co.jp"] }, attachments: ["見積書.pdf"], fixes: ["remove-attachment"] }] },
    { name: "a trusted partner plus one untrusted outsider", draft: { to: ["a@partner.co.jp"], cc: ["x@other.example"], attachments: [quote] }, policy: { trustedDomains: ["partner.co.jp"] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "見積書.pdf", size: "1.2 MB", to: ["other.example"] }, attachments: ["見積書.pdf"], fixes: ["remove-attachment"] }] },
    { name: "outsider only in BCC", draft: { to: ["a@example.co.jp"], bcc: ["taro@gmail.com"], attachments: [quote] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "見積書.pdf", size: "1.2 MB", to: ["gmail.com"] }, attachments: ["見積書.pdf"], fixes: ["remove-attachment"] }] },
    { name: "one of two files confirmed", draft: { to: ["taro@gmail.com"], attachments: [quote, photo] }, confirmations: [{ rule: "external-attachment", item: "attachment:見積書.pdf:1234567" }], errors: [{ messageId: "file", severity: "confirm", params: { name: "site-photo.jpg", size: "35 KB", to: ["gmail.com"] }, attachments: ["site-photo.jpg"], fixes: ["remove-attachment"] }] },
    { name: "a file replaced after confirming (new size) is pending again", draft: { to: ["taro@gmail.com"], attachments: [{ name: "見積書.pdf", size: 2_000_000 }] }, confirmations: [{ rule: "external-attachment", item: "attachment:見積書.pdf:1234567" }], errors: [{ messageId: "file", severity: "confirm", params: { name: "見積書.pdf", size: "1.9 MB", to: ["gmail.com"] }, attachments: ["見積書.pdf"], fixes: ["remove-attachment"] }] },
    { name: "Unicode domain shown readable, with its xn-- form", draft: { to: ["a@例え.jp"], attachments: [quote] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "見積書.pdf", size: "1.2 MB", to: ["例え.jp (xn--r8jz45g.jp)"] }, attachments: ["見積書.pdf"], fixes: ["remove-attachment"] }] },
    { name: "a contact group is named as the destination", draft: { to: [{ name: "取引先一同", address: "", kind: "distributionList" }], attachments: [quote] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "見積書.pdf", size: "1.2 MB", to: ["取引先一同"] }, attachments: ["見積書.pdf"], fixes: ["remove-attachment"] }] },
    { name: "many outside domains are shortened", draft: { to: ["a@a.example", "b@b.example", "c@c.example", "d@d.example"], attachments: [quote] }, errors: [{ messageId: "file", severity: "confirm", params: { name: "見積書.pdf", size: "1.2 MB", to: ["a.example", "b.example", "c.example", "…"] }, attachments: ["見積書.pdf"], fixes: ["remove-attachment"] }] },
    { name: "severity raised to block", draft: { to: ["taro@gmail.com"], attachments: [quote] }, policy: { rules: { "external-attachment": { severity: "block" } } }, errors: [{ messageId: "file", severity: "block", params: { name: "見積書.pdf", size: "1.2 MB", to: ["gmail.com"] }, attachments: ["見積書.pdf"], fixes: ["remove-attachment"] }] },
  ],
};

export default cases;
