import { toUnicode } from "punycode/punycode.js";
import { CONFUSABLE_READINGS } from "./confusables";
import { registrableDomain, type ConsumerMailDomains } from "./organisation";
import type { PublicSuffixList } from "./public-suffix";

/**
 * Lookalike domains: a recipient domain that resembles, but is not, a domain
 * the sender means (internal, trusted, or another recipient's). Everything
 * here works on canonical ASCII domains (idn.ts) and compares their Unicode
 * forms through a skeleton, in the spirit of Unicode TR39.
 */

let latinReadings: Map<string, string> | undefined;

/**
 * Letters of other scripts that read as Latin letters or digits (Unicode's confusables,
 * generated into confusables.ts): Cyrillic е, Greek ο, Armenian օ, Cherokee, small
 * capitals… Full-width forms never get here: normalizeDomain folds them. Made the first
 * time a name outside ASCII needs it.
 */
function latinReadingsTable(): ReadonlyMap<string, string> {
  if (!latinReadings) {
    latinReadings = new Map<string, string>();
    for (const line of CONFUSABLE_READINGS.split("\n")) {
      const colon = line.indexOf(":");
      for (const char of line.slice(colon + 1)) latinReadings.set(char, line.slice(0, colon));
    }
  }
  return latinReadings;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

function isAscii(text: string): boolean {
  return !/[^\x20-\x7e]/.test(text);
}

/**
 * The swaps people misread, rn/m, vv/w, l/1/i and 0/o (examp1e, hoshlzora),
 * in one pass that copies the text between swaps: a mass mailing's domains
 * come here twice each. No swap makes a letter another swap reads, so one
 * pass equals one replace per swap.
 */
function misreadSwaps(text: string): string {
  let swapped = "";
  let copied = 0; // text before this index is in `swapped`
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    let swap: string;
    if (char === "r" && text.charAt(i + 1) === "n") swap = "m";
    else if (char === "v" && text.charAt(i + 1) === "v") swap = "w";
    else if (char === "i" || char === "1") swap = "l";
    else if (char === "0") swap = "o";
    else continue;
    swapped += text.slice(copied, i) + swap;
    copied = swap === "m" || swap === "w" ? i + 2 : i + 1;
    i = copied - 1;
  }
  return copied === 0 ? text : swapped + text.slice(copied);
}

/** Other scripts' look-alike letters as Latin ones, accents dropped: exämple and еxample (Cyrillic е) read example. */
function asLatin(text: string): string {
  let latin = "";
  const readings = latinReadingsTable();
  for (const char of text.normalize("NFD").replace(COMBINING_MARKS, "")) latin += readings.get(char) ?? char;
  return latin;
}

/**
 * What a label looks like, reduced so that look-alikes compare equal:
 * accents dropped (exämple), other scripts mapped to Latin (еxample with a
 * Cyrillic е), then the ASCII swaps people misread: rn/m, vv/w, 0/o and
 * l/1/i (examp1e, hoshlzora).
 */
export function skeleton(text: string): string {
  return misreadSwaps(isAscii(text) ? text : asLatin(text));
}

type Script = "latin" | "cyrillic" | "greek" | "armenian";

function scriptOf(char: string): Script | null {
  const code = char.charCodeAt(0);
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) return "latin";
  if (code >= 0x400 && code <= 0x52f) return "cyrillic";
  if ((code >= 0x370 && code <= 0x3ff) || (code >= 0x1f00 && code <= 0x1fff)) return "greek";
  if (code >= 0x530 && code <= 0x58f) return "armenian";
  return null;
}

/**
 * A label mixing alphabets that share look-alike letters (Latin with
 * Cyrillic, Greek or Armenian) is a disguise: real names use one of them.
 * Latin with Japanese (abc商事) is ordinary and not counted.
 */
export function mixesScripts(label: string): boolean {
  let first: Script | null = null;
  for (const char of label) {
    const script = scriptOf(char);
    if (script === null) continue;
    if (first === null) first = script;
    else if (script !== first) return true;
  }
  return false;
}

/**
 * Letters a glance takes for one another, though each is itself (c/e, g/q, u/v, b/d,
 * lc/k, cl/d, nn/m): merged, they count as no slip, so a name with one of them and one
 * real slip (nikkci, rakutcm) is one slip away. Only for edit distance between names of
 * one suffix: as a skeleton they would make too many short names one.
 */
const SHAPES: Readonly<Record<string, string>> = { lc: "k", cl: "d", lh: "h", nn: "m", c: "e", q: "g", v: "u", b: "d" };

function shapeOf(skeleton: string): string {
  // Tested first: a replace with a function costs more than the test, and many names have none.
  return /[bcqv]|lh|nn/.test(skeleton) ? skeleton.replace(/lc|cl|lh|nn|[bcqv]/g, (letters) => SHAPES[letters]) : skeleton;
}

/** Three rows reused by editDistance: it runs for many domain pairs per draft. */
const rows: number[][] = [[], [], []];

/**
 * Optimal string alignment distance (Damerau-Levenshtein: substitution,
 * insertion, deletion, transposition of neighbours) over code points, listed
 * one by one (an ASCII string is such a list), for small `max` only: it skips
 * the common start and end, fills the diagonal band of width 2·max+1 and
 * stops as soon as a row exceeds `max`. Any result above `max` is `max + 1`.
 */
export function editDistance(a: ArrayLike<string>, b: ArrayLike<string>, max: number): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  while (rows[0].length <= m + 1) for (const row of rows) row.push(0);
  let beforePrevious = rows[0];
  let previous = rows[1];
  let current = rows[2];
  for (let j = 0; j <= m; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    const ai = a[start + i - 1];
    current[from - 1] = from === 1 && i <= max ? i : over;
    let rowMin = current[from - 1];
    for (let j = from; j <= to; j++) {
      const bj = b[start + j - 1];
      let cost = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b[start + j - 2] && a[start + i - 2] === bj) cost = Math.min(cost, beforePrevious[j - 2] + 1);
      current[j] = Math.min(cost, over);
      if (cost < rowMin) rowMin = cost;
    }
    if (to < m) current[to + 1] = over;
    if (rowMin > max) return over;
    const recycled = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = recycled;
  }
  return previous[m];
}

/**
 * The characters of a label as bits (code point mod 32). One edit brings in
 * at most one character the other label lacks, so two labels whose bit sets
 * differ by more than `max` bits cannot be within `max` edits: a cheap test
 * before editDistance.
 */
function characterBits(chars: ArrayLike<string>): number {
  let bits = 0;
  for (let i = 0; i < chars.length; i++) bits |= 1 << (chars[i].charCodeAt(0) & 31);
  return bits;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** What the comparisons need to know about one domain; computed once per domain. */
export interface DomainFacts {
  /** Canonical ASCII host. */
  ascii: string;
  /** Registrable domain (ASCII): the organisation. */
  registrable: string;
  /** Public suffix (ASCII): co.jp, com, example… */
  suffix: string;
  /** Registrable label in Unicode: `example` of sales.example.co.jp. */
  label: string;
  /** label's code points, for editDistance (label itself when ASCII), and their characterBits. */
  labelChars: ArrayLike<string>;
  labelBits: number;
  labelSkeleton: string;
  /** labelSkeleton with look-alike letters merged (shapeOf); its code points and their characterBits. */
  labelShape: string;
  shapeChars: ArrayLike<string>;
  shapeBits: number;
  /** labelSkeleton's code points, for editDistance: labelSkeleton itself when ASCII, where each character is one. */
  skeletonChars: ArrayLike<string>;
  /** characterBits(skeletonChars). */
  skeletonBits: number;
  /** The label is plain ASCII: look-alikes between two ASCII labels are swaps, not homographs. */
  asciiLabel: boolean;
  /** Skeleton of the whole host without dots and hyphens: example-co.jp and example.c0.jp meet example.co.jp here. */
  joinedSkeleton: string;
  /** labelSkeleton without hyphens: minase-techno and minasetechno are one name. */
  plainSkeleton: string;
  mixedScript: boolean;
}

function unicodeOf(ascii: string): string {
  if (ascii.indexOf("xn--") < 0) return ascii;
  try {
    return toUnicode(ascii);
  } catch {
    return ascii;
  }
}

/** `ascii` is a canonical ASCII domain (normalizeDomain). */
export function describeDomain(ascii: string, suffixes: PublicSuffixList): DomainFacts {
  // A domain that is a public suffix itself (co.jp) has no label of its own: all of it is compared.
  const publicSuffix = suffixes.publicSuffix(ascii);
  const suffix = publicSuffix === ascii ? "" : publicSuffix;
  const registrable = suffix ? suffixes.registrableDomain(ascii, suffix) : ascii;
  // Most hosts are printable ASCII without xn-- labels: their own Unicode form, in one
  // script, where only the ASCII swaps apply. Only the others are decoded and mapped.
  const plain = isAscii(ascii) && ascii.indexOf("xn--") < 0;
  const reduce = plain ? misreadSwaps : skeleton;
  const unicode = unicodeOf(ascii);
  const label = unicodeOf(suffix ? registrable.slice(0, registrable.length - suffix.length - 1) : registrable);
  const labelSkeleton = reduce(label);
  const skeletonChars = plain ? labelSkeleton : Array.from(labelSkeleton);
  const labelChars = plain ? label : Array.from(label);
  const labelShape = shapeOf(labelSkeleton);
  const shapeChars = plain ? labelShape : Array.from(labelShape);
  return {
    ascii,
    registrable,
    suffix,
    label,
    labelChars,
    labelBits: characterBits(labelChars),
    labelSkeleton,
    labelShape,
    shapeChars,
    shapeBits: characterBits(shapeChars),
    skeletonChars,
    skeletonBits: characterBits(skeletonChars),
    asciiLabel: plain || isAscii(label),
    joinedSkeleton: reduce(unicode.replace(/[.-]/g, "")),
    plainSkeleton: labelSkeleton.indexOf("-") < 0 ? labelSkeleton : labelSkeleton.replace(/-/g, ""),
    mixedScript: !plain && unicode.split(".").some(mixesScripts),
  };
}

/**
 * Labels that many unrelated organisations share, so the same label under
 * another suffix means nothing (sakura.ne.jp and sakura.co.jp are different
 * companies). Only the "same label, other suffix" check consults it.
 */
const SHARED_LABELS = new Set([
  "mail", "email", "info", "news", "shop", "store", "site", "home", "online", "global", "group",
  "japan", "nippon", "nihon", "tokyo", "osaka", "kyoto", "nagoya", "yokohama", "kobe", "fukuoka",
  "sapporo", "sendai", "hiroshima", "okinawa", "asia", "world", "office", "service", "services",
  "support", "system", "systems", "tech", "soft", "media", "design", "trade", "trading",
  "consulting", "partners", "solutions", "school", "clinic", "hospital", "travel", "hotel",
  "cloud", "digital", "smart", "life", "care", "green", "blue", "star", "planet", "sakura",
  "hikari", "fuji", "asahi", "yamato", "central", "first", "royal", "united", "total", "best",
  "city", "bank", "studio", "works", "factory", "create", "plus", "next", "link", "square",
  "style", "labs", "company", "corp",
]);

/** Shortest label for which a whole-label match (visual swap, other suffix) is telling: ai/al or abc.jp/abc.com are too short. */
const WHOLE_LABEL_MIN_LENGTH = 4;
/**
 * Two slips need this many more characters than one: at the default 4 that
 * is 9, where two edits still leave 7 of 9 letters in place. Only for the
 * sender's own and trusted names (hoshizora-logi / hosizora-lgi): between two
 * other organisations, names two letters apart are mostly both real
 * (kanazawa-u / komazawa-u).
 */
const SECOND_EDIT_EXTRA_LENGTH = 5;
/** Merged look-alike letters (shapeOf) need names this long: shorter ones merge into one another (cnbc / code). */
const SHAPE_MIN_LENGTH = 6;

/** Edits allowed between two names, by the shorter one's length, and whether the reference is a known name. */
function editsAllowed(shorter: number, minLabelLength: number, known = true): number {
  return known && shorter >= minLabelLength + SECOND_EDIT_EXTRA_LENGTH ? 2 : 1;
}

/** The letters of QWERTY (which the Japanese JIS layout shares), QWERTZ and AZERTY, each row half a key right of the one above. */
const KEYBOARDS = [
  ["qwertyuiop", "asdfghjkl", "zxcvbnm"],
  ["qwertzuiop", "asdfghjkl", "yxcvbnm"],
  ["azertyuiop", "qsdfghjklm", "wxcvbn"],
];

/** Keys next to each other on one of KEYBOARDS: typing one for the other is a slip. */
function neighbouringKeys(a: string, b: string): boolean {
  return KEYBOARDS.some((rows) =>
    rows.some((keys, row) => {
      const i = keys.indexOf(a);
      const near = (r: number, from: number, to: number) => r >= 0 && r < rows.length && rows[r].slice(Math.max(0, from), to + 1).indexOf(b) >= 0;
      return i >= 0 && (near(row, i - 1, i + 1) || near(row - 1, i, i + 1) || near(row + 1, i - 1, i));
    }),
  );
}

const VOWELS = "aeiou";

/**
 * Whether `a` and `b` are one slip of the hand or eye apart rather than two acronyms
 * (kufs / kuis, bing / xing): a neighbouring key or (with `vowels`) another vowel typed,
 * a look-alike letter, a key typed twice or with its neighbour, two neighbours swapped.
 */
function typingSlip(a: string, b: string, vowels: boolean): boolean {
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const from = a.slice(start, endA);
  const to = b.slice(start, endB);
  if (from.length === 2 && to.length === 2) return from[0] === to[1] && from[1] === to[0];
  if (from.length === 1 && to.length === 1) {
    return neighbouringKeys(from, to) || (vowels && VOWELS.indexOf(from) >= 0 && VOWELS.indexOf(to) >= 0) || shapeOf(from) === shapeOf(to);
  }
  if (from.length + to.length !== 1) return false;
  // One key more, at `start` of the longer name: the same key again or a neighbour of the one before or after.
  const longer = from ? a : b;
  const added = longer.charAt(start);
  return [longer.charAt(start - 1), longer.charAt(start + 1)].some((key) => key !== "" && (key === added || neighbouringKeys(key, added)));
}

/** editDistance after the cheap tests (lengths, characterBits) that most unrelated pairs fail. */
function boundedDistance(a: ArrayLike<string>, aBits: number, b: ArrayLike<string>, bBits: number, max: number): number {
  if (Math.abs(a.length - b.length) > max || bitCount(aBits & ~bBits) > max || bitCount(bBits & ~aBits) > max) return max + 1;
  return editDistance(a, b, max);
}

/**
 * Slips between two labels: on their skeletons (examp1e is one slip from example), or
 * as typed when that is fewer (a typo that makes rn, rakutrn for rakuten, is one slip
 * however it reads).
 */
function slips(candidate: DomainFacts, reference: DomainFacts, max: number): number {
  const onSkeletons = boundedDistance(candidate.skeletonChars, candidate.skeletonBits, reference.skeletonChars, reference.skeletonBits, max);
  if (onSkeletons <= 1) return onSkeletons;
  let distance = onSkeletons;
  // Each other reading only where it differs from the skeleton: most pairs are settled above.
  if (candidate.label !== candidate.labelSkeleton || reference.label !== reference.labelSkeleton) {
    distance = Math.min(distance, boundedDistance(candidate.labelChars, candidate.labelBits, reference.labelChars, reference.labelBits, max));
  }
  const shaped = candidate.labelShape !== candidate.labelSkeleton || reference.labelShape !== reference.labelSkeleton;
  if (distance > 1 && shaped && Math.min(candidate.shapeChars.length, reference.shapeChars.length) >= SHAPE_MIN_LENGTH) {
    distance = Math.min(distance, boundedDistance(candidate.shapeChars, candidate.shapeBits, reference.shapeChars, reference.shapeBits, max));
  }
  return distance;
}

/**
 * Differences that make another name rather than a slip: a word of one or two
 * letters in a hyphenated name (gifu-u / gifu-pu, kyoto-u / kyoto-wu: university,
 * prefectural, women's; from-ca / from-ma), or two
 * letters added at one end (onmicrosoft / microsoft, a tenant of Microsoft 365).
 */
function anotherName(a: string, b: string, distance: number): boolean {
  if (distance >= 2 && Math.abs(a.length - b.length) === distance) {
    const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
    if (longer.startsWith(shorter) || longer.endsWith(shorter)) return true;
  }
  if (a.indexOf("-") < 0 || b.indexOf("-") < 0) return false;
  const wordsA = a.split("-");
  const wordsB = b.split("-");
  if (wordsA.length !== wordsB.length) return false;
  const differing = wordsA.filter((word, i) => word !== wordsB[i]);
  return differing.length === 1 && wordsA.every((word, i) => word === wordsB[i] || (word.length <= 2 && wordsB[i].length <= 2));
}

export type Resemblance = "homograph" | "typo" | "otherSuffix";

/**
 * What a reference name is to the sender, which sets how little difference is a slip:
 * `known`, an internal or trusted name, the names meant most (two slips in a long name,
 * a letter left out of a short one); `provider`, a mailbox provider; `recipient`, just
 * another recipient's organisation on the mail, where both names are most likely real
 * (meiji-u / meijo-u, asfc / ssfc, wikipedia / wikimedia): only a slip of the hand or eye
 * in a name longer than minLabelLength counts.
 */
export type Standing = "known" | "provider" | "recipient";

export interface Match {
  kind: Resemblance;
  /** Lower is closer: the best match of a domain is the one reported. */
  rank: number;
}

/** The same name under another suffix, unless short names (mostly acronyms) or names many organisations share. */
function sameNameElsewhere(candidate: DomainFacts, reference: DomainFacts, shorter: number, minLabelLength: number): Match | null {
  if (shorter < minLabelLength || SHARED_LABELS.has(candidate.label) || SHARED_LABELS.has(reference.label)) return null;
  return { kind: "otherSuffix", rank: 3 };
}

/**
 * How `candidate` resembles `reference`, or null. Never for one organisation
 * (a domain against itself or its subdomains).
 * `minLabelLength`: shortest label compared by edit distance (one edit, only
 * a typing slip at exactly that length, and against a `recipient` reference
 * only a typing slip in a longer one) or under another suffix, so abc/abd
 * never match; two edits need SECOND_EDIT_EXTRA_LENGTH more and a `known`
 * reference (internal or trusted). Look-alike letters need only
 * WHOLE_LABEL_MIN_LENGTH (or minLabelLength if that is lower).
 */
export function resemblance(candidate: DomainFacts, reference: DomainFacts, minLabelLength: number, standing: Standing): Match | null {
  const known = standing === "known";
  if (candidate.registrable === reference.registrable) return null;
  const shorter = Math.min(candidate.skeletonChars.length, reference.skeletonChars.length);
  const wholeLabelMinLength = Math.min(WHOLE_LABEL_MIN_LENGTH, minLabelLength);
  if (candidate.labelSkeleton === reference.labelSkeleton) {
    // Letters from another script posing as Latin ones deceive at any length.
    if (candidate.label !== reference.label && !(candidate.asciiLabel && reference.asciiLabel)) {
      return { kind: "homograph", rank: 0 };
    }
    if (shorter < wholeLabelMinLength) return null;
    if (candidate.suffix === reference.suffix) return { kind: "typo", rank: 1 };
    return sameNameElsewhere(candidate, reference, shorter, minLabelLength);
  }
  // A hyphen added or dropped keeps the name: minasetechno.co.jp is minase-techno.example under another suffix.
  if (candidate.suffix !== reference.suffix && candidate.plainSkeleton === reference.plainSkeleton) {
    return sameNameElsewhere(candidate, reference, shorter, minLabelLength);
  }
  if (candidate.joinedSkeleton === reference.joinedSkeleton) {
    // The candidate's own label may be a fragment (c0 of example.c0.jp): the imitated name must be long enough.
    return reference.skeletonChars.length >= wholeLabelMinLength ? { kind: "typo", rank: 1 } : null;
  }
  // An edit plus another suffix is a different name, not a slip. A letter left out of an
  // internal or trusted name of minLabelLength (sny for sony) is one too, though shorter.
  const leftOut = known && shorter === minLabelLength - 1 && reference.skeletonChars.length === minLabelLength;
  if (candidate.suffix !== reference.suffix || (shorter < minLabelLength && !leftOut)) return null;
  const allowed = editsAllowed(shorter, minLabelLength, known);
  const distance = slips(candidate, reference, allowed);
  if (distance > allowed || anotherName(candidate.label, reference.label, distance)) return null;
  // The shortest names compared are mostly acronyms, many one letter apart: only a slip of the hand or eye
  // counts. Between two recipients' organisations the names are more likely both real than not: only a
  // slip of the hand or eye, not another vowel (a romanised name's vowel makes another name), and never
  // at the shortest length, where nearly every neighbouring key spells a registered acronym.
  // The keys are judged on the names as typed where both are plain ASCII: a skeleton reads i as l (meiji / meijo).
  const betweenRecipients = standing === "recipient";
  if (betweenRecipients && shorter <= minLabelLength) return null;
  if (
    (shorter === minLabelLength || betweenRecipients) &&
    candidate.labelShape !== reference.labelShape &&
    !(betweenRecipients && candidate.asciiLabel && reference.asciiLabel
      ? typingSlip(candidate.label, reference.label, false)
      : typingSlip(candidate.labelSkeleton, reference.labelSkeleton, !betweenRecipients) ||
        typingSlip(candidate.labelShape, reference.labelShape, !betweenRecipients))
  ) {
    return null;
  }
  return { kind: "typo", rank: distance === 1 ? 2 : 4 };
}

export interface RecipientDomain {
  /** Canonical ASCII host of one or more recipients. */
  domain: string;
  /** How many recipients (unique addresses) have it. */
  recipients: number;
  /**
   * Every one of them is someone the sender has written to before or who is on the conversation:
   * beside a new organisation, theirs is the name the sender means, compared with as an internal
   * one is, and not the suspect (it still is beside internal, trusted and provider names).
   */
  familiar?: boolean;
}

export interface Lookalike {
  /** The recipient host that looks like something else. */
  domain: string;
  kind: Resemblance | "mixedScript";
  /** Registrable domain (ASCII) it resembles; absent for a mixed-script label without a match. */
  similar?: string;
}

interface Reference {
  facts: DomainFacts;
  /** Recipients of this organisation in the draft; Infinity for internal and trusted ones and mailbox providers. */
  weight: number;
  /**
   * A mailbox provider with no address on this mail (gmail.com, docomo.ne.jp): compared for slips
   * and look-alike letters only, since its brand often has a company domain under another ending
   * (nifty.com / nifty.co.jp).
   */
  provider: boolean;
  /** Internal or trusted, a mailbox provider (on this mail or not), or only another recipient's organisation. */
  standing: Standing;
  /** A recipient's organisation whose every recipient the sender has written to before or is on the conversation. */
  familiar: boolean;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addAt<V>(lists: V[][], index: number, value: V): void {
  if (lists[index]) lists[index].push(value);
  else lists[index] = [value];
}

/**
 * How many recipient-to-recipient comparisons one draft may make. The benchmark's mass
 * mailing (5,000 recipients at 300 organisations) makes about 1,900; 3,000 organisations that
 * are near-variants of each other made 4.5 million (seconds inside the send's deadline).
 * Beyond the budget only the names that matter most (internal, trusted, mailbox providers)
 * are compared with each recipient domain.
 */
export const RECIPIENT_COMPARISON_BUDGET = 10_000;

/**
 * The recipient domains that resemble a known domain (internal or trusted,
 * ASCII, never flagged themselves), a mailbox provider (gmial.com for
 * gmail.com, even with no gmail.com address on the mail) or another
 * recipient organisation; never one mailbox provider another (yahoo.co.jp /
 * yahoo.com). Of two recipient organisations that resemble each other the
 * one with fewer recipients is the likely slip; on a tie both are reported.
 * Works on unique domains, and references are indexed by suffix, label length
 * and skeleton, so each domain meets only the few references it could resemble.
 */
export function findLookalikes(
  known: readonly string[],
  providers: readonly string[],
  recipientDomains: readonly RecipientDomain[],
  consumer: ConsumerMailDomains,
  minLabelLength: number,
  suffixes: PublicSuffixList,
): Lookalike[] {
  // Nothing to suspect (mail to colleagues only): the references (a hundred mailbox providers
  // among them, each looked up in the suffix list) are not even described.
  if (recipientDomains.length === 0) return [];
  // Every domain is described once: the references are keyed by registrable domain, and a
  // recipient domain that is registrable itself (most are) shares its organisation's facts.
  const references = new Map<string, Reference>();
  const addReference = (registrable: string, weight: number, provider: boolean, facts = describeDomain(registrable, suffixes)) => {
    const reference: Reference = { facts, weight, provider, standing: provider ? "provider" : "recipient", familiar: false };
    references.set(registrable, reference);
    return reference;
  };
  for (const domain of known) {
    const registrable = registrableDomain(domain, suffixes);
    // Described as the host it is (jp.fujitsu.com), so that jp-fujitsu.com meets it as one name run together.
    if (!references.has(registrable)) addReference(registrable, Infinity, false, describeDomain(domain, suffixes)).standing = "known";
  }
  // Each recipient domain with its organisation, which weighs as many recipients as its domains have.
  const candidates: { facts: DomainFacts; own: Reference }[] = [];
  for (const { domain, recipients, familiar } of recipientDomains) {
    const facts = references.get(domain)?.facts ?? describeDomain(domain, suffixes);
    const existing = references.get(facts.registrable);
    const own = existing ?? addReference(facts.registrable, 0, false, facts.registrable === domain ? facts : undefined);
    own.weight += recipients;
    own.familiar = (existing ? own.familiar : true) && familiar === true;
    candidates.push({ facts, own });
  }
  // A provider is never the slip. On this mail it is compared like any recipient's
  // organisation (gmail.co.jp beside gmail.com); elsewhere only for slips. Only those a
  // recipient domain could meet are looked up and described: of a hundred, mostly none.
  const mayMeet = providersMeeting(candidates.map((candidate) => candidate.facts));
  for (const domain of providers) {
    if (!mayMeet(domain)) continue;
    const registrable = registrableDomain(domain, suffixes);
    const onThisMail = references.get(registrable);
    if (!onThisMail) addReference(registrable, Infinity, true);
    else if (onThisMail.standing === "recipient") {
      onThisMail.weight = Infinity;
      onThisMail.standing = "provider";
    }
  }

  // Known names (internal, trusted, mailbox providers: weight Infinity) and the recipients'
  // own organisations are indexed apart, so that once the budget for recipient-to-recipient
  // comparisons is spent only the known ones are even walked.
  const knownIndex = new ReferenceIndex(minLabelLength);
  const recipientIndex = new ReferenceIndex(minLabelLength);
  references.forEach((reference) => (reference.weight === Infinity ? knownIndex : recipientIndex).add(reference));

  const found: Lookalike[] = [];
  // Comparisons between two recipient organisations still allowed: a mail to thousands of
  // organisations that are near-variants of each other would otherwise cost seconds inside
  // the send's deadline. Internal, trusted and mailbox-provider names are always compared.
  let recipientComparisonsLeft = RECIPIENT_COMPARISON_BUDGET;
  for (const { facts, own } of candidates) {
    if (own.weight === Infinity) continue;
    let best: { match: Match; reference: Reference } | null = null;
    const consider = (reference: Reference) => {
      // The larger organisation is the intended one: only it serves as a reference for the smaller.
      // Of an organisation the sender has written to and a new one, the first is the intended one whatever the weights.
      const meant = reference.familiar && !own.familiar;
      if (own.familiar && !reference.familiar && reference.standing === "recipient") return;
      if (reference === own || (reference.weight < own.weight && !meant)) return;
      const match = resemblance(facts, reference.facts, minLabelLength, meant ? "known" : reference.standing);
      if (!match || (reference.provider && match.kind === "otherSuffix")) return;
      // Never between two mailbox providers (yahoo.co.jp / yahoo.com, gmail.com / ymail.com); asked of matches only, which are few.
      if (consumer.has(facts.ascii) && consumer.has(reference.facts.ascii)) return;
      if (!best || match.rank < best.match.rank || (match.rank === best.match.rank && reference.weight > best.reference.weight)) {
        best = { match, reference };
      }
    };
    knownIndex.each(facts, consider);
    if (recipientComparisonsLeft > 0) {
      recipientIndex.each(facts, (reference) => {
        if (recipientComparisonsLeft-- > 0) consider(reference);
      });
    }
    const chosen = best as { match: Match; reference: Reference } | null;
    if (chosen) found.push({ domain: facts.ascii, kind: chosen.match.kind, similar: chosen.reference.facts.registrable });
    else if (facts.mixedScript) found.push({ domain: facts.ascii, kind: "mixedScript" });
  }
  return found;
}

/**
 * Whether a mailbox provider's host could meet one of `candidates` in a ReferenceIndex, or be
 * one's organisation, told without looking it up in the suffix list: by edit distance, or as
 * the same organisation, only under the same suffix (so the host ends with it), and otherwise
 * only by a skeleton key they share. Its organisation's keys come from the host alone: its
 * registrable label is one of its labels and its registrable domain one of its tails, so they
 * are among each label's skeleton, with and without hyphens, and each tail's run together (a
 * host that is a public suffix itself, all label, meets only a domain that is one too). A part
 * is only reduced to its skeleton when one of the candidates' keys is as long as that can be.
 */
export function providersMeeting(candidates: readonly DomainFacts[]): (host: string) => boolean {
  const endings = new Set<string>();
  const keys = new Set<string>();
  const keyLengths: boolean[] = [];
  let shortestKey = Infinity;
  let anyIsSuffix = false;
  for (const facts of candidates) {
    // A recipient domain that is a public suffix itself (no label of its own) is compared whole: every provider may meet it.
    if (!facts.suffix) anyIsSuffix = true;
    endings.add(facts.suffix);
    for (const key of [facts.labelSkeleton, facts.joinedSkeleton, facts.plainSkeleton]) {
      keys.add(key);
      keyLengths[key.length] = true;
      shortestKey = Math.min(shortestKey, key.length);
    }
  }
  const endsWithOne = (host: string) => {
    for (let dot = host.indexOf("."); dot >= 0; dot = host.indexOf(".", dot + 1)) if (endings.has(host.slice(dot + 1))) return true;
    return false;
  };
  const sharesKey = (host: string) => {
    const plain = isAscii(host) && host.indexOf("xn--") < 0;
    // No part of a host is longer than the host: most providers' are shorter than every key of a business domain.
    if (plain && host.length < shortestKey) return false;
    const reduce = plain ? misreadSwaps : skeleton;
    // misreadSwaps writes one letter for one or two and keeps hyphens: a plain part's skeleton is no
    // longer than the part, nor shorter than half its letters. Other scripts' readings may be longer.
    const mayBeKey = (part: string) => {
      if (!plain) return true;
      const letters = part.length - (part.match(/-/g) || []).length;
      for (let length = Math.ceil(letters / 2); length <= part.length; length++) if (keyLengths[length]) return true;
      return false;
    };
    const unicode = unicodeOf(host);
    const labels = unicode.split(".");
    for (const label of labels) {
      if (!mayBeKey(label)) continue;
      const labelSkeleton = reduce(label);
      if (keys.has(labelSkeleton) || keys.has(labelSkeleton.replace(/-/g, ""))) return true;
    }
    for (let index = 0; index < labels.length; index++) {
      const runTogether = labels.slice(index).join("").replace(/-/g, "");
      if (mayBeKey(runTogether) && keys.has(reduce(runTogether))) return true;
    }
    return false;
  };
  return (host) => anyIsSuffix || endsWithOne(host) || sharesKey(host);
}

/**
 * References by what a name can meet them by. Edit distance needs the same suffix, names
 * of at least minLabelLength and lengths within two: by suffix, then by length. Whole-label
 * and joined matches meet by skeleton.
 */
class ReferenceIndex {
  private readonly bySuffixAndLength = new Map<string, Reference[][]>();
  private readonly bySkeleton = new Map<string, Reference[]>();

  constructor(private readonly minLabelLength: number) {}

  add(reference: Reference): void {
    const { suffix, skeletonChars, labelSkeleton, joinedSkeleton, plainSkeleton } = reference.facts;
    if (skeletonChars.length >= this.minLabelLength) {
      let byLength = this.bySuffixAndLength.get(suffix);
      if (!byLength) this.bySuffixAndLength.set(suffix, (byLength = []));
      addAt(byLength, skeletonChars.length, reference);
    }
    addTo(this.bySkeleton, labelSkeleton, reference);
    if (joinedSkeleton !== labelSkeleton) addTo(this.bySkeleton, joinedSkeleton, reference);
    if (plainSkeleton !== labelSkeleton) addTo(this.bySkeleton, plainSkeleton, reference);
  }

  /** Calls `visit` with each reference `facts` could resemble (one may come more than once). */
  each(facts: DomainFacts, visit: (reference: Reference) => void): void {
    const pools = [this.bySkeleton.get(facts.labelSkeleton), this.bySkeleton.get(facts.joinedSkeleton), this.bySkeleton.get(facts.plainSkeleton)];
    const length = facts.skeletonChars.length;
    // One letter short of minLabelLength still meets known names, for a letter left out.
    const byLength = length >= this.minLabelLength - 1 ? this.bySuffixAndLength.get(facts.suffix) : undefined;
    if (byLength) {
      // Only lengths the allowed edits bridge: a name two letters shorter must be long enough for two edits itself.
      const longest = length + editsAllowed(length, this.minLabelLength);
      for (let other = Math.max(this.minLabelLength, length - editsAllowed(length - 2, this.minLabelLength)); other <= longest; other++) {
        pools.push(byLength[other]);
      }
    }
    for (const pool of pools) if (pool) for (const reference of pool) visit(reference);
  }
}
