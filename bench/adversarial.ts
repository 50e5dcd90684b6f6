/**
 * Drafts an adversarial run found slow (issue "Rollout-ready", part 7): each one should
 * be decided well inside the send's 3-second deadline, since the deadline timer cannot
 * fire while the rules run. The bench prints each one's time beside that goal.
 */
import { makeDraft, type DraftSpec } from "../src/engine/draft";
import type { Draft } from "../src/engine/types";

export { evaluate, defaultPolicy } from "../src/check";

const FROM = "sender@example.co.jp";
const cards = (count: number) => Array.from({ length: count }, () => "4111 1111 1111 1111").join(" ");
/** One-letter variants of one name: every pair is a near miss of every other. */
const variantDomains = (count: number) =>
  Array.from({ length: count }, (_, i) => `u@${String.fromCharCode(97 + (i % 26))}${"tsuwabuki-kaikei"}${Math.floor(i / 26)}.example`);
const distinctOrganisations = (count: number) => Array.from({ length: count }, (_, i) => `u@company${i}-${(i * 7919) % 100000}.example`);
const megabyteBody = () => "お世話になっております。見積書を添付いたします。\n".repeat(20_000);

export const ADVERSARIAL: ReadonlyArray<{ name: string; spec: DraftSpec }> = [
  { name: "a line of 100,000 spaces, then a second line", spec: { to: ["x@client.example"], body: `${" ".repeat(100_000)}\nsecond line` } },
  { name: "20,000 card-like numbers on one line", spec: { to: ["x@client.example"], body: cards(20_000) } },
  { name: "40,000 card-like numbers on one line", spec: { to: ["x@client.example"], body: cards(40_000) } },
  { name: "3,000 recipient domains, one-letter variants of each other", spec: { bcc: variantDomains(3000) } },
  { name: "3,000 distinct organisations and a 1 MB body", spec: { bcc: distinctOrganisations(3000), body: megabyteBody() } },
];

export function adversarialDraft(spec: DraftSpec): Draft {
  return makeDraft({ from: FROM, ...spec });
}
