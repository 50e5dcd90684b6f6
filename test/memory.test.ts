import { fingerprint, FINGERPRINT_CHARS } from "../src/engine/hash";
import { dayNumber, MEMORY_MAX_CHARS, newSalt, RecipientMemory } from "../src/engine/memory";
import { decodeThread, encodeThread } from "../src/engine/thread";

const DAY = dayNumber(Date.UTC(2026, 11, 4));
const addresses = (count: number, domain = "client.example") => Array.from({ length: count }, (_, i) => `person.${i}@${domain}`);

describe("fingerprints", () => {
  it("are 7 URL-safe characters, the same for the same text and salt", () => {
    const print = fingerprint("a@client.example", "salt");
    expect(print).toMatch(new RegExp(`^[A-Za-z0-9_-]{${FINGERPRINT_CHARS}}$`));
    expect(fingerprint("a@client.example", "salt")).toBe(print);
    expect(fingerprint("a@client.example", "other")).not.toBe(print);
    expect(fingerprint("b@client.example", "salt")).not.toBe(print);
  });

  it("tell 100,000 similar addresses apart", () => {
    const prints = new Set(addresses(100_000).map((a) => fingerprint(a, "salt")));
    // 42 bits: a collision among 100,000 is about a 0.1 % event; none at all is expected.
    expect(prints.size).toBeGreaterThanOrEqual(99_999);
  });

  it("keep the salt and the text apart", () => {
    expect(fingerprint("bc", "a")).not.toBe(fingerprint("c", "ab"));
  });
});

describe("recipient memory", () => {
  it("remembers canonical addresses, and nothing else", () => {
    const memory = new RecipientMemory(newSalt());
    memory.rememberAll(["toda@kaede-trading.example"], DAY);
    expect(memory.remembers("toda@kaede-trading.example")).toBe(true);
    expect(memory.remembers("toda@kaede-trading.test")).toBe(false);
    expect(memory.size).toBe(1);
  });

  it("stores no address text", () => {
    const memory = new RecipientMemory("salt1234");
    memory.rememberAll(["toda@kaede-trading.example"], DAY);
    const stored = memory.encode();
    expect(stored).not.toContain("toda");
    expect(stored).not.toContain("kaede");
  });

  it("reads back what it wrote, with each address's last day", () => {
    const memory = new RecipientMemory("salt1234");
    memory.rememberAll(addresses(50), DAY - 30);
    memory.rememberAll(addresses(10), DAY);
    const again = RecipientMemory.decode(memory.encode());
    expect(again.salt).toBe("salt1234");
    expect(again.size).toBe(50);
    again.forgetBefore(DAY - 1);
    // Only the ten written to again are recent.
    expect(again.size).toBe(10);
    expect(again.remembers("person.3@client.example")).toBe(true);
    expect(again.remembers("person.30@client.example")).toBe(false);
  });

  it("holds 2,000 addresses in at most 24 KB (the issue's target)", () => {
    const memory = new RecipientMemory(newSalt());
    memory.rememberAll(addresses(2000), DAY);
    const stored = memory.encode();
    expect(stored.length).toBeLessThanOrEqual(24 * 1024);
    expect(RecipientMemory.decode(stored).size).toBe(2000);
  });

  it("holds 2,000 addresses, each with the name it was greeted by, and 200 organisations' names in at most 24 KB", () => {
    const memory = new RecipientMemory(newSalt());
    const all = addresses(2000);
    memory.rememberGreeting(
      {
        people: all.map((address, i) => ({ address, name: `surname${i}` })),
        organisations: Array.from({ length: 200 }, (_, i) => ({ name: `organisation${i}`, party: `org:company${i}.example` })),
      },
      DAY,
    );
    const stored = memory.encode();
    expect(stored.length).toBeLessThanOrEqual(24 * 1024);
    const again = RecipientMemory.decode(stored);
    expect(again.size).toBe(2000);
    expect(again.greetedAs(all[1999], ["surname1999"])).toBe(true);
    expect(again.greetedAt("organisation199", "org:company199.example")).toBe(true);
  });

  it("remembers the name each address was greeted by, and where organisations' names went", () => {
    const memory = new RecipientMemory("salt1234");
    memory.rememberAll(["k.f@aoshima-denki.example"], DAY - 1);
    expect(memory.greetedAs("k.f@aoshima-denki.example", ["huzita"])).toBeUndefined();
    memory.rememberGreeting({ people: [{ address: "k.f@aoshima-denki.example", name: "huzita" }], organisations: [{ name: "青島電機", party: "org:aoshima-denki.example" }] }, DAY);
    const again = RecipientMemory.decode(memory.encode());
    expect(again.greetedAs("k.f@aoshima-denki.example", ["tamura", "huzita"])).toBe(true);
    expect(again.greetedAs("k.f@aoshima-denki.example", ["tamura"])).toBe(false);
    expect(again.greetedAt("青島電機", "org:aoshima-denki.example")).toBe(true);
    expect(again.greetedAt("青島電機", "org:maruyoshi-foods.example")).toBe(false);
    expect(again.greetedAt("丸吉フーズ", "org:maruyoshi-foods.example")).toBeUndefined();
    // A later send without a greeting keeps the name; forgetting the address forgets it, and old organisations' names go too.
    again.rememberAll(["k.f@aoshima-denki.example"], DAY + 1);
    expect(again.greetedAs("k.f@aoshima-denki.example", ["huzita"])).toBe(true);
    again.forgetBefore(DAY + 1);
    expect(again.greetedAt("青島電機", "org:aoshima-denki.example")).toBeUndefined();
    expect(again.remembers("k.f@aoshima-denki.example")).toBe(true);
  });

  it("reads the version 1 format (addresses without names)", () => {
    const v1 = JSON.stringify({ v: 1, s: "salt1234", b: DAY, e: `${fingerprint("toda@kaede-trading.example", "salt1234")}AA` });
    const memory = RecipientMemory.decode(v1);
    expect(memory.remembers("toda@kaede-trading.example")).toBe(true);
    expect(memory.greetedAs("toda@kaede-trading.example", ["toda"])).toBeUndefined();
    expect(JSON.parse(memory.encode()).v).toBe(2);
  });

  it("drops the oldest first when full", () => {
    const memory = new RecipientMemory("salt1234");
    const all = addresses(5000);
    all.forEach((address, i) => memory.rememberAll([address], DAY - 4999 + i));
    const stored = memory.encode();
    expect(stored.length).toBeLessThanOrEqual(MEMORY_MAX_CHARS);
    const kept = RecipientMemory.decode(stored);
    expect(kept.remembers(all[4999])).toBe(true);
    expect(kept.remembers(all[0])).toBe(false);
    // Whatever fits is kept: the newest run of addresses, nothing older.
    const survivors = all.filter((a) => kept.remembers(a));
    expect(survivors).toEqual(all.slice(all.length - survivors.length));
    expect(survivors.length).toBeGreaterThan(2400);
  });

  it("drops entries more than 4,095 days older than the newest, which its day offsets cannot hold", () => {
    const memory = new RecipientMemory("salt1234");
    memory.rememberAll(["old@client.example"], DAY - 5000);
    memory.rememberAll(["new@client.example"], DAY);
    const again = RecipientMemory.decode(memory.encode());
    expect(again.remembers("new@client.example")).toBe(true);
    expect(again.remembers("old@client.example")).toBe(false);
  });

  it.each([
    ["nothing stored", undefined],
    ["not JSON", "{oops"],
    ["another version", JSON.stringify({ v: 3, s: "abc", b: 0, e: "" })],
    ["no salt", JSON.stringify({ v: 1, s: "", b: 0, e: "" })],
    ["an object instead of text", { v: 1 }],
  ])("starts empty, with a new salt, from %s", (_name, stored) => {
    const memory = RecipientMemory.decode(stored, () => "fresh123");
    expect(memory.size).toBe(0);
    expect(memory.salt).toBe("fresh123");
  });

  it("skips a damaged entry and keeps the rest", () => {
    const memory = new RecipientMemory("salt1234");
    memory.rememberAll(["a@client.example", "b@client.example"], DAY);
    const record = JSON.parse(memory.encode());
    record.e = `${record.e.slice(0, 7)}!!${record.e.slice(9)}`;
    const again = RecipientMemory.decode(JSON.stringify(record));
    expect(again.size).toBe(1);
  });
});

describe("conversation snapshot", () => {
  const opening = { compose: "reply" as const, addresses: ["Y.Hirano@Wakaba-System.example", "d.sugawara@wakaba-system.example", "Group without address"] };

  it("knows who was on the conversation, in canonical form", () => {
    const thread = decodeThread(encodeThread(opening));
    expect(thread?.had("y.hirano@wakaba-system.example")).toBe(true);
    expect(thread?.had("someone@wakaba-system.example")).toBe(false);
    expect(thread?.domains).toEqual(["wakaba-system.example"]);
  });

  it("keeps a reply-all to 300 people small beside the confirmations", () => {
    const text = encodeThread({ compose: "reply", addresses: [...addresses(200), ...addresses(100, "partner.example")] });
    expect(text.length).toBeLessThan(2300);
    expect(text).not.toContain("person");
  });

  it("is ignored when taken in another conversation or for a reply to another message", () => {
    const text = encodeThread({ ...opening, origin: { conversationId: "AAQk-1", inReplyTo: "<a@mail.example>" } });
    expect(decodeThread(text, { conversationId: "AAQk-1", inReplyTo: "<a@mail.example>" })).toBeDefined();
    expect(decodeThread(text, { conversationId: "AAQk-2" })).toBeUndefined();
    expect(decodeThread(text, { inReplyTo: "<b@mail.example>" })).toBeUndefined();
    // A client that gives no id at send keeps the snapshot.
    expect(decodeThread(text)).toBeDefined();
  });

  it("keeps a forward's files", () => {
    const thread = decodeThread(encodeThread({ compose: "forward", addresses: [], attachments: [{ name: "仕様書.pdf", size: 2048 }] }));
    expect(thread?.compose).toBe("forward");
    expect(thread?.attachments).toEqual([{ name: "仕様書.pdf", size: 2048 }]);
  });

  it.each([undefined, "", "null", "[]", '{"v":1,"c":"newMail","h":"","d":[]}', '{"v":1,"c":"reply","h":"abcdefgh","d":[]}', '{"v":1,"c":"reply","h":"","d":[1]}'])(
    "reads %p as no thread",
    (text) => {
      expect(decodeThread(text)).toBeUndefined();
    },
  );
});
