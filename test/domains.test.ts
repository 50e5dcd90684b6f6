import { displayDomain, normalizeAddress, normalizeDomain, splitAddress } from "../src/domains/idn";
import { CONSUMER_MAIL_DOMAINS } from "../src/domains/consumer";
import { ConsumerMailDomains, partyOf, registrableDomain } from "../src/domains/organisation";
import { parsePolicy } from "../src/check";
import { FULL_SUFFIXES } from "./support/suffixes";

const builtIn = new ConsumerMailDomains();

describe("registrableDomain: one organisation per registrable domain", () => {
  it.each([
    ["sales.example.co.jp", "example.co.jp"],
    ["example.co.jp", "example.co.jp"],
    ["a.b.c.example.co.jp", "example.co.jp"],
    ["lab.u-tokyo.ac.jp", "u-tokyo.ac.jp"],
    ["city.example.lg.jp", "example.lg.jp"],
    ["example.or.jp", "example.or.jp"],
    ["mail.example.com", "example.com"],
    ["www.example.com.au", "example.com.au"],
    // Unknown TLDs (.example, .test) fall back to the last two labels.
    ["mx.hoshizora-logi.example", "hoshizora-logi.example"],
    ["deep.mx.spam-relay.test", "spam-relay.test"],
    ["", ""],
  ])("%s → %s", (domain, organisation) => {
    expect(registrableDomain(domain, FULL_SUFFIXES)).toBe(organisation);
  });
});

describe("partyOf", () => {
  it("puts subdomains of one company in one organisation", () => {
    const tokyo = partyOf("a@tokyo.client.co.jp", builtIn, FULL_SUFFIXES);
    const osaka = partyOf("b@osaka.client.co.jp", builtIn, FULL_SUFFIXES);
    expect(tokyo).toEqual({ key: "org:client.co.jp", label: "client.co.jp", consumer: false, organisation: "client.co.jp" });
    expect(osaka.key).toBe(tokyo.key);
  });

  it("keeps different companies under one suffix apart", () => {
    expect(partyOf("a@alpha.co.jp", builtIn, FULL_SUFFIXES).key).not.toBe(partyOf("a@beta.co.jp", builtIn, FULL_SUFFIXES).key);
  });

  it("makes each consumer mailbox its own party, named by its address in lower case", () => {
    const taro = partyOf("Taro@Gmail.com", builtIn, FULL_SUFFIXES);
    expect(taro).toEqual({ key: "person:taro@gmail.com", label: "taro@gmail.com", consumer: true, organisation: "gmail.com" });
    expect(partyOf("hanako@gmail.com", builtIn, FULL_SUFFIXES).key).not.toBe(taro.key);
    expect(partyOf("taro@gmail.com", builtIn, FULL_SUFFIXES).key).toBe(taro.key);
  });

  it.each(["a@docomo.ne.jp", "a@ezweb.ne.jp", "a@yahoo.co.jp", "a@icloud.com", "a@outlook.com", "a@i.softbank.jp"])(
    "%s is a consumer mailbox",
    (address) => {
      expect(partyOf(address, builtIn, FULL_SUFFIXES).consumer).toBe(true);
    },
  );

  it("treats subdomains of a provider as consumer mail", () => {
    expect(partyOf("x@mail.goo.ne.jp", builtIn, FULL_SUFFIXES)).toMatchObject({ key: "person:x@mail.goo.ne.jp", consumer: true });
    expect(partyOf("x@sub.docomo.ne.jp", builtIn, FULL_SUFFIXES).consumer).toBe(true);
  });

  it("does not mistake a domain that only ends with a provider's name", () => {
    expect(partyOf("a@notgmail.com", builtIn, FULL_SUFFIXES)).toMatchObject({ key: "org:notgmail.com", consumer: false });
    expect(partyOf("a@xdocomo.ne.jp", builtIn, FULL_SUFFIXES).consumer).toBe(false);
  });

  it("does not treat a provider's parent domain as consumer when only a host is listed", () => {
    // mail.goo.ne.jp is listed, goo.ne.jp is not.
    expect(builtIn.has("mail.goo.ne.jp")).toBe(true);
    expect(builtIn.has("goo.ne.jp")).toBe(false);
    expect(builtIn.has("ne.jp")).toBe(false);
  });

  it("lists the built-in providers in canonical form, as they are looked up without normalizing", () => {
    expect(CONSUMER_MAIL_DOMAINS.filter((domain) => normalizeDomain(domain) !== domain)).toEqual([]);
    expect(builtIn.list()).toEqual(CONSUMER_MAIL_DOMAINS);
    expect(new ConsumerMailDomains(["Ｍｙ-Mail.Example"]).has("my-mail.example")).toBe(true);
  });

  it("adds the policy's personalMailDomains, their subdomains and IDN forms", () => {
    const parsed = parsePolicy({ personalMailDomains: ["family-isp.example", "*.town-net.example", "例え.jp"] });
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    const consumer = new ConsumerMailDomains(parsed.policy.personalMailDomains);
    expect(partyOf("a@family-isp.example", consumer, FULL_SUFFIXES)).toMatchObject({ key: "person:a@family-isp.example", consumer: true });
    expect(partyOf("a@mx.family-isp.example", consumer, FULL_SUFFIXES).consumer).toBe(true);
    expect(partyOf("a@town-net.example", consumer, FULL_SUFFIXES).consumer).toBe(true);
    expect(partyOf("a@xn--r8jz45g.jp", consumer, FULL_SUFFIXES).consumer).toBe(true);
    expect(partyOf("a@gmail.com", consumer, FULL_SUFFIXES).consumer).toBe(true);
    // Without the policy the same ISP is an ordinary organisation.
    expect(partyOf("a@family-isp.example", builtIn, FULL_SUFFIXES)).toMatchObject({ key: "org:family-isp.example", consumer: false });
  });

  it("gives Unicode and punycode forms of one company the same party, shown in Unicode with its xn-- form", () => {
    const unicode = partyOf("a@営業.例え.jp", builtIn, FULL_SUFFIXES);
    const ascii = partyOf("b@xn--r8jz45g.jp", builtIn, FULL_SUFFIXES);
    expect(unicode.key).toBe(ascii.key);
    expect(unicode.organisation).toBe("xn--r8jz45g.jp");
    expect(ascii.label).toBe("例え.jp (xn--r8jz45g.jp)");
  });

  it("folds full-width letters so the company is recognised", () => {
    expect(partyOf("a@ＳＡＬＥＳ．ｃｌｉｅｎｔ．ｃｏ．ｊｐ", builtIn, FULL_SUFFIXES).key).toBe("org:client.co.jp");
    expect(partyOf("a@ｇｍａｉｌ.com", builtIn, FULL_SUFFIXES).consumer).toBe(true);
  });
});

describe("normalizeDomain", () => {
  it.each([
    ["Example.CO.JP", "example.co.jp"],
    ["example.co.jp.", "example.co.jp"],
    ["  example.co.jp ", "example.co.jp"],
    ["ＥＸＡＭＰＬＥ．ｃｏ．ｊｐ", "example.co.jp"],
    ["例え.jp", "xn--r8jz45g.jp"],
    ["例え。ｊｐ", "xn--r8jz45g.jp"],
    ["例え.テスト", "xn--r8jz45g.xn--zckzah"],
    ["XN--R8JZ45G.JP", "xn--r8jz45g.jp"],
    ["", ""],
  ])("%j → %s", (domain, canonical) => {
    expect(normalizeDomain(domain)).toBe(canonical);
  });

  it("makes Unicode and punycode forms equal", () => {
    expect(normalizeDomain("例え.テスト")).toBe(normalizeDomain("xn--r8jz45g.xn--zckzah"));
    expect(normalizeDomain("ドメイン.example")).not.toBe(normalizeDomain("例え.example"));
  });

  it("shows punycode as Unicode for people", () => {
    expect(displayDomain("xn--r8jz45g.xn--zckzah")).toBe("例え.テスト");
    expect(displayDomain("Example.co.jp")).toBe("example.co.jp");
  });
});

describe("splitAddress and normalizeAddress", () => {
  it("splits at the last @ and canonicalises the domain", () => {
    expect(splitAddress('"a@b"@Example.co.jp')).toEqual({ local: '"a@b"', domain: "example.co.jp" });
    expect(splitAddress("Taro@例え.jp")).toEqual({ local: "taro", domain: "xn--r8jz45g.jp" });
  });

  it("leaves the domain empty when there is no @", () => {
    expect(splitAddress("Sales Team")).toEqual({ local: "sales team", domain: "" });
  });

  it.each([
    [" Taro.Yamada@ＥＸＡＭＰＬＥ.co.jp ", "taro.yamada@example.co.jp"],
    ["USER@Example.CO.JP.", "user@example.co.jp"],
    ["user@例え.jp", "user@xn--r8jz45g.jp"],
    ["user@xn--r8jz45g.jp", "user@xn--r8jz45g.jp"],
    ["nobody", "nobody"],
  ])("%j → %s", (address, canonical) => {
    expect(normalizeAddress(address)).toBe(canonical);
  });
});
