import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { inspectArchive } from "../src/formats/archive";

const files = (n: number) => {
  const out: Record<string, Uint8Array> = {};
  for (let i = 0; i < n; i++) out[`file${i}.txt`] = strToU8(`contents of file ${i}\n`.repeat(i + 1));
  return out;
};

/** Offsets of each central directory entry, walked from the end record. */
function centralEntries(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: number[] = [];
  for (let i = 0; i < count; i++) {
    entries.push(at);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

describe("inspectArchive", () => {
  it("reads a plain ZIP as not encrypted", () => {
    expect(inspectArchive(zipSync(files(3)))).toEqual({ format: "zip", encrypted: false });
  });

  it("finds the one encrypted entry among 50 through the central directory", () => {
    const zip = zipSync(files(50));
    const last = centralEntries(zip)[49];
    zip[last + 8] |= 0x01;
    expect(inspectArchive(zip)).toEqual({ format: "zip", encrypted: true });
  });

  it("finds an encrypted entry after 10,000 harmless ones", () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 10_002; i++) many[`f${i}`] = new Uint8Array(0);
    const zip = zipSync(many, { level: 0 });
    const last = centralEntries(zip)[10_001];
    zip[last + 8] |= 0x01;
    expect(inspectArchive(zip)).toEqual({ format: "zip", encrypted: true });
  });

  it("does not take other files for archives", () => {
    expect(inspectArchive(strToU8("%PDF-1.7 just a document"))).toBeUndefined();
    expect(inspectArchive(new Uint8Array(0))).toBeUndefined();
  });

  it("finds the end record behind an archive comment", () => {
    const plain = zipSync(files(2));
    const comment = strToU8("x".repeat(300));
    const zip = new Uint8Array(plain.length + comment.length);
    zip.set(plain);
    zip.set(comment, plain.length);
    zip[plain.length - 2] = comment.length & 0xff; // comment length, last field of the end record
    zip[plain.length - 1] = comment.length >> 8;
    // Without the local headers only the central directory can tell.
    zip[centralEntries(plain)[1] + 8] |= 0x01;
    zip.fill(0, 0, 4);
    expect(inspectArchive(zip)).toEqual({ format: "zip", encrypted: true });
  });

  it("never throws on arbitrary bytes, or on bytes that start like an archive", () => {
    const prefixes = [
      [0x50, 0x4b, 0x03, 0x04],
      [0x50, 0x4b, 0x05, 0x06],
      [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
      [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00],
      [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00],
    ];
    fc.assert(
      fc.property(fc.constantFrom([], ...prefixes), fc.uint8Array({ maxLength: 512 }), (prefix, rest) => {
        const result = inspectArchive(new Uint8Array([...prefix, ...rest]));
        expect(result === undefined || ["zip", "7z", "rar"].indexOf(result.format) >= 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on truncated or corrupted real ZIPs", () => {
    const zip = zipSync(files(5));
    fc.assert(
      fc.property(fc.nat(zip.length), fc.array(fc.tuple(fc.nat(zip.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), (cut, changes) => {
        const bytes = zip.slice(0, cut);
        for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
        const result = inspectArchive(bytes);
        expect(result === undefined || typeof result.encrypted === "boolean" || result.encrypted === undefined).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("stops when an entry's lengths run past the end", () => {
    const zip = zipSync(files(1));
    const entry = centralEntries(zip)[0];
    // A file name length of 0xFFFF runs the next entry off the end: the walk must stop, not wrap.
    zip[entry + 28] = 0xff;
    zip[entry + 29] = 0xff;
    expect(inspectArchive(zip)).toEqual({ format: "zip", encrypted: false });
  });
});
