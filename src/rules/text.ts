/**
 * Text matching shared by the content rules (forgotten-attachment,
 * encrypted-archive, sensitive-content). Every matcher works on normalized
 * text, so full-width letters and digits (ＣＯＮＦＩＤＥＮＴＩＡＬ, ４１１１) and
 * full-width colons match their ASCII forms.
 */

/**
 * The last long texts normalized: each content rule normalizes the same body. Short
 * strings (terms, subjects, file names) are cheap and would only push the body out.
 */
const recentlyNormalized: Array<[string, string]> = [];
const WORTH_CACHING = 1000;

/**
 * NFKC folds full-width forms to ASCII. ㊙ is a label, which NFKC would turn into
 * a bare 秘 (as in 秘書): it becomes (秘).
 */
function foldWidth(text: string): string {
  return text.replace(/\u3299/g, "(秘)").normalize("NFKC");
}

/** foldWidth, and lower case to make matching case-insensitive. */
function fold(text: string): string {
  return foldWidth(text).toLowerCase();
}

export function normalizeText(text: string): string {
  if (text.length < WORTH_CACHING) return fold(text);
  for (const [input, output] of recentlyNormalized) if (input === text) return output;
  const output = fold(text);
  recentlyNormalized.unshift([text, output]);
  if (recentlyNormalized.length > 4) recentlyNormalized.pop();
  return output;
}

const WORD_CHAR = /[a-z0-9]/;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

export interface TermMatch {
  /** What matched: the listed term or the pattern's match (normalized). */
  term: string;
  index: number;
}

/**
 * Which matches a matcher keeps: `accept` may reject one by its context (a label that is
 * really an NDA's wording), and with `firstOnly` each term stops at its first accepted
 * match, for callers that only ask which terms occur.
 */
export interface MatchFilter {
  accept?: (text: string, index: number) => boolean;
  firstOnly?: boolean;
}

/**
 * Every place a term occurs in normalized text. A term that starts or ends
 * with an ASCII letter or digit must stand as a whole word there
 * ("confidential" does not match "confidentiality"); Japanese terms match
 * anywhere, since Japanese has no spaces between words.
 */
export function findTerms(text: string, terms: readonly string[]): TermMatch[] {
  return termFinder(terms)(text);
}

interface PreparedTerm {
  term: string;
  checkStart: boolean;
  checkEnd: boolean;
}

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/-]/g;

/**
 * A regex source matching wherever one of `terms` starts, written as their trie:
 * 社外秘, 社内秘 → 社(?:外秘|内秘). V8 searches a megabyte for it in one pass, faster
 * than one indexOf per term, which a plain alternation (社外秘|社内秘) is not.
 */
function trieSource(terms: readonly string[]): string {
  interface TrieNode {
    next: Map<string, TrieNode>;
    ends: boolean;
  }
  const root: TrieNode = { next: new Map(), ends: false };
  for (const term of terms) {
    let node = root;
    for (let i = 0; i < term.length; i++) {
      let child = node.next.get(term[i]);
      if (!child) node.next.set(term[i], (child = { next: new Map(), ends: false }));
      node = child;
    }
    node.ends = true;
  }
  const sourceOf = (node: TrieNode): string => {
    const branches: string[] = [];
    node.next.forEach((child, char) => branches.push(char.replace(REGEX_SYNTAX, "\\$&") + sourceOf(child)));
    if (branches.length === 0) return "";
    const rest = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
    // A term ending here makes the rest optional; only the start of a match is used.
    return node.ends ? `(?:${rest})?` : rest;
  };
  return sourceOf(root);
}

/**
 * Texts shorter than this are searched one indexOf per term: for most mail (a subject, a file
 * name, a few lines) that costs less than building the tries and their regexes, which on a
 * first send cost more than the search itself.
 */
export const TRIE_MIN_CHARS = 10_000;

/**
 * findTerms for many texts with the same terms: each term is normalized once.
 *
 * A long text's terms starting with an ASCII character and the others (Japanese) are
 * searched as two tries, since V8 skips ahead far better through one script's trie than
 * through both. Each place a trie matches is then checked against each term still
 * searched for. With `firstOnly`, a term that has matched leaves
 * the trie, so a body saying "confidential" 4,000 times is not stopped at 4,000 times.
 */
export function termFinder(terms: readonly string[], filter: MatchFilter = {}): (text: string) => TermMatch[] {
  const prepared: PreparedTerm[] = [];
  for (const raw of terms) {
    const term = normalizeText(raw).trim();
    if (term !== "") prepared.push({ term, checkStart: isWordChar(term[0]), checkEnd: isWordChar(term[term.length - 1]) });
  }
  const { accept, firstOnly } = filter;
  const byScript: number[][] = [[], []];
  prepared.forEach((p, i) => byScript[p.term.charCodeAt(0) < 0x80 ? 0 : 1].push(i));
  // The trie of each set of terms still searched for, built once per set.
  const tries = new Map<string, RegExp>();
  const trieOf = (indexes: readonly number[]) => {
    const key = indexes.join(",");
    let trie = tries.get(key);
    if (!trie) tries.set(key, (trie = new RegExp(trieSource(indexes.map((i) => prepared[i].term)), "g")));
    return trie;
  };
  const matchesAt = (text: string, index: number, { term, checkStart, checkEnd }: PreparedTerm) =>
    text.startsWith(term, index) &&
    !(checkStart && isWordChar(text[index - 1])) &&
    !(checkEnd && isWordChar(text[index + term.length])) &&
    (!accept || accept(text, index));

  /** Each term's matches, one indexOf after another, in the order the tries give them. */
  const eachTerm = (text: string) => {
    const found: TermMatch[] = [];
    for (const p of prepared) {
      for (let index = text.indexOf(p.term); index >= 0; index = text.indexOf(p.term, index + 1)) {
        if (!matchesAt(text, index, p)) continue;
        found.push({ term: p.term, index });
        if (firstOnly) break;
      }
    }
    return found;
  };

  return (text) => {
    if (text.length < TRIE_MIN_CHARS) return eachTerm(text);
    const byTerm: TermMatch[][] = prepared.map(() => []);
    for (const script of byScript) {
      let searched = script;
      let trie = searched.length > 0 ? trieOf(searched) : null;
      let from = 0;
      while (trie !== null) {
        trie.lastIndex = from;
        const start = trie.exec(text);
        if (start === null) break;
        const index = start.index;
        let finished = false;
        for (const i of searched) {
          if (!matchesAt(text, index, prepared[i])) continue;
          byTerm[i].push({ term: prepared[i].term, index });
          if (firstOnly) finished = true;
        }
        if (finished) {
          searched = searched.filter((i) => byTerm[i].length === 0);
          trie = searched.length > 0 ? trieOf(searched) : null;
        }
        from = index + 1;
      }
    }
    const found: TermMatch[] = [];
    for (const list of byTerm) for (const match of list) found.push(match);
    return found;
  };
}

/**
 * Legal footers ("This e-mail and any attachments are confidential and
 * intended solely for…", 「本メールおよび添付ファイルには機密情報が含まれて
 * いる場合があります。誤って受信された場合は…」) are on every mail, so their
 * words (confidential, 機密, attachments, 添付ファイル) say nothing about this
 * one. Works on normalized text.
 */
const DISCLAIMER =
  /intended (solely |only )?for|intended recipient|received this (e-?mail|message|communication) in error|if you are not the (intended )?(addressee|recipient)|this (e-?mail|message|communication),? (and|including) any (files|attachments)|誤って(受信|配信|送信)|誤送信|お心当たりのない|心当たりのない|宛先に誤り|(本|この)(電子)?メール(および|及び|ならびに|並びに)(その)?添付ファイル|無断(で|の)?(転載|複製|転送|開示|使用|利用)|第三者(へ|に)の?(開示|転送|提供)/;

/** Blank lines between paragraphs; a footer ends at one. */
const PARAGRAPH_BREAK = /\n\s*\n/g;
/** A paragraph break other than one empty line, which the split and join below rewrite as one. */
const WIDE_PARAGRAPH_BREAK = /\n\s+\n/;
/** Either of them: one search of a long text instead of two. */
const FOOTER_OR_WIDE_BREAK = new RegExp(`${DISCLAIMER.source}|${WIDE_PARAGRAPH_BREAK.source}`);

/** A line that starts a footer: ※本メールは…, This e-mail…, CONFIDENTIALITY NOTICE. */
const FOOTER_START = /^\W{0,3}((本|この|当)(電子)?メール|this (e-?mail|message|communication)|the information (contained )?in this|confidential(ity)? notice|disclaimer|免責)/;

/**
 * The text without legal footers. A footer runs to the end of its paragraph
 * (block between blank lines), from its first line that starts a footer or
 * reads like one; what comes before it in a mail written without blank lines stays.
 */
export function withoutDisclaimers(text: string): string {
  // DISCLAIMER has no ^ or $ (and paragraphs end in whitespace), so a paragraph can only match
  // where the whole text does: most mail has no footer, and searching the whole text spares
  // testing each paragraph. Without wide breaks either, the text comes back as it is.
  if (!FOOTER_OR_WIDE_BREAK.test(text)) return text;
  if (!DISCLAIMER.test(text)) return text.replace(PARAGRAPH_BREAK, "\n\n");
  return text
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => {
      if (!DISCLAIMER.test(paragraph)) return paragraph;
      const lines = paragraph.split("\n");
      const start = lines.findIndex((line) => FOOTER_START.test(line) || DISCLAIMER.test(line));
      return lines.slice(0, Math.max(start, 0)).join("\n");
    })
    .join("\n\n");
}

/** Where a sentence ends: Japanese and English full stops, ! ?, line breaks (". " only, not "file.pdf"). */
const SENTENCE_END = /[。!?\n]|\.(\s|$)/g;

/**
 * Start and end of the sentence around an index of `text`, for many indexes:
 * the sentence ends are found once, on the first lookup (most texts have no match
 * to locate), then each lookup is a binary search, so a body with thousands of
 * matches stays linear.
 */
export function sentenceLocator(text: string): (index: number) => [number, number] {
  let ends: number[] | undefined;
  return (index) => {
    if (ends === undefined) {
      ends = [];
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) ends.push(m.index);
    }
    // The first end at or after index closes the sentence; the one before it opens it.
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ends[middle] < index) low = middle + 1;
      else high = middle;
    }
    return [low > 0 ? ends[low - 1] + 1 : 0, low < ends.length ? ends[low] : text.length];
  };
}

/** Start and end of the sentence of `text` around `index`. */
export function sentenceBounds(text: string, index: number): [number, number] {
  return sentenceLocator(text)(index);
}

const PHRASE_LENGTH = 40;
const LATIN_WORD_CHARACTER = /[0-9a-z]/;

/** Between two letters of one Latin word: a cut there would leave half of it ("…our email", "for Oct…"). */
function insideLatinWord(text: string, at: number): boolean {
  return LATIN_WORD_CHARACTER.test(text.charAt(at - 1)) && LATIN_WORD_CHARACTER.test(text.charAt(at));
}

/** The sentence around a match for a message, cut to about 40 characters around the match, between words. */
export function phraseAt(text: string, match: TermMatch): string {
  const [sentenceStart, sentenceEnd] = sentenceBounds(text, match.index);
  let start = Math.max(sentenceStart, Math.min(match.index - 15, sentenceEnd - PHRASE_LENGTH));
  let end = Math.min(sentenceEnd, start + PHRASE_LENGTH);
  if (start > sentenceStart && insideLatinWord(text, start)) {
    const space = text.indexOf(" ", start);
    if (space >= 0 && space < match.index) start = space + 1;
  }
  if (end < sentenceEnd && insideLatinWord(text, end)) {
    const space = text.lastIndexOf(" ", end);
    if (space > match.index) end = space;
  }
  const phrase = text.slice(start, end).trim();
  return `${start > sentenceStart ? "…" : ""}${phrase}${end < sentenceEnd ? "…" : ""}`;
}

/**
 * Turns what was found in normalizeText(original) — a term or a phraseAt phrase,
 * lower case — back into how the writer typed it ("Q3", "ZIP", not "q3", "zip"),
 * full-width forms still folded. The same text is returned if it is not found, or
 * if lower-casing changed the length (a rare letter such as İ) so places differ.
 */
export function asWrittenIn(original: string): (found: string) => string {
  let written: string | undefined;
  return (found) => {
    const core = found.replace(/^…|…$/g, "");
    const lower = normalizeText(original);
    const at = lower.indexOf(core);
    if (written === undefined) written = foldWidth(original);
    if (at < 0 || core === "" || written.length !== lower.length) return found;
    return found.replace(core, written.slice(at, at + core.length));
  };
}

/** Every match of each pattern in normalized text (patterns are written in lower case; their flags are not used). */
export function findPatterns(text: string, patterns: readonly RegExp[], filter: MatchFilter = {}): TermMatch[] {
  const found: TermMatch[] = [];
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, "g");
    for (let m = global.exec(text); m !== null; m = global.exec(text)) {
      if (m[0] === "") global.lastIndex++;
      if (filter.accept && !filter.accept(text, m.index)) continue;
      found.push({ term: m[0], index: m.index });
      if (filter.firstOnly) break;
    }
  }
  return found;
}

/**
 * The matches whose sentence `test` does not reject (a negation is judged only
 * next to what it negates); each sentence is tested once, however many matches it holds.
 */
export function inSentencesNot(text: string, matches: readonly TermMatch[], test: (sentence: string) => boolean): TermMatch[] {
  const locate = sentenceLocator(text);
  const verdicts = new Map<number, boolean>();
  return matches.filter((m) => {
    const [start, end] = locate(m.index);
    let rejected = verdicts.get(start);
    if (rejected === undefined) {
      rejected = test(text.slice(start, end));
      verdicts.set(start, rejected);
    }
    return !rejected;
  });
}

/** The matches whose sentence none of `negations` matches. */
export function unnegated(text: string, matches: readonly TermMatch[], negations: readonly RegExp[]): TermMatch[] {
  return inSentencesNot(text, matches, (sentence) => negations.some((n) => n.test(sentence)));
}

/** Reply and forward prefixes clients add to a subject (after normalization: "ＲＥ：" is "re:"). */
const SUBJECT_PREFIX = /^\s*(re|fw|fwd|aw|wg|tr|返信|転送)\s*(\[\d+\])?\s*:/;

/** "reply" or "forward" when the subject starts with such a prefix: it then repeats an earlier subject. */
export function subjectKind(subject: string): "reply" | "forward" | "new" {
  const match = SUBJECT_PREFIX.exec(normalizeText(subject));
  if (!match) return "new";
  return /^(fw|fwd|wg|tr|転送)$/.test(match[1]) ? "forward" : "reply";
}
