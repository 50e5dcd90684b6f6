import { makeDraft } from "../src/engine/draft";
import { evaluate } from "../src/check";
import type { FetchLike } from "../src/office/fetch";
import { respond } from "./support/fetch-response";
import { parsePolicy } from "../src/check";
import { NO_SURNAMES, romajiKey, SurnameReadings } from "../src/engine/surnames";
import { loadSurnameReadings } from "../src/office/surname-source";

import { SURNAMES_TEXT as text } from "./support/surnames";

describe("the surname table", () => {
  const table = new SurnameReadings(text);

  it("reads common surnames, several readings and variant kanji", () => {
    expect(table.size).toBeGreaterThan(10_000);
    expect(table.readingsOf("藤田")).toEqual([romajiKey("fujita")]);
    expect(table.readingsOf("河野")).toEqual(expect.arrayContaining([romajiKey("kouno"), romajiKey("kawano")]));
    expect(table.readingsOf("櫻井")).toEqual(table.readingsOf("桜井"));
    expect(table.readingsOf("斉藤")).toEqual(table.readingsOf("齋藤"));
    expect(table.readingsOf("海斗")).toEqual([]);
    expect(table.surnameAt("藤田海斗")).toBe("藤田");
    expect(table.isReading(romajiKey("tamura"))).toBe(true);
  });

  it("is read as it is: surnames with their keys in order, then every key", () => {
    const small = new SurnameReadings("# a comment\n佐藤 sato\n河野 kano kono\n藤田 huzita\n%\nhuzita\nkano\nkono\nsato\n");
    expect(small.size).toBe(3);
    expect(small.readingsOf("河野")).toEqual(["kano", "kono"]);
    expect(small.readingsOf("藤田")).toEqual(["huzita"]);
    expect(small.readingsOf("藤")).toEqual([]);
    expect(small.readingsOf("")).toEqual([]);
    expect(small.surnameAt("藤田海斗")).toBe("藤田");
    expect(small.surnameAt("海斗")).toBeUndefined();
    for (const key of ["huzita", "kano", "kono", "sato"]) expect(small.isReading(key)).toBe(true);
    for (const key of ["", "kan", "satoo", "%", "佐藤"]) expect(small.isReading(key)).toBe(false);
    const empty = new SurnameReadings();
    expect([empty.size, empty.readingsOf("佐藤"), empty.isReading("sato"), empty.surnameAt("佐藤")]).toEqual([0, [], false, undefined]);
  });

  it("has every key of every surname in its list of keys", () => {
    const names = text.slice(0, text.indexOf("\n%\n")).split("\n").filter((line) => line && !line.startsWith("#"));
    expect(names.length).toBe(table.size);
    const missing = names.flatMap((line) => line.split(" ").slice(1)).filter((key) => !table.isReading(key));
    expect(missing).toEqual([]);
  });

  it("keeps IPADIC's licence with the data", () => {
    expect(text).toContain("Nara Institute of Science");
    expect(text).toContain("NO WARRANTY");
  });

  it.each([
    ["satou", "sato", "satoh"],
    ["shibata", "sibata", "shibata"],
    ["tsuchiya", "tutiya", "tsuchiya"],
    ["fujita", "huzita", "fujita"],
    ["honma", "homma", "honma"],
    ["oono", "ohno", "ono"],
  ])("gives %s, %s and %s one key", (a, b, c) => {
    expect(romajiKey(b)).toBe(romajiKey(a));
    expect(romajiKey(c)).toBe(romajiKey(a));
  });
});

describe("loadSurnameReadings", () => {
  const URL = "https://addin.example.com/surname-readings.abc.txt";

  it("gives the table to evaluate with (the caller keeps it for the next send)", async () => {
    let requests = 0;
    const fetch: FetchLike = () => {
      requests++;
      return Promise.resolve(respond(text));
    };
    const loaded = await loadSurnameReadings({ url: URL, timeoutMs: 1000, fetch });
    expect(loaded.problem).toBeUndefined();
    expect(loaded.table.readingsOf("藤田")).toHaveLength(1);
    expect(requests).toBe(1);
  });

  it.each<[string, FetchLike, RegExp]>([
    ["an HTTP error", () => Promise.resolve({ ...respond(""), ok: false, status: 404 }), /HTTP 404/],
    ["the web server's HTML page", () => Promise.resolve(respond("<!doctype html><p>hi", "text/html")), /got an HTML page instead of the surname table/],
    ["a truncated file", () => Promise.resolve(respond(text.slice(0, 3000))), /not the surname table \(\d+ surnames\)/],
    ["a file cut short in its reading keys", () => Promise.resolve(respond(text.slice(0, text.length - 200))), /not the surname table \(10950 surnames\)/],
  ])("gives no table on %s, and says why", async (_name, fetch, problem) => {
    const loaded = await loadSurnameReadings({ url: URL, timeoutMs: 1000, fetch });
    expect(loaded.problem).toMatch(problem);
    expect(loaded.problem).toContain(`surname table ${URL}`);
    expect(loaded.problem).toMatch(/; kanji surnames were not read$/);
    expect(loaded.table).toBe(NO_SURNAMES);
  });
});

describe("addressee-mismatch without the table", () => {
  const parsed = parsePolicy({});
  if (!parsed.ok) throw new Error("default policy invalid");
  const mismatches = (to: string, body: string, surnames?: SurnameReadings) =>
    evaluate(makeDraft({ from: "sender@example.co.jp", to: [to], body }), parsed.policy, [], { surnames }).findings.filter((f) => f.rule === "addressee-mismatch");

  it("cannot read an address, so says nothing about one", () => {
    expect(mismatches("r.tamura@maruyoshi-foods.example", "藤田様\n\nお世話になっております。")).toEqual([]);
  });

  it("uses a table given after a send without one at once (nothing read without it is kept), and the other way round", () => {
    const table = new SurnameReadings(text);
    expect(mismatches("r.tamura@maruyoshi-foods.example", "藤田様\n\nお世話になっております。")).toEqual([]);
    expect(mismatches("r.tamura@maruyoshi-foods.example", "藤田様\n\nお世話になっております。", table)).toHaveLength(1);
    expect(mismatches("r.tamura@maruyoshi-foods.example", "藤田様\n\nお世話になっております。")).toEqual([]);
  });

  it("still judges a display name in kanji", () => {
    expect(mismatches("田村 陸 <r.tamura@maruyoshi-foods.example>", "藤田様\n\nお世話になっております。")).toHaveLength(1);
  });
});
