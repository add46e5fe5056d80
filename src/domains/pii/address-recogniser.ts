import { isAsciiCapital, isAsciiDigit, isAsciiLetter } from "./ascii.ts";
import { caseForms } from "./case-forms.ts";
import { commonCapitalisedWords } from "./common-words.ts";
import { cueWordsFor, hasCueBefore } from "./context-words.ts";
import type { Detection, Recogniser } from "./detection.ts";
import { firstNames } from "./first-names.ts";
import { arabicSentenceWords } from "./free-text-words.ts";
import { lowerCodeUnit, NO_WORD, wordBitTable, wordIdOfText } from "./lexicon.ts";
import { cityNames, countryNames, regionNames } from "./place-names.ts";
import {
  CASELESS,
  charClass,
  classAt,
  DIGIT,
  isLetterClass,
  isLineMark,
  LOWER,
  lineMarkClass,
  lowerOf,
  matchEnd,
  NUMBER,
  SPACE,
  type TokenTable,
  TokenWordSet,
  tokensOf,
  typedInLowerCase,
  UPPER,
  WORD,
  wordBeforeFinalPeriod,
  wordStartBefore,
} from "./scan.ts";
import { overlapTest } from "./span-overlap.ts";
import { firstStreetWordInside, streetsWithoutNumbers } from "./streets-without-numbers.ts";
import { optional, repeated, wordAlternation } from "./word-alternation.ts";

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
  // Belgian and northern French highways through towns: "Chaussée de Waterloo 1042".
  "chaussée",
  "chaussee",
  "place",
  "quai",
  "route",
  "cours",
  "passage",
  "square",
  "calle",
  "carrera",
  "cra",
  "diagonal",
  "transversal",
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
  // Welsh: road, way, street, lane ("4 Heol y Felin", "Ffordd Las 12").
  "heol",
  "ffordd",
  "stryd",
  "lôn",
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
/** Words that open a unit ("Apt. 4", "Suite 200"), in lower case. */
const unitWordNames: readonly string[] =
  "apt|apartment|suite|ste|unit|flat|floor|fl|bldg|building|room|rm|appt|app|piso|planta|puerta|pta|étage|etage|wohnung|andar|sala|dpto|depto|apto|apartamento|bloco|bloque|esc|escalier|bâtiment|batiment|bât|porte".split(
    "|",
  );
const unitWords = caseForms(unitWordNames);
/**
 * One unit: "Apt. 4", "Suite 200", "#12". Its optional parts are `repeated` loops (`optional`): V8 copies what
 * follows a plain optional part once per way through it, and the four after the unit word and the separator's
 * two before it made the two unit patterns 143 KB of machine code in a pass over the development set (84 KB as
 * loops).
 */
const unitBody = String.raw`(?:${unitWords}|#)${optional(String.raw`\.`)}${optional(String.raw`\s`)}${optional("#")}${optional(String.raw`\s`)}(?:[\p{L}\p{N}-]{0,5}\d[\p{L}\p{N}-]{0,5}|[A-Z])(?![\p{L}\p{N}])`;
const oneUnit = `${optional(",")}${repeated(String.raw`\s`, 1, 2)}${unitBody}`;
/** The side of a floor in Portuguese and Spanish addresses: "2.º Esq.", "3º Dcha.". */
const floorSide = caseForms(
  "esq dto dt dir frt izq izda dcha dch izquierda derecha esquerdo esquerda direito direita".split(" "),
);
/** Words for a floor after its number: "2.ª planta", "3º piso", "2.º andar". */
const floorNoun = caseForms("planta piso andar".split(" "));
/**
 * A floor after the units: Iberian ("3º B", "2.º Esq.", "2.ª planta", "r/c Dto." for the ground floor), Catalan
 * ("1r 2a": floor and door) and German ("3. OG", "2. Stock", "EG links").
 */
const floor = String.raw`,?\s(?:\d{1,3}\.?\s?(?:º|ª|°)(?:\s?(?:${floorSide})\.?|\s(?:${floorNoun})|\s?[A-Za-z])?|\d{1,2}\.\s?(?:OG|UG|DG|Stock|Etage)|EG(?:\s(?:links|rechts|Mitte))?|\d{1,2}(?:r|n|t|è)(?:\s\d{1,2}a)?|r\/c(?:\s(?:${floorSide})\.?)?)(?![\p{L}\p{N}])`;
const unit = `${repeated(oneUnit, 0, 3)}(?:${floor})?`;
/**
 * A compass direction after the street type, as North American addresses write it ("88 Queen St W", "12 Main St
 * NE", "221 Queen Street West"), and Ireland's "Upper" and "Lower" ("22 Leeson Street Upper"): capitalised only, so
 * it is not part of the pattern that ignores case (where "e" is a word of its own).
 */
const directional = String.raw`(?<!\.)\s(?:NE|NW|SE|SW|North|South|East|West|Upper|Lower|N|S|E|W)\.?(?![\p{L}\p{N}-])`;
/**
 * The units after a street line, matched on their own after each pattern's match (`matchWithUnits`) rather than
 * written at the end of every pattern: V8 compiles a pattern's tail once per path that reaches it, so a shared
 * tail is cheaper as a pattern of its own. Since it can match nothing, a pattern followed by it matches the same
 * text as the two run one after the other.
 */
const unitsAfter = new RegExp(`${optional(directional)}${unit}`, "yu");
/** A unit on a line of its own inside an address block ("12 Oak Street\nSuite 4\nSpringfield"). */
const unitLine = new RegExp(unitBody, "yu");
/** The same for the one pattern that ignores case. */
const unitsAfterIgnoringCase = new RegExp(unit, "yiu");

/**
 * Whether `unitsAfter` (or `unitsAfterIgnoringCase`) can match more than nothing at `index`: every unit, and the
 * floor after them, opens with an optional comma and one or two spaces, then a unit's body or the floor's ASCII
 * digit. Most street lines end at a period, a comma or a plain word, where running the pattern finds nothing.
 */
function mayOpenUnits(text: string, index: number, ignoringCase: boolean): boolean {
  if (!ignoringCase && classAt(text, index) === SPACE && isCompassInitial(text.charCodeAt(index + 1)))
    return true;
  let at = text.charCodeAt(index) === 44 ? index + 1 : index;
  if (at >= text.length || classAt(text, at) !== SPACE) return false;
  at++;
  if (opensUnitOrFloor(text, at, ignoringCase)) return true;
  return at < text.length && classAt(text, at) === SPACE && opensUnitOrFloor(text, at + 1, ignoringCase);
}

/** N, S, E, W, U or L: what a compass direction, "Upper" or "Lower" after a street type opens with. */
function isCompassInitial(code: number): boolean {
  return code === 78 || code === 83 || code === 69 || code === 87 || code === 85 || code === 76;
}

/**
 * Whether a unit's body or a floor can start at `index` (see mayOpenUnits): a floor opens with an ASCII digit, or
 * is the ground floor, "EG" or "r/c".
 */
function opensUnitOrFloor(text: string, index: number, ignoringCase: boolean): boolean {
  const code = text.charCodeAt(index);
  if (isAsciiDigit(code)) return true;
  const next = text.charCodeAt(index + 1);
  if (((code | 0x20) === 0x65 && (next | 0x20) === 0x67) || ((code | 0x20) === 0x72 && next === 0x2f))
    return true;
  // Ignoring case, letters beyond ASCII match unit words too (ſ is s): any letter may open one there.
  return ignoringCase
    ? text.charCodeAt(index) === 35 || isLetterClass(classAt(text, index))
    : mayOpenUnitBody(text, index);
}

/**
 * Whether a unit's body (`unitBody`, matched case-sensitively) can start at `index`: "#", or a unit word in
 * any case (the pattern allows lower, capitalised and upper case only).
 */
function mayOpenUnitBody(text: string, index: number): boolean {
  return text.charCodeAt(index) === 35 || unitWordStartsAt(text, index);
}

/** The unit words by their first code unit (all below 256), so that most words are ruled out by one read. */
const unitWordsByInitial: (readonly string[] | undefined)[] = new Array(256).fill(undefined);
for (const unitWord of unitWordNames) {
  const initial = unitWord.charCodeAt(0);
  unitWordsByInitial[initial] = [...(unitWordsByInitial[initial] ?? []), unitWord];
}

/** Whether a unit word starts at `index`, read lower-cased one code unit at a time. */
function unitWordStartsAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const initial = lowerCodeUnit(text.charCodeAt(index));
  const candidates = initial >= 0 && initial < 256 ? unitWordsByInitial[initial] : undefined;
  if (candidates === undefined) return false;
  for (const unitWord of candidates) {
    if (index + unitWord.length > text.length) continue;
    let offset = 0;
    while (
      offset < unitWord.length &&
      lowerCodeUnit(text.charCodeAt(index + offset)) === unitWord.charCodeAt(offset)
    )
      offset++;
    if (offset === unitWord.length) return true;
  }
  return false;
}

/** End of the units after a street line ending at `from` ("12 Oak Street Apt. 4"); `from` when none follows. */
function unitsEnd(text: string, from: number, ignoringCase = false): number {
  if (!mayOpenUnits(text, from, ignoringCase)) return from;
  const end = matchEnd(ignoringCase ? unitsAfterIgnoringCase : unitsAfter, text, from);
  return end < 0 ? from : end;
}
/** Words between a street type and the name ("rue de la Paix", "Calle de los Reyes", "Am Markt"). */
const particleAlternation =
  "de|del|de la|de las|de los|des|du|de l'|da|do|dos|das|di|della|dei|von|am|an|der|la|las|los|le|les|el|e|y|yr";
const particles = String.raw`(?:(?:${particleAlternation})\s)`;
const particleWords = new TokenWordSet(particleAlternation.split(/[| ]/));

/**
 * Number first: "12 Oak Street", "12B, 4 Long Hill Rd", "350 5th Avenue". At least one name: a number then a
 * street-type word alone is a count of things ("2 ways", "45 points", "10 parks").
 */
const numberFirst = new RegExp(
  String.raw`\d{1,6}[A-Za-z]?(?:-\d{1,4})?(?:,?\s\d{1,5}[A-Za-z]?)?,?\s${repeated(String.raw`(?:${word}|\d{1,3}(?:st|nd|rd|th))\s`, 1, 3)}(?:${englishStreetTypes})\.?(?![\p{L}\p{N}])`,
  "yu",
);
/**
 * The one or two words of a name before the house number, on its line ("Housing Team\n160 Tooley Street" is a
 * team above an address): "Kelly 12 Oak Crossroad Apt. 3" is these, then `numberFirst` from where they end
 * (namedNumberFirstEnd).
 */
const namesBeforeNumber = new RegExp(repeated(String.raw`${word}[ \t]`, 1, 2), "yu");

/**
 * End of a name, house number and street ("Kelly 12 Oak Crossroad"), or -1. Matched in two steps rather than as
 * one pattern of the words and `numberFirst`, which held the street types a second time (200 KB of machine code).
 * The same match: a word runs to the first space after it (no character of a word is a space), and a number
 * cannot start where a second word does (a capital is no digit), so the words can end at one place only.
 */
function namedNumberFirstEnd(text: string, position: number): number {
  const namesEnd = matchEnd(namesBeforeNumber, text, position);
  return namesEnd < 0 ? -1 : matchEnd(numberFirst, text, namesEnd);
}

/**
 * Number first, then a leading street type ("12, rue de la Paix", "123 Rua das Flores"). The four optional parts
 * before the street types are loops (`optional`): as plain optional parts they made sixteen copies of the list,
 * 404 KB of machine code (72 KB as loops).
 */
const numberThenLeadingType = new RegExp(
  String.raw`\d{1,5}${optional("[A-Za-z]")}${optional(String.raw`\s?bis|\s?ter`)}${optional(String.raw`,?\s\d{1,5}`)}${optional(",")}\s(?:${caseForms(leadingStreetTypes)})\.?\s${repeated(particles, 0, 2)}${repeated(String.raw`(?:${wholeWord}|\d{1,3}(?!\p{N}))\s?`, 1, 4)}`,
  "yu",
);
/**
 * Leading street types that after a house number are a street whatever the case of the name: "36 rue de la paix",
 * "12 calle mayor", "45 rua das flores". Types that are everyday words too ("place", "route", "via", "largo",
 * "square") are left out, since "3 place settings" or "sent 2 via email" are no addresses.
 */
const lowerCaseLeadingTypes = [
  "rue",
  "avenue",
  "boulevard",
  "bd",
  "allée",
  // Typed without the accent in a chat ("4 allee des roses", "praca da se").
  "allee",
  "chemin",
  "impasse",
  "quai",
  "calle",
  "avenida",
  "avda",
  "paseo",
  "carrer",
  "carretera",
  "rua",
  "travessa",
  "praça",
  "praca",
  "estrada",
  "alameda",
  "viale",
  "piazza",
  "strada",
];
/**
 * A house number, a lower-case leading type from `lowerCaseLeadingTypes`, its particles and one or two lower-case
 * words of the name, as people type an address in a chat ("it is 36 rue de pologne"). The second word is checked
 * afterwards (`lowerCaseNameGoesOn`): in "36 rue de la paix à lyon" the name stops before "à".
 */
const numberThenLowerCaseType = new RegExp(
  String.raw`\d{1,5}[a-z]?,?\s(?:${lowerCaseLeadingTypes.join("|")})\.?\s${repeated(particles, 0, 2)}(\p{Ll}[\p{Ll}\p{M}'’-]{2,})(?:\s(\p{Ll}[\p{Ll}\p{M}'’-]{2,}))?(?![\p{L}\p{N}])`,
  "yu",
);
/** Words that end a lower-case street name: prepositions and conjunctions of the six languages. */
const endsLowerCaseName = new TokenWordSet([
  "à",
  "au",
  "en",
  "et",
  "pour",
  "avec",
  "dans",
  "près",
  "in",
  "and",
  "for",
  "with",
  "near",
  "on",
  "at",
  "the",
  "y",
  "con",
  "para",
  "cerca",
  "e",
  "com",
  "perto",
  "no",
  "na",
  "em",
  "und",
  "mit",
  "bei",
  "im",
]);

/**
 * The end of a lower-case street after a house number at `position` (`numberThenLowerCaseType`), or -1. Only
 * when the type is in lower case: a capitalised one is read by `numberThenLeadingType`.
 */
function numberThenLowerCaseTypeEnd(text: string, position: number): number {
  numberThenLowerCaseType.lastIndex = position;
  const match = numberThenLowerCaseType.exec(text);
  if (match === null) return -1;
  const second = match[2];
  if (second === undefined || !endsLowerCaseName.has(second)) return position + match[0].length;
  return position + match[0].length - second.length - 1;
}

/**
 * What follows a leading street type: the name, then the house number, on one line. A bare number in the name
 * ("Rua 25 de Março 100", "Calle 13 45") is not followed by a comma: otherwise "Rua Augusta 45, 2.º Esq." would read
 * "45" as part of the name and the floor's "2" as the house number. Colombian addresses give the cross street and
 * the distance from it after "#" or "No.": "Calle 13 # 45-20", "Carrera 7 No. 32-16".
 */
const nameThenNumber = String.raw`${repeated(particles, 0, 3)}${repeated(String.raw`(?:${wholeWord}|\d{1,2}(?:st|nd|rd|th|(?!,))(?!\p{N}))[ \t]?`, 1, 4)},?[ \t]?(?:(?:n\.?[º°o.][ \t]?|#[ \t]?)?\d{1,5}[A-Za-z]?(?:-\d{1,3}[A-Za-z]?)?|s\/n)(?![\p{L}\p{N}])`;
/** Street type first, number after: "Calle Mayor 5", "Rua Augusta, 120", "Via Roma 10". */
const typeFirst = new RegExp(
  String.raw`(?:${wordAlternation(leadingStreetTypes, { lowerCase: true })})\.?\s${nameThenNumber}`,
  "yiu",
);
/**
 * The one-letter abbreviations of Spanish and Portuguese letters: "C/ Gran Vía 12" (calle), "R. Augusta 45"
 * (rua). A lone "c" or "r" is too common to count as a street type by itself: only with its slash, or its
 * period and a space. Case is ignored, as for the full types: chats write "c/ san vicente 88"; "c/o" (care of)
 * and a lone letter after it ("option c/ d 12 times") open no street.
 */
const abbreviatedTypeFirst = new RegExp(
  String.raw`(?:c\/(?!o(?![\p{L}\p{N}]))\s?|r\.\s)(?=\p{L}\p{L}|\d)${nameThenNumber}`,
  "yiu",
);

/**
 * Whether the one-letter word at `token` is "C/" or "R. " (see `abbreviatedTypeFirst`). "R."
 * right after a capitalised word or a short abbreviation with its period is an initial instead: "John R.
 * Smith", "Dr. R. Augusta".
 */
function opensAbbreviatedType(text: string, table: TokenTable, token: number): boolean {
  const at = table.start[token]!;
  if (table.end[token]! - at !== 1) return false;
  const letter = text.charCodeAt(at) | 0x20;
  const mark = text.charCodeAt(at + 1);
  if (letter === 0x63) return mark === 0x2f;
  if (letter !== 0x72 || mark !== 0x2e || text.charCodeAt(at + 2) !== 0x20) return false;
  const previous = token - 1;
  if (previous < 0 || table.kind[previous] !== WORD || table.first[previous] !== UPPER) return true;
  const gap = at - table.end[previous]!;
  const titleLike =
    gap === 2 && text.charCodeAt(at - 2) === 0x2e && table.end[previous]! - table.start[previous]! <= 4;
  return !((gap === 1 && text.charCodeAt(at - 1) === 0x20) || titleLike);
}
/**
 * Compound suffixes that, on a word in lower case followed by a number, still make a street: "hauptstraße 5",
 * "hersnapvej 18". Suffixes that end everyday words ("ring" in "offering", "markt", "platz", "kade" in "arcade")
 * are left out.
 */
const lowerCaseCompoundSuffixes = [
  "straße",
  "strasse",
  "str",
  "gasse",
  "allee",
  "weg",
  "gatan",
  "vägen",
  "vej",
  "veien",
  "gade",
  "straat",
  "laan",
  "katu",
  "kuja",
  "utca",
];
/** A lower-case compound street name and its number: "bahnhofstr. 12", "storgatan 3b". */
const lowerCaseCompound = /\p{Ll}[\p{L}\p{M}-]*\.?[ \t]\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])/uy;

/**
 * Whether word token `token`, in lower case, ends with one of `lowerCaseCompoundSuffixes` after 3 letters. The
 * check of all compound suffixes, which reads characters in place, comes first: most words end in none.
 */
function endsWithLowerCaseCompoundSuffix(table: TokenTable, token: number): boolean {
  if (!tokenEndsWithCompoundSuffix(table, token)) return false;
  const word = lowerOf(table, token);
  for (const suffix of lowerCaseCompoundSuffixes) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) return true;
  }
  return false;
}

/** Compound street names: "Hauptstraße 5", "Alte Landstr. 12a", "Storgatan 3". */
/**
 * A house number after a German-speaking street's name: "5", "12a", "3-5", and Austria's stair and door after
 * slashes ("Favoritenstraße 88/3/12").
 */
const germanHouseNumber = String.raw`\d{1,5}[A-Za-z]?(?:-\d{1,4})?(?:\/\d{1,4}[A-Za-z]?){0,3}(?![\p{L}\p{N}])`;
const compound = new RegExp(
  String.raw`${repeated(String.raw`\p{Lu}[\p{L}\p{M}-]*[ \t]`, 0, 1)}\p{Lu}[\p{L}\p{M}-]*\.?\s${germanHouseNumber}`,
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
const separateTypeStreet = String.raw`${repeated(String.raw`\p{Lu}[\p{L}\p{M}'’-]*[ \t]`, 1, 2)}(?:(?:(?<=s\s)gate|${wordAlternation(lowerCaseSeparateTypes)}|${caseForms(capitalisedSeparateTypes)})\s|${caseForms(abbreviatedSeparateTypes)}\.\s?)${germanHouseNumber}`;
const nameThenSeparateType = new RegExp(separateTypeStreet, "yu");
/** The same after a house number: "376 Rákóczi út 13". */
const numberThenSeparateType = new RegExp(String.raw`\d{1,6}[A-Za-z]?\s${separateTypeStreet}`, "yu");
/** Capitalised name and number on a line of its own, part of an address block. */
const nameNumberLine = new RegExp(
  String.raw`${repeated(String.raw`${word}[ \t]`, 1, 3)}\d{1,5}[A-Za-z]?(?:-\d{1,4})?(?![\p{L}\p{N}])`,
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
const unitWordSet = new TokenWordSet(unitWordNames);
const military =
  /(?:(?:Unit|PSC) \d{1,5},? Box \d{1,5}|USNS \p{Lu}[\p{L}]*|USNV \p{Lu}[\p{L}]*|USS \p{Lu}[\p{L}]*|USCGC \p{Lu}[\p{L}]*)(?:\s{1,3}(?:DPO|APO|FPO) [A-Z]{2} \d{5})?/uy;
const militaryFirstWords = new TokenWordSet(["unit", "psc", "usns", "usnv", "uss", "uscgc"]);
/** A post-office box and its number, which German writes in groups ("Postfach 10 12 34"). */
const postBox =
  /(?:\b(?:P\.?\s?O\.?\s?Box|Postfach|Apartado|Caixa Postal|Boîte postale|BP)|ص\.\s?ب\.?|صندوق بريد|ص ب) \d{1,7}(?: \d{2,3}){0,2}\b/iy;
const postBoxFirstWords = new TokenWordSet([
  "p",
  "po",
  "postfach",
  "apartado",
  "caixa",
  "boîte",
  "bp",
  // Arabic: "ص.ب" (a box), "صندوق بريد".
  "ص",
  "صندوق",
]);

/**
 * One piece of the continuation after a street line: a city, "ST 12345", "75001 Paris", a country. The words
 * after the first are a `repeated` loop: unrolled, they made the pattern 198 KB of machine code (88 KB as a loop).
 */
const continuationPiece = new RegExp(
  String.raw`[A-Z]{2}\s[A-Z]\d[A-Z] ?\d[A-Z]\d(?![\p{L}\p{N}])|(?:(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3,4})?\s)?(?:\p{Lu}\p{Ll}{0,2}\.(?=\s)|(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}'’-]*)${repeated(String.raw`\s(?:\p{Lu}\p{Ll}{0,2}\.(?=\s)|(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}'’-]*|de|del|do|da|sur|am|an|upon|la|le|les)`, 0, 3)}(?:,?\s(?:[A-Z]{2}\s)?\d{4,5}(?:-\d{3,4})?)?(?:\s\([A-Z]{2}\))?(?![\p{L}\p{N}])|(?:[A-Z]{2}\s)?\d{4,5}(?:-\d{3,4})?(?![\p{L}\p{N}])|[A-Z]\d[A-Z] ?\d[A-Z]\d(?![\p{L}\p{N}])|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\p{L}\p{N}])`,
  "uy",
);
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
const continuationSeparator = new RegExp(
  String.raw`(?:,[ \t]*(?:\r?\n${lineMarkClass}*)?|[ \t]*\r?\n${lineMarkClass}*|[ \t]+(?=[A-Z]{2}\s\d|\d{4,5}(?![\p{L}\p{N}])))`,
  "uy",
);

/** Spaces only, then a capital: a piece joined without a comma ("Apt. 4 Springfield IL 62704"). */
const spaceSeparator = /[ \t]{1,2}(?=\p{Lu})/uy;
/**
 * A dash between spaces, then a capital: how Brazilian addresses join the district, the city and the state
 * ("Rua Augusta, 1500 - Consolação, São Paulo - SP"). See `dashedPieceBelongs` for when it counts.
 */
const dashSeparator = /[ \t]{1,2}[-–][ \t]{1,2}(?=\p{Lu})/uy;

/** Whether `dashSeparator` can match at `index`: a space or tab, then (after more) a dash. */
function mayOpenDashSeparator(text: string, index: number): boolean {
  if (!isSpaceOrTab(text.charCodeAt(index))) return false;
  const next = isSpaceOrTab(text.charCodeAt(index + 1)) ? index + 2 : index + 1;
  const dash = text.charCodeAt(next);
  return dash === 45 || dash === 0x2013;
}

/**
 * A piece after a dash belongs to the address only where it reads as one: it opens with a state code of two
 * capitals ("SP", "SP, 01304-001"), holds a postal code, or is followed by a comma or another dash, as a list's
 * pieces are. "12 Main Street - John will call" keeps "John" out.
 */
function dashedPieceBelongs(text: string, pieceStart: number, pieceEnd: number): boolean {
  const stateCode =
    isAsciiCapital(text.charCodeAt(pieceStart + 1)) && !isLetterClass(classAt(text, pieceStart + 2));
  if (stateCode || holdsDigit(text, pieceStart, pieceEnd)) return true;
  return text.charCodeAt(pieceEnd) === 44 || mayOpenDashSeparator(text, pieceEnd);
}
const regionCode = /^[A-Z]{2}\s\p{Lu}/u;

/**
 * "1100 Wien, Favoritenstraße 88": four or five digits before a known town and a comma are the town's postal
 * code, not a house number before a street's name.
 */
function postalCodeBeforeTown(table: TokenTable, token: number): boolean {
  const town = token + 1;
  const digits = table.end[token]! - table.start[token]!;
  if ((digits !== 4 && digits !== 5) || town >= table.count || table.kind[town] !== WORD) return false;
  return cityNames.hasId(table.wordId[town]!) && table.text.charCodeAt(table.end[town]!) === 44;
}

/**
 * A piece after spaces alone must look like the end of an address: it carries a postal code, opens with a
 * region code, names a known place, or ends in a known country or region or a region code after a name
 * ("Apt. 050 Coalville South Africa", "Apt. 405 Sindi PR").
 */
function placeLikePiece(text: string, from: number, to: number, firstWordId: number): boolean {
  for (let index = to - 1; index >= from; index--) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  // Two ASCII capitals first, or the pattern cannot match.
  if (
    isAsciiCapital(text.charCodeAt(from)) &&
    isAsciiCapital(text.charCodeAt(from + 1)) &&
    regionCode.test(text.slice(from, to))
  )
    return true;
  if (cityNames.hasId(firstWordId) || regionNames.hasId(firstWordId) || countryNames.hasId(firstWordId))
    return true;
  return endsInCountryOrRegion(text, from, to);
}

/**
 * Whether piece text[from, to) ends in a known country or region of two words, or, after another word, in one
 * of one word or in a two-letter region code. (A piece that is one known place is found by its first word.)
 */
function endsInCountryOrRegion(text: string, from: number, to: number): boolean {
  const last = wordStartBefore(text, to, from);
  if (last === to || last === from || text.charCodeAt(last - 1) !== 32) return false;
  if (to - last === 2 && isAsciiCapital(text.charCodeAt(last)) && isAsciiCapital(text.charCodeAt(last + 1)))
    return true;
  const id = wordIdOfText(text, last, to);
  if (countryNames.hasId(id) || regionNames.hasId(id)) return true;
  const previous = wordStartBefore(text, last - 1, from);
  if (previous === last - 1) return false;
  const phrase = text.slice(previous, to).toLowerCase();
  return countryNames.has(phrase) || regionNames.has(phrase);
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

/**
 * Whether `continuationSeparator` can match at `index`: a comma, or spaces and tabs ending at a line break, or at
 * least one of them before an ASCII digit or two ASCII capitals ("IL 62704"). Most street lines go on with a
 * plain word, where it does not match.
 */
function mayOpenSeparator(text: string, index: number): boolean {
  if (text.charCodeAt(index) === 44) return true;
  let at = index;
  while (at < text.length && isSpaceOrTab(text.charCodeAt(at))) at++;
  const code = text.charCodeAt(at);
  if (code === 10 || code === 13) return true;
  return (
    at > index && (isAsciiDigit(code) || (isAsciiCapital(code) && isAsciiCapital(text.charCodeAt(at + 1))))
  );
}

/** Whether `spaceSeparator` can match at `index`: one or two spaces or tabs, then a capital. */
function mayOpenSpaceSeparator(text: string, index: number): boolean {
  if (!isSpaceOrTab(text.charCodeAt(index))) return false;
  return (
    mayOpenCapital(text, index + 1) ||
    (isSpaceOrTab(text.charCodeAt(index + 1)) && mayOpenCapital(text, index + 2))
  );
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

function endOfContinuation(text: string, from: number): number {
  // A house number written with a period ("Erzsébet tér 19.", as in Hungarian or Norwegian) can still be
  // followed by a unit ("Rákóczi út 13. Suite 104") or end a line the address goes on after; the period belongs
  // to the address only if one of them follows.
  const code = text.charCodeAt(from);
  if (code === 46 && classAt(text, from - 1) === DIGIT) {
    const afterUnits = unitsEnd(text, from + 1);
    if (afterUnits > from + 1) return continuationAfter(text, afterUnits);
    const next = text.charCodeAt(from + 1);
    if (next !== 10 && next !== 13) return from;
    const end = continuationAfter(text, from + 1);
    return end > from + 1 ? end : from;
  }
  return continuationAfter(text, from);
}

/** Whether a piece opens with a postal code and goes on with a town: "50674 Köln", "75001 Paris". */
function opensWithPostalCodeAndTown(text: string, from: number, to: number): boolean {
  if (!isAsciiDigit(text.charCodeAt(from))) return false;
  let index = from;
  while (index < to && isAsciiDigit(text.charCodeAt(index))) index++;
  return index + 1 < to && text.charCodeAt(index) === 32 && isLetterClass(classAt(text, index + 1));
}

/** Whether text[from, to) holds an ASCII digit. */
function holdsDigit(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (isAsciiDigit(text.charCodeAt(index))) return true;
  return false;
}

/** Whether text[from, to) holds a line feed. */
function holdsLineFeed(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (text.charCodeAt(index) === 10) return true;
  return false;
}

/**
 * Whether the pieces text[from, to), which open a line, read as the start of a sentence instead of a line of the
 * address: no digit, not written in capitals (as a city may be: "KNIVSTA"), and followed on the same line by a
 * lower-case word ("10 Downing Street\nWait for a reply").
 */
function opensSentenceOnLine(text: string, from: number, to: number): boolean {
  let capitals = true;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) return false;
    if (classAt(text, index) === LOWER) capitals = false;
  }
  if (capitals) return false;
  let next = to;
  while (isSpaceOrTab(text.charCodeAt(next))) next++;
  return next > to && classAt(text, next) === LOWER;
}

/** Where the pieces that continue an address line from `from` end (`from` when none does). */
function continuationAfter(text: string, from: number): number {
  let end = from;
  // Where the address ended before the pieces of the last line it went on to, if it went on to one.
  let beforeLine = -1;
  let lineFirstPiece = -1;
  let afterCode = false;
  for (let pieces = 0; pieces < 4; pieces++) {
    let pieceStart = mayOpenSeparator(text, end) ? matchEnd(continuationSeparator, text, end) : -1;
    let spaced = false;
    let dashed = false;
    if (pieceStart < 0) {
      pieceStart = mayOpenSpaceSeparator(text, end) ? matchEnd(spaceSeparator, text, end) : -1;
      spaced = pieceStart >= 0;
    }
    if (pieceStart < 0) {
      pieceStart = mayOpenDashSeparator(text, end) ? matchEnd(dashSeparator, text, end) : -1;
      if (pieceStart < 0) break;
      dashed = true;
    }
    if (!spaced && holdsLineFeed(text, end, pieceStart) && mayOpenUnitBody(text, pieceStart)) {
      const unitEnd = matchEnd(unitLine, text, pieceStart);
      if (unitEnd >= 0) {
        end = unitEnd;
        continue;
      }
    }
    let pieceEnd = matchEnd(continuationPiece, text, pieceStart);
    if (pieceEnd < 0) break;
    // A closing period (an abbreviation such as "Mo." or "U.S.") is left out of the piece.
    if (pieceEnd > pieceStart && text.charCodeAt(pieceEnd - 1) === 46) pieceEnd--;
    const wordId = pieceWordId(text, pieceStart, pieceEnd);
    // A region code may be an everyday word in capitals ("ON M5H 2N2", "IN 46204"); with its postal code it is no word.
    const regionWithCode =
      isAsciiCapital(text.charCodeAt(pieceStart)) &&
      isAsciiCapital(text.charCodeAt(pieceStart + 1)) &&
      text.charCodeAt(pieceStart + 2) === 32 &&
      holdsDigit(text, pieceStart, pieceEnd);
    if ((commonCapitalisedWords.hasId(wordId) && !regionWithCode) || dataLabelWords.hasId(wordId)) break;
    // After a piece with its postal code ("50674 Köln"), a piece goes on with the address only as a place: a country
    // or a region ("Deutschland"), not the sentence's next noun ("Wohngeld").
    if ((spaced || afterCode) && !placeLikePiece(text, pieceStart, pieceEnd, wordId)) break;
    if (dashed && !dashedPieceBelongs(text, pieceStart, pieceEnd)) break;
    if (opensWithPostalCodeAndTown(text, pieceStart, pieceEnd)) afterCode = true;
    if (!spaced && holdsLineFeed(text, end, pieceStart)) {
      beforeLine = end;
      lineFirstPiece = pieceStart;
    }
    end = pieceEnd;
  }
  return beforeLine >= 0 && opensSentenceOnLine(text, lineFirstPiece, end) ? beforeLine : end;
}

/**
 * Whether `nameNumberLine` at word token `token`, with the units after it, can end where a line does
 * (`lineEndsAt`). Its house number is the first number token after the name (no character of a name is a
 * digit), of at most five digits; the match ends after it and what `[A-Za-z]?(?:-\d{1,4})?` adds, so at the end
 * of the run of ASCII letters, digits and hyphens after it (the line end and the units open with a space or a
 * comma, which the run does not hold).
 */
function lineMayEndAfterHouseNumber(table: TokenTable, token: number): boolean {
  const { text, count, kind } = table;
  let number = token + 1;
  while (number < count && kind[number] !== NUMBER) number++;
  if (number === count || table.end[number]! - table.start[number]! > 5) return false;
  let index = table.end[number]!;
  while (index < text.length && isHouseNumberSuffix(text.charCodeAt(index))) index++;
  return lineEndsAt(text, index) || mayOpenUnits(text, index, false);
}

/** An ASCII letter, digit or hyphen: what a house number's suffix ("12a", "12-14") is made of. */
function isHouseNumberSuffix(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || code === 45;
}

function lineEndsAt(text: string, position: number): boolean {
  for (let index = position; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9 && code !== 44) return false;
  }
  return false;
}

/** The compound suffixes by their last code unit (ASCII for all of them): a word is compared with those only. */
const compoundSuffixesByEnding: (readonly string[] | undefined)[] = new Array(128).fill(undefined);
for (const suffix of compoundSuffixes) {
  const ending = suffix.charCodeAt(suffix.length - 1);
  compoundSuffixesByEnding[ending] = [...(compoundSuffixesByEnding[ending] ?? []), suffix];
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
  // Only the suffixes ending in the word's last letter can match. A last character that does not lower-case to
  // one code unit, or to a letter beyond ASCII, ends the lower-cased word in none of them.
  const ending = lowerCodeUnit(text.charCodeAt(to - 1));
  const candidates = ending >= 0 && ending < 128 ? compoundSuffixesByEnding[ending] : undefined;
  if (candidates === undefined) return false;
  for (let index = from; index < to; index++) {
    if (lowerCodeUnit(text.charCodeAt(index)) < 0) return endsWithCompoundSuffix(lowerOf(table, token));
  }
  for (const suffix of candidates) {
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
  let end = withoutTrailingSpaceOrComma(text, start, coreEnd);
  if (endsWithSentencePeriod(text, start, end)) end--;
  const extended = endOfContinuation(text, end);
  if (mustContinue && extended === end) return -1;
  const begin = withJoinedNumberGroups(text, withLeadingHouseNumber(text, withLeadingUnit(text, start)));
  const cue = hasCueBefore(text, begin, "address", 40);
  pushAddressLines(
    found,
    text,
    begin,
    extended,
    // Rounded: 0.7 + 0.1 is 0.7999999999999999 in floating point, which reports read.
    cue ? Math.min(0.95, Math.round((score + 0.1) * 100) / 100) : score,
    cue ? `${reason}, address context` : reason,
  );
  return extended;
}

/** Start of the run of letters, digits, hyphens and "#" that ends at `end` (a unit's word or its number). */
function unitPartStart(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    const value = charClass(code);
    if (!isLetterClass(value) && value !== DIGIT && code !== 45 && code !== 35) break;
    start--;
  }
  return start;
}

/**
 * Where an address starting at `start` begins once the unit written before it on its line is taken ("Apartment
 * 12, 45 Quay Street", "Suite 200, 350 Fifth Avenue"): the unit's start, or `start` when no unit reaches it. A unit
 * is its word, maybe a period and a space, then its number: its word opens one of the two runs before the address
 * (the number's, when the address begins with the unit's number: "Apartment 12, 45" matched from "12, 45").
 */
function withLeadingUnit(text: string, start: number): number {
  let bodyEnd = start;
  while (bodyEnd > 0 && isSpaceOrTab(text.charCodeAt(bodyEnd - 1))) bodyEnd--;
  if (text.charCodeAt(bodyEnd - 1) === 44) bodyEnd--;
  let partEnd = bodyEnd;
  for (let part = 0; part < 2; part++) {
    while (partEnd > 0 && (isSpaceOrTab(text.charCodeAt(partEnd - 1)) || text.charCodeAt(partEnd - 1) === 46))
      partEnd--;
    const partStart = unitPartStart(text, partEnd);
    if (partStart === partEnd || partStart >= start) return start;
    if (mayOpenUnitBody(text, partStart) && matchEnd(unitLine, text, partStart) >= bodyEnd) return partStart;
    partEnd = partStart;
  }
  return start;
}

/**
 * Where an address that opens with its street's name begins once a house or building number written before the
 * name is taken ("83854 Strickstrasse 61", "lives at 67952 Höfðagata 39", "Address: 83854 Strickstrasse 61"): one
 * to six digits, one space before the name, opening a line or after a lower-case word, a comma, a label's colon or a line's
 * marks. After other digits it is the last group of something else ("call 0161 496 0000 Strickstrasse 61"), after a
 * capitalised word the house number or postal code of what that word ends ("Rua do Arenque 1634 Vesterskovvej 79"),
 * and after a word a year is a time ("In 2019 Hauptstraße 5 was sold"). `start` when there is none.
 */
/**
 * "12-3-45 Banjara Hills": India's house numbers join groups of digits with hyphens; a match that starts at the last
 * group starts at the first (two more at most).
 */
function withJoinedNumberGroups(text: string, start: number): number {
  let begin = start;
  for (let groups = 0; groups < 2 && isAsciiDigit(text.charCodeAt(begin)); groups++) {
    const separator = text.charCodeAt(begin - 1);
    if ((separator !== 45 && separator !== 47) || !isAsciiDigit(text.charCodeAt(begin - 2))) break;
    let groupStart = begin - 2;
    while (groupStart > 0 && isAsciiDigit(text.charCodeAt(groupStart - 1))) groupStart--;
    if (begin - 1 - groupStart > 4 || isLetterClass(classAt(text, groupStart - 1))) break;
    // "4/22 Smith Street": a unit and its building's number, as Australia writes them; not a date's "12/03/22".
    if (separator === 47 && (groups > 0 || text.charCodeAt(groupStart - 1) === 47)) break;
    begin = groupStart;
  }
  return begin;
}

function withLeadingHouseNumber(text: string, start: number): number {
  if (!isLetterClass(classAt(text, start)) || text.charCodeAt(start - 1) !== 32) return start;
  let numberStart = start - 1;
  while (numberStart > 0 && isAsciiDigit(text.charCodeAt(numberStart - 1))) numberStart--;
  const digits = start - 1 - numberStart;
  if (digits < 1 || digits > 6) return start;
  const before = text.charCodeAt(numberStart - 1);
  if (numberStart === 0 || before === 10 || before === 13) return numberStart;
  if (before !== 32) return start;
  const beforeSpace = text.charCodeAt(numberStart - 2);
  if (beforeSpace === 44 || beforeSpace === 58 || isLineMark(beforeSpace) || numberStart === 1)
    return numberStart;
  const wordStart = wordStartBefore(text, numberStart - 1, Math.max(0, numberStart - 40));
  if (wordStart === numberStart - 1 || classAt(text, wordStart) !== LOWER) return start;
  const year = digits === 4 && (text.startsWith("19", numberStart) || text.startsWith("20", numberStart));
  return year ? start : numberStart;
}

/**
 * The end of text[start, end) without the white space and commas it ends with: any white space, not only spaces,
 * so that a unit that ends a line does not take the line break with it.
 */
function withoutTrailingSpaceOrComma(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && (classAt(text, trimmed - 1) === SPACE || text.charCodeAt(trimmed - 1) === 44))
    trimmed--;
  return trimmed;
}

/**
 * Reports the address text[start, end), one detection per line where its lines open with marks other than
 * indentation ("> Springfield", "??? Suite 4"): the marks are the layout of the text, not part of the address.
 */
function pushAddressLines(
  found: Detection[],
  text: string,
  start: number,
  end: number,
  score: number,
  reason: string,
): void {
  let pieceStart = start;
  for (let lineBreak = start; lineBreak < end; lineBreak++) {
    if (text.charCodeAt(lineBreak) !== 10) continue;
    let content = lineBreak + 1;
    let marked = false;
    while (content < end && isLineMark(text.charCodeAt(content))) {
      const code = text.charCodeAt(content);
      if (code !== 32 && code !== 9) marked = true;
      content++;
    }
    if (!marked) continue;
    const pieceEnd = withoutTrailingSpaceOrComma(text, pieceStart, lineBreak);
    if (pieceEnd > pieceStart)
      found.push({ type: "STREET_ADDRESS", start: pieceStart, end: pieceEnd, score, reason });
    pieceStart = content;
    lineBreak = content - 1;
  }
  if (end > pieceStart) found.push({ type: "STREET_ADDRESS", start: pieceStart, end, score, reason });
}

const englishStreetTypeSet = new TokenWordSet(englishStreetTypeWords.split("|"));
/** The short forms among the street types, written with a period ("St.", "Ave."): after the others, a period ends the sentence. */
const streetTypeAbbreviations = new TokenWordSet(
  "st|rd|ave|av|ln|dr|ct|pl|ter|terr|blvd|pkwy|hwy|fwy|expy|sq|cres|cir|trl|gdns|plz|aly|hts|pt|crk|jct|tpke|ctr|sta|vlg|ext|mt|rte".split(
    "|",
  ),
);

/** Whether text[start, end) ends with a street type written out and a period: the sentence's ("4 Privet Drive."). */
function endsWithSentencePeriod(text: string, start: number, end: number): boolean {
  const wordStart = wordBeforeFinalPeriod(text, start, end);
  if (wordStart < 0) return false;
  const id = wordIdOfText(text, wordStart, end - 1);
  return englishStreetTypeSet.hasId(id) && !streetTypeAbbreviations.hasId(id);
}

/**
 * Which of the recogniser's word lists hold a word, as bits: one look-up per token (`wordClassOf`) answers for
 * every list, where testing each set would read the token's id once per set.
 */
const STREET_TYPE = 1;
const LEADING_TYPE = 2;
const UNIT_WORD = 4;
const CORNER = 8;
const BOX_OR_CUE = 16;
const CUE = 32;
const COMMON_CAPITALISED = 64;
const DWELLING_UNIT = 128;

/** Class bits of token `token`: 0 for numbers (their id is UNLISTED) and for words none of the lists holds. */
function wordClassOf(table: TokenTable, token: number): number {
  const id = table.wordId[token]!;
  return id >= 0 && id < wordClasses.length ? wordClasses[id]! : 0;
}

/**
 * Whether `text[start, end)` is a street type, a unit, box or corner word ("Road", "rue", "Apt", "Suite", "Box"):
 * a piece of an address holding one is part of the street, not its town.
 */
export function isStreetOrUnitWord(text: string, start: number, end: number): boolean {
  const id = wordIdOfText(text, start, end);
  if (id <= 0 || id >= wordClasses.length) return false;
  return (
    (wordClasses[id]! & (STREET_TYPE | LEADING_TYPE | UNIT_WORD | CORNER | BOX_OR_CUE | DWELLING_UNIT)) !== 0
  );
}

/** Leading types that are everyday words in lower case: "la carrera de Derecho" (the degree), "una diagonal". */
const typesThatAreWords = new TokenWordSet(["carrera", "diagonal", "transversal"]);

/**
 * Whether what follows the leading street type at `token`, past its particles, opens with an everyday word:
 * "place", "route", "passage" and "square" are English words too, and in "took place on 5 May" or "in place of
 * 3" the would-be street name is a preposition. Some types are words whenever in lower case (`typesThatAreWords`).
 */
function nameOpensWithEverydayWord(table: TokenTable, token: number): boolean {
  if (table.first[token] === LOWER && typesThatAreWords.hasToken(table, token)) return true;
  const { count, kind } = table;
  let next = token + 1;
  while (next < count && kind[next] === WORD && particleWords.hasToken(table, next)) next++;
  return (
    next < count &&
    kind[next] === WORD &&
    (wordClassOf(table, next) & COMMON_CAPITALISED) !== 0 &&
    !honoursInStreetNames.hasToken(table, next)
  );
}

/**
 * Titles and ranks that streets are named with, everyday words elsewhere: "Rua Dr. Alberto Souza", "Calle Doctor
 * Fleming", "Avenida Presidente Vargas", "Rua Dom Pedro II".
 */
const honoursInStreetNames = new TokenWordSet([
  "dr",
  "dra",
  "doctor",
  "doctora",
  "doutor",
  "doutora",
  "docteur",
  "presidente",
  "président",
  "general",
  "général",
  "professor",
  "professeur",
  "prof",
  "padre",
  "père",
  "dom",
  "don",
  "doña",
  "dona",
  "rei",
  "rey",
  "roi",
  "reina",
  "rainha",
  "infante",
  "príncipe",
  "princesa",
  "conde",
  "duque",
  "capitão",
  "capitán",
  "coronel",
  "almirante",
  "marechal",
  "mariscal",
  "maréchal",
  "santa",
  "santo",
  "san",
  "são",
  "saint",
  "sainte",
  "sankt",
]);

/**
 * Whether the street line from leading type `token` to `end` reads as a sentence instead: in text with capitals, the
 * type and the word after it in lower case and a word in lower case after the number ("la calle principal tiene 12
 * casas"). A street name typed in lower case ends at its number ("rue du centre 320").
 */
function typeLineReadsAsSentence(table: TokenTable, token: number, end: number): boolean {
  if (table.first[token] !== LOWER) return false;
  let next = token + 1;
  while (next < table.count && table.kind[next] === WORD && particleWords.hasToken(table, next)) next++;
  if (next >= table.count || table.first[next] !== LOWER) return false;
  const text = table.text;
  return text.charCodeAt(end) === 32 && classAt(text, end + 1) === LOWER && !typedInLowerCase(table);
}

/** The lists a look-ahead reads and how far: street types 10 tokens ahead, leading types 3, unit words 8. */
const AHEAD_NEAR = STREET_TYPE | LEADING_TYPE | UNIT_WORD;
const AHEAD_MIDDLE = STREET_TYPE | UNIT_WORD;
const AHEAD_FAR = STREET_TYPE;

/**
 * Which lists have a word among the tokens after `token` that its patterns can reach: a street type among the
 * next 10 tokens, a leading street type among the next 3, a unit word among the next 8, each starting within 80
 * characters of the token. One scan of at most 10 tokens, only for the tokens that need it.
 */
function classesAhead(table: TokenTable, token: number): number {
  const { start } = table;
  const reach = start[token]! + 80;
  const limit = Math.min(table.count, token + 11);
  let classes = 0;
  for (let next = token + 1; next < limit; next++) {
    if (start[next]! > reach) break;
    const distance = next - token;
    const wanted = distance <= 3 ? AHEAD_NEAR : distance <= 8 ? AHEAD_MIDDLE : AHEAD_FAR;
    classes |= wordClassOf(table, next) & wanted;
  }
  return classes;
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

/**
 * Whether the patterns that go on from a house number (all but numberThenLeadingType) can go on from the one
 * ending at `index`: after an optional ASCII letter ("12B") and an optional hyphen with one to four digits
 * ("12-14"), each goes on with a space or a comma and a space.
 */
function spaceAfterHouseNumber(text: string, index: number): boolean {
  let at = index;
  if (isAsciiLetter(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) === 45) {
    let digits = 0;
    while (isAsciiDigit(text.charCodeAt(at + 1 + digits))) digits++;
    if (digits < 1 || digits > 4) return false;
    at += 1 + digits;
  }
  if (text.charCodeAt(at) === 44) at++;
  return at < text.length && classAt(text, at) === SPACE;
}

/**
 * Whether an ASCII digit follows one to `words` words from word token `token`, each a run of letters, marks,
 * apostrophes, periods and hyphens (and astral characters, which the tokeniser leaves unclassified) followed by
 * one space: where the patterns of names before a house number (namedNumberFirst, numberNameNumberUnit,
 * nameNumberLine) can reach their number.
 */
function digitAfterWords(table: TokenTable, token: number, words: number): boolean {
  const { text } = table;
  let at = table.start[token]!;
  let next = token;
  for (let word = 0; word < words; word++) {
    if (!mayBeWordCharacter(text, at)) return false;
    for (;;) {
      // A word token is made of such characters throughout: it is skipped whole, the rest one by one.
      while (next < table.count && table.start[next]! < at) next++;
      if (next < table.count && table.start[next] === at && table.kind[next] === WORD) at = table.end[next]!;
      else if (mayBeWordCharacter(text, at)) at++;
      else break;
    }
    if (at >= text.length || classAt(text, at) !== SPACE) return false;
    at++;
    if (isAsciiDigit(text.charCodeAt(at))) return true;
  }
  return false;
}

/** Whether `[\p{L}\p{M}'’.-]` may match the code unit at `index`: a letter, a mark, one of the four, or a surrogate. */
function mayBeWordCharacter(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  return (
    isLetterClass(charClass(code)) ||
    code === 39 ||
    code === 0x2019 ||
    code === 46 ||
    code === 45 ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

/** Whether `\p{Lu}` can match at `index`: a capital, or a surrogate (the tokeniser leaves astral letters unclassified). */
function mayOpenCapital(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return classAt(text, index) === UPPER || (code >= 0xd800 && code <= 0xdfff);
}

/**
 * Offset of the last unit opener (a unit word, or "#") that follows a house number ("12 Apt", "12B, Suite"), or
 * -1 when the text has none; Infinity when the text holds a "#" (not checked further). numberNameNumberUnit
 * puts its first unit right after a house number, so it cannot match at an offset past this one: checking this
 * once per text spares the pattern (the costliest address pattern) most of its tries.
 */
function lastUnitAfterNumber(table: TokenTable): number {
  const { text, count, kind, start, end } = table;
  if (text.includes("#")) return Number.POSITIVE_INFINITY;
  let last = -1;
  // From each number ending in an ASCII digit to the word after it, over a separator (",?\s{1,2}", read leniently
  // as any run of commas and spaces), or past a letter written onto the number ("12B, Suite") first.
  for (let number = 0; number + 1 < count; number++) {
    if (kind[number] !== NUMBER || !isAsciiDigit(text.charCodeAt(end[number]! - 1))) continue;
    let word = number + 1;
    if (kind[word] !== WORD) continue;
    if (
      start[word] === end[number] &&
      end[word]! - start[word]! === 1 &&
      isAsciiLetter(text.charCodeAt(start[word]!))
    ) {
      if (unitOpensAfter(table, number, word)) last = start[word]!;
      word++;
      if (word === count || kind[word] !== WORD) continue;
    }
    if (unitOpensAfter(table, word - 1, word)) last = start[word]!;
  }
  return last;
}

/**
 * Whether word token `word` opens with a unit word and only commas and spaces part it from token `before`. The
 * pattern may end a unit word inside a longer token ("FlatS": "Flat" and the unit "S").
 */
function unitOpensAfter(table: TokenTable, before: number, word: number): boolean {
  const { text } = table;
  for (let index = table.end[before]!; index < table.start[word]!; index++) {
    if (classAt(text, index) !== SPACE && text.charCodeAt(index) !== 44) return false;
  }
  return unitWordStartsAt(text, table.start[word]!);
}

/**
 * Whether capitalised word token `token` opens "Name type 12" or "Name Name type 12" with a street type written
 * as a word of its own (`nameThenSeparateType`).
 */
function separateTypeAfterName(table: TokenTable, token: number): boolean {
  const { count, kind } = table;
  if (token >= count || kind[token] !== WORD || table.first[token] !== UPPER) return false;
  // The pattern's words are runs of letters between spaces; a letter outside the basic plane ("𝐀") splits a
  // token but not a word, so words are counted by the spaces between tokens.
  let word = 1;
  for (let typeToken = token + 1; typeToken + 1 < count; typeToken++) {
    if (kind[typeToken] !== WORD) return false;
    if (spaceBetween(table, typeToken - 1, typeToken)) word++;
    if (word > 3) return false;
    if (word > 1 && kind[typeToken + 1] === NUMBER && separateTypeSet.hasToken(table, typeToken)) return true;
  }
  return false;
}

/** Whether whitespace stands between tokens `left` and `right`. */
function spaceBetween(table: TokenTable, left: number, right: number): boolean {
  for (let index = table.end[left]!; index < table.start[right]!; index++)
    if (classAt(table.text, index) === SPACE) return true;
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

/** End of `pattern`'s match at `position` with the units that follow it ("12 Oak Street Apt. 4"), or -1. */
function endWithUnits(pattern: RegExp, text: string, position: number, ignoringCase = false): number {
  const coreEnd = matchEnd(pattern, text, position);
  return coreEnd < 0 ? -1 : unitsEnd(text, coreEnd, ignoringCase);
}

/** The table `lastUnitOffset` was computed for: the offset is computed at most once per text, when first asked. */
let lastUnitTable: TokenTable | undefined;
let lastUnitOffset = -1;

/** Whether a unit opener follows a house number after `position` (see lastUnitAfterNumber). */
function unitAfterNumberFrom(table: TokenTable, position: number): boolean {
  if (lastUnitTable !== table) {
    lastUnitOffset = lastUnitAfterNumber(table);
    lastUnitTable = table;
  }
  return lastUnitOffset > position;
}

function recognise(text: string): Detection[] {
  const found: Detection[] = [];
  const table: TokenTable = tokensOf(text);
  const { count, kind, start, end, first } = table;
  // A line of an address block must end before the text does: no line break after a word, no such line.
  const lastLineBreak = table.lastLineBreak;
  let covered = 0;
  // Boxes and address cues are looked for from their first possible word on, in a pass of their own.
  let firstBoxOrCue = count;
  let firstDwellingUnit = count;
  // Streets typed in lower case, kept only where no other pattern finds an address (`keepUnclaimed`).
  const lowerCaseStreets: Detection[] = [];
  // Streets without a number need a type word, English or leading, or one inside a word (`firstStreetWordInside`).
  let firstTypeWord = count;
  for (let token = 0; token < count; token++) {
    const classes = wordClassOf(table, token);
    if ((classes & (STREET_TYPE | LEADING_TYPE)) !== 0 && firstTypeWord === count) firstTypeWord = token;
    if ((classes & BOX_OR_CUE) !== 0 && firstBoxOrCue === count) firstBoxOrCue = token;
    if ((classes & DWELLING_UNIT) !== 0 && firstDwellingUnit === count) firstDwellingUnit = token;
    // One-letter words are few: the length is read first, here, before any call.
    if (
      end[token]! - start[token]! === 1 &&
      kind[token] === WORD &&
      start[token]! >= covered &&
      opensAbbreviatedType(text, table, token)
    ) {
      const typeEnd = isLetterClass(classAt(text, start[token]! - 1))
        ? -1
        : endWithUnits(abbreviatedTypeFirst, text, start[token]!, true);
      if (typeEnd >= 0) {
        covered = push(
          found,
          text,
          start[token]!,
          typeEnd,
          0.85,
          "street type, street name and house number",
        );
        continue;
      }
    }
    // A compound street name typed in lower case, right before its number.
    if (
      first[token] === LOWER &&
      token + 1 < count &&
      kind[token + 1] === NUMBER &&
      start[token]! >= covered &&
      endsWithLowerCaseCompoundSuffix(table, token)
    ) {
      const compoundEnd = matchEnd(lowerCaseCompound, text, start[token]!);
      if (compoundEnd >= 0) {
        push(
          lowerCaseStreets,
          text,
          start[token]!,
          compoundEnd,
          0.65,
          "street name in lower case and house number",
        );
      }
    }
    // A word that is not capitalised opens a pattern only as a leading street type or as "corner".
    if (kind[token] === WORD && first[token] !== UPPER && (classes & (LEADING_TYPE | CORNER)) === 0) continue;
    const position = start[token]!;
    if (position < covered) continue;
    const previousClass = classAt(text, position - 1);
    if (isLetterClass(previousClass) || previousClass === DIGIT) continue;
    if (kind[token] === NUMBER) {
      if (end[token]! - position > 6) continue;
      // Token checks first: each pattern runs only when its street-type word or capitalised name is ahead.
      const ahead = classesAhead(table, token);
      // Every pattern but numberThenLeadingType ("12bis, rue...") goes on after the number with a space.
      const spaced = spaceAfterHouseNumber(text, end[token]!);
      const streetEnd =
        spaced && (ahead & STREET_TYPE) !== 0 ? endWithUnits(numberFirst, text, position) : -1;
      const leadingEnd =
        (ahead & LEADING_TYPE) !== 0 ? endWithUnits(numberThenLeadingType, text, position) : -1;
      if (streetEnd >= 0 && leadingEnd <= streetEnd) {
        covered = push(found, text, position, streetEnd, 0.85, "house number, street name and street type");
        continue;
      }
      if (leadingEnd >= 0) {
        covered = push(found, text, position, leadingEnd, 0.85, "house number, street type and name");
        continue;
      }
      // Tried only when no capitalised street matched here.
      const lowerCaseEnd = (ahead & LEADING_TYPE) !== 0 ? numberThenLowerCaseTypeEnd(text, position) : -1;
      if (lowerCaseEnd >= 0) {
        push(
          lowerCaseStreets,
          text,
          position,
          lowerCaseEnd,
          0.7,
          "house number, street type and name in lower case",
        );
      }
      if (!spaced) continue;
      if ((ahead & UNIT_WORD) !== 0 && unitAfterNumberFrom(table, position)) {
        const unitEnd = matchEnd(numberNameNumberUnit, text, position);
        if (unitEnd >= 0) {
          covered = push(found, text, position, unitEnd, 0.75, "house number, name, number and unit");
          continue;
        }
      }
      if (separateTypeAfterNumber(table, token)) {
        const typeEnd = endWithUnits(numberThenSeparateType, text, position);
        if (typeEnd >= 0) {
          covered = push(
            found,
            text,
            position,
            typeEnd,
            0.8,
            "house number, street name, street type and house number",
          );
          continue;
        }
      }
      // "221 Baker Lane\nSpringfield": number and capitalised name, continued by a city or code on its own. A
      // common word after the number ("12 The...") opens no such line, nor a lone letter ("Az. 3 K 1234/23", a
      // German court's file number).
      const commonFirstWord = token + 1 < count && (wordClassOf(table, token + 1) & COMMON_CAPITALISED) !== 0;
      if (
        !commonFirstWord &&
        end[token + 1]! - start[token + 1]! > 1 &&
        !postalCodeBeforeTown(table, token) &&
        capitalisedAhead(table, token, 3) &&
        capitalAfterHouseNumber(table, token)
      ) {
        const lineEnd = endWithUnits(numberNameLine, text, position);
        if (lineEnd >= 0) {
          const pushed = push(
            found,
            text,
            position,
            lineEnd,
            0.6,
            "number and name in an address block",
            true,
          );
          if (pushed > 0) covered = pushed;
        }
      }
      continue;
    }
    if ((classes & CORNER) !== 0) {
      const previous = token - 1;
      const from =
        previous >= 0 && kind[previous] === WORD && lowerOf(table, previous) === "the"
          ? start[previous]!
          : position;
      const cornerEnd = from < covered ? -1 : matchEnd(streetCorner, text, from);
      if (cornerEnd >= 0) {
        found.push({
          type: "STREET_ADDRESS",
          start: from,
          end: cornerEnd,
          score: 0.8,
          reason: "street corner",
        });
        covered = cornerEnd;
        continue;
      }
    }
    const leadingType = (classes & LEADING_TYPE) !== 0;
    if (first[token] !== UPPER && !leadingType) continue;
    if (leadingType && !nameOpensWithEverydayWord(table, token)) {
      const typeEnd = endWithUnits(typeFirst, text, position, true);
      if (typeEnd >= 0 && !typeLineReadsAsSentence(table, token, typeEnd)) {
        covered = push(found, text, position, typeEnd, 0.85, "street type, street name and house number");
        continue;
      }
    }
    if (first[token] !== UPPER) continue;
    // Compound street names and "Name 12" lines need a number right after one or two capitalised words.
    const next = token + 1;
    const afterNext = token + 2;
    const numberNext = next < count && kind[next] === NUMBER;
    const numberAfterNext = afterNext < count && kind[afterNext] === NUMBER && kind[next] === WORD;
    if (!numberNext && !numberAfterNext) {
      if (!(afterNext + 1 < count && kind[afterNext + 1] === NUMBER && kind[afterNext] === WORD)) continue;
    }
    const streetWord = numberNext ? token : next;
    if ((numberNext || numberAfterNext) && tokenEndsWithCompoundSuffix(table, streetWord)) {
      const compoundEnd = endWithUnits(compound, text, position);
      if (compoundEnd >= 0) {
        covered = push(
          found,
          text,
          position,
          compoundEnd,
          0.8,
          "street name with a street suffix and house number",
        );
        continue;
      }
    }
    if ((classes & COMMON_CAPITALISED) !== 0) continue;
    if (separateTypeAfterName(table, token)) {
      const typeEnd = endWithUnits(nameThenSeparateType, text, position);
      if (typeEnd >= 0) {
        covered = push(found, text, position, typeEnd, 0.8, "street name, street type and house number");
        continue;
      }
    }
    // The patterns left put a house number after at most three words.
    if (!digitAfterWords(table, token, 3)) continue;
    const ahead = classesAhead(table, token);
    if ((ahead & STREET_TYPE) !== 0) {
      const coreEnd = namedNumberFirstEnd(text, position);
      const streetEnd = coreEnd < 0 ? -1 : unitsEnd(text, coreEnd);
      if (streetEnd >= 0) {
        covered = push(found, text, position, streetEnd, 0.75, "name, house number and street");
        continue;
      }
    }
    if ((ahead & UNIT_WORD) !== 0 && unitAfterNumberFrom(table, position)) {
      const unitEnd = matchEnd(numberNameNumberUnit, text, position);
      if (unitEnd >= 0) {
        covered = push(found, text, position, unitEnd, 0.7, "name, number and unit");
        continue;
      }
    }
    // "Baker Lane 12" on its own line, with a city or postal code on the next: an address block.
    if (position > lastLineBreak || !lineMayEndAfterHouseNumber(table, token)) continue;
    const lineEnd = endWithUnits(nameNumberLine, text, position);
    if (lineEnd >= 0 && lineEndsAt(text, lineEnd)) {
      const pushed = push(found, text, position, lineEnd, 0.6, "name and number in an address block", true);
      if (pushed > 0) covered = pushed;
    }
  }
  if (firstBoxOrCue < count) recogniseBoxesAndCuedClauses(table, firstBoxOrCue, found);
  if (holdsCaselessWord(table)) recogniseArabicStreets(text, found);
  recogniseGermanPrepositionalStreets(table, found);
  // The last line break may be a carriage return with line feeds before it.
  if (lastLineBreak >= 0 && (text.charCodeAt(lastLineBreak) === 10 || text.includes("\n")))
    recogniseAddressBlocks(table, found);
  // Last, so that every address the patterns above find can hold them.
  if (firstDwellingUnit < count) recogniseLoneDwellingUnits(table, firstDwellingUnit, found);
  if (lowerCaseStreets.length > 0) keepUnclaimed(lowerCaseStreets, found);
  // A street word inside a word may come before the first type word: read in a loop of its own, as a call in the
  // loop above costs that loop more than its own time.
  const firstStreetWord = firstStreetWordInside(table, firstTypeWord);
  if (firstStreetWord < count) {
    // A German name of two words opens its street before the type word ("Schönhauser Allee").
    const unnumbered = streetsWithoutNumbers(table, Math.max(0, firstStreetWord - 2));
    if (unnumbered.length > 0) keepUnclaimed(unnumbered, found);
  }
  return found;
}

/**
 * Adds the `candidates` that overlap nothing in `found`: a longer address that holds one ("255 hersnapvej 18,
 * københavn k" after "lives at", "rue du centre 320" read from its type) reads it better.
 */
function keepUnclaimed(candidates: readonly Detection[], found: Detection[]): void {
  const claimed = overlapTest(found);
  const kept = candidates.filter((candidate) => !claimed(candidate.start, candidate.end));
  for (const candidate of kept) found.push(candidate);
}

/**
 * Unit words that with a number name a home even with no street around them ("It's in Apt. 030", "the billing
 * address is now suite 824"): a flat or a suite, not a floor, room or building, which say less on their own.
 */
const dwellingUnitWords = new TokenWordSet([
  "apt",
  "apartment",
  "appt",
  "appartement",
  "apto",
  "apartamento",
  "suite",
  "flat",
  // "ساكن في دبي، بناية 14، شقة 203": a flat, a villa, a residential building.
  "شقة",
  "شقتي",
  "فيلا",
  "بناية",
  "عمارة",
]);
/** "Flat 302": a flat, capitalised (a flat rate, "flat 20 %", is no home). */
const flatWords = new TokenWordSet(["flat"]);
/** After a dwelling-unit word: its number, with an optional period and "#" ("Apt. 030", "suite #5", "apto 302B"). */
const dwellingUnitNumber = /\.?[ \t]?(?:#[ \t]?)?\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])/uy;
/** Words after "apartment 3" that make it a size, not a unit: "apartamento 3 quartos", "an apartment 3 rooms". */
const roomCountWords = new TokenWordSet([
  "rooms",
  "bedrooms",
  "quartos",
  "habitaciones",
  "dormitorios",
  "pièces",
  "chambres",
]);

/**
 * Dwelling units standing alone, from word token `from` on. Those inside an address found by the patterns above
 * are left to it; the rest are street addresses of their own, scored low since a unit says less than a street.
 */
function recogniseLoneDwellingUnits(table: TokenTable, from: number, found: Detection[]): void {
  const { count, start, end, text } = table;
  const units: Detection[] = [];
  for (let token = from; token < count; token++) {
    if ((wordClassOf(table, token) & DWELLING_UNIT) === 0) continue;
    if (table.first[token] !== UPPER && flatWords.hasToken(table, token)) continue;
    dwellingUnitNumber.lastIndex = end[token]!;
    if (!dwellingUnitNumber.test(text)) continue;
    const unitEnd = dwellingUnitNumber.lastIndex;
    let next = token + 1;
    while (next < count && start[next]! < unitEnd) next++;
    if (next < count && roomCountWords.hasToken(table, next)) continue;
    const unitStart = start[token]!;
    units.push({
      type: "STREET_ADDRESS",
      start: unitStart,
      end: unitEnd,
      score: 0.55,
      reason: "dwelling unit and number",
    });
  }
  keepUnclaimed(units, found);
}

/** Arabic street types: street, road, avenue, and the alley and lane of Maghreb addresses. */
const arabicStreetTypes = ["شارع", "طريق", "جادة", "زنقة", "درب"];
/**
 * An Arabic street: its type, then up to three words of its name, with a house number before the type or after
 * the name ("12 شارع الحرية", "شارع الملك فهد 45", "زنقة الحرية، رقم 17", "شارع 12"); a conjunction or preposition
 * may be joined to the type ("وشارع", "بشارع"). Arabic has no capitals to tell a name's end, so the name stops at
 * punctuation, a number or its third word.
 */
const arabicStreet = new RegExp(
  String.raw`(?:([0-9٠-٩]{1,5})[ \t]{1,2})?(?<![\p{L}\p{M}\p{N}])([وبفل]?)(?:${arabicStreetTypes.join("|")})((?:[ \t][\p{L}\p{M}]+){0,3})(?:(?:[ \t]{1,2}|،[ \t]?رقم[ \t])([0-9٠-٩]{1,5})(?![\p{L}\p{N}]))?`,
  "gu",
);

/** Whether a word of a script without capitals (Arabic...) is among the tokens: only then can an Arabic street be. */
function holdsCaselessWord(table: TokenTable): boolean {
  const { count, first } = table;
  for (let token = 0; token < count; token++) if (first[token] === CASELESS) return true;
  return false;
}

/** Parts of an Arabic address given with a number: building, flat, house, villa, floor, plot. */
const arabicUnitWords = "عمارة|مبنى|بناية|شقة|منزل|فيلا|الطابق|طابق|قطعة";
/**
 * Building, flat or house numbers written before the street, and a floor in words, each followed by a comma: "عمارة
 * 5، شقة 12، ", "عمارة 12، شقة 5، الدور الثالث، ".
 */
const arabicUnitsBefore = new RegExp(
  String.raw`(?:(?:(?:${arabicUnitWords})[ \t](?:رقم[ \t])?[0-9٠-٩]{1,5}|الدور[ \t]ال[\p{L}\p{M}]+)[ \t]?،[ \t]?)+$`,
  "u",
);
/**
 * What may follow an Arabic street after a comma: a district ("حي العليا", two words at most), a numbered part
 * ("شقة 12", "الطابق 2") or a floor in words ("الدور الرابع").
 */
const arabicPieceAfter = new RegExp(
  String.raw`،[ \t]?(?:حي(?:[ \t][\p{L}\p{M}]+){1,2}|(?:${arabicUnitWords}|الدور)[ \t](?:[0-9٠-٩]{1,5}|ال[\p{L}\p{M}]+))(?![\p{L}\p{M}\p{N}])`,
  "uy",
);

/** Whether a numbered part of an Arabic address comes right after `end`: "، عمارة 7", "، شقة 12". */
function numberedPieceAt(text: string, end: number): boolean {
  arabicPieceAfter.lastIndex = end;
  const piece = arabicPieceAfter.exec(text);
  return piece !== null && /[0-9٠-٩]/.test(piece[0]);
}

/**
 * An Arabic street's match without a number, up to the first word of its name that is a sentence's word ("في",
 * "من"); undefined when the name's first word is neither definite nor a given name ("شارع مزدحم", a busy street).
 */
function arabicStreetName(street: string): string | undefined {
  const words = street.split(/[ \t]/);
  const name = words[1];
  if (name === undefined || !(name.startsWith("ال") || firstNames.has(name))) return undefined;
  let kept = 1;
  while (kept < words.length && !arabicSentenceWords.has(words[kept]!)) kept++;
  return words.slice(0, kept).join(" ");
}

/**
 * Arabic streets (`arabicStreet`), looked for only in a text that holds one of the types. A street needs a house
 * number, or an address cue before it ("عنواني: شارع الملك فهد"); the numbered building and flat before it and the
 * district and parts after it belong to the address ("عمارة 5، شقة 12، شارع التحرير", "شارع الملك فهد، حي العليا").
 */
function recogniseArabicStreets(text: string, found: Detection[]): void {
  if (!arabicStreetTypes.some((type) => text.includes(type))) return;
  arabicStreet.lastIndex = 0;
  for (let match = arabicStreet.exec(text); match !== null; match = arabicStreet.exec(text)) {
    const numberBefore = match[1];
    const numberAfter = match[4];
    // A conjunction or preposition joined to the type stays outside the address.
    let start = numberBefore !== undefined ? match.index : match.index + match[2]!.length;
    const units = arabicUnitsBefore.exec(text.slice(Math.max(0, start - 60), start));
    if (units !== null) start -= units[0].length;
    let numbered = numberBefore !== undefined || numberAfter !== undefined || units !== null;
    let end = match.index + match[0].length;
    // Without a number, the name ends before a sentence's word ("شارع الملك فهد في الرياض"); a numbered building
    // or flat after it numbers it ("شارع عباس العقاد، عمارة 7"), an address cue before it names it.
    if (!numbered) {
      const name = arabicStreetName(match[0]);
      if (name === undefined) continue;
      end -= match[0].length - name.length;
      numbered = numberedPieceAt(text, end);
      if (!numbered && !(match[3]!.length > 0 && hasCueBefore(text, start, "address", 50))) continue;
    }
    for (let pieces = 0; pieces < 3; pieces++) {
      arabicPieceAfter.lastIndex = end;
      const piece = arabicPieceAfter.exec(text);
      if (piece === null) break;
      end += piece[0].length;
    }
    found.push({
      type: "STREET_ADDRESS",
      start,
      end,
      score: numbered ? 0.75 : 0.7,
      reason: numbered
        ? "Arabic street type, name and house number"
        : "Arabic street type and name, address context",
    });
  }
}

/** Prepositions that open German street names with no street word: "Am Markt", "An der Alster", "Zum Hafen". */
const germanStreetPrepositions = new TokenWordSet([
  "am",
  "im",
  "zum",
  "zur",
  "an",
  "in",
  "auf",
  "unter",
  "hinter",
  "vor",
  "beim",
]);
/**
 * A German street named with a preposition, then its house number: "Am Markt 3", "An der Alster 12a", "Unter den
 * Linden 77", "Zum Alten Hafen 5". The number ends the clause or comes before a comma and a postal code (four
 * digits in Austria and Switzerland: "Am Stadtpark 7, 1030 Wien").
 */
const germanPrepositionalStreet =
  /(?:Am|Im|Zum|Zur|Beim|(?:An|In|Auf|Unter|Hinter|Vor) (?:der|dem|den)) \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? \d{1,3}[a-z]?(?=$|[.;\n\r)]|, ?(?:\d{4,5}|\p{Lu}))/uy;

/**
 * German streets named with a preposition (`germanPrepositionalStreet`), tried at capitalised prepositions. Many
 * such phrases are no street ("Im Jahr 2020", "Am Montag 3"), so an address cue must come before or a postal code
 * after.
 */
function recogniseGermanPrepositionalStreets(table: TokenTable, found: Detection[]): void {
  const { text, count } = table;
  // Each street holds its house number.
  if (table.numberCount === 0) return;
  for (let token = 0; token + 2 < count; token++) {
    if (table.first[token] !== UPPER || !germanStreetPrepositions.hasToken(table, token)) continue;
    const start = table.start[token]!;
    germanPrepositionalStreet.lastIndex = start;
    const match = germanPrepositionalStreet.exec(text);
    if (match === null) continue;
    const end = start + match[0].length;
    if (!hasCueBefore(text, start, "address", 40) && !/^, ?\d{4,5} \p{Lu}/u.test(text.slice(end, end + 9)))
      continue;
    found.push({
      type: "STREET_ADDRESS",
      start,
      end,
      score: 0.75,
      reason: "German street named with a preposition, and its house number",
    });
  }
}

/** Military post ("Unit 2050 Box 4190", "USNS Comfort") and post-office boxes, tried at their first words. */
const boxForms = [
  { firstWords: militaryFirstWords, pattern: military, score: 0.85, reason: "military post address" },
  { firstWords: postBoxFirstWords, pattern: postBox, score: 0.8, reason: "post-office box" },
] as const;

/**
 * "APO AA 94530, KAJAANI": one to three capitalised words after a box address and a comma, ending its line, name the
 * place the box is in.
 */
const placeAfterBox = /, ?(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2})(?=[ \t]*(?:\r?\n|$))/uy;

/** Box forms tried at word `token`, and the place after the box; returns the end of the box found, or -1. */
function recogniseBoxAt(table: TokenTable, token: number, found: Detection[]): number {
  const from = table.start[token]!;
  for (const form of boxForms) {
    if (!form.firstWords.hasToken(table, token)) continue;
    const boxEnd = matchEnd(form.pattern, table.text, from);
    if (boxEnd < 0) continue;
    found.push({ type: "STREET_ADDRESS", start: from, end: boxEnd, score: form.score, reason: form.reason });
    placeAfterBox.lastIndex = boxEnd;
    const place = placeAfterBox.exec(table.text);
    if (place !== null) {
      const placeStart = boxEnd + place[0].length - place[1]!.length;
      found.push({
        type: "LOCATION",
        start: placeStart,
        end: placeStart + place[1]!.length,
        score: 0.5,
        reason: "place after a box address",
      });
    }
    return boxEnd;
  }
  return -1;
}

/** A short line made of capitalised words, numbers and address punctuation only. */
const addressLine = new RegExp(
  String.raw`^${lineMarkClass}*((?:\d{1,6}[A-Za-z]?|\p{Lu}[\p{L}\p{M}'’.-]*|[A-Z]\d[A-Z]|\p{Ll}{1,3}\.?|[,#/()º°-])(?:[ \t,]{1,3}(?:\d{1,6}[A-Za-z]?|\p{Lu}[\p{L}\p{M}'’.-]*|\p{Ll}{1,3}\.?|[#/()º°-]|[A-Z]\d[A-Z]))*)[ \t,.]*$`,
  "u",
);

/** `digitsOnLine` of a line holding nothing but spaces. */
const BLANK_LINE = -1;
/** `digitsOnLine` of a line that is no line of an address block. */
const NO_ADDRESS_LINE = -2;

/**
 * How many ASCII digits line text[from, to) holds; BLANK_LINE when it holds only spaces, NO_ADDRESS_LINE when it
 * is longer than 60 characters once trimmed or holds a colon (a label, "Phone: ..."). Read from the text in one
 * pass, without slicing or trimming the line.
 */
function digitsOnLine(text: string, from: number, to: number): number {
  let digits = 0;
  let firstSolid = -1;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
    else if (code === 58) return NO_ADDRESS_LINE;
    if (firstSolid < 0) {
      if (charClass(code) !== SPACE) firstSolid = index;
    } else if (index - firstSolid >= 60 && charClass(code) !== SPACE) return NO_ADDRESS_LINE;
  }
  return firstSolid < 0 ? BLANK_LINE : digits;
}

/**
 * Letters and forms put an address on consecutive short lines: a street line (a number beside a capitalised
 * word), then city, postal code, region or country lines. The block starts at the first street line.
 */
/**
 * Reports the block of `lines` lines from `start` to `end` if it is one (two lines at least); the caller then
 * starts over. A function of its own rather than a closure over the loop's variables, which would keep them in
 * a context instead of registers.
 */
function pushBlock(found: Detection[], text: string, start: number, end: number, lines: number): void {
  if (start < 0 || lines < 2) return;
  pushAddressLines(found, text, start, end, 0.55, "address block on consecutive lines");
}

function recogniseAddressBlocks(table: TokenTable, found: Detection[]): void {
  const { text, count, kind, start } = table;
  let numberToken = 0;
  let lineStart = 0;
  let blockStart = -1;
  let blockEnd = -1;
  let lines = 0;
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
    const digits = digitsOnLine(text, lineStart, lineEnd);
    if (digits === BLANK_LINE) {
      // One blank line may sit inside a block; two end it.
      if (lineEnd + 1 < text.length && text.charCodeAt(lineEnd + 1) === 10) {
        pushBlock(found, text, blockStart, blockEnd, lines);
        blockStart = -1;
        lines = 0;
      }
    } else if (digits === NO_ADDRESS_LINE || digits > 6) {
      pushBlock(found, text, blockStart, blockEnd, lines);
      blockStart = -1;
      lines = 0;
    } else {
      // Outside a block only a street line (with a digit) matters.
      if (blockStart < 0 && digits === 0) {
        lineStart = lineEnd + 1;
        continue;
      }
      const line = text.slice(lineStart, lineEnd);
      const match = addressLine.exec(line);
      if (
        match === null ||
        (blockStart < 0 && commonCapitalisedWords.hasId(firstWordId(text, lineStart, lineEnd)))
      ) {
        pushBlock(found, text, blockStart, blockEnd, lines);
        blockStart = -1;
        lines = 0;
      } else {
        const content = match[1]!;
        const offset = lineStart + line.indexOf(content);
        if (blockStart >= 0) {
          blockEnd = offset + content.length;
          lines++;
          if (lines >= 6) {
            pushBlock(found, text, blockStart, blockEnd, lines);
            blockStart = -1;
            lines = 0;
          }
        } else if (/\p{Lu}/u.test(content)) {
          // A street line opens the block: outside a block only lines with a digit get here, and every digit of
          // a line is in its content.
          blockStart = offset;
          blockEnd = offset + content.length;
          lines = 1;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  pushBlock(found, text, blockStart, blockEnd, lines);
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
  "وعنواني",
  "located",
  "live",
  "lives",
  "living",
  "reside",
  "resides",
  "office",
  "offices",
  "based",
  "situated",
]);
/**
 * An address cue and the clause after it; Arabic puts "new" or "current" after "my address" ("عنواني الجديد:").
 * "lives on" only before a capitalised name or a number and a street ("lives on Grössgstötten 50", "lives on 333
 * street"), not before what one lives on ("lives on benefits of 300 a month").
 */
const cuedAddress =
  /(?:address(?: is|:)|adresse(?: est| ist|:)|dirección(?: es|:)|anschrift:|morada(?: é|:)|endereço(?: é|:)|و?عنواني(?: (?:الجديد|الحالي|الدائم))?(?: هو|:)?|located at|lives? at|living at|resides? at|office is at|offices are at|based at|situated at|(?:lives?|living|located) on)\s{1,3}([^\n.;!?]{3,80})/iuy;
/** What a street after "lives on" starts with: a capitalised name, or a number and a capitalised word or a street. */
const streetAfterOn = /^\s*(?:\p{Lu}|\d+\s+(?:\p{Lu}|(?:street|st|road|rd|avenue|ave|lane)(?![\p{L}])))/u;

/**
 * The address at the start of a clause after an address cue: its comma-separated parts up to the last that holds
 * a number, and one more of at most three words (the town or country: "12 Main St, Springfield"). What follows is
 * the rest of the message ("unit 5/22 marine pde, cottesloe wa 6011, can u update the kids school records").
 */
function addressPartOfClause(clause: string): string {
  const parts = clause.split(",");
  let last = -1;
  for (let index = 0; index < parts.length; index++) if (/\d/.test(parts[index]!)) last = index;
  if (last < 0) return clause;
  const next = parts[last + 1]?.trim();
  const keep = next !== undefined && next !== "" && next.split(/\s+/).length <= 3 ? last + 2 : last + 1;
  return parts.slice(0, keep).join(",").trimEnd();
}

/** After an explicit "my address is" cue, the rest of the clause is the address if it holds a number. */
function recogniseCuedClauseAt(table: TokenTable, token: number, found: Detection[]): void {
  cuedAddress.lastIndex = table.start[token]!;
  const match = cuedAddress.exec(table.text);
  if (match === null) return;
  const cue = match[0].slice(0, match[0].length - match[1]!.length).trimEnd();
  if (cue.toLowerCase().endsWith(" on") && !streetAfterOn.test(match[1]!)) return;
  const clause = addressPartOfClause(match[1]!.trim());
  if (!/\d/.test(clause)) return;
  // The cue may be followed by more spaces than it takes: the clause starts at its first character.
  const start = match.index + match[0].length - match[1]!.trimStart().length;
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

/**
 * Post-office and military boxes, and clauses after an address cue, tried at their first words in one pass from
 * word token `from`, the first that may open either.
 */
function recogniseBoxesAndCuedClauses(table: TokenTable, from: number, found: Detection[]): void {
  const { count, start } = table;
  const boxes: Detection[] = [];
  const clauses: Detection[] = [];
  let boxCovered = -1;
  for (let token = from; token < count; token++) {
    const classes = wordClassOf(table, token);
    if ((classes & BOX_OR_CUE) === 0) continue;
    if (start[token]! >= boxCovered) {
      const boxEnd = recogniseBoxAt(table, token, boxes);
      if (boxEnd >= 0) boxCovered = boxEnd;
    }
    if ((classes & CUE) !== 0) recogniseCuedClauseAt(table, token, clauses);
  }
  // Boxes first, then clauses: the order the two passes used to report them in.
  for (const box of boxes) found.push(box);
  for (const clause of clauses) found.push(clause);
}

/** Class bits of the words of every list above (see `wordClassOf`). */
/** A byte per word id (the bits fit), a quarter of the table in the processor's caches. */
const wordClasses = Uint8Array.from(
  wordBitTable([
    [STREET_TYPE, englishStreetTypeSet],
    [LEADING_TYPE, leadingTypeSet],
    [UNIT_WORD, unitWordSet],
    [CORNER, cornerWords],
    [BOX_OR_CUE, boxOrCueFirstWords],
    [CUE, cueFirstWords],
    [COMMON_CAPITALISED, commonCapitalisedWords],
    [DWELLING_UNIT, dwellingUnitWords],
  ]),
);

export const addressRecogniser: Recogniser = {
  name: "address",
  types: ["STREET_ADDRESS", "LOCATION"],
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
  dashSeparator,
  mayOpenDashSeparator,
  spaceSeparator,
  englishStreetTypeSet,
  leadingTypeSet,
  unitWordSet,
  capitalAfterHouseNumber,
  unitAfterNumberFrom,
  mayOpenSeparator,
  mayOpenSpaceSeparator,
  lineMayEndAfterHouseNumber,
  spaceAfterHouseNumber,
  digitAfterWords,
  numberFirst,
  namedNumberFirstEnd,
  nameNumberLine,
  lineEndsAt,
  endsWithCompoundSuffix,
  tokenEndsWithCompoundSuffix,
  classesAhead,
  STREET_TYPE,
  LEADING_TYPE,
  UNIT_WORD,
  unitsAfter,
  unitsAfterIgnoringCase,
  mayOpenUnits,
  unitLine,
  mayOpenUnitBody,
};
