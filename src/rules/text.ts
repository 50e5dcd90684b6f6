/**
 * Text matching shared by the content rules (forgotten-attachment,
 * encrypted-archive, sensitive-content). Every matcher works on normalized
 * text, so full-width letters and digits (ＣＯＮＦＩＤＥＮＴＩＡＬ, ４１１１) and
 * full-width colons match their ASCII forms.
 */

/** The last texts normalized: each content rule normalizes the same subject and body. */
const recentlyNormalized: Array<[string, string]> = [];

/** NFKC folds full-width forms to ASCII; lower case makes matching case-insensitive. */
export function normalizeText(text: string): string {
  for (const [input, output] of recentlyNormalized) if (input === text) return output;
  const output = text.normalize("NFKC").toLowerCase();
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
 * Every place a term occurs in normalized text. A term that starts or ends
 * with an ASCII letter or digit must stand as a whole word there
 * ("confidential" does not match "confidentiality"); Japanese terms match
 * anywhere, since Japanese has no spaces between words.
 */
export function findTerms(text: string, terms: readonly string[]): TermMatch[] {
  const found: TermMatch[] = [];
  for (const raw of terms) {
    const term = normalizeText(raw).trim();
    if (term === "") continue;
    const checkStart = isWordChar(term[0]);
    const checkEnd = isWordChar(term[term.length - 1]);
    for (let index = text.indexOf(term); index >= 0; index = text.indexOf(term, index + 1)) {
      if (checkStart && isWordChar(text[index - 1])) continue;
      if (checkEnd && isWordChar(text[index + term.length])) continue;
      found.push({ term, index });
    }
  }
  return found;
}

/** Where a sentence ends: Japanese and English full stops, ! ?, line breaks (". " only, not "file.pdf"). */
const SENTENCE_END = /[。!?\n]|\.(\s|$)/g;

/** Start and end of the sentence of `text` around `index`. */
export function sentenceBounds(text: string, index: number): [number, number] {
  let start = 0;
  let end = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    if (m.index < index) {
      start = m.index + 1;
    } else {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/** The sentence around `index`, so that a negation is judged only next to what it negates. */
export function sentenceAt(text: string, index: number): string {
  const [start, end] = sentenceBounds(text, index);
  return text.slice(start, end);
}

const PHRASE_LENGTH = 40;

/** The sentence around a match for a message, cut to about 40 characters around the match. */
export function phraseAt(text: string, match: TermMatch): string {
  const [sentenceStart, sentenceEnd] = sentenceBounds(text, match.index);
  const start = Math.max(sentenceStart, Math.min(match.index - 15, sentenceEnd - PHRASE_LENGTH));
  const end = Math.min(sentenceEnd, start + PHRASE_LENGTH);
  const phrase = text.slice(start, end).trim();
  return `${start > sentenceStart ? "…" : ""}${phrase}${end < sentenceEnd ? "…" : ""}`;
}

/** Every match of each pattern in normalized text (patterns are written in lower case; their flags are not used). */
export function findPatterns(text: string, patterns: readonly RegExp[]): TermMatch[] {
  const found: TermMatch[] = [];
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, "g");
    for (let m = global.exec(text); m !== null; m = global.exec(text)) {
      found.push({ term: m[0], index: m.index });
      if (m[0] === "") global.lastIndex++;
    }
  }
  return found;
}

/** The matches whose sentence none of `negations` matches. */
export function unnegated(text: string, matches: readonly TermMatch[], negations: readonly RegExp[]): TermMatch[] {
  return matches.filter((m) => {
    const sentence = sentenceAt(text, m.index);
    return !negations.some((n) => n.test(sentence));
  });
}

/** Reply and forward prefixes clients add to a subject (after normalization: "ＲＥ：" is "re:"). */
const SUBJECT_PREFIX = /^\s*(re|fw|fwd|aw|wg|tr|返信|転送)\s*(\[\d+\])?\s*:/;

/** "reply" or "forward" when the subject starts with such a prefix: it then repeats an earlier subject. */
export function subjectKind(subject: string): "reply" | "forward" | "new" {
  const match = SUBJECT_PREFIX.exec(normalizeText(subject));
  if (!match) return "new";
  return /^(fw|fwd|wg|tr|転送)$/.test(match[1]) ? "forward" : "reply";
}
