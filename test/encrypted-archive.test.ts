import { PASSWORD_PHRASES, PASSWORD_WORD } from "../src/rules/encrypted-archive";

// encrypted-archive searches a text phrase by phrase only when PASSWORD_WORD occurs in it,
// so a phrase that could match without one of those words would never be searched.
describe("encrypted-archive's password phrases", () => {
  it.each(PASSWORD_PHRASES.map((phrase) => [phrase.source]))("each name the word the shortcut looks for: %s", (source) => {
    expect(source).toMatch(PASSWORD_WORD);
  });

  it("lets through what names no password", () => {
    expect(PASSWORD_WORD.test("資料を添付します。ご確認ください。")).toBe(false);
    expect(PASSWORD_WORD.test("解凍パスワードは別途お送りします")).toBe(true);
    expect(PASSWORD_WORD.test("the pw follows")).toBe(true);
  });
});
