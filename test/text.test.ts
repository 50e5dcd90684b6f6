/**
 * The content rules' term search (src/rules/text.ts) against the plain definition:
 * every place each term occurs, one indexOf after another, with the whole-word and
 * `accept` checks. termFinder searches a long text through a trie of the terms instead; they must agree.
 */
import fc from "fast-check";
import { findTerms, normalizeText, termFinder, TRIE_MIN_CHARS, type MatchFilter, type TermMatch } from "../src/rules/text";

const isWordChar = (char: string | undefined) => char !== undefined && /[a-z0-9]/.test(char);

/** The definition termFinder keeps: per term in list order, its matches left to right. */
function everyOccurrence(text: string, terms: readonly string[], { accept, firstOnly }: MatchFilter = {}): TermMatch[] {
  const found: TermMatch[] = [];
  for (const raw of terms) {
    const term = normalizeText(raw).trim();
    if (term === "") continue;
    for (let index = text.indexOf(term); index >= 0; index = text.indexOf(term, index + 1)) {
      if (isWordChar(term[0]) && isWordChar(text[index - 1])) continue;
      if (isWordChar(term[term.length - 1]) && isWordChar(text[index + term.length])) continue;
      if (accept && !accept(text, index)) continue;
      found.push({ term, index });
      if (firstOnly) break;
    }
  }
  return found;
}

// Few letters, so terms overlap, repeat and are prefixes of one another; regex syntax and surrogates among them.
const PIECES = ["a", "b", "ab", " ", "秘", "社外", "機密", "(", ")", ".", "*", "[", "]", "\\", "|", "?", "+", "$", "^", "-", "/", "{1}", "😀", "\n"];
const piecesArb = (maxLength: number) => fc.array(fc.constantFrom(...PIECES), { maxLength }).map((p) => p.join(""));

describe("termFinder", () => {
  test("finds what one indexOf per term finds, for any terms and text", () => {
    fc.assert(
      fc.property(fc.array(piecesArb(4), { maxLength: 8 }), piecesArb(40), fc.boolean(), fc.nat(5), (terms, text, firstOnly, rejectEvery) => {
        // An accept that turns down some places, as a label inside NDA wording is turned down.
        const accept = rejectEvery > 1 ? (_: string, index: number) => index % rejectEvery !== 0 : undefined;
        const filter = { firstOnly, accept };
        const expected = everyOccurrence(text, terms, filter);
        expect(termFinder(terms, filter)(text)).toEqual(expected);
        // Long enough for the tries: padding no term or word holds finds the same.
        expect(termFinder(terms, filter)(text + "\u0000".repeat(TRIE_MIN_CHARS))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test("one finder serves many texts, each searched afresh", () => {
    const find = termFinder(["社外秘", "confidential", "confidential information"], { firstOnly: true });
    expect(find("社外秘 confidential information; confidential")).toEqual([
      { term: "社外秘", index: 0 },
      { term: "confidential", index: 4 },
      { term: "confidential information", index: 4 },
    ]);
    expect(find("no label")).toEqual([]);
    expect(find("CONFIDENTIAL".toLowerCase())).toEqual([{ term: "confidential", index: 0 }]);
  });

  test("whole words for ASCII terms, anywhere for Japanese ones", () => {
    expect(findTerms("confidentiality, unconfidential, confidential.", ["confidential"])).toEqual([{ term: "confidential", index: 33 }]);
    expect(findTerms("これは社外秘資料", ["社外秘"])).toEqual([{ term: "社外秘", index: 3 }]);
    expect(findTerms("a.b axb", ["a.b"])).toEqual([{ term: "a.b", index: 0 }]);
  });

  test("with firstOnly, a term the text repeats is reported once and the others are still found after it", () => {
    const text = `${"confidential ".repeat(5000)}社外秘`;
    expect(termFinder(["confidential", "社外秘", "internal only"], { firstOnly: true })(text)).toEqual([
      { term: "confidential", index: 0 },
      { term: "社外秘", index: 65000 },
    ]);
  });
});
