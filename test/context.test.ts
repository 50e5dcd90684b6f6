import { buildSharedContext } from "../src/engine/context";
import { makeDraft } from "../src/engine/draft";
import { parsePolicy } from "../src/check";
import { FULL_SUFFIXES } from "./support/suffixes";

function policyOf(json: Record<string, unknown> = {}) {
  const parsed = parsePolicy(json);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.policy;
}

describe("the shared context numbers each mailbox once", () => {
  // Spellings of one mailbox: case, Unicode and punycode domains, full-width letters.
  const spellings = (i: number) => [`User${i}@Client.co.jp`, `user${i}@xn--r8jz45g.jp`, `USER${i}@例え.jp`, `user${i}@ｃｌｉｅｎｔ.co.jp`];
  // Enough addresses that the table's probes run into one another.
  const to = Array.from({ length: 1000 }, (_, i) => spellings(i)).reduce((all, some) => all.concat(some), []);
  const cc = Array.from({ length: 1000 }, (_, i) => spellings(999 - i)[i % 4]);
  const bcc = ["nodomain", "nodomain@", "NoDomain@.", "other@client.co.jp", "", "@", " "];
  const context = buildSharedContext(makeDraft({ from: "me@example.co.jp", to, cc, bcc }), policyOf(), FULL_SUFFIXES);

  it("gives equal canonical addresses one number and different ones different numbers", () => {
    const numberOf = new Map<string, number>();
    for (const r of context.recipients) {
      const known = numberOf.get(r.normalized);
      if (known === undefined) numberOf.set(r.normalized, r.addressIndex);
      else expect(r.addressIndex).toBe(known);
    }
    expect(new Set(numberOf.values()).size).toBe(numberOf.size);
    // user0…user999 at two domains (client.co.jp and 例え.jp), the three without a domain,
    // other@, and the three empty ones.
    expect(numberOf.size).toBe(2000 + 1 + 1 + 1);
  });

  it("numbers in order of first sight and lists each number once, where first seen", () => {
    expect(context.distinct.map((r) => r.addressIndex)).toEqual(context.distinct.map((_, i) => i));
    const firstPlace = new Map<number, number>();
    context.recipients.forEach((r, place) => {
      if (!firstPlace.has(r.addressIndex)) firstPlace.set(r.addressIndex, place);
    });
    expect(context.distinct.map((r) => context.recipients.indexOf(r))).toEqual([...firstPlace.values()]);
    expect(context.distinct.slice(-3).map((r) => r.normalized)).toEqual(["nodomain", "other@client.co.jp", ""]);
  });

  it("shows To and CC as visible, in order", () => {
    expect(context.visible).toEqual(context.recipients.filter((r) => r.field !== "bcc"));
    expect(context.visible).toHaveLength(5000);
  });
});
