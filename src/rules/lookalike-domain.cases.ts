import type { RuleCases } from "./cases";

/** The example policy's organisation (shared/examples): internal hoshizora-logi.example, trusted partner tsurugi-kikai.co.jp. */
const hoshizora = {
  internalDomains: ["hoshizora-logi.example", "*.hoshizora-logi.example"],
  trustedDomains: ["tsurugi-kikai.co.jp"],
};
const fromHoshizora = "m.kanda@hoshizora-logi.example";
const onlyRule = (options: Record<string, unknown>) => ({ rules: { "lookalike-domain": options } });

// The default sender is sender@example.co.jp and no internalDomains are given, so example.co.jp is internal.
const cases: RuleCases = {
  valid: [
    { name: "a short name joined with its suffix (ab.co.jp / ab-co.jp)", draft: { from: "sender@ab.co.jp", to: ["tanaka@ab-co.jp"] } },
    { name: "abc.co.jp vs abd.co.jp: one letter apart, but too short to tell", draft: { from: "sender@abc.co.jp", to: ["tanaka@abd.co.jp"] } },
    { name: "a subdomain of the internal domain is the same organisation", draft: { to: ["tanaka@sales.example.co.jp", "suzuki@example.co.jp"] } },
    { name: "unrelated companies", draft: { from: fromHoshizora, to: ["h.asano@kawasemi-shokuhin.example"], cc: ["j-sawada@hibiki-zairyo.example", "toda@kaede-trading.example"] }, policy: hoshizora },
    { name: "consumer providers yahoo.co.jp and yahoo.com", draft: { to: ["taro@yahoo.co.jp", "hanako@yahoo.com"] } },
    { name: "consumer providers one letter apart (gmail.com / ymail.com)", draft: { to: ["taro@gmail.com", "hanako@ymail.com"] } },
    { name: "a provider's brand as a company domain (nifty.co.jp, no nifty.com address on the mail)", draft: { to: ["tanaka@nifty.co.jp"] } },
    { name: "a company one letter from a provider under another ending (plaza.co.jp / plala.or.jp)", draft: { to: ["info@plaza.co.jp"] } },
    { name: "the provider itself, alone", draft: { to: ["taro@gmail.com"] } },
    { name: "the trusted partner itself", draft: { from: fromHoshizora, to: ["mochizuki.kenichi@tsurugi-kikai.co.jp"] }, policy: hoshizora },
    { name: "a domain in allow (a sister company)", draft: { to: ["sato@exmple.co.jp"] }, policy: onlyRule({ allow: ["exmple.co.jp"] }) },
    { name: "allow with a wildcard", draft: { to: ["sato@osaka.example.com"] }, policy: onlyRule({ allow: ["*.example.com"] }) },
    { name: "Unicode and xn-- forms of one IDN domain in one draft", draft: { to: ["yamada@日本語.jp", "suzuki@xn--wgv71a119e.jp"] } },
    { name: "xn-- form of a trusted Unicode domain", draft: { to: ["suzuki@xn--wgv71a119e.jp"] }, policy: { trustedDomains: ["日本語.jp"] } },
    { name: "a name many companies share under two suffixes (sakura)", draft: { to: ["a@sakura.ne.jp", "b@sakura.co.jp"] } },
    { name: "a 4-letter name (an acronym) under another suffix", draft: { from: "sender@abcd.co.jp", to: ["tanaka@abcd.com"] } },
    { name: "two edits in an 8-letter name (hanamura / nakamura)", draft: { from: "sender@hanamura.co.jp", to: ["ito@nakamura.co.jp"] } },
    { name: "two customers with the same ending word", draft: { to: ["a@tanaka-kogyo.co.jp", "b@tanabe-seiki.co.jp", "c@tamura-kogyo.co.jp"] } },
    { name: "Latin mixed with Japanese is an ordinary name", draft: { to: ["info@abc商事.jp"] } },
    { name: "a lookalike that the policy lists as internal", draft: { to: ["sato@exmple.co.jp"] }, policy: { internalDomains: ["example.co.jp", "exmple.co.jp"] } },
    { name: "a subdomain of a trusted domain not covered by its pattern", draft: { from: fromHoshizora, to: ["a@osaka.tsurugi-kikai.co.jp"] }, policy: hoshizora },
    { name: "a short name with a hyphen under another suffix (ab-cd.com / abcd.co.jp)", draft: { from: "sender@abcd.co.jp", to: ["tanaka@ab-cd.com"] } },
    { name: "turned off", draft: { to: ["sato@exmple.co.jp"] }, policy: onlyRule({ severity: "off" }) },
    { name: "an explicit internalDomains without the sender's domain drops it as a reference", draft: { to: ["sato@exmple.co.jp"] }, policy: { internalDomains: ["other.co.jp"] } },
  ],
  invalid: [
    { name: "examp1e.co.jp: digit 1 for l", draft: { to: ["sato@examp1e.co.jp"] }, recipients: ["sato@examp1e.co.jp"], messageId: "typo", params: { similar: "example.co.jp", domain: "examp1e.co.jp" }, severity: "confirm" },
    { name: "exmple.co.jp: a letter left out", draft: { to: ["sato@exmple.co.jp", "suzuki@example.co.jp"] }, recipients: ["sato@exmple.co.jp"], messageId: "typo", params: { similar: "example.co.jp" } },
    { name: "exapmle.co.jp: two letters swapped", draft: { to: ["sato@exapmle.co.jp"] }, recipients: ["sato@exapmle.co.jp"], messageId: "typo" },
    { name: "exarnple.co.jp: rn for m", draft: { to: ["sato@exarnple.co.jp"] }, recipients: ["sato@exarnple.co.jp"], messageId: "typo" },
    { name: "example.com for example.co.jp", draft: { to: ["sato@example.com"] }, recipients: ["sato@example.com"], messageId: "otherSuffix", params: { similar: "example.co.jp" } },
    { name: "example.jp for example.co.jp", draft: { to: ["sato@example.jp"] }, recipients: ["sato@example.jp"], messageId: "otherSuffix" },
    { name: "our name without its hyphen under another suffix (hoshizoralogi.co.jp)", draft: { from: fromHoshizora, to: ["k.asano@hoshizoralogi.co.jp"] }, policy: hoshizora, recipients: ["k.asano@hoshizoralogi.co.jp"], messageId: "otherSuffix", params: { similar: "hoshizora-logi.example" } },
    { name: "the trusted partner without its hyphen under .com (tsurugikikai.com)", draft: { from: fromHoshizora, to: ["h.torii@tsurugikikai.com"] }, policy: hoshizora, recipients: ["h.torii@tsurugikikai.com"], messageId: "otherSuffix", params: { similar: "tsurugi-kikai.co.jp" } },
    { name: "example.c0.jp: a zero in the suffix", draft: { to: ["sato@example.c0.jp"] }, recipients: ["sato@example.c0.jp"], messageId: "typo", params: { similar: "example.co.jp" } },
    { name: "example-co.jp: a hyphen for the dot", draft: { to: ["sato@example-co.jp"] }, recipients: ["sato@example-co.jp"], messageId: "typo" },
    { name: "еxample.co.jp with a Cyrillic е", draft: { to: ["sato@еxample.co.jp"] }, recipients: ["sato@еxample.co.jp"], messageId: "homograph", params: { similar: "example.co.jp", domain: "еxample.co.jp (xn--xample-2of.co.jp)" } },
    { name: "the xn-- form of the Cyrillic еxample.co.jp", draft: { to: ["sato@xn--xample-2of.co.jp"] }, recipients: ["sato@xn--xample-2of.co.jp"], messageId: "homograph", params: { similar: "example.co.jp" } },
    { name: "exämple.co.jp with an accent", draft: { to: ["sato@exämple.co.jp"] }, recipients: ["sato@exämple.co.jp"], messageId: "homograph" },
    { name: "a lookalike at a subdomain (sales.exmple.co.jp)", draft: { to: ["sato@sales.exmple.co.jp"] }, recipients: ["sato@sales.exmple.co.jp"], params: { similar: "example.co.jp" } },
    { name: "ex03: hoshlzora-logi.example, l for i in our own domain", draft: { from: fromHoshizora, to: ["浅野 健一 <k.asano@hoshlzora-logi.example>"] }, policy: hoshizora, recipients: ["k.asano@hoshlzora-logi.example"], params: { similar: "hoshizora-logi.example" } },
    { name: "Greek ο in the internal name", draft: { from: fromHoshizora, to: ["k.asano@hοshizora-logi.example"] }, policy: hoshizora, recipients: ["k.asano@hοshizora-logi.example"], messageId: "homograph" },
    { name: "two slips in a long internal name (hosizora-lgi)", draft: { from: fromHoshizora, to: ["k.asano@hosizora-lgi.example"] }, policy: hoshizora, recipients: ["k.asano@hosizora-lgi.example"], params: { similar: "hoshizora-logi.example" } },
    { name: "a typo of the trusted partner among real partner addresses", draft: { from: fromHoshizora, to: ["a.tsuchiya@tsurugi-kikai.co.jp", "h.torii@tsurugi-kikal.co.jp"] }, policy: hoshizora, recipients: ["h.torii@tsurugi-kikal.co.jp"], params: { similar: "tsurugi-kikai.co.jp" } },
    { name: "a letter dropped from the trusted partner", draft: { from: fromHoshizora, to: ["h.torii@tsurgi-kikai.co.jp"] }, policy: hoshizora, recipients: ["h.torii@tsurgi-kikai.co.jp"] },
    { name: "same draft: the smaller of two similar customers (abc-crop vs abc-corp)", draft: { to: ["a@abc-corp.co.jp", "b@abc-corp.co.jp", "c@abc-corp.co.jp", "d@abc-crop.co.jp"] }, recipients: ["d@abc-crop.co.jp"], params: { similar: "abc-corp.co.jp" } },
    { name: "same draft: a tie flags both", draft: { to: ["a@minato-denki.co.jp"], cc: ["b@minato-denka.co.jp"] }, recipients: ["a@minato-denki.co.jp", "b@minato-denka.co.jp"] },
    { name: "gmial.com with no gmail.com address on the mail", draft: { to: ["taro.yamada@gmial.com"] }, recipients: ["taro.yamada@gmial.com"], params: { similar: "gmail.com" } },
    { name: "a slip in a carrier's domain (docono.ne.jp)", draft: { to: ["hanako@docono.ne.jp"] }, recipients: ["hanako@docono.ne.jp"], params: { similar: "docomo.ne.jp" } },
    { name: "a provider from the policy's personalMailDomains (examplemail.jp / exampelmail.jp)", draft: { to: ["a@exampelmail.jp"] }, policy: { personalMailDomains: ["examplemail.jp"] }, recipients: ["a@exampelmail.jp"], params: { similar: "examplemail.jp" } },
    { name: "same draft: gmial.com beside two gmail.com addresses", draft: { to: ["a@gmail.com", "b@gmail.com"], bcc: ["c@gmial.com"] }, recipients: ["c@gmial.com"], params: { similar: "gmail.com" } },
    { name: "same draft: gmail.co.jp is not the provider gmail.com", draft: { to: ["a@gmail.com", "b@gmail.com", "c@gmail.co.jp"] }, recipients: ["c@gmail.co.jp"], messageId: "otherSuffix" },
    { name: "vv for w in a wildcard-only internal domain", draft: { from: "a@tokyo.wakaba-soft.example", to: ["b@vvakaba-soft.example"] }, policy: { internalDomains: ["*.wakaba-soft.example"] }, recipients: ["b@vvakaba-soft.example"], params: { similar: "wakaba-soft.example" } },
    { name: "Latin mixed with Cyrillic without any reference", draft: { to: ["info@shinrai-bаnk.example"] }, recipients: ["info@shinrai-bаnk.example"], messageId: "mixedScript" },
    { name: "minLabelLength 3 compares short names too", draft: { from: "sender@abc.co.jp", to: ["tanaka@abd.co.jp"] }, policy: onlyRule({ minLabelLength: 3 }), recipients: ["tanaka@abd.co.jp"] },
    { name: "allow does not cover other lookalikes", draft: { to: ["a@exmple.co.jp", "b@examp1e.co.jp"] }, policy: onlyRule({ allow: ["exmple.co.jp"] }), recipients: ["b@examp1e.co.jp"] },
    { name: "severity raised to block", draft: { to: ["sato@exmple.co.jp"] }, policy: onlyRule({ severity: "block" }), severity: "block" },
  ],
};

export default cases;
