import { commonCapitalisedWords } from "./common-words.ts";
import { cueWordsFor, hasCueBefore } from "./context-words.ts";
import type { Detection, Recogniser } from "./detection.ts";
import { lowerCodeUnit, NO_WORD, wordIdOfText } from "./lexicon.ts";
import { cityNames, countryNames, regionNames } from "./place-names.ts";
import {
  charClass,
  classAt,
  DIGIT,
  isLetterClass,
  lowerOf,
  matchAt,
  NUMBER,
  SPACE,
  type TokenTable,
  TokenWordSet,
  tokensOf,
  UPPER,
  WORD,
} from "./scan.ts";
import { repeated, wordAlternation } from "./word-alternation.ts";

/**
 * Street addresses by grammar, tried only where the grammar can start: at number tokens, at street-type words
 * and at capitalised words followed by a number. Each pattern is sticky, so it costs the length of the
 * candidate, never a scan of the text. A found core ("12 Oak Street", "Rue de la Paix 5", "Hauptstraße 5")
 * is then extended over the usual continuation: unit, then ", City, ST 12345", "\n75001 Paris", "\nCountry".
 */

const word = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/**
 * A whole word, for repetitions whose separator is optional ("(?:word\s?){1,4}"): the regex may not end a word
 * inside its letters, so it never tries every way of cutting "Mayor" into pieces when the rest fails (with the
 * `i` flag, \p{Lu} matches any letter, and the cuts grow as the cube of the length). Cutting never made a match
 * possible: the uncut word, with one repetition fewer, matches the same text.
 */
const wholeWord = String.raw`${word}(?![\p{L}\p{M}'’.-])`;
/** Street suffixes as postal services abbreviate them, full forms and plurals included. */
const englishStreetTypeWords =
  "street|streets|st|road|roads|rd|avenue|ave|av|lane|ln|drive|drives|dr|court|courts|ct|place|pl|way|ways|terrace|ter|terr|boulevard|blvd|parkway|parkways|pkwy|highway|hwy|freeway|fwy|expressway|expy|square|squares|sq|crescent|cres|close|row|circle|circles|cir|trail|trl|bridge|hill|hills|park|gardens|garden|gdns|grove|groves|mews|walk|walks|plaza|plz|alley|aly|loop|path|pike|run|view|views|heights|hts|point|points|pt|ridge|ridges|creek|crk|estates|estate|junction|junctions|jct|turnpike|tpke|center|centers|centre|ctr|landing|meadow|meadows|spring|springs|station|sta|villages|village|vlg|vista|wells|well|ville|via|port|ports|pass|passage|oval|mall|manor|manors|lakes|lake|island|islands|isle|haven|harbor|harbors|harbour|green|greens|glen|glens|forge|forges|ford|fords|ferry|fields|field|falls|fall|extension|extensions|ext|cove|coves|corner|corners|commons|common|cliff|cliffs|camp|burg|burgs|brook|brooks|branch|bend|bay|bayou|beach|parks|mission|mountain|mountains|mount|mt|mill|mills|motorway|rue|rapid|rapids|prairie|crossroad|crossroads|crossing|club|radial|shore|shores|shoal|shoals|summit|throughway|trace|track|trafficway|tunnel|underpass|union|unions|valley|valleys|viaduct|wall|annex|arcade|bluff|bluffs|bottom|bypass|canyon|cape|causeway|crest|curve|dale|dam|divide|flat|flats|fort|gateway|hollow|inlet|key|keys|knoll|knolls|land|light|lights|lock|locks|lodge|neck|orchard|pine|pines|plain|plains|ranch|rest|river|route|rte|skyway|spur|stravenue|stream|orchards|overpass|squares";
/** Each word in lower case, capitalised and upper case: the patterns are case-sensitive, so names stay capitalised. */
function caseForms(words: readonly string[]): string {
  const forms = new Set<string>();
  for (const entry of words) {
    forms.add(entry);
    forms.add(entry.charAt(0).toUpperCase() + entry.slice(1));
    forms.add(entry.toUpperCase());
  }
  return wordAlternation(forms);
}
const englishStreetTypes = caseForms(englishStreetTypeWords.split("|"));
const leadingStreetTypes = [
  "rue",
  "avenue",
  "av",
  "ave",
  "bd",
  "bld",
  "boulevard",
  "allée",
  "allee",
  "chemin",
  "impasse",
  "place",
  "quai",
  "route",
  "cours",
  "passage",
  "square",
  "calle",
  "avenida",
  "avda",
  "paseo",
  "plaza",
  "camino",
  "carrer",
  "carretera",
  "ronda",
  "travesía",
  "via",
  "viale",
  "piazza",
  "corso",
  "strada",
  "rua",
  "rúa",
  "travessa",
  "largo",
  "praça",
  "praca",
  "estrada",
  "alameda",
  "rodovia",
  "ladeira",
  "beco",
  "ul",
  "ulica",
  "ulice",
  "aleja",
  "calea",
  "شارع",
];
const leadingTypeSet = new TokenWordSet(leadingStreetTypes);
const compoundSuffixes = [
  "straße",
  "strasse",
  "str",
  "weg",
  "gasse",
  "platz",
  "allee",
  "ring",
  "damm",
  "ufer",
  "chaussee",
  "steig",
  "pfad",
  "markt",
  "gatan",
  "gata",
  "vägen",
  "väg",
  "vej",
  "veien",
  "vegen",
  "gade",
  "stien",
  "katu",
  "tie",
  "kuja",
  "laan",
  "straat",
  "plein",
  "gracht",
  "kade",
  "utca",
  "út",
  "tér",
  "körút",
];
const unitWords = caseForms(
  "apt|apartment|suite|ste|unit|flat|floor|fl|bldg|building|room|rm|appt|app|piso|planta|puerta|étage|etage|wohnung|andar|sala|dpto|depto|bloco|bloque|esc".split(
    "|",
  ),
);
/** One unit: "Apt. 4", "Suite 200", "#12". */
const unitBody = String.raw`(?:${unitWords}|#)\.?\s?#?\s?(?:[\p{L}\p{N}-]{0,5}\d[\p{L}\p{N}-]{0,5}|[A-Z])(?![\p{L}\p{N}])`;
const oneUnit = String.raw`,?\s{1,2}${unitBody}`;
const unit = String.raw`${repeated(oneUnit, 0, 3)}(?:,?\s\d{1,3}\s?(?:º|ª|°)\s?[A-Za-z]?(?![\p{L}\p{N}]))?`;
/**
 * The units after a street line, matched on their own after each pattern's match (`matchWithUnits`) rather than
 * written at the end of every pattern: V8 compiles a pattern's tail once per path that reaches it, so a shared
 * tail is cheaper as a pattern of its own. Since it can match nothing, a pattern followed by it matches the same
 * text as the two run one after the other.
 */
const unitsAfter = new RegExp(unit, "yu");
/** A unit on a line of its own inside an address block ("12 Oak Street\nSuite 4\nSpringfield"). */
const unitLine = new RegExp(unitBody, "yu");
/** The same for the one pattern that ignores case. */
const unitsAfterIgnoringCase = new RegExp(unit, "yiu");
const particles = String.raw`(?:(?:de|del|de la|de las|de los|des|du|de l'|da|do|dos|das|di|della|dei|von|am|an|der|la|las|los|le|les|el|e|y)\s)`;

/** Number first: "12 Oak Street", "12B, 4 Long Hill Rd", "12 rue de la Paix". */
const numberFirst = new RegExp(
  String.raw`\d{1,6}[A-Za-z]?(?:-\d{1,4})?(?:,?\s\d{1,5}[A-Za-z]?)?,?\s${repeated(String.raw`(?:${word}|\d{1,3}(?:st|nd|rd|th))\s`, 0, 3)}(?:${englishStreetTypes})\.?(?![\p{L}\p{N}])`,
  "yu",
);
/** A name before the house number: "Kelly 12 Oak Crossroad Apt. 3". */
const namedNumberFirst = new RegExp(repeated(String.raw`${word}\s`, 1, 2) + numberFirst.source, "yu");
/** Number first, then a leading street type ("12, rue de la Paix", "123 Rua das Flores"). */
const numberThenLeadingType = new RegExp(
  String.raw`\d{1,5}[A-Za-z]?(?:\s?bis|\s?ter)?(?:,?\s\d{1,5})?,?\s(?:${caseForms(leadingStreetTypes)})\.?\s${repeated(particles, 0, 2)}${repeated(String.raw`(?:${wholeWord}|\d{1,3}(?!\p{N}))\s?`, 1, 4)}`,
  "yu",
);
/** Street type first, number after: "Calle Mayor 5", "Rua Augusta, 120", "Via Roma 10". */
const typeFirst = new RegExp(
  String.raw`(?:${wordAlternation(leadingStreetTypes, { lowerCase: true })})\.?\s${repeated(particles, 0, 3)}${repeated(String.raw`(?:${wholeWord}|\d{1,2}(?:st|nd|rd|th)?(?!\p{N}))\s?`, 1, 4)},?\s?(?:n[º°o.]\s?)?\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])`,
  "yiu",
);
/** Compound street names: "Hauptstraße 5", "Alte Landstr. 12a", "Storgatan 3". */
const compound = new RegExp(
  String.raw`${repeated(String.raw`\p{Lu}[\p{L}\p{M}-]*\s`, 0, 1)}\p{Lu}[\p{L}\p{M}-]*\.?\s\d{1,5}[A-Za-z]?(?:-\d{1,4})?(?![\p{L}\p{N}])`,
  "yu",
);
/**
 * Street types written as a word of their own after the name: "Villacher Strasse 89", "Trenerys gate 232",
 * "Király u. 15", "Atatürk Caddesi 12". Nordic, Hungarian, Dutch and Finnish types are written in lower case
 * there, so only that form counts ("Departure Gate 12" is no address); German and Turkish types are nouns
 * written with a capital. Abbreviations count only with their period ("u." but not "u"). The Norwegian "gate"
 * counts only after a name in the genitive ("Olav Kyrres gate 7"), so that "Heathrow gate 5" is no address.
 */
const lowerCaseSeparateTypes = [
  "gata",
  "gatan",
  "vej",
  "vei",
  "veien",
  "vegen",
  "gade",
  "plads",
  "plass",
  "torg",
  "allé",
  "stræde",
  "terrasse",
  "utca",
  "út",
  "útja",
  "tér",
  "körút",
  "straat",
  "laan",
  "katu",
  "kuja",
  "polku",
];
const capitalisedSeparateTypes = [
  "straße",
  "strasse",
  "weg",
  "gasse",
  "platz",
  "allee",
  "damm",
  "ufer",
  "caddesi",
  "sokak",
  "sokağı",
  "bulvarı",
];
const abbreviatedSeparateTypes = ["str", "u", "cad", "sok"];
const separateTypeSet = new TokenWordSet([
  "gate",
  ...lowerCaseSeparateTypes,
  ...capitalisedSeparateTypes,
  ...abbreviatedSeparateTypes,
]);
const separateTypeStreet = String.raw`${repeated(String.raw`\p{Lu}[\p{L}\p{M}'’-]*\s`, 1, 2)}(?:(?:(?<=s\s)gate|${wordAlternation(lowerCaseSeparateTypes)}|${caseForms(capitalisedSeparateTypes)})\s|(?:${wordAlternation(abbreviatedSeparateTypes)})\.\s?)\d{1,5}[A-Za-z]?(?:-\d{1,4})?(?![\p{L}\p{N}])`;
const nameThenSeparateType = new RegExp(separateTypeStreet, "yu");
/** The same after a house number: "376 Rákóczi út 13". */
const numberThenSeparateType = new RegExp(String.raw`\d{1,6}[A-Za-z]?\s${separateTypeStreet}`, "yu");
/** Capitalised name and number on a line of its own, part of an address block. */
const nameNumberLine = new RegExp(
  String.raw`${repeated(String.raw`${word}\s`, 1, 3)}\d{1,5}[A-Za-z]?(?:-\d{1,4})?(?![\p{L}\p{N}])`,
  "yu",
);
const numberNameLine = new RegExp(
  String.raw`\d{1,5}[A-Za-z]?(?:\s\d{1,5})?\s${repeated(String.raw`${wholeWord}\s?`, 1, 3)}(?![\p{L}\p{N}])`,
  "yu",
);
/** Number, name and number with at least one unit after them: "12 Kelly 34 Apt. 5", "Oak Hill 12 Suite 3". */
const numberNameNumberUnit = new RegExp(
  String.raw`(?:\d{1,6}[A-Za-z]?,?\s)?${repeated(String.raw`(?:${word}|\p{Ll}{1,3}\.?)\s`, 0, 2)}${word}\s\d{1,5}[A-Za-z]?(?:-\d{1,4})?${repeated(oneUnit, 1, 3)}`,
  "yu",
);
/** A street corner: "the corner of 5th Avenue and Oak Street", "corner of Main St. & Elm Road". */
const streetCorner = new RegExp(
  String.raw`(?:[Tt]he\s)?[Cc]orner\sof\s${repeated(String.raw`[^\s,;:!?()]+\s`, 1, 5, true)}(?:and|&)\s${repeated(String.raw`[^\s,;:!?()]+\s`, 0, 3, true)}(?:(?:${englishStreetTypes})\.?|\d{1,5})(?![\p{L}\p{N}])`,
  "yu",
);
const cornerWords = new TokenWordSet(["corner"]);
const unitWordSet = new TokenWordSet(
  "apt|apartment|suite|ste|unit|flat|floor|fl|bldg|building|room|rm|appt|app|piso|planta|puerta|étage|etage|wohnung|andar|sala|dpto|depto|bloco|bloque|esc".split(
    "|",
  ),
);
const military =
  /(?:(?:Unit|PSC) \d{1,5},? Box \d{1,5}|USNS \p{Lu}[\p{L}]*|USNV \p{Lu}[\p{L}]*|USS \p{Lu}[\p{L}]*|USCGC \p{Lu}[\p{L}]*)(?:\s{1,3}(?:DPO|APO|FPO) [A-Z]{2} \d{5})?/uy;
const militaryFirstWords = new TokenWordSet(["unit", "psc", "usns", "usnv", "uss", "uscgc"]);
const postBox = /\b(?:P\.?\s?O\.?\s?Box|Postfach|Apartado|Caixa Postal|Boîte postale|BP) \d{1,7}\b/iy;
const postBoxFirstWords = new TokenWordSet(["p", "po", "postfach", "apartado", "caixa", "boîte", "bp"]);

/** One piece of the continuation after a street line: a city, "ST 12345", "75001 Paris", a country. */
const continuationPiece =
  /(?:(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3,4})?\s)?(?:\p{Lu}\p{Ll}{0,2}\.(?=\s)|(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}'’-]*)(?:\s(?:\p{Lu}\p{Ll}{0,2}\.(?=\s)|(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}'’-]*|de|del|do|da|sur|am|an|upon|la|le|les)){0,3}(?:,?\s(?:[A-Z]{2}\s)?\d{4,5}(?:-\d{3,4})?)?(?:\s\([A-Z]{2}\))?(?![\p{L}\p{N}])|(?:[A-Z]{2}\s)?\d{4,5}(?:-\d{3,4})?(?![\p{L}\p{N}])|[A-Z]\d[A-Z] ?\d[A-Z]\d(?![\p{L}\p{N}])|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\p{L}\p{N}])/uy;
/**
 * Labels of other data ("NIF 123456789", "Tel 0612...", "MRN 0045"): one-word cues of identifiers, numbers and
 * cards. A capitalised label after an address opens the next datum; it is no city.
 */
const dataLabelWords = new TokenWordSet(
  (
    [
      "nationalId",
      "phone",
      "card",
      "passport",
      "driverLicense",
      "medicalRecord",
      "notPersonal",
      "birth",
    ] as const
  ).flatMap((cue) =>
    cueWordsFor(cue)
      .filter((cueWord) => /^[\p{L}-]+$/u.test(cueWord))
      .map((cueWord) => cueWord.toLowerCase()),
  ),
);
/** Between pieces: a comma, a line break (with indentation or quote marks), or both. */
const continuationSeparator =
  /(?:,[ \t]*(?:\r?\n[ \t>]*)?|[ \t]*\r?\n[ \t>]*|[ \t]+(?=[A-Z]{2}\s\d|\d{4,5}(?![\p{L}\p{N}])))/uy;

/** Spaces only, then a capital: a piece joined without a comma ("Apt. 4 Springfield IL 62704"). */
const spaceSeparator = /[ \t]{1,2}(?=\p{Lu})/uy;
const regionCode = /^[A-Z]{2}\s\p{Lu}/u;

/**
 * A piece after spaces alone must look like the end of an address: it carries a postal code, opens with a
 * region code, or names a known place.
 */
function placeLikePiece(value: string, firstWordId: number): boolean {
  for (let index = value.length - 1; index >= 0; index--) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  if (regionCode.test(value)) return true;
  return cityNames.hasId(firstWordId) || regionNames.hasId(firstWordId) || countryNames.hasId(firstWordId);
}

/** End of the word starting at `start` (letters, marks, apostrophes and hyphens), or `start` if none starts there. */
function wordEndAt(text: string, start: number, limit: number): number {
  if (start >= limit || !isLetterClass(classAt(text, start))) return start;
  let end = start + 1;
  while (end < limit) {
    const code = text.charCodeAt(end);
    if (!isLetterClass(charClass(code)) && code !== 39 && code !== 0x2019 && code !== 45) break;
    end++;
  }
  return end;
}

/** Lexicon id of the first word in text[from, to) (UNLISTED when no list holds it), or NO_WORD if it has none. */
function firstWordId(text: string, from: number, to: number): number {
  for (let index = from; index < to; index++) {
    if (!isLetterClass(classAt(text, index))) continue;
    return wordIdOfText(text, index, wordEndAt(text, index, to));
  }
  return NO_WORD;
}

/**
 * Lexicon id of the word a piece is judged by: its first word, or the word after an abbreviation that opens it
 * ("St. Louis", "Mt. Vernon": "St" alone is a street word, "Louis" is the place).
 */
function pieceWordId(text: string, from: number, to: number): number {
  const wordEnd = wordEndAt(text, from, to);
  if (wordEnd === from) return NO_WORD;
  if (wordEnd - from <= 3 && text.charCodeAt(wordEnd) === 46 && text.charCodeAt(wordEnd + 1) === 32) {
    const nextEnd = wordEndAt(text, wordEnd + 2, to);
    if (nextEnd > wordEnd + 2) return wordIdOfText(text, wordEnd + 2, nextEnd);
  }
  return wordIdOfText(text, from, wordEnd);
}

/** Whether a continuation separator can start with this code unit: a comma, a space or tab, or a line break. */
function opensSeparator(code: number): boolean {
  return code === 44 || code === 32 || code === 9 || code === 10 || code === 13;
}

function endOfContinuation(text: string, from: number): number {
  // A house number written with a period ("Erzsébet tér 19.", as in Hungarian or Norwegian) can still be
  // followed by a unit ("Rákóczi út 13. Suite 104") or end a line the address goes on after; the period belongs
  // to the address only if one of them follows.
  const code = text.charCodeAt(from);
  if (code === 46 && classAt(text, from - 1) === DIGIT) {
    const units = matchAt(unitsAfter, text, from + 1);
    if (units !== undefined && units.length > 0) return continuationAfter(text, from + 1 + units.length);
    const next = text.charCodeAt(from + 1);
    if (next !== 10 && next !== 13) return from;
    const end = continuationAfter(text, from + 1);
    return end > from + 1 ? end : from;
  }
  return continuationAfter(text, from);
}

/** Where the pieces that continue an address line from `from` end (`from` when none does). */
function continuationAfter(text: string, from: number): number {
  let end = from;
  for (let pieces = 0; pieces < 4; pieces++) {
    if (!opensSeparator(text.charCodeAt(end))) break;
    continuationSeparator.lastIndex = end;
    let separator = continuationSeparator.exec(text);
    let spaced = false;
    if (separator === null) {
      spaceSeparator.lastIndex = end;
      separator = spaceSeparator.exec(text);
      if (separator === null) break;
      spaced = true;
    }
    const pieceStart = end + separator[0].length;
    if (!spaced && separator[0].includes("\n")) {
      const unitValue = matchAt(unitLine, text, pieceStart);
      if (unitValue !== undefined) {
        end = pieceStart + unitValue.length;
        continue;
      }
    }
    continuationPiece.lastIndex = pieceStart;
    const piece = continuationPiece.exec(text);
    if (piece === null) break;
    let value = piece[0];
    if (value.endsWith(".")) value = value.slice(0, -1);
    const wordId = pieceWordId(text, pieceStart, pieceStart + value.length);
    if (commonCapitalisedWords.hasId(wordId) || dataLabelWords.hasId(wordId)) break;
    if (spaced && !placeLikePiece(value, wordId)) break;
    end = pieceStart + value.length;
  }
  return end;
}

function lineEndsAt(text: string, position: number): boolean {
  for (let index = position; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9 && code !== 44) return false;
  }
  return false;
}

function endsWithCompoundSuffix(lower: string): boolean {
  for (const suffix of compoundSuffixes) {
    if (lower.length > suffix.length + 2 && lower.endsWith(suffix)) return true;
  }
  return false;
}

/**
 * `endsWithCompoundSuffix` of word token `token` lower-cased, read from the text without building the string.
 * A token holding a character whose lower case is not one code unit takes the string path, where lengths differ.
 */
function tokenEndsWithCompoundSuffix(table: TokenTable, token: number): boolean {
  const { text } = table;
  const from = table.start[token]!;
  const to = table.end[token]!;
  for (let index = from; index < to; index++) {
    if (lowerCodeUnit(text.charCodeAt(index)) < 0) return endsWithCompoundSuffix(lowerOf(table, token));
  }
  for (const suffix of compoundSuffixes) {
    if (to - from <= suffix.length + 2) continue;
    let index = 1;
    while (index <= suffix.length) {
      if (lowerCodeUnit(text.charCodeAt(to - index)) !== suffix.charCodeAt(suffix.length - index)) break;
      index++;
    }
    if (index > suffix.length) return true;
  }
  return false;
}

function push(
  found: Detection[],
  text: string,
  start: number,
  coreEnd: number,
  score: number,
  reason: string,
  mustContinue = false,
): number {
  let end = coreEnd;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 44)) end--;
  const extended = endOfContinuation(text, end);
  if (mustContinue && extended === end) return -1;
  const cue = hasCueBefore(text, start, "address", 40);
  found.push({
    type: "STREET_ADDRESS",
    start,
    end: extended,
    score: cue ? Math.min(0.95, score + 0.1) : score,
    reason: cue ? `${reason}, address context` : reason,
  });
  return extended;
}

const englishStreetTypeSet = new TokenWordSet(englishStreetTypeWords.split("|"));

/**
 * What the address patterns look ahead for, computed once per text instead of once per candidate: for each
 * token, the index of the first word token at or after it in each list (the token count when there is none),
 * and where the last unit opener after a house number is.
 */
class WordsAhead {
  private table: TokenTable | undefined;
  /** `lastUnitAfterNumber` of the table, computed when first asked (NaN until then). */
  private lastUnit = Number.NaN;
  streetType = new Int32Array(256);
  leadingType = new Int32Array(256);
  unitWord = new Int32Array(256);

  of(table: TokenTable): this {
    if (this.table === table) return this;
    this.table = table;
    this.lastUnit = Number.NaN;
    const { count, kind } = table;
    if (this.streetType.length <= count) {
      const capacity = Math.max(count + 1, this.streetType.length * 2);
      this.streetType = new Int32Array(capacity);
      this.leadingType = new Int32Array(capacity);
      this.unitWord = new Int32Array(capacity);
    }
    let streetType = count;
    let leadingType = count;
    let unitWord = count;
    this.streetType[count] = count;
    this.leadingType[count] = count;
    this.unitWord[count] = count;
    for (let token = count - 1; token >= 0; token--) {
      if (kind[token] === WORD) {
        if (englishStreetTypeSet.hasToken(table, token)) streetType = token;
        if (leadingTypeSet.hasToken(table, token)) leadingType = token;
        if (unitWordSet.hasToken(table, token)) unitWord = token;
      }
      this.streetType[token] = streetType;
      this.leadingType[token] = leadingType;
      this.unitWord[token] = unitWord;
    }
    return this;
  }

  lastUnitAfterNumber(): number {
    if (Number.isNaN(this.lastUnit) && this.table !== undefined)
      this.lastUnit = lastUnitAfterNumber(this.table);
    return this.lastUnit;
  }
}

const wordsAhead = new WordsAhead();

/**
 * Whether a word of a list is among the `span` tokens after `token`, starting within 80 characters of it.
 * `next` is that list's row of `WordsAhead`. Starts grow with the index, so only the first such word matters.
 */
function wordAhead(table: TokenTable, token: number, span: number, next: Int32Array): boolean {
  const found = next[token + 1]!;
  return found < token + 1 + span && found < table.count && table.start[found]! <= table.start[token]! + 80;
}

/** Whether a capitalised word is among the `span` tokens after `token`. */
function capitalisedAhead(table: TokenTable, token: number, span: number): boolean {
  const limit = Math.min(table.count, token + 1 + span);
  for (let next = token + 1; next < limit; next++) if (table.first[next] === UPPER) return true;
  return false;
}

/**
 * Whether number token `token` can open `numberNameLine`: at most five digits, an optional ASCII letter, an
 * optional second number of at most five digits, each followed by a space, then a capital letter.
 */
function capitalAfterHouseNumber(table: TokenTable, token: number): boolean {
  const { text } = table;
  if (table.end[token]! - table.start[token]! > 5) return false;
  let index = table.end[token]!;
  if (isAsciiLetter(text.charCodeAt(index))) index++;
  if (classAt(text, index) !== SPACE) return false;
  index++;
  if (mayOpenCapital(text, index)) return true;
  let digits = 0;
  while (isAsciiDigit(text.charCodeAt(index + digits))) digits++;
  return (
    digits >= 1 &&
    digits <= 5 &&
    classAt(text, index + digits) === SPACE &&
    mayOpenCapital(text, index + digits + 1)
  );
}

/** Whether `\p{Lu}` can match at `index`: a capital, or a surrogate (the tokeniser leaves astral letters unclassified). */
function mayOpenCapital(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return classAt(text, index) === UPPER || (code >= 0xd800 && code <= 0xdfff);
}

/** Whether `code` is an ASCII digit, as `\d` in the patterns. */
function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Offset of the last unit opener (a unit word, or "#") that follows a house number ("12 Apt", "12B, Suite"), or
 * -1 when the text has none; Infinity when the text holds a "#" (not checked further). numberNameNumberUnit
 * puts its first unit right after a house number, so it cannot match at an offset past this one: checking this
 * once per text spares the pattern (the costliest address pattern) most of its tries.
 */
function lastUnitAfterNumber(table: TokenTable): number {
  const { text, count, kind, start } = table;
  if (text.includes("#")) return Number.POSITIVE_INFINITY;
  let last = -1;
  for (let token = 0; token < count; token++) {
    if (kind[token] !== WORD) continue;
    // Back over the separator (",?\s{1,2}", read leniently as any run of commas and spaces) to the number.
    let index = start[token]! - 1;
    while (index >= 0 && (classAt(text, index) === SPACE || text.charCodeAt(index) === 44)) index--;
    if (index < 0) continue;
    const code = text.charCodeAt(index);
    const letterAfterDigit = isAsciiLetter(code) && index > 0 && isAsciiDigit(text.charCodeAt(index - 1));
    if (!isAsciiDigit(code) && !letterAfterDigit) continue;
    // The pattern may end a unit word inside a longer token ("FlatS": "Flat" and the unit "S").
    if (unitWordSet.hasToken(table, token) || startsWithUnitWord(lowerOf(table, token))) last = start[token]!;
  }
  return last;
}

const unitWordList = [...unitWordSet];

function startsWithUnitWord(lower: string): boolean {
  for (const unitWord of unitWordList) if (lower.startsWith(unitWord)) return true;
  return false;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether a unit opener follows a house number after `position` (see lastUnitAfterNumber). */
/**
 * Whether capitalised word token `token` opens "Name type 12" or "Name Name type 12" with a street type written
 * as a word of its own (`nameThenSeparateType`).
 */
function separateTypeAfterName(table: TokenTable, token: number): boolean {
  const { count, kind } = table;
  if (token >= count || kind[token] !== WORD || table.first[token] !== UPPER) return false;
  for (let typeToken = token + 1; typeToken <= token + 2 && typeToken + 1 < count; typeToken++) {
    if (kind[typeToken] !== WORD) return false;
    if (kind[typeToken + 1] === NUMBER && separateTypeSet.hasToken(table, typeToken)) return true;
  }
  return false;
}

/** `separateTypeAfterName` for the name after house number token `token` ("12 Olav Kyrres gate 7", "7B Kossuth u. 4"). */
function separateTypeAfterNumber(table: TokenTable, token: number): boolean {
  const name = token + 1;
  // A letter written onto the number ("7B") is part of it.
  if (name < table.count && table.start[name] === table.end[token]) {
    return table.end[name]! - table.start[name]! === 1 && separateTypeAfterName(table, name + 1);
  }
  return separateTypeAfterName(table, name);
}

/** `pattern`'s match at `position`, with the units that follow it ("12 Oak Street Apt. 4"). */
function matchWithUnits(
  pattern: RegExp,
  text: string,
  position: number,
  units: RegExp = unitsAfter,
): string | undefined {
  const core = matchAt(pattern, text, position);
  if (core === undefined) return undefined;
  const after = matchAt(units, text, position + core.length);
  return after === undefined || after.length === 0 ? core : core + after;
}

function unitAfterNumberFrom(table: TokenTable, position: number): boolean {
  return wordsAhead.of(table).lastUnitAfterNumber() > position;
}

function recognise(text: string): Detection[] {
  const found: Detection[] = [];
  const table: TokenTable = tokensOf(text);
  const { count, kind, start, end } = table;
  // A line of an address block must end before the text does: no line break after a word, no such line.
  const lastLineBreak = table.lastLineBreak;
  let covered = 0;
  for (let token = 0; token < count; token++) {
    const position = start[token]!;
    if (position < covered) continue;
    const previousClass = classAt(text, position - 1);
    if (isLetterClass(previousClass) || previousClass === DIGIT) continue;
    if (kind[token] === NUMBER) {
      if (end[token]! - position > 6) continue;
      // Token checks first: each pattern runs only when its street-type word or capitalised name is ahead.
      const ahead = wordsAhead.of(table);
      let value = wordAhead(table, token, 10, ahead.streetType)
        ? matchWithUnits(numberFirst, text, position)
        : undefined;
      const leadingValue = wordAhead(table, token, 3, ahead.leadingType)
        ? matchWithUnits(numberThenLeadingType, text, position)
        : undefined;
      if (value !== undefined && (leadingValue === undefined || leadingValue.length <= value.length)) {
        covered = push(
          found,
          text,
          position,
          position + value.length,
          0.85,
          "house number, street name and street type",
        );
        continue;
      }
      value = leadingValue;
      if (value !== undefined) {
        covered = push(
          found,
          text,
          position,
          position + value.length,
          0.85,
          "house number, street type and name",
        );
        continue;
      }
      value =
        wordAhead(table, token, 8, ahead.unitWord) && unitAfterNumberFrom(table, position)
          ? matchAt(numberNameNumberUnit, text, position)
          : undefined;
      if (value !== undefined) {
        covered = push(
          found,
          text,
          position,
          position + value.length,
          0.75,
          "house number, name, number and unit",
        );
        continue;
      }
      value = separateTypeAfterNumber(table, token)
        ? matchWithUnits(numberThenSeparateType, text, position)
        : undefined;
      if (value !== undefined) {
        covered = push(
          found,
          text,
          position,
          position + value.length,
          0.8,
          "house number, street name, street type and house number",
        );
        continue;
      }
      // "221 Baker Lane\nSpringfield": number and capitalised name, continued by a city or code on its own.
      value =
        capitalisedAhead(table, token, 3) && capitalAfterHouseNumber(table, token)
          ? matchWithUnits(numberNameLine, text, position)
          : undefined;
      if (value !== undefined) {
        const commonFirstWord =
          token + 1 < count && kind[token + 1] === WORD && commonCapitalisedWords.hasToken(table, token + 1);
        if (!commonFirstWord) {
          const pushed = push(
            found,
            text,
            position,
            position + value.length,
            0.6,
            "number and name in an address block",
            true,
          );
          if (pushed > 0) covered = pushed;
        }
      }
      continue;
    }
    if (kind[token] === WORD && cornerWords.hasToken(table, token)) {
      const previous = token - 1;
      const from =
        previous >= 0 && kind[previous] === WORD && lowerOf(table, previous) === "the"
          ? start[previous]!
          : position;
      const value = from < covered ? undefined : matchAt(streetCorner, text, from);
      if (value !== undefined) {
        found.push({
          type: "STREET_ADDRESS",
          start: from,
          end: from + value.length,
          score: 0.8,
          reason: "street corner",
        });
        covered = from + value.length;
        continue;
      }
    }
    const leadingType = kind[token] === WORD && leadingTypeSet.hasToken(table, token);
    if (table.first[token] !== UPPER && !leadingType) continue;
    if (leadingType) {
      const value = matchWithUnits(typeFirst, text, position, unitsAfterIgnoringCase);
      if (value !== undefined) {
        covered = push(
          found,
          text,
          position,
          position + value.length,
          0.85,
          "street type, street name and house number",
        );
        continue;
      }
    }
    if (table.first[token] !== UPPER) continue;
    // Compound street names and "Name 12" lines need a number right after one or two capitalised words.
    const next = token + 1;
    const afterNext = token + 2;
    const numberNext = next < count && kind[next] === NUMBER;
    const numberAfterNext = afterNext < count && kind[afterNext] === NUMBER && kind[next] === WORD;
    if (!numberNext && !numberAfterNext) {
      if (!(afterNext + 1 < count && kind[afterNext + 1] === NUMBER && kind[afterNext] === WORD)) continue;
    }
    const streetWord = numberNext ? token : next;
    if (numberNext || numberAfterNext) {
      if (tokenEndsWithCompoundSuffix(table, streetWord)) {
        const value = matchWithUnits(compound, text, position);
        if (value !== undefined) {
          covered = push(
            found,
            text,
            position,
            position + value.length,
            0.8,
            "street name with a street suffix and house number",
          );
          continue;
        }
      }
    }
    if (commonCapitalisedWords.hasToken(table, token)) continue;
    if (separateTypeAfterName(table, token)) {
      const value = matchWithUnits(nameThenSeparateType, text, position);
      if (value !== undefined) {
        covered = push(
          found,
          text,
          position,
          position + value.length,
          0.8,
          "street name, street type and house number",
        );
        continue;
      }
    }
    const ahead = wordsAhead.of(table);
    if (wordAhead(table, token, 10, ahead.streetType)) {
      const value = matchWithUnits(namedNumberFirst, text, position);
      if (value !== undefined) {
        covered = push(found, text, position, position + value.length, 0.75, "name, house number and street");
        continue;
      }
    }
    if (wordAhead(table, token, 8, ahead.unitWord) && unitAfterNumberFrom(table, position)) {
      const value = matchAt(numberNameNumberUnit, text, position);
      if (value !== undefined) {
        covered = push(found, text, position, position + value.length, 0.7, "name, number and unit");
        continue;
      }
    }
    // "Baker Lane 12" on its own line, with a city or postal code on the next: an address block.
    if (position > lastLineBreak) continue;
    const value = matchWithUnits(nameNumberLine, text, position);
    if (value !== undefined && lineEndsAt(text, position + value.length)) {
      const pushed = push(
        found,
        text,
        position,
        position + value.length,
        0.6,
        "name and number in an address block",
        true,
      );
      if (pushed > 0) covered = pushed;
    }
  }
  recogniseBoxesAndCuedClauses(table, found);
  if (lastLineBreak >= 0 && text.includes("\n")) recogniseAddressBlocks(table, found);
  return found;
}

/** Military post ("Unit 2050 Box 4190", "USNS Comfort") and post-office boxes, tried at their first words. */
const boxForms = [
  { firstWords: militaryFirstWords, pattern: military, score: 0.85, reason: "military post address" },
  { firstWords: postBoxFirstWords, pattern: postBox, score: 0.8, reason: "post-office box" },
] as const;

/** Box forms tried at word `token`; returns the end of the box found, or -1. */
function recogniseBoxAt(table: TokenTable, token: number, found: Detection[]): number {
  const from = table.start[token]!;
  for (const form of boxForms) {
    if (!form.firstWords.hasToken(table, token)) continue;
    const value = matchAt(form.pattern, table.text, from);
    if (value === undefined) continue;
    found.push({
      type: "STREET_ADDRESS",
      start: from,
      end: from + value.length,
      score: form.score,
      reason: form.reason,
    });
    return from + value.length;
  }
  return -1;
}

/** A short line made of capitalised words, numbers and address punctuation only. */
const addressLine =
  /^[ \t>]*((?:\d{1,6}[A-Za-z]?|\p{Lu}[\p{L}\p{M}'’.-]*|[A-Z]\d[A-Z]|\p{Ll}{1,3}\.?|[,#/()º°-])(?:[ \t,]{1,3}(?:\d{1,6}[A-Za-z]?|\p{Lu}[\p{L}\p{M}'’.-]*|\p{Ll}{1,3}\.?|[#/()º°-]|[A-Z]\d[A-Z]))*)[ \t,.]*$/u;

/**
 * Letters and forms put an address on consecutive short lines: a street line (a number beside a capitalised
 * word), then city, postal code, region or country lines. The block starts at the first street line.
 */
function recogniseAddressBlocks(table: TokenTable, found: Detection[]): void {
  const { text, count, kind, start } = table;
  let numberToken = 0;
  let lineStart = 0;
  let blockStart = -1;
  let blockEnd = -1;
  let lines = 0;
  const flush = () => {
    if (blockStart >= 0 && lines >= 2) {
      found.push({
        type: "STREET_ADDRESS",
        start: blockStart,
        end: blockEnd,
        score: 0.55,
        reason: "address block on consecutive lines",
      });
    }
    blockStart = -1;
    lines = 0;
  };
  while (lineStart <= text.length) {
    if (blockStart < 0) {
      // Outside a block only a line with a digit can matter: go straight to the line of the next number.
      while (numberToken < count && (kind[numberToken] !== NUMBER || start[numberToken]! < lineStart))
        numberToken++;
      if (numberToken === count) break;
      let lineOfNumber = start[numberToken]!;
      while (lineOfNumber > lineStart && text.charCodeAt(lineOfNumber - 1) !== 10) lineOfNumber--;
      lineStart = lineOfNumber;
    }
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed.length === 0) {
      // One blank line may sit inside a block; two end it.
      if (lineEnd + 1 < text.length && text.charCodeAt(lineEnd + 1) === 10) flush();
    } else if (trimmed.length > 60 || line.includes(":")) {
      flush();
    } else {
      let digits = 0;
      for (let index = 0; index < line.length; index++) {
        const code = line.charCodeAt(index);
        if (code >= 48 && code <= 57) digits++;
      }
      // Outside a block only a street line (with a digit) matters.
      if (blockStart < 0 && digits === 0) {
        lineStart = lineEnd + 1;
        continue;
      }
      const match = addressLine.exec(line);
      const common = blockStart < 0 && commonCapitalisedWords.hasId(firstWordId(text, lineStart, lineEnd));
      if (match === null || digits > 6 || common) {
        flush();
      } else {
        const content = match[1]!;
        const offset = lineStart + line.indexOf(content);
        const streetLine = /\d/.test(content) && /\p{Lu}/u.test(content);
        if (blockStart < 0) {
          if (streetLine) {
            blockStart = offset;
            blockEnd = offset + content.length;
            lines = 1;
          }
        } else {
          blockEnd = offset + content.length;
          lines++;
          if (lines >= 6) flush();
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  flush();
}

const cueFirstWords = new TokenWordSet([
  "address",
  "adresse",
  "dirección",
  "direccion",
  "anschrift",
  "morada",
  "endereço",
  "endereco",
  "عنواني",
  "located",
  "live",
  "lives",
  "living",
  "reside",
  "resides",
]);
const cuedAddress =
  /(?:address(?: is|:)|adresse(?: est| ist|:)|dirección(?: es|:)|anschrift:|morada(?: é|:)|endereço(?: é|:)|عنواني|located at|lives? at|living at|resides? at)\s{1,3}([^\n.;!?]{3,80})/iuy;

/** After an explicit "my address is" cue, the rest of the clause is the address if it holds a number. */
function recogniseCuedClauseAt(table: TokenTable, token: number, found: Detection[]): void {
  cuedAddress.lastIndex = table.start[token]!;
  const match = cuedAddress.exec(table.text);
  if (match === null) return;
  const clause = match[1]!.trimEnd();
  if (!/\d/.test(clause)) return;
  const start = match.index + match[0].length - match[1]!.length;
  found.push({
    type: "STREET_ADDRESS",
    start,
    end: start + clause.length,
    score: 0.6,
    reason: "clause after an address cue",
  });
}

/** Words that open a box form or an address cue: one look-up per word decides whether either is tried. */
const boxOrCueFirstWords = new TokenWordSet([...militaryFirstWords, ...postBoxFirstWords, ...cueFirstWords]);

/** Post-office and military boxes, and clauses after an address cue, tried at their first words in one pass. */
function recogniseBoxesAndCuedClauses(table: TokenTable, found: Detection[]): void {
  const { count, kind, start } = table;
  const boxes: Detection[] = [];
  const clauses: Detection[] = [];
  let boxCovered = -1;
  for (let token = 0; token < count; token++) {
    if (kind[token] !== WORD || !boxOrCueFirstWords.hasToken(table, token)) continue;
    if (start[token]! >= boxCovered) {
      const boxEnd = recogniseBoxAt(table, token, boxes);
      if (boxEnd >= 0) boxCovered = boxEnd;
    }
    if (cueFirstWords.hasToken(table, token)) recogniseCuedClauseAt(table, token, clauses);
  }
  // Boxes first, then clauses: the order the two passes used to report them in.
  for (const box of boxes) found.push(box);
  for (const clause of clauses) found.push(clause);
}

export const addressRecogniser: Recogniser = {
  name: "address",
  types: ["STREET_ADDRESS"],
  recognise,
};

/** The pre-checks and the patterns they guard, for the pre-check soundness tests. */
export const testHooks = {
  numberNameLine,
  nameThenSeparateType,
  numberThenSeparateType,
  separateTypeAfterName,
  separateTypeAfterNumber,
  numberNameNumberUnit,
  continuationSeparator,
  spaceSeparator,
  englishStreetTypeSet,
  leadingTypeSet,
  unitWordSet,
  capitalAfterHouseNumber,
  unitAfterNumberFrom,
  opensSeparator,
  endsWithCompoundSuffix,
  tokenEndsWithCompoundSuffix,
  wordsAhead,
  wordAhead,
};
