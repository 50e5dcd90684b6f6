/**
 * The core fuzzers of dnstwist (elceef/dnstwist), written anew from their documented
 * behaviour, to measure lookalike-domain's recall independently of its own ideas of a
 * slip: homoglyph, hyphenation, insertion, omission, repetition, replacement,
 * transposition, vowel-swap and tld-swap. Each works on the registrable label and keeps
 * the host's other parts, as dnstwist does; a permutation is listed under the first
 * fuzzer (in dnstwist's order) that makes it, the original and invalid hosts left out.
 */
import { toASCII } from "punycode/punycode.js";

export const CORE_FUZZERS = [
  "homoglyph",
  "hyphenation",
  "insertion",
  "omission",
  "repetition",
  "replacement",
  "transposition",
  "vowel-swap",
  "tld-swap",
] as const;
export type Fuzzer = (typeof CORE_FUZZERS)[number];

export interface Permutation {
  fuzzer: Fuzzer;
  /** The whole host, Unicode where a homoglyph put a non-ASCII letter in. */
  domain: string;
}

/** Keyboard rows, each offset half a key from the one above: neighbours are the keys around. */
const KEYBOARDS = [
  ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"], // QWERTY
  ["1234567890", "qwertzuiop", "asdfghjkl", "yxcvbnm"], // QWERTZ
  ["1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn"], // AZERTY
];

function keyboardNeighbours(): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>();
  for (const rows of KEYBOARDS) {
    rows.forEach((row, r) => {
      for (let i = 0; i < row.length; i++) {
        const around = [row[i - 1], row[i + 1], rows[r - 1]?.[i], rows[r - 1]?.[i + 1], rows[r + 1]?.[i - 1], rows[r + 1]?.[i]];
        const set = neighbours.get(row[i]) ?? new Set<string>();
        for (const key of around) if (key) set.add(key);
        neighbours.set(row[i], set);
      }
    });
  }
  return neighbours;
}
const NEIGHBOURS = keyboardNeighbours();

/** ASCII look-alikes, single letters and pairs (rn/m, cl/d, vv/w…), as dnstwist lists them in its documentation's examples. */
const ASCII_GLYPHS: Record<string, string[]> = {
  "0": ["o"], "1": ["l", "i"], "3": ["8"], "6": ["9"], "8": ["3"], "9": ["6"],
  b: ["d", "lb"], c: ["e"], d: ["b", "cl", "dl"], e: ["c"], g: ["q"], h: ["lh"], i: ["1", "l"], k: ["lc"],
  l: ["1", "i"], m: ["n", "nn", "rn"], n: ["m", "r"], o: ["0"], q: ["g"], u: ["v"], v: ["u"], w: ["vv"],
  rn: ["m"], cl: ["d"],
};

/** Latin letters with a mark, by their base letter (from Unicode decompositions), and a few without one (ø, ł, ı, ɑ…). */
function accentedGlyphs(): Record<string, string[]> {
  const glyphs: Record<string, string[]> = {};
  const add = (base: string, glyph: string) => (glyphs[base] ??= []).push(glyph);
  for (let code = 0xe0; code <= 0x24f; code++) {
    const char = String.fromCharCode(code);
    const base = char.normalize("NFD").charAt(0);
    if (char !== base && /^[a-z]$/.test(base) && char === char.toLowerCase()) add(base, char);
  }
  for (const [base, list] of Object.entries({ a: "ɑ", b: "ƅɓ", d: "đɗ", g: "ɡ", h: "ħ", i: "ıɩɨ", l: "łƚ", o: "ø", t: "ŧ", u: "ʉ", z: "ƶ" })) {
    for (const glyph of list) add(base, glyph);
  }
  return glyphs;
}

/** Registries that take no Latin IDN letters: dnstwist uses only the ASCII look-alikes there. */
const ASCII_ONLY_SUFFIX = /(^|\.)(jp|uk|cn|tw|nl|cz|sk|ad|us|edu)$/;

const VOWELS = "aeiou";

function homoglyphs(label: string, suffix: string): Set<string> {
  const glyphs: Record<string, string[]> = { ...ASCII_GLYPHS };
  if (!ASCII_ONLY_SUFFIX.test(suffix)) {
    for (const [base, list] of Object.entries(accentedGlyphs())) glyphs[base] = [...(glyphs[base] ?? []), ...list];
  }
  // One look-alike, then a second one on each result: a letter or a pair of neighbours replaced.
  const once = (name: string, out: Set<string>) => {
    for (let i = 0; i < name.length; i++) for (const glyph of glyphs[name[i]] ?? []) out.add(name.slice(0, i) + glyph + name.slice(i + 1));
    for (let i = 0; i + 1 < name.length; i++) {
      const pair = name.slice(i, i + 2);
      for (const part of new Set([pair[0], pair[1], pair])) {
        for (const glyph of glyphs[part] ?? []) out.add(name.slice(0, i) + pair.split(part).join(glyph) + name.slice(i + 2));
      }
    }
    return out;
  };
  const first = once(label, new Set());
  const both = new Set(first);
  first.forEach((name) => once(name, both));
  return both;
}

function labelFuzzers(label: string, suffix: string): [Fuzzer, Iterable<string>][] {
  const positions = Array.from(label, (_, i) => i);
  const at = (i: number, text: string, drop = 0) => label.slice(0, i) + text + label.slice(i + drop);
  return [
    ["homoglyph", homoglyphs(label, suffix)],
    ["hyphenation", positions.slice(1).map((i) => at(i, "-"))],
    // Each key but the last gets a neighbour typed before or after it.
    ["insertion", positions.slice(0, -1).flatMap((i) => [...(NEIGHBOURS.get(label[i]) ?? [])].flatMap((key) => [at(i, key), at(i + 1, key)]))],
    ["omission", positions.map((i) => at(i, "", 1))],
    ["repetition", positions.map((i) => at(i, label[i]))],
    ["replacement", positions.flatMap((i) => [...(NEIGHBOURS.get(label[i]) ?? [])].map((key) => at(i, key, 1)))],
    ["transposition", positions.slice(0, -1).map((i) => at(i, label[i + 1] + label[i], 2))],
    ["vowel-swap", positions.filter((i) => VOWELS.includes(label[i])).flatMap((i) => Array.from(VOWELS, (vowel) => at(i, vowel, 1)))],
  ];
}

/** A host a registry would take: dnstwist's own test, on the ASCII form. */
const VALID_HOST = /^(?=.{4,253}$)((?!-)[a-z0-9-]{1,63}(?<!-)\.)+[a-z0-9-]{2,63}$/;

function asciiHost(host: string): string | null {
  try {
    const ascii = host.split(".").map((label) => (/^[\x20-\x7e]*$/.test(label) ? label : toASCII(label))).join(".");
    return VALID_HOST.test(ascii) ? ascii : null;
  } catch {
    return null;
  }
}

/**
 * The core fuzzers' permutations of `host`, whose registrable label is `label` and public
 * suffix `suffix` (sub.label.suffix), the suffix swapped for each of `tlds`.
 */
export function permutations(host: string, label: string, suffix: string, tlds: readonly string[]): Permutation[] {
  const end = `${label}.${suffix}`;
  const prefix = host.slice(0, host.length - end.length);
  const seen = new Set<string>([host]);
  const out: Permutation[] = [];
  const add = (fuzzer: Fuzzer, domain: string) => {
    const ascii = asciiHost(domain);
    if (ascii === null || seen.has(ascii)) return;
    seen.add(ascii);
    out.push({ fuzzer, domain });
  };
  for (const [fuzzer, labels] of labelFuzzers(label, suffix)) for (const name of labels) add(fuzzer, `${prefix}${name}.${suffix}`);
  for (const tld of tlds) if (tld !== suffix) add("tld-swap", `${prefix}${label}.${tld}`);
  return out;
}
