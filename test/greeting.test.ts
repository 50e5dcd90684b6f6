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
