import { buildSharedContext } from "../src/engine/context";
import { makeDraft } from "../src/engine/draft";
import { readGreeting, verdictFor } from "../src/engine/greeting";
import { parsePolicy } from "../src/check";
import { COMMON_SUFFIXES, type PublicSuffixList } from "../src/domains/public-suffix";
import { FULL_SUFFIXES } from "./support/suffixes";
import { SURNAMES } from "./support/surnames";

/**
 * The greeting's facts about a recipient are remembered between sends, and they read the
 * recipient's organisation. The handler judges with the built-in suffix list until the
 * full list arrives, so the same address can be read with both lists in one runtime.
 */
describe("greeting verdicts follow the suffix list they are judged with", () => {
  const parsed = parsePolicy({});
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const policy = parsed.policy;
  const text = "Dear Wakaba Co., Ltd.,\n\nThank you for your order.";
  const [company] = readGreeting(text, SURNAMES).names;

  function verdictWith(suffixes: PublicSuffixList, address: string) {
    const draft = makeDraft({ from: "me@example.co.jp", to: [address], body: text });
    const [recipient] = buildSharedContext(draft, policy, suffixes, SURNAMES).recipients;
    return { organisation: recipient.party.organisation, verdict: verdictFor(company, recipient, undefined, SURNAMES) };
  }

  it.each(["info@wakaba.ltd.uk", "info@wakaba.school.nz"])("%s: the full list's organisation after the built-in list's", (address) => {
    // The built-in list knows only generic second labels (co.uk, not ltd.uk): the organisation is the suffix itself.
    const before = verdictWith(COMMON_SUFFIXES, address);
    expect(before).toEqual({ organisation: address.slice(5).replace(/^wakaba\./, ""), verdict: "unknown" });
    expect(verdictWith(FULL_SUFFIXES, address)).toEqual({ organisation: address.slice(5), verdict: "match" });
    // And back: a runtime whose full list failed to load judges with the built-in list again.
    expect(verdictWith(COMMON_SUFFIXES, address)).toEqual(before);
  });
});

describe("a remembered greeting of an organisation", () => {
  const parsed = parsePolicy({}, FULL_SUFFIXES);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const policy = parsed.policy;
  const text = "若葉システム御中\n\nいつもお世話になっております。";
  const address = "info@wakaba.ltd.uk";

  it("is found again under a suffix only the full list knows (ltd.uk), the list the memory was written with", () => {
    const [company] = readGreeting(text, SURNAMES).names;
    expect(company).toMatchObject({ kind: "organisation", text: "若葉システム" });
    const verdict = (remembered: boolean) => {
      const spec = { from: "me@example.co.jp", to: [address], body: text, ...(remembered ? { greeted: [{ organisation: "若葉システム", address }] } : {}) };
      const draft = makeDraft(spec, { surnames: SURNAMES, suffixes: FULL_SUFFIXES });
      const [recipient] = buildSharedContext(draft, policy, FULL_SUFFIXES, SURNAMES).recipients;
      return verdictFor(company, recipient, draft.memory, SURNAMES);
    };
    // Nothing on the address says 若葉システム: only the memory of an earlier greeting does.
    expect(verdict(false)).toBe("unknown");
    expect(verdict(true)).toBe("match");
  });
});
