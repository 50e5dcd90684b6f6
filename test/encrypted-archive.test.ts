import { PASSWORD_PHRASES, mentionsPassword } from "../src/rules/encrypted-archive";

// encrypted-archive searches a text phrase by phrase only when it mentions a password word (PASSWORD_WORDS),
// so a phrase that could match without one of those words would never be searched.
describe("encrypted-archive's password phrases", () => {
  it.each(PASSWORD_PHRASES.map((phrase) => [phrase.source]))("each name the word the shortcut looks for: %s", (source) => {
    expect(mentionsPassword(source)).toBe(true);
  });

  it("lets through what names no password", () => {
    expect(mentionsPassword("資料を添付します。ご確認ください。")).toBe(false);
    expect(mentionsPassword("解凍パスワードは別途お送りします")).toBe(true);
    expect(mentionsPassword("the pw follows")).toBe(true);
  });
});
