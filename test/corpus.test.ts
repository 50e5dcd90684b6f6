import { readdirSync } from "node:fs";
import path from "node:path";
import { describeExpectations, readExpected } from "./support/presend-cli";

/**
 * test/fixtures/corpus (written by scripts/make-corpus.mjs): drafts of other
 * organisations, in other wording and from other mailers than the samples,
 * judged like the shared examples.
 */
const CORPUS = path.resolve(__dirname, "fixtures/corpus");

describe("presend check on the corpus", () => {
  it("has an expectation for every draft and a draft for every expectation", () => {
    const drafts = readdirSync(CORPUS).filter((f) => f.endsWith(".eml")).sort();
    const expected = readExpected(CORPUS);
    expect(expected.map((c) => c.file).sort()).toEqual(drafts);
    expect(drafts.length).toBeGreaterThanOrEqual(40);
    // Both kinds of expectation, so a rule that fires on everything cannot pass.
    expect(expected.filter((c) => c.mustAllow).length).toBeGreaterThanOrEqual(10);
    expect(expected.filter((c) => c.mustStopAtLeast).length).toBeGreaterThanOrEqual(30);
  });

  describeExpectations(CORPUS);
});
