import { arabicProperNameEnd } from "./arabic-proper-names.ts";
import type { Detection } from "./detection.ts";
import { firstNames } from "./first-names.ts";
import { arabicSentenceWords, organisationSuffix, placeNameParticles } from "./free-text-words.ts";
import { lowerCodeUnit, readsAsLowerCase, wordBitTable } from "./lexicon.ts";
import { adjacent, CASELESS, LOWER, type TokenTable, TokenWordSet, UPPER, WORD } from "./scan.ts";

/**
 * Streets named without a house number: "the bins on Orchard Lane", "J'habite rue Victor Hugo", "vivo en la calle
 * Mayor", "in der Goethestraße", "في شارع النصر". A street's name is personal data when it says where someone
 * lives or was, with a number or not; the patterns of the address recogniser need the number, these need
 * the street's type word and, where a type word has other senses, a word before it that puts a place there.
 * They are tried only at type words, and kept only where no numbered address was found. A street without a
 * number says where someone is only when the sentence is about someone: a person's word (a pronoun, a possessive,
 * a verb of living) comes before it in the sentence ("My car was hit on Station Road", "she lives on Elm Street").
 * A notice about a road ("The bridge on Main Road is closed") names no one.
 */

/**
 * English types written after the name. Only those that are rarely a surname or an ordinary noun after a
 * capitalised word: "Lane" and "Way" are surnames too, so a known given name before them makes a person.
 */
const trailingTypes = [
  "street",
  "road",
  "rd",
  "lane",
  "avenue",
  "ave",
  "drive",
  "crescent",
  "terrace",
  "boulevard",
  "blvd",
  "grove",
  "mews",
  "parade",
  "gardens",
  "way",
  "close",
  "row",
  "st",
];
/** Trailing types that are also family names ("Lois Lane", "Ellen Street"... "Dean Row"). */
const surnameTypes = new TokenWordSet([
  "lane",
  "way",
  "row",
  "grove",
  "close",
  "street",
  "gardens",
  "parade",
]);
/**
 * Words before an English street's name that say it is a place: "on", "along", "off", "in"... Not "to" or
 * "from", which come as often before a person ("a letter from Jane Lane").
 */
const englishPlacePrepositions = [
  "on",
  "in",
  "at",
  "along",
  "off",
  "down",
  "up",
  "onto",
  "opposite",
  "near",
  "past",
  "outside",
  "behind",
  "across",
];
/**
 * Types written before the name, in French, Spanish, Catalan, Portuguese and Italian: "rue Victor Hugo", "calle
 * Mayor", "Rua Augusta", "viale Monza". Not "via", "place", "route" or "passage", which are English words, nor
 * "square" and "cours".
 */
const leadingTypes = [
  "rue",
  "avenue",
  "boulevard",
  "allée",
  "impasse",
  "chemin",
  "quai",
  "calle",
  "avenida",
  "paseo",
  "camino",
  "carrer",
  "rua",
  "rúa",
  "travessa",
  "alameda",
  "estrada",
  "praça",
  "ladeira",
  "viale",
  "piazza",
];
/** Abbreviated leading types, which count only with their period: "Av. Paulista", "Avda. Diagonal", "Bd. Haussmann". */
const abbreviatedLeadingTypes = ["av", "avda", "bd"];
/**
 * Articles and prepositions inside a name written after its type ("rue de la Paix", "rua das Flores"), and the
 * words joining two names ("calle de San Juan y San Pedro").
 */
const nameParticles = [...placeNameParticles, "y", "et", "e"];
/** German words before a street's name: "in der Goethestraße", "Ecke Bahnhofstraße", "die Schönhauser Allee". */
const germanStreetCues = ["der", "die", "den", "dem", "zur", "ecke", "in", "an", "auf", "entlang", "über"];
/** German street types written as a word of their own after the name: "Schönhauser Allee", "Kölner Straße". */
const germanSeparateTypes = ["straße", "strasse", "allee", "gasse", "damm", "ufer"];
/** German compound suffixes that make a street, and compounds with them that are ordinary nouns. */
const germanCompoundSuffixes = ["straße", "strasse", "allee", "gasse"];
const germanStreetNouns = new TokenWordSet([
  "seitenstraße",
  "nebenstraße",
  "einbahnstraße",
  "hauptverkehrsstraße",
  "bundesstraße",
  "landstraße",
  "kreisstraße",
  "querstraße",
  "umgehungsstraße",
  "durchgangsstraße",
  "zufahrtsstraße",
  "wohnstraße",
  "parallelstraße",
  "ringstraße",
  "sackgasse",
  "seitengasse",
  "hintergasse",
  "baumallee",
  "spielstraße",
  "fahrradstraße",
  "einkaufsstraße",
]);

/**
 * Words that make a sentence about someone: pronouns, possessives and verbs of living, in the six languages. The
 * tokeniser keeps elided forms whole ("j'habite", "i'm").
 */
const personalWords = [
  ...[
    "i",
    "i'm",
    "i’m",
    "i've",
    "i’ve",
    "me",
    "my",
    "mine",
    "we",
    "we're",
    "we’re",
    "our",
    "us",
    "you",
    "your",
  ],
  ...["he", "she", "his", "her", "they", "their", "live", "lives", "living", "lived", "moved", "staying"],
  ...["je", "j'habite", "j’habite", "mon", "ma", "mes", "nous", "notre", "nos", "il", "elle", "habite"],
  ...["habitent", "habitons", "vis", "vit", "chez"],
  ...["yo", "mi", "mis", "su", "sus", "vivo", "vive", "vivimos", "viven", "nuestro", "nuestra", "nosotros"],
  ...["eu", "meu", "minha", "meus", "minhas", "moro", "mora", "moramos", "moram", "nós", "nosso", "nossa"],
  ...["ich", "mein", "meine", "meinem", "meiner", "meinen", "wir", "unser", "unsere", "unserer", "wohne"],
  ...["wohnt", "wohnen", "er", "ihr", "ihre"],
  ...["أسكن", "اسكن", "يسكن", "تسكن", "نسكن", "أقيم", "اقيم", "يقيم", "تقيم", "بيتي", "منزلي", "سكني"],
  ...["أعيش", "اعيش", "يعيش", "تعيش", "عنواني", "أنا", "انا", "نحن"],
];

const TRAILING_TYPE = 1;
const ENGLISH_CUE = 2;
const LEADING_TYPE = 4;
const PARTICLE = 8;
const GERMAN_CUE = 16;
const GERMAN_SEPARATE_TYPE = 32;
const PERSONAL = 64;
const ABBREVIATED_LEADING_TYPE = 128;
const wordClasses = Uint8Array.from(
  wordBitTable([
    [TRAILING_TYPE, trailingTypes],
    [ENGLISH_CUE, englishPlacePrepositions],
    [LEADING_TYPE, leadingTypes],
    [PARTICLE, nameParticles],
    [GERMAN_CUE, germanStreetCues],
    [GERMAN_SEPARATE_TYPE, germanSeparateTypes],
    [PERSONAL, personalWords],
    [ABBREVIATED_LEADING_TYPE, abbreviatedLeadingTypes],
  ]),
);

function classOf(table: TokenTable, token: number): number {
  if (token < 0 || token >= table.count) return 0;
  const id = table.wordId[token]!;
  return id > 0 && id < wordClasses.length ? wordClasses[id]! : 0;
}

function isCapitalisedWord(table: TokenTable, token: number): boolean {
  return table.kind[token] === WORD && table.first[token] === UPPER;
}

/** Whether a capitalised word follows `end` after a space or a period and a space: "St Albans", "St. Mary's". */
function capitalFollows(text: string, end: number): boolean {
  let index = end;
  if (text.charCodeAt(index) === 46) index++;
  if (text.charCodeAt(index) !== 32) return false;
  const code = text.charCodeAt(index + 1);
  return code >= 65 && code <= 90;
}

/**
 * "on Orchard Lane", "along Old Kent Road": one to three capitalised words and a trailing type at `type`, after a
 * place preposition. "St" followed by a capitalised word is a saint ("in St Albans"), and a known given name
 * before a type that is also a family name makes a person ("at Lois Lane's").
 */
function englishStreetAt(table: TokenTable, type: number): Detection | undefined {
  const { text } = table;
  const saint =
    table.end[type]! - table.start[type]! === 2 && readsAsLowerCase(text, table.start[type]!, "st");
  if (saint && capitalFollows(text, table.end[type]!)) return undefined;
  let first = type;
  while (
    first - 1 >= 0 &&
    type - first < 3 &&
    isCapitalisedWord(table, first - 1) &&
    adjacent(table, first - 1, first)
  )
    first--;
  if (first === type) return undefined;
  const cue = first - 1;
  if (cue < 0 || table.first[cue] !== LOWER || (classOf(table, cue) & ENGLISH_CUE) === 0) return undefined;
  if (!adjacent(table, cue, cue + 1)) return undefined;
  if (type - first === 1 && surnameTypes.hasToken(table, type) && firstNames.hasToken(table, first))
    return undefined;
  // "at Great Ormond Street Hospital", "at Mill Lane Surgery": a street naming the institution after it.
  const after = type + 1;
  if (
    after < table.count &&
    isCapitalisedWord(table, after) &&
    adjacent(table, type, after) &&
    organisationSuffix.hasToken(table, after)
  )
    return undefined;
  return {
    type: "STREET_ADDRESS",
    start: table.start[first]!,
    end: table.end[type]!,
    score: 0.6,
    reason: "street name and type after a place preposition",
  };
}

/** Whether the letter after `token` is an elided article's apostrophe: "quai d'Orsay", "rue de l'Église". */
function elidedBefore(table: TokenTable, token: number): boolean {
  if (table.end[token]! - table.start[token]! !== 1) return false;
  const mark = table.text.charCodeAt(table.end[token]!);
  return (mark === 39 || mark === 0x2019) && table.start[token + 1] === table.end[token]! + 1;
}

/**
 * "rue Victor Hugo", "calle Mayor", "Rua das Flores", "quai d'Orsay": a leading type at `type`, then capitalised
 * words (four at most) with articles and prepositions between them; it ends at its last capitalised word.
 */
function leadingTypeStreetAt(table: TokenTable, type: number, abbreviated: boolean): Detection | undefined {
  const { text, count } = table;
  let token = type;
  if (abbreviated) {
    const after = table.end[type]!;
    if (text.charCodeAt(after) !== 46 || table.start[type + 1] !== after + 2) return undefined;
    token++;
  } else {
    if (!adjacent(table, type, type + 1)) return undefined;
    token++;
  }
  let names = 0;
  let last = -1;
  for (; token < count && names < 4; token++) {
    if (table.kind[token] !== WORD) break;
    if (table.first[token] === UPPER) {
      names++;
      last = token;
    } else if (
      !(
        table.first[token] === LOWER &&
        ((classOf(table, token) & PARTICLE) !== 0 || elidedBefore(table, token))
      )
    )
      break;
    if (token + 1 >= count) break;
    const joined = adjacent(table, token, token + 1) || elidedBefore(table, token);
    if (!joined) break;
  }
  if (last < 0) return undefined;
  return {
    type: "STREET_ADDRESS",
    start: table.start[type]!,
    end: table.end[last]!,
    score: 0.6,
    reason: "street type and name",
  };
}

/** Whether capitalised word `token` is a German compound street name: "Goethestraße", "Karl-Marx-Allee". */
function germanCompoundStreet(table: TokenTable, token: number): boolean {
  const { text } = table;
  const start = table.start[token]!;
  const end = table.end[token]!;
  if (text.charCodeAt(end - 1) !== 101 || germanStreetNouns.hasToken(table, token)) return false;
  for (const suffix of germanCompoundSuffixes) {
    if (end - start >= suffix.length + 3 && readsAsLowerCase(text, end - suffix.length, suffix)) return true;
  }
  return false;
}

/**
 * "in der Goethestraße", "Ecke Schönhauser Allee": a German compound street name, or one or two capitalised
 * words and a separate type, right after an article or preposition.
 */
function germanStreetAt(table: TokenTable, token: number): Detection | undefined {
  const cue = token - 1;
  if (cue < 0 || (classOf(table, cue) & GERMAN_CUE) === 0 || !adjacent(table, cue, cue + 1)) return undefined;
  let end = -1;
  if (germanCompoundStreet(table, token)) end = token;
  else {
    for (let type = token + 1; type <= token + 2 && type < table.count; type++) {
      if (!adjacent(table, type - 1, type) || !isCapitalisedWord(table, type)) break;
      if ((classOf(table, type) & GERMAN_SEPARATE_TYPE) !== 0) {
        end = type;
        break;
      }
    }
  }
  if (end < 0) return undefined;
  return {
    type: "STREET_ADDRESS",
    start: table.start[token]!,
    end: table.end[end]!,
    score: 0.6,
    reason: "German street name after an article or preposition",
  };
}

const ARABIC_STREET = "شارع";
const ALEF = 0x627;
const LAM = 0x644;

/** Whether Arabic word `token` is "شارع" itself or with one joined letter ("بشارع", "وشارع"). */
function isArabicStreetWord(table: TokenTable, token: number): number {
  const { text } = table;
  const start = table.start[token]!;
  const length = table.end[token]! - start;
  if (length === 4 && text.startsWith(ARABIC_STREET, start)) return start;
  if (length === 5 && text.startsWith(ARABIC_STREET, start + 1) && "وبفل".includes(text[start]!))
    return start + 1;
  return -1;
}

function opensWithArticle(table: TokenTable, token: number): boolean {
  const start = table.start[token]!;
  return table.text.charCodeAt(start) === ALEF && table.text.charCodeAt(start + 1) === LAM;
}

/**
 * "في شارع النصر", "بشارع الملك فهد": the type without its article, then a name read as `arabicProperNameEnd`
 * reads one, whose first word has the article or is a given name ("شارع محمد الخامس"); an indefinite word
 * after the type is an adjective ("شارع مزدحم", a busy street).
 */
function arabicStreetAt(table: TokenTable, token: number): Detection | undefined {
  const start = isArabicStreetWord(table, token);
  if (start < 0) return undefined;
  const first = token + 1;
  if (first >= table.count || table.first[first] !== CASELESS || !adjacent(table, token, token + 1))
    return undefined;
  if (arabicSentenceWords.hasToken(table, first)) return undefined;
  if (!opensWithArticle(table, first) && !firstNames.hasToken(table, first)) return undefined;
  return {
    type: "STREET_ADDRESS",
    start,
    end: table.end[arabicProperNameEnd(table, first)]!,
    score: 0.6,
    reason: "Arabic street type and name",
  };
}

/** Characters that end a sentence: a person's word before one is in another sentence. */
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10 || code === 13 || code === 0x61f;
}

/** How many words before a street a person's word is looked for. */
const PERSONAL_WINDOW = 12;

/** Whether a person's word (`personalWords`) comes before word `token` in its sentence. */
function personalWordBefore(table: TokenTable, token: number): boolean {
  const { text } = table;
  for (let before = token - 1; before >= 0 && token - before <= PERSONAL_WINDOW; before--) {
    for (let index = table.end[before]!; index < table.start[before + 1]!; index++)
      if (endsSentence(text.charCodeAt(index))) return false;
    if ((classOf(table, before) & PERSONAL) !== 0) return true;
  }
  return false;
}

/** Street words written inside a word: German compounds and separate types ("Goethestraße", "Allee"). */
const germanStreetEndings = ["straße", "strasse", "allee", "gasse", "damm", "ufer"];

/**
 * Whether word `token` holds a street word that no word list gives by itself: a German street word at its end
 * ("Goethestraße", "Allee") or the Arabic type with a joined letter ("بشارع"). The last letter rules most words out
 * unread.
 */
function holdsStreetWordInside(table: TokenTable, token: number): boolean {
  const { text } = table;
  const end = table.end[token]!;
  const last = text.charCodeAt(end - 1);
  if (last === 0x639) return isArabicStreetWord(table, token) >= 0; // "ع" ends "شارع"
  if (last !== 101 && last !== 109 && last !== 114) return false; // "e", "m", "r"
  // The letter before the last rules out most of the rest ("the", "are", "name", "her"): "ße", "se", "ee", "mm",
  // "er" end the endings.
  const beforeLast = lowerCodeUnit(text.charCodeAt(end - 2));
  if (
    last === 101
      ? beforeLast !== 0xdf && beforeLast !== 115 && beforeLast !== 101
      : last === 109
        ? beforeLast !== 109
        : beforeLast !== 101
  )
    return false;
  const length = end - table.start[token]!;
  for (const ending of germanStreetEndings)
    if (length >= ending.length && readsAsLowerCase(text, end - ending.length, ending)) return true;
  return false;
}

/** The first word before `until` that holds a street word inside it (`holdsStreetWordInside`), or `until`. */
export function firstStreetWordInside(table: TokenTable, until: number): number {
  for (let token = 0; token < until; token++)
    if (table.kind[token] === WORD && holdsStreetWordInside(table, token)) return token;
  return until;
}

/**
 * Streets without house numbers in the text of `table` (see the comment at the top), from word `from` on: the
 * caller knows where the first type word is.
 */
export function streetsWithoutNumbers(table: TokenTable, from = 0): Detection[] {
  const found: Detection[] = [];
  const { count, kind, first } = table;
  let covered = 0;
  // A street needs a person's word at most PERSONAL_WINDOW words before it: until one is near, each word costs one
  // look-up.
  let lastPersonal = -PERSONAL_WINDOW - 1;
  for (let back = Math.max(0, from - PERSONAL_WINDOW); back < from; back++)
    if ((classOf(table, back) & PERSONAL) !== 0) lastPersonal = back;
  for (let token = from; token < count; token++) {
    if (kind[token] !== WORD) continue;
    const classes = classOf(table, token);
    if ((classes & PERSONAL) !== 0) lastPersonal = token;
    if (token - lastPersonal > PERSONAL_WINDOW || table.start[token]! < covered) continue;
    let street: Detection | undefined;
    if ((classes & TRAILING_TYPE) !== 0 && first[token] === UPPER) street = englishStreetAt(table, token);
    if (street === undefined && (classes & LEADING_TYPE) !== 0)
      street = leadingTypeStreetAt(table, token, false);
    if (street === undefined && (classes & ABBREVIATED_LEADING_TYPE) !== 0 && first[token] !== CASELESS)
      street = leadingTypeStreetAt(table, token, true);
    if (street === undefined && first[token] === UPPER) street = germanStreetAt(table, token);
    if (street === undefined && first[token] === CASELESS) street = arabicStreetAt(table, token);
    if (street === undefined || !personalWordBefore(table, token)) continue;
    found.push(street);
    covered = street.end;
  }
  return found;
}
