import { evaluate, parsePolicy } from "../src/check";
import { makeDraft } from "../src/engine/draft";
import { readNamesOf } from "../src/engine/greeting";
import { SURNAME_SHARDS, SurnameParts, SurnameReadings, surnameShardOf } from "../src/engine/surnames";
import type { Draft } from "../src/engine/types";
import type { FetchLike } from "../src/office/fetch";
import { SURNAME_KEYS_PART, surnamePartFile, surnamePartsSource, surnameShardPart } from "../src/office/surname-source";
import addresseeCases from "../src/rules/addressee-mismatch.cases";
import { respond } from "./support/fetch-response";
import { FULL_SUFFIXES } from "./support/suffixes";
import { SURNAME_DATA, SURNAME_PART_FILES, SURNAMES } from "./support/surnames";

/** The surname lines of a table file (no comments, no keys). */
const surnameLines = (text: string) => text.slice(0, text.indexOf("%\n")).split("\n").filter((line) => line && !line.startsWith("#"));
const partText = (part: number) => SURNAME_PART_FILES.get(surnamePartFile(part));
const keysPart = () => new SurnameParts(partText(SURNAME_KEYS_PART)!);
const shardTable = (shard: number) => new SurnameReadings(partText(surnameShardPart(shard))!);

describe("the surname table in parts (the event runtime's)", () => {
  it("holds every surname once, each in the shard of its first character, and every key in part 0", () => {
    const shards = SURNAME_DATA.shards;
    expect(shards.length).toBeGreaterThan(SURNAME_SHARDS / 2);
    expect(SURNAME_PART_FILES.size).toBe(shards.length + 1);
    for (const { shard, text } of shards) {
      expect(surnameLines(text).map(surnameShardOf).filter((other) => other !== shard)).toEqual([]);
      // IPADIC's notice travels with every part.
      expect(text).toContain("Nara Institute of Science");
    }
    expect(shards.flatMap(({ text }) => surnameLines(text)).sort()).toEqual(surnameLines(SURNAME_DATA.text));
    const keys = keysPart();
    expect(surnameLines(partText(SURNAME_KEYS_PART)!)).toEqual([]);
    const allKeys = SURNAME_DATA.text.slice(SURNAME_DATA.text.indexOf("\n%\n") + 3).trim().split("\n");
    expect(allKeys.length).toBeGreaterThan(5000);
    expect(allKeys.filter((key) => !keys.isReading(key))).toEqual([]);
  });

  it("names each part after the table's hash, so a host's rule for surname-readings.<hex>.txt covers them", () => {
    expect(surnamePartFile(SURNAME_KEYS_PART)).toBe("surname-readings.00.txt");
    expect(surnamePartFile(1 + 31)).toBe("surname-readings.20.txt");
  });

  it("reads a name in a shard it has, and notes the shard of one it has not (read as no surname, as with no table)", () => {
    const fujita = surnameShardOf("藤田");
    const tamura = surnameShardOf("田村");
    expect(fujita).not.toBe(tamura);
    const table = keysPart().withShards(new Map([[fujita, shardTable(fujita)]]));
    expect(table.readingsOf("藤田")).toEqual(SURNAMES.readingsOf("藤田"));
    expect(table.surnameAt("藤田海斗")).toBe("藤田");
    expect([...table.missing]).toEqual([]);
    expect(table.readingsOf("田村")).toEqual([]);
    expect(table.surnameAt("田村陸")).toBeUndefined();
    expect([...table.missing]).toEqual([tamura]);
    // Keys need no shard.
    expect(table.isReading("tamura")).toBe(true);
    // A new table with more shards: the engine's caches hold what one table read.
    const more = table.withShards(new Map([[tamura, shardTable(tamura)]]));
    expect(more).not.toBe(table);
    expect(more.readingsOf("田村")).toEqual(SURNAMES.readingsOf("田村"));
    expect([...more.missing]).toEqual([]);
  });
});

/** A host serving the table's parts (or answering `failing` parts with 404): the files asked for, in order. */
function partsHost(failing: readonly number[] = []) {
  const requested: string[] = [];
  const fetch: FetchLike = (url) => {
    const file = url.slice(url.lastIndexOf("/") + 1);
    requested.push(file);
    const text = failing.some((part) => surnamePartFile(part) === file) ? undefined : SURNAME_PART_FILES.get(file);
    return Promise.resolve(text === undefined ? { ok: false, status: 404, text: () => Promise.resolve("") } : respond(text));
  };
  const source = surnamePartsSource((file) => ({ url: `https://addin.example/${file}`, timeoutMs: 1000, fetch }));
  return { source, requested };
}

const namesOf = (draft: Draft) => (table: SurnameReadings) => readNamesOf(draft, table);

describe("surnamePartsSource", () => {
  const draft = makeDraft({ to: ["田村 陸 <r.tamura@maruyoshi-foods.example>"], body: "藤田様\n\nお世話になっております。" });

  it("fetches the keys and the shards of the draft's names (beside each other), and keeps them for the runtime's next send", async () => {
    const host = partsHost();
    const loaded = await host.source.forSend().tableFor(namesOf(draft));
    expect(loaded.problem).toBeUndefined();
    const shardFiles = ["藤田", "田村"].map((name) => surnamePartFile(surnameShardPart(surnameShardOf(name)))).sort();
    expect([...host.requested].sort()).toEqual([surnamePartFile(SURNAME_KEYS_PART), ...shardFiles].sort());
    expect(loaded.table.readingsOf("田村")).toEqual(SURNAMES.readingsOf("田村"));
    const again = await host.source.forSend().tableFor(namesOf(draft));
    expect(host.requested).toHaveLength(3);
    expect(again.table.readingsOf("藤田")).toEqual(SURNAMES.readingsOf("藤田"));
  });

  it("reads without a shard that does not come, and says so", async () => {
    const tamura = surnameShardPart(surnameShardOf("田村"));
    const loaded = await partsHost([tamura]).source.forSend().tableFor(namesOf(draft));
    expect(loaded.problem).toBe(`surname shard https://addin.example/${surnamePartFile(tamura)}: HTTP 404; the surnames in it were not read`);
    expect(loaded.table.readingsOf("藤田")).toEqual(SURNAMES.readingsOf("藤田"));
    expect(loaded.table.readingsOf("田村")).toEqual([]);
  });

  it("gives no table without the keys", async () => {
    const loaded = await partsHost([SURNAME_KEYS_PART]).source.forSend().tableFor(namesOf(draft));
    expect(loaded.problem).toBe(`surname keys https://addin.example/${surnamePartFile(SURNAME_KEYS_PART)}: HTTP 404; kanji surnames were not read`);
    expect(loaded.table.readingsOf("藤田")).toEqual([]);
  });

  it("refuses a shard that is another one", async () => {
    const fujita = surnameShardPart(surnameShardOf("藤田"));
    const other = fujita === 1 ? 2 : 1;
    const fetch: FetchLike = (url) => {
      const file = url.slice(url.lastIndexOf("/") + 1);
      return Promise.resolve(respond((file === surnamePartFile(fujita) ? partText(other) : SURNAME_PART_FILES.get(file))!));
    };
    const loaded = await surnamePartsSource((file) => ({ url: `https://addin.example/${file}`, timeoutMs: 1000, fetch }))
      .forSend()
      .tableFor(namesOf(draft));
    expect(loaded.problem).toContain(`not shard ${fujita - 1} of the surname table`);
    expect(loaded.table.readingsOf("藤田")).toEqual([]);
  });
});

describe("surnamePartsSource: shards asked for as the draft is read (onNamesRead)", () => {
  const shardFile = (name: string) => surnamePartFile(surnameShardPart(surnameShardOf(name)));
  const greeting = makeDraft({ body: "藤田様\n\nお世話になっております。" });
  const tamura = makeDraft({ to: ["田村 陸 <r.tamura@maruyoshi-foods.example>"] });
  const withFile = makeDraft({ attachments: [{ name: "見積書_山本様.pdf" }] });

  it("holds the parts read before the body, and once the body greets someone asks for the shards of all of them", () => {
    const host = partsHost();
    const { onNamesRead } = host.source.forSend();
    onNamesRead({ to: tamura.to });
    expect(host.requested).toEqual([]);
    onNamesRead({ body: greeting.body });
    expect([...host.requested].sort()).toEqual([shardFile("藤田"), shardFile("田村")].sort());
    onNamesRead({ attachments: withFile.attachments });
    expect(host.requested).toEqual(expect.arrayContaining([shardFile("山本")]));
  });

  it("asks nothing for a draft that names no one, however its parts come", () => {
    const host = partsHost();
    const { onNamesRead } = host.source.forSend();
    onNamesRead({ body: makeDraft({ body: "Thanks for the minutes." }).body });
    onNamesRead({ to: tamura.to, cc: tamura.to });
    onNamesRead({ attachments: makeDraft({ attachments: [{ name: "minutes.pdf" }] }).attachments });
    expect(host.requested).toEqual([]);
  });

  it("asks once a file name names someone, before any body", () => {
    const host = partsHost();
    host.source.forSend().onNamesRead({ attachments: withFile.attachments });
    expect(host.requested).toEqual([shardFile("山本")]);
  });

  it("lets tableFor find the shards on their way instead of asking again", async () => {
    const host = partsHost();
    const send = host.source.forSend();
    send.onNamesRead({ body: greeting.body });
    const loaded = await send.tableFor(namesOf(greeting));
    expect([...host.requested].sort()).toEqual([surnamePartFile(SURNAME_KEYS_PART), shardFile("藤田")].sort());
    expect(loaded.table.readingsOf("藤田")).toEqual(SURNAMES.readingsOf("藤田"));
  });

  it("asks for a shard that failed once in a send, and again in the next send", async () => {
    const host = partsHost([surnameShardPart(surnameShardOf("藤田"))]);
    for (const sends of [1, 2]) {
      const send = host.source.forSend();
      send.onNamesRead({ body: greeting.body });
      const loaded = await send.tableFor(namesOf(greeting));
      expect(loaded.problem).toBe(`surname shard https://addin.example/${shardFile("藤田")}: HTTP 404; the surnames in it were not read`);
      expect(host.requested.filter((file) => file === shardFile("藤田"))).toHaveLength(sends);
    }
  });

  it("asks again in the next send for a shard that failed after its send was answered", async () => {
    // The first send asks for 田村's shard as To is read, but judges a draft without it (as a
    // meeting's organizer is read, then taken out); the shard fails only after the answer.
    let failLate: () => void = () => undefined;
    const requested: string[] = [];
    const fetch: FetchLike = (url) => {
      const file = url.slice(url.lastIndexOf("/") + 1);
      requested.push(file);
      if (file === shardFile("田村") && requested.filter((asked) => asked === file).length === 1) {
        return new Promise((resolve) => (failLate = () => resolve({ ok: false, status: 503, text: () => Promise.resolve("") })));
      }
      return Promise.resolve(respond(SURNAME_PART_FILES.get(file)!));
    };
    const source = surnamePartsSource((file) => ({ url: `https://addin.example/${file}`, timeoutMs: 1000, fetch }));
    const first = source.forSend();
    first.onNamesRead({ body: greeting.body, to: tamura.to });
    expect((await first.tableFor(namesOf(greeting))).problem).toBeUndefined();
    failLate();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const second = await source.forSend().tableFor(namesOf(makeDraft({ to: tamura.to, body: greeting.body.newText })));
    expect(second.problem).toBeUndefined();
    expect(second.table.readingsOf("田村")).toEqual(SURNAMES.readingsOf("田村"));
    expect(requested.filter((file) => file === shardFile("田村"))).toHaveLength(2);
  });

  it("names every shard that failed, once", async () => {
    const failing = ["藤田", "田村"].map((name) => surnameShardPart(surnameShardOf(name)));
    const loaded = await partsHost(failing).source.forSend().tableFor(namesOf(makeDraft({ to: tamura.to, body: greeting.body.newText })));
    expect(loaded.problem).toMatch(/^surname shard \S+: HTTP 404, surname shard \S+: HTTP 404; the surnames in them were not read$/);
  });
});

describe("the shards a draft's names need (readNamesOf)", () => {
  const parsed = parsePolicy({ rules: { "addressee-mismatch": {} } }, FULL_SUFFIXES);
  if (!parsed.ok) throw new Error("policy invalid");
  const rows = [...addresseeCases.valid, ...addresseeCases.invalid];

  // Every lookup the evaluation makes is in a shard readNamesOf asked for: judged with the parts
  // fetched for it, each case of addressee-mismatch is judged as with the whole table.
  it.each(rows.map((row) => [row.name, row] as const))("are all the evaluation reads: %s", async (_name, row) => {
    const draft = makeDraft({ from: "sender@example.co.jp", ...row.draft }, { surnames: SURNAMES, suffixes: FULL_SUFFIXES });
    const { table } = await partsHost().source.forSend().tableFor(namesOf(draft));
    const policy = row.policy ? parsePolicy(row.policy, FULL_SUFFIXES) : parsed;
    if (!policy.ok) throw new Error("case policy invalid");
    const judged = (surnames: SurnameReadings) => {
      const evaluation = evaluate(draft, policy.policy, row.confirmations ?? [], { suffixes: FULL_SUFFIXES, surnames });
      return { findings: evaluation.findings, greeted: evaluation.greeted };
    };
    expect(judged(table)).toEqual(judged(SURNAMES));
    expect([...(table as SurnameParts).missing]).toEqual([]);
  });
});
