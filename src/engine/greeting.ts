import type { GreetingMemo, RecipientMemory } from "./memory";
import type { ClassifiedRecipient } from "./rule";
import { romajiKey, type SurnameReadings } from "./surnames";
import type { Draft } from "./types";

/**
 * Who a mail is addressed to, as its greeting and file names say: 「青島電機株式会社 営業部\n
 * 藤田 海斗 様」, 「藤田さん、」, 「〇〇御中」, "Dear Ms. Fujita,", 「丸吉フーズ様_お見積書.pdf」.
 * Read by addressee-mismatch and, for the recipient memory, by the engine (what a send's
 * greeting named is remembered per address).
 */
export interface GreetedName {
  kind: "person" | "organisation";
  /** A person's name parts as written (family name first: 藤田, 海斗), or Latin words in lower case. */
  parts: string[];
  /** Written in Latin letters (Dear Ms. Fujita): compared by reading. */
  latin: boolean;
  /** The whole name, spaces removed: 藤田海斗, 青島電機. */
  text: string;
}

export interface Greeting {
  /** 各位, 皆様, ご担当者様, Dear all: addressed to no one in particular. */
  group: boolean;
  /** People and organisations greeted, except those on a CC line. */
  names: GreetedName[];
}

/** A greeting names one person or a few: past this many To recipients it is a mass mailing, never judged (and never slow). */
export const MAX_TO = 20;
/** Only the top of the new text is a greeting: a megabyte body is never read past this. */
const GREETING_CHARS = 300;
const GREETING_LINES = 6;

const GROUP = /各位|皆様|皆さま|みなさま|皆さん|みなさん|ご担当|御担当|担当者|お客様|関係者|^(dear|hi|hello|hey|good (morning|afternoon|evening)),? (all|everyone|everybody|team|colleagues|there|folks|sirs?|sir or madam|customers?|members?)\b|to whom it may concern/i;
/** 藤田様, 藤田 海斗 様, 藤田さん、…, 青島電機御中: the name, then an honorific ending the line or followed by a comma. */
const JAPANESE_GREETING = /^([^。!?]{1,40}?) ?(様|さま|さん|殿|先生|御中)(?:[、,:!]|$)/;
const LATIN_GREETING = /^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)),? ([a-z][a-z .,&'-]{0,60}?)[,:!]?$/i;
/** Fujita-san, Kaito san */
const LATIN_SAN = /^([a-z][a-z ]{1,30}?)[- ]san\b/i;
const CC_LINE = /^[([]?(cc|写し)[:)\]]/i;
const TITLES = /^(mr|mrs|ms|miss|mx|dr|prof|professor|sir|madam)\.?$/;
export const COMPANY = /株式会社|有限会社|合同会社|合資会社|合名会社|\((株|有)\)|法人|\b(inc|co|corp|ltd|llc|gmbh|k\.k)\b\.?/i;
/** A department or a job title: 営業部, 第二営業課, 東京支店, 部長, ご担当 (not a surname such as 渡部 or 服部). */
const UNIT_OR_TITLE_ENDING = /(部|課|室|係|局|班|グループ|チーム|センター|支店|支社|営業所|事業所|本社|工場|研究所|部門|担当|窓口|長|主任|代表|取締役|役員|専務|常務|教授|御中)$/;
const HIRAGANA = /[\u3041-\u309f]/;

function isUnitOrTitle(word: string, table: SurnameReadings): boolean {
  return UNIT_OR_TITLE_ENDING.test(word) && table.surnameAt(word) !== word;
}
const CJK = /[\u3005\u30a0-\u30ff\u4e00-\u9fff]/;

/** NFKC (full-width letters and spaces to ASCII), one space between words. */
export function foldName(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim();
}

function compact(parts: readonly string[]): string {
  return parts.join("").replace(/ /g, "");
}

/** What is left of an organisation's line without legal form, department and titles: 青島電機 of 「青島電機株式会社 営業部」. */
export function organisationCore(text: string, table: SurnameReadings): string {
  const words = foldName(text)
    .replace(new RegExp(COMPANY.source, "gi"), " ")
    .split(/[ /|・]+/)
    .filter((word) => word !== "" && !isUnitOrTitle(word, table));
  const core = compact(words).toLowerCase();
  return core.length >= 2 ? core : "";
}

function organisation(text: string, table: SurnameReadings): GreetedName[] {
  const core = organisationCore(text, table);
  return core ? [{ kind: "organisation", parts: [core], latin: !CJK.test(core), text: core }] : [];
}

/**
 * The person and organisation in what precedes an honorific: 「青島電機株式会社 営業部 藤田 海斗」,
 * 「青島電機の藤田」. Up to two trailing words are the person (family name, given name);
 * a first word that is no known surname before a second that is one is an organisation.
 */
function japaneseNames(before: string, honorific: string, organisationLines: readonly string[], table: SurnameReadings): GreetedName[] {
  const text = foldName(before);
  if (honorific === "御中" || COMPANY.test(text.split(" ").pop() || "")) return organisation([...organisationLines, text].join(" "), table);
  const of = text.lastIndexOf("の");
  const words = text.slice(of + 1).split(" ").filter((word) => !isUnitOrTitle(word, table));
  let person = words.slice(-2);
  if (person.length === 2 && !table.readingsOf(person[0]).length && (table.readingsOf(person[1]).length || person[0].length > 4 || !/^[\u3005\u4e00-\u9fff]+$/.test(person[0]))) {
    person = person.slice(1);
  }
  const rest = [...organisationLines, text.slice(0, of + 1), ...words.slice(0, words.length - person.length)].join(" ");
  const names = organisation(rest, table);
  // 「お疲れさま、」 and other phrases ending in さま are no names.
  if (person.length > 0 && !person.some((word) => HIRAGANA.test(word))) names.unshift({ kind: "person", parts: person, latin: false, text: compact(person) });
  return names;
}

/** "Ms. Fujita and Mr. Tamura" → one name per person, titles dropped, words in lower case. */
function latinNames(text: string): GreetedName[] {
  const names: GreetedName[] = [];
  for (const one of text.toLowerCase().split(/ ?(?:,|&|\band\b) ?/)) {
    const parts = one.split(/[ .]+/).filter((word) => word !== "" && !TITLES.test(word));
    if (parts.length > 0 && parts.length <= 3) names.push({ kind: "person", parts, latin: true, text: parts.join("") });
  }
  return names;
}

let lastText: string | undefined;
let lastGreeting: Greeting = { group: false, names: [] };
/** What recipients' display names and addresses say, by name and address: a mass mailing repeats them. */
const factsCache = new Map<string, RecipientFacts>();
let cachedWith: SurnameReadings | undefined;

/** Both caches hold readings: another table than the last call's (one loaded since the first send of a runtime) empties them. */
function cachesFor(table: SurnameReadings): void {
  if (table === cachedWith) return;
  cachedWith = table;
  lastText = undefined;
  factsCache.clear();
}

/** The lines a greeting may be on: the first few of the new text, folded. */
function greetingLines(newText: string): string[] {
  return newText
    .slice(0, GREETING_CHARS)
    .split("\n")
    .map(foldName)
    .filter((line) => line !== "")
    .slice(0, GREETING_LINES);
}

/** A file name's parts, its extension dropped: 「見積書(藤田様).xlsx」 → 見積書, 藤田様. */
function fileNameSegments(fileName: string): string[] {
  return foldName(fileName)
    .replace(/\.[a-z0-9]{1,5}$/i, "")
    .split(/[_\-()[\]【】「」 ・]+/);
}

/** 藤田様, 丸吉フーズ御中: a file name's segment made out to someone. */
const FILE_HONORIFIC = /^(.{2,30}?)(様|御中|殿)$/;

/**
 * Whether the greeting or a file name may name someone: only then can the surname table
 * change anything (readGreeting and namesInFileName read names only from such lines and
 * segments), so the send handler fetches the table only then. Asks no table, and says yes
 * to every line and segment they might read a name from.
 */
export function mayNameSomeone(newText: string, fileNames: readonly string[]): boolean {
  const namesLine = (line: string) => JAPANESE_GREETING.test(line) || LATIN_GREETING.test(line) || LATIN_SAN.test(line);
  const namesFile = (name: string) => fileNameSegments(name).some((segment) => FILE_HONORIFIC.test(segment) || COMPANY.test(segment));
  return greetingLines(newText).some(namesLine) || fileNames.some(namesFile);
}

/**
 * The greeting at the top of a mail's new text: its first lines, as long as they are
 * organisation lines followed by a name with an honorific, more such names, or CC lines.
 * A name further down (「藤田様にもよろしく」) is no greeting. The rule and the engine read
 * the same text, so the last answer is kept. `table` reads kanji surnames.
 */
export function readGreeting(newText: string, table: SurnameReadings): Greeting {
  cachesFor(table);
  if (newText === lastText) return lastGreeting;
  const greeting: Greeting = { group: false, names: [] };
  const lines = greetingLines(newText);
  let organisationLines: string[] = [];
  let greeted = false;
  for (const line of lines) {
    if (GROUP.test(line)) {
      greeting.group = true;
      break;
    }
    if (CC_LINE.test(line)) continue;
    const japanese = JAPANESE_GREETING.exec(line);
    const latin = japanese ? null : LATIN_GREETING.exec(line) || LATIN_SAN.exec(line);
    if (japanese || latin) {
      const names = japanese
        ? japaneseNames(japanese[1], japanese[2], organisationLines, table)
        : COMPANY.test(latin![1])
          ? organisation(latin![1], table)
          : latinNames(latin![1]);
      greeting.names.push(...names);
      organisationLines = [];
      greeted = true;
      if (!japanese || japanese[0].length < line.length) break; // the text goes on after the comma
      continue;
    }
    // Up to two lines of organisation and department above the first name: no sentence, no hiragana at the end.
    if (greeted || organisationLines.length >= 2 || line.length > 40 || /[。、!?]/.test(line) || HIRAGANA.test(line.slice(-1))) break;
    organisationLines.push(line);
  }
  lastText = newText;
  lastGreeting = greeting;
  return greeting;
}

/** 「丸吉フーズ様_お見積書.pdf」, 「見積書(藤田様).xlsx」, 「株式会社青島電機_請求書.pdf」: who a file is made for. */
export function namesInFileName(fileName: string, table: SurnameReadings): GreetedName[] {
  const names: GreetedName[] = [];
  for (const segment of fileNameSegments(fileName)) {
    const honorific = FILE_HONORIFIC.exec(segment);
    if (honorific) {
      // A person when it is a surname, alone or before a given name (藤田様, 藤田 海斗様); 若葉システム様 is a company.
      const words = honorific[1].split(" ");
      const isPerson = honorific[2] !== "御中" && words.length <= 2 && table.surnameAt(words[0]) === words[0];
      names.push(...(isPerson ? [{ kind: "person" as const, parts: words, latin: false, text: compact(words) }] : organisation(honorific[1], table)));
    } else if (COMPANY.test(segment)) {
      names.push(...organisation(segment, table));
    }
  }
  return names;
}

/** How a recipient stands to a name: it is them, it is someone else, or nothing tells. */
export type Verdict = "match" | "other" | "unknown";

/** What a recipient's display name and address say about who they are. */
interface RecipientFacts {
  /** Display name without brackets and department or title words, spaces removed (藤田海斗). */
  displayText: string;
  /** The whole display name folded, in lower case, spaces removed: organisations are looked for in it. */
  displayAll: string;
  /** Organisation named in the display name: 「藤田 海斗 (青島電機)」, 「青島電機株式会社 藤田」. */
  displayOrganisation: string;
  /**
   * The display name is a person's Japanese name: two short words (田村 陸), or a known
   * surname alone. One longer word is not: 青島電機 and 藤田工業 start with surnames too.
   */
  japanesePerson: boolean;
  /** …written with the given name (田村 陸, not 田村 alone): a greeting by given name is judged against it. */
  japaneseFullName: boolean;
  /** Reading keys of that person's surname. */
  displayReadings: readonly string[];
  /** Reading keys of a display name in Latin letters (Kaito Fujita → kaito, huzita). */
  latinWords: string[];
  /** Those words are a person's name: two or more, none a role, not the domain's name (Aoshima Denki at aoshima-denki). */
  latinPerson: boolean;
  /** Reading keys of the address's local part: k.fujita → [k, huzita]; kfujita → [k, huzita]. */
  localWords: string[];
  /** The local part is a person's: two words or more (an initial counts), one a surname's reading, none a role or the domain's name. */
  localPerson: boolean;
  /** Registrable label of the domain, letters only: aoshimadenki. */
  domainLabel: string;
}

/** Words of mailboxes and display names that are a role or a place, not a person: sales@, "Sales Team", osaka-branch@. */
const ROLE_WORDS = /^(team|sales|support|info|office|desk|admin|service|services|customer|department|dept|group|center|centre|noreply|contact|inquiry|helpdesk|billing|accounts?|hr|marketing|press|staff|unit|branch|shop|store|web|mail|master|recruit|saiyo|eigyo|eigyou|soumu|somu|jinji|keiri|kaikei|honsha|shiten|jimu|jimukyoku)$/;

/** A local part's words as reading keys, an initial split off a word that reads as a surname only without it. */
function localWords(local: string, table: SurnameReadings): string[] {
  const words: string[] = [];
  for (const word of local.split(/[^a-z]+/)) {
    if (word === "") continue;
    if (word.length > 4 && !table.isReading(romajiKey(word))) {
      if (table.isReading(romajiKey(word.slice(1)))) {
        words.push(word.charAt(0), romajiKey(word.slice(1)));
        continue;
      }
      if (table.isReading(romajiKey(word.slice(0, -1)))) {
        words.push(romajiKey(word.slice(0, -1)), word.slice(-1));
        continue;
      }
    }
    words.push(word);
  }
  return words;
}

/**
 * Whether words (lower case) are a person's name rather than a role, a place or the
 * organisation's own name: at least two, none a role word, not all found in the domain's
 * label (aoshima@aoshima-denki, Aoshima Denki), and one a surname's reading unless the
 * greeting itself is in Latin letters (then any two-word name tells).
 */
function namesPerson(words: readonly string[], domainLabel: string, anyName: boolean, table: SurnameReadings): boolean {
  return (
    words.length >= 2 &&
    !words.some((word) => ROLE_WORDS.test(word)) &&
    !words.every((word) => word.length === 1 || domainLabel.indexOf(word) >= 0) &&
    (anyName || words.some((word) => word.length > 1 && table.isReading(romajiKey(word))))
  );
}

/** 藤田 海斗, or a known surname and at most three characters more (藤田海斗): a person's name, written in kanji. */
function looksLikeJapaneseName(text: string, table: SurnameReadings): boolean {
  const words = text.split(" ");
  if (words.length === 2) return words.every((word) => word.length <= 4);
  const surname = table.surnameAt(text);
  return words.length === 1 && surname !== undefined && text.length - surname.length <= 3;
}

/** What a display name says: the facts the surname table is read for (latinWords as written, in lower case). */
type DisplayFacts = Pick<RecipientFacts, "displayText" | "displayAll" | "displayOrganisation" | "japanesePerson" | "japaneseFullName" | "displayReadings" | "latinWords">;

function displayFactsOf(displayName: string, table: SurnameReadings): DisplayFacts {
  const display = displayName.indexOf("@") >= 0 ? "" : foldName(displayName);
  const bracket = /[([【][^)\]】]*[)\]】]/g;
  // A bracket names the organisation when it says so (株式会社) or is a name of four characters or more
  // that is no person's: not (在宅), (ふじた), (藤田 海斗) or (藤田海斗).
  const bracketedOrganisations = (display.match(bracket) || [])
    .map((text) => text.slice(1, -1))
    .filter((text) => COMPANY.test(text) || (text.length >= 4 && CJK.test(text) && !HIRAGANA.test(text) && !looksLikeJapaneseName(text, table)));
  const words = display.replace(bracket, " ").split(/[ /|,・]+/).filter((word) => word !== "");
  const personWords = words.filter((word) => !COMPANY.test(word) && !isUnitOrTitle(word, table));
  const cjk = personWords.length > 0 && personWords.length <= 2 && personWords.every((word) => CJK.test(word) && !HIRAGANA.test(word));
  const surname = cjk ? table.surnameAt(personWords[0]) : undefined;
  const latin = !cjk && personWords.length <= 3 && personWords.every((word) => /^[a-z][a-z'.-]*$/i.test(word));
  return {
    displayText: compact(personWords),
    displayAll: compact(words.concat(bracketedOrganisations)).toLowerCase(),
    displayOrganisation: organisationCore([...bracketedOrganisations, ...words.filter((word) => COMPANY.test(word))].join(" "), table),
    japanesePerson: cjk && (personWords.length === 2 ? personWords.every((word) => word.length <= 4) : surname === personWords[0]),
    japaneseFullName: cjk && personWords.length === 2,
    displayReadings: surname ? table.readingsOf(surname) : [],
    latinWords: latin ? personWords.map((word) => word.replace(/\.$/, "").toLowerCase()) : [],
  };
}

function factsOf(recipient: ClassifiedRecipient, table: SurnameReadings): RecipientFacts {
  cachesFor(table);
  // The facts read the organisation too, which another suffix list (the built-in one until the full list loads) or policy may change.
  const organisation = recipient.party.consumer ? "" : recipient.party.organisation;
  const cacheKey = `${recipient.name}\n${recipient.normalized}\n${organisation}`;
  const cached = factsCache.get(cacheKey);
  if (cached) return cached;
  const shown = displayFactsOf(recipient.name, table);
  const atSign = recipient.normalized.lastIndexOf("@");
  const domainLabel = organisation.split(".")[0].replace(/[^a-z]/g, "");
  const local = localWords(atSign > 0 ? recipient.normalized.slice(0, atSign) : recipient.normalized, table);
  const facts: RecipientFacts = {
    ...shown,
    latinWords: shown.latinWords.map(romajiKey),
    latinPerson: namesPerson(shown.latinWords, domainLabel, true, table),
    localWords: local.map(romajiKey),
    localPerson: namesPerson(local, domainLabel, false, table),
    domainLabel,
  };
  if (factsCache.size > 1000) factsCache.clear();
  factsCache.set(cacheKey, facts);
  return facts;
}

/** The parts of a draft the addressee checks read names in, as many of them as have been read. */
export type DraftNames = Partial<Pick<Draft, "body" | "attachments" | "to" | "cc">>;

/** mayNameSomeone of the greeting and file names read so far. */
export function mayNameSomeoneIn(draft: DraftNames): boolean {
  return mayNameSomeone(draft.body ? draft.body.newText : "", (draft.attachments || []).map((attachment) => attachment.name));
}

/**
 * Asks `table` for every surname the addressee checks may read in a draft: in its greeting
 * and file names, and the To and CC recipients' display names (addresses are read with the
 * keys alone). A table in parts (SurnameParts) then knows the shards the draft needs before
 * it is judged. Judges nothing.
 */
export function readNamesOf(draft: DraftNames, table: SurnameReadings): void {
  const fileNames = (draft.attachments || []).map((attachment) => namesInFileName(attachment.name, table));
  const greeted = draft.body ? readGreeting(draft.body.newText, table).names : [];
  for (const name of greeted.concat(...fileNames)) if (name.kind === "person") readingsOfPerson(name, table);
  for (const recipient of (draft.to || []).concat(draft.cc || [])) displayFactsOf(recipient.name, table);
}

/** Reading keys of a greeted person: 藤田 (海斗) → [huzita]; Kaito Fujita → [kaito, huzita]. Empty when unreadable. */
export function readingsOfPerson(name: GreetedName, table: SurnameReadings): string[] {
  if (name.latin) return name.parts.map(romajiKey);
  const surname = table.surnameAt(name.parts[0]);
  return surname ? table.readingsOf(surname).slice() : [];
}

/** The greeted person is known to be a surname: a readable 藤田, not 海斗 or a name in Latin letters (given or family?). */
function isSurname(name: GreetedName, table: SurnameReadings): boolean {
  return !name.latin && table.surnameAt(name.parts[0]) === name.parts[0];
}

/**
 * A name's key in the recipient memory: one of its readings (a Latin name's last word, the
 * family name in English order), or the name as written when it has none.
 */
export function memoryKeyOf(name: GreetedName, table: SurnameReadings): string {
  const readings = readingsOfPerson(name, table);
  return readings.length > 0 ? readings[name.latin ? readings.length - 1 : 0] : name.text;
}

/**
 * Whether `words` (reading keys of a display name or an address) name this person: a word
 * is one of the readings. Otherwise, when the words name someone (a surname's reading
 * among them, or a two-word Latin name) and no initial could be the greeted one's, "other".
 */
function wordsVerdict(words: readonly string[], readings: readonly string[], namesSomeone: boolean): Verdict {
  if (words.some((word) => readings.indexOf(word) >= 0)) return "match";
  if (readings.length === 0 || !namesSomeone) return "unknown";
  return words.some((word) => word.length === 1 && readings.some((reading) => reading.charAt(0) === word)) ? "unknown" : "other";
}

/** Combines what several sources say: any match wins (the rule would rather stay silent), then any "other". */
function combine(verdicts: readonly Verdict[]): Verdict {
  return verdicts.indexOf("match") >= 0 ? "match" : verdicts.indexOf("other") >= 0 ? "other" : "unknown";
}

/** Whether the greeted person is this recipient, judged from display name, address and what the memory holds. */
export function personVerdict(name: GreetedName, recipient: ClassifiedRecipient, memory: RecipientMemory | undefined, table: SurnameReadings): Verdict {
  const facts = factsOf(recipient, table);
  const readings = readingsOfPerson(name, table);
  const surname = isSurname(name, table);
  const verdicts: Verdict[] = [];
  if (!name.latin && facts.displayText !== "") {
    // The name as written: 藤田 in 藤田 海斗, 海斗 in 藤田海斗; readings tell 櫻井 and 桜井 alike.
    if (facts.displayAll.indexOf(name.text) >= 0 || facts.displayAll.indexOf(name.parts[0]) >= 0) verdicts.push("match");
    else if (facts.japanesePerson && (surname || facts.japaneseFullName)) verdicts.push(readings.some((r) => facts.displayReadings.indexOf(r) >= 0) ? "match" : "other");
  }
  if (name.latin && facts.japanesePerson && readings.some((r) => facts.displayReadings.indexOf(r) >= 0)) verdicts.push("match");
  // A Latin display name or an address tells only when it is a person's (Riku Tamura, r.tamura), and
  // only against a surname or a Latin name: 海斗 may be the given name the address leaves out.
  const judged = surname || name.latin;
  if (facts.latinWords.length > 0) verdicts.push(wordsVerdict(facts.latinWords, readings, facts.latinPerson && judged));
  verdicts.push(wordsVerdict(facts.localWords, readings, facts.localPerson && judged));
  if (memory) {
    const greeted = memory.greetedAs(recipient.normalized, readings.length > 0 ? readings : [name.text]);
    if (greeted !== undefined) verdicts.push(greeted ? "match" : surname ? "other" : "unknown");
  }
  return combine(verdicts);
}

/** Whether the greeted organisation is this recipient's, judged from display name, domain and memory. */
export function organisationVerdict(name: GreetedName, recipient: ClassifiedRecipient, memory: RecipientMemory | undefined, table: SurnameReadings): Verdict {
  const facts = factsOf(recipient, table);
  const verdicts: Verdict[] = [];
  if (facts.displayAll.indexOf(name.text) >= 0 || (facts.displayOrganisation !== "" && name.text.indexOf(facts.displayOrganisation) >= 0)) verdicts.push("match");
  else if (facts.displayOrganisation !== "") verdicts.push("other");
  // A name in Latin letters against the domain: Wakaba System and wakaba-system.example.
  const letters = name.text.replace(/[^a-z]/g, "");
  if (name.latin && letters.length >= 3 && facts.domainLabel.length >= 3 && (letters.indexOf(facts.domainLabel) >= 0 || facts.domainLabel.indexOf(letters) >= 0)) verdicts.push("match");
  if (memory && !recipient.party.consumer) {
    const greeted = memory.greetedAt(name.text, recipient.party.key);
    if (greeted !== undefined) verdicts.push(greeted ? "match" : "other");
  }
  return combine(verdicts);
}

export function verdictFor(name: GreetedName, recipient: ClassifiedRecipient, memory: RecipientMemory | undefined, table: SurnameReadings): Verdict {
  return name.kind === "person" ? personVerdict(name, recipient, memory, table) : organisationVerdict(name, recipient, memory, table);
}

/**
 * What to remember of a send's greeting (DESIGN §1a): the name each outside To recipient
 * it matched was greeted by, and the party each organisation's name went to. With no
 * recipient matched, a single outside To recipient the greeting does not contradict is
 * the one greeted (k.f@ greeted 藤田様: next time, 藤田 is known there).
 */
export function greetingMemo(newText: string, to: readonly ClassifiedRecipient[], memory: RecipientMemory | undefined, table: SurnameReadings): GreetingMemo {
  const memo: GreetingMemo = { people: [], organisations: [] };
  if (to.length > MAX_TO) return memo;
  const greeting = readGreeting(newText, table);
  const outside = to.filter((r) => r.external && r.domain !== "");
  if (greeting.group || greeting.names.length === 0 || outside.length === 0) return memo;
  const people = greeting.names.filter((name) => name.kind === "person");
  let greeted: ClassifiedRecipient[] = [];
  for (const person of people) {
    for (const recipient of outside) {
      if (personVerdict(person, recipient, memory, table) !== "match") continue;
      memo.people.push({ address: recipient.normalized, name: memoryKeyOf(person, table) });
      greeted.push(recipient);
    }
  }
  if (greeted.length === 0 && outside.length === 1 && people.every((person) => personVerdict(person, outside[0], memory, table) === "unknown")) {
    greeted = outside;
    for (const person of people.slice(0, 1)) memo.people.push({ address: outside[0].normalized, name: memoryKeyOf(person, table) });
  }
  const parties = greeted.map((r) => r.party).filter((party, index, all) => !party.consumer && all.findIndex((p) => p.key === party.key) === index);
  if (parties.length !== 1) return memo;
  for (const name of greeting.names) {
    if (name.kind === "organisation" && greeted.every((r) => organisationVerdict(name, r, memory, table) !== "other")) {
      memo.organisations.push({ name: name.text, party: parties[0].key });
    }
  }
  return memo;
}
