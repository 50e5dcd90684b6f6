import type { RuleCases } from "./cases";

const quote = { name: "見積書.pdf", size: 1_234_567 };
const photo = { name: "site-photo.jpg", size: 35 * 1024 };
const logo = { name: "logo.png", size: 4000, inline: true };

const cases: RuleCases = {
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
    { name: "ask new: one new recipient among known ones asks about every file", draft: { to: ["a@client.co.jp", "new@other.co.jp"], attachments: [quote], remembered: ["a@client.co.jp"] }, attachments: ["見積書.pdf"] },
    { name: "ask new: a contact group whose members cannot be seen", draft: { to: [{ address: "", name: "Customers", kind: "distributionList" }], attachments: [quote], remembered: ["a@client.co.jp"] }, attachments: ["見積書.pdf"] },
    { name: "ask always: a file to a remembered customer", draft: { to: ["a@client.co.jp"], attachments: [quote], remembered: ["a@client.co.jp"] }, policy: { rules: { "external-attachment": { ask: "always" } } }, attachments: ["見積書.pdf"] },
    { name: "a quote to a personal address", draft: { to: ["taro@gmail.com"], attachments: [quote] }, attachments: ["見積書.pdf"], severity: "confirm", messageId: "file", params: { name: "見積書.pdf", size: "1.2 MB", to: ["gmail.com"] } },
    { name: "a file on a meeting request to an outside attendee", draft: { kind: "meeting", to: ["taro@gmail.com"], attachments: [quote] }, attachments: ["見積書.pdf"], messageId: "file-meeting", fixes: ["remove-attachment"] },
    { name: "each file is its own item", draft: { to: ["a@client.co.jp"], attachments: [quote, photo] }, attachments: ["見積書.pdf", "site-photo.jpg"] },
    { name: "small file size in KB", draft: { to: ["a@client.co.jp"], attachments: [photo] }, params: { size: "35 KB" } },
    { name: "tiny file size in bytes", draft: { to: ["a@client.co.jp"], attachments: [{ name: "memo.txt", size: 900 }] }, params: { size: "900 B" } },
    { name: "inline logo is not listed", draft: { to: ["a@client.co.jp"], attachments: [logo, quote] }, attachments: ["見積書.pdf"] },
    { name: "a trusted partner plus one untrusted outsider", draft: { to: ["a@partner.co.jp"], cc: ["x@other.example"], attachments: [quote] }, policy: { trustedDomains: ["partner.co.jp"] }, attachments: ["見積書.pdf"], params: { to: ["other.example"] } },
    { name: "outsider only in BCC", draft: { to: ["a@example.co.jp"], bcc: ["taro@gmail.com"], attachments: [quote] }, attachments: ["見積書.pdf"] },
    { name: "one of two files confirmed", draft: { to: ["taro@gmail.com"], attachments: [quote, photo] }, confirmations: [{ rule: "external-attachment", item: "attachment:見積書.pdf:1234567" }], attachments: ["site-photo.jpg"] },
    { name: "a file replaced after confirming (new size) is pending again", draft: { to: ["taro@gmail.com"], attachments: [{ name: "見積書.pdf", size: 2_000_000 }] }, confirmations: [{ rule: "external-attachment", item: "attachment:見積書.pdf:1234567" }], attachments: ["見積書.pdf"] },
    { name: "Unicode domain shown readable, with its xn-- form", draft: { to: ["a@例え.jp"], attachments: [quote] }, params: { to: ["例え.jp (xn--r8jz45g.jp)"] } },
    { name: "a contact group is named as the destination", draft: { to: [{ name: "取引先一同", address: "", kind: "distributionList" }], attachments: [quote] }, params: { to: ["取引先一同"] } },
    { name: "many outside domains are shortened", draft: { to: ["a@a.example", "b@b.example", "c@c.example", "d@d.example"], attachments: [quote] }, params: { to: ["a.example", "b.example", "c.example", "…"] } },
    { name: "severity raised to block", draft: { to: ["taro@gmail.com"], attachments: [quote] }, policy: { rules: { "external-attachment": { severity: "block" } } }, severity: "block" },
  ],
};

export default cases;
