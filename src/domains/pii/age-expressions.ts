/**
 * Ages: a number with an age word after it ("34 ans", "7-year-old"), a cue before it ("aged", "tengo", "عمري"), or
 * a person before it ("my daughter is 12", "Harriet Cole, 78,"). Tried by the date recogniser at each number token.
 */
import { isAsciiDigit } from "./ascii.ts";
import { codeUnitTest } from "./code-unit-test.ts";
import { hasCueBefore } from "./context-words.ts";
import type { Detection } from "./detection.ts";
import { firstNames } from "./first-names.ts";
import { registerWord } from "./lexicon.ts";
import { readWordNumber } from "./number-words.ts";
import { arabicRelatives, relationNouns } from "./relation-nouns.ts";
import { LOWER, NUMBER, type TokenTable, TokenWordSet, UPPER, WORD } from "./scan.ts";
import { surnames } from "./surnames.ts";
import { wordAlternation } from "./word-alternation.ts";

/** Age expressions after the number, tried at number tokens of at most three digits. */
const ageAfter =
  /\d{1,3}(?:(?<old>[- ](?:years?|yrs?)[- ]old|\sjahre alt)|(?<short>\s?(?:y\/o|yo|y\.o\.))|(?<duration>\s(?:years?|yrs?|ans|años|jahren?|j\.|anos|سنة|سنوات|سنين|عاما|عامًا)|-jährig(?:e[mnrs]?)?))(?![\p{L}])/iuy;
/** "عمري" (my age), "عمره", "عمرها", "العمر", and with the conjunction written on: "وعمرها 72 سنة" (and she is 72). */
const arabicAgeCueWords = ["عمري", "عمره", "عمرها", "العمر", "وعمري", "وعمره", "وعمرها"];
const ageCuesBefore = [
  "aged",
  "age of",
  "age",
  "age:",
  "turned",
  "turns",
  "âgé de",
  "âgée de",
  "edad de",
  "tengo",
  "tiene",
  "im alter von",
  "mit",
  "com",
  "tenho",
  "tem",
  ...arabicAgeCueWords,
  "العمر:",
];
const ageBefore = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(ageCuesBefore)})\\s$`, "iu");

export const isLetterOrDigit = codeUnitTest(/[\p{L}\p{N}]/u);
const isRegexSpace = codeUnitTest(/\s/u);
/** "y" as `ageAfter` compares it (ignoring case): "years", "yrs", "y/o", "yo", "y.o.". */
const isAgeY = codeUnitTest(/y/iu);
/** First letters of the words `ageAfter` takes after a space: "years", "y/o", "ans", "Jahre", "سنة", "عاما". */
const opensAgeWord = codeUnitTest(/[yajسع]/iu);
/** Last characters of the cues `ageBefore` takes, compared as it compares them. */
const endsAgeCue = codeUnitTest(
  new RegExp(`[${[...new Set(ageCuesBefore.map((cue) => cue.slice(-1)))].join("")}]`, "iu"),
);

/**
 * Whether `ageAfter` can match the number token ending at `end`: its \d{1,3} takes the whole token (no branch
 * starts with a digit), then comes "y", a hyphen and "y" or "j", or a space and the first letter of an age word.
 */
function mayMatchAgeAfter(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  if (isAgeY(code)) return true;
  if (code === 45) {
    const next = text.charCodeAt(end + 1);
    return isAgeY(next) || next === 106 || next === 74;
  }
  return isRegexSpace(code) && opensAgeWord(text.charCodeAt(end + 1));
}

/** Whether `ageBefore` can match before `start`: a space there, and before it the last character of a cue. */
function mayMatchAgeBefore(text: string, start: number): boolean {
  return start >= 2 && isRegexSpace(text.charCodeAt(start - 1)) && endsAgeCue(text.charCodeAt(start - 2));
}
/**
 * Verbs of having before a number of years: "j'ai 34 ans", "tengo 12 años", and the spoken Arabic "عندها 5 سنين"
 * (she is five), with the conjunction written on ("وعندها").
 */
const ageCueBefore =
  /(?:j'ai|j’ai|tengo|tiene|ich bin|er ist|sie ist|tenho|tem|il a|elle a|(?<![\p{L}])و?عند(?:ي|ه|ها))\s$/iu;
/** Age cues that are verbs or prepositions of having: the number after them may count something else. */
const havingBefore = /(?<![\p{L}])(?:tengo|tiene|tenho|tem|com)\s$/iu;
const germanWithBefore = /(?<![\p{L}])mit\s$/iu;
const isLowerLetter = codeUnitTest(/\p{Ll}/u);

/**
 * Whether the number from `start` to `end` counts the noun after it: "tiene 12 casas", "com 3 filhos" (a word of
 * three letters or more in lower case after "tengo", "tem"...), "mit 3 Kindern" (a capitalised one after "mit").
 * "Tengo 45 y vivo solo" and "mit 45 gestorben" stay ages.
 */
function countsNounAfter(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const window = ageWindow(text, start);
  const first = text.charCodeAt(end + 1);
  if (germanWithBefore.test(window)) return isUpperLetter(first);
  if (!havingBefore.test(window) || !isLowerLetter(first)) return false;
  return isLetter(text.charCodeAt(end + 2)) && isLetter(text.charCodeAt(end + 3));
}

/**
 * `Number(text.slice(start, end))` for a number token (digits only): its value when all its digits are ASCII,
 * NaN otherwise (as `Number` reads other digits), without building the string.
 */
function numberValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (!isAsciiDigit(code)) return Number.NaN;
    value = value * 10 + code - 48;
  }
  return value;
}

/** The 14 characters before an age's number, where its cues are looked for. */
function ageWindow(text: string, start: number): string {
  return text.slice(Math.max(0, start - 14), start);
}

const isUpperLetter = codeUnitTest(/\p{Lu}/u);
const isArabicLetter = codeUnitTest(/\p{Script=Arabic}/u);
const isLetter = codeUnitTest(/\p{L}/u);

/**
 * Whether the text from `start` to `end` is set off by commas or brackets right after a capitalised word or a
 * relative: "Harriet Cole, 78, admitted", "(Chloe, 16)", "René Fontaine, 79 ans, hospitalisé", "ma fille Lina (9 ans)", "Manuel
 * Rey, de 88 años,", "Mi madre, de 81 años,", "A minha avó, com 90 anos,", "Mein Vater (78)". News and case notes
 * give a person's age so.
 */
function inAppositionAfterName(text: string, start: number, end: number): boolean {
  const opening = text.charCodeAt(start - 1);
  if (opening === 40)
    return (
      text.charCodeAt(end) === 41 && text.charCodeAt(start - 2) === 32 && endsNameOrRelative(text, start - 2)
    );
  // The comma after the number may be the bracket closing a note: "(Chloe, 16)".
  const closing = text.charCodeAt(end);
  if (start < 4 || opening !== 32 || (!isComma(closing) && closing !== 41)) return false;
  // "Manuel Ogando Rey, de 88 años,", "a minha avó, com 90 anos,": Spanish and Portuguese put "de" or "com" first.
  const introduced = text.startsWith(" de", start - 4) ? 3 : text.startsWith(" com", start - 5) ? 4 : 0;
  const comma = start - 2 - introduced;
  return isComma(text.charCodeAt(comma)) && endsNameOrRelative(text, comma);
}

/** A record's label for the person it is about, with its colon: "Patient:", "Paciente:", "Nom :", "المريض:". */
const recordLabel =
  /(?:^|[^\p{L}])(?:patient|paciente|patiente|patientin|paziente|utente|nom|name|nombre|nome|المريض|المريضة)\s?:[^\n]*$/iu;

/**
 * "Paciente: Carmen Ruiz Delgado, NHC 4471123, 63 años.": years as a field of a person's record, after a comma and
 * before the next field or the end, on a line opened by the record's label for its person.
 */
function fieldOfARecord(text: string, start: number, end: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 32 || !isComma(text.charCodeAt(start - 2))) return false;
  const closing = end < text.length ? text.charCodeAt(end) : 46;
  if (!isComma(closing) && closing !== 46 && closing !== 59 && closing !== 124 && closing !== 10)
    return false;
  return recordLabel.test(text.slice(Math.max(0, start - 80), start));
}

/** A comma, Latin or Arabic ("،"). */
function isComma(code: number): boolean {
  return code === 44 || code === 0x60c;
}

/** Whether a capitalised word or a relation ("father", "madre", "Tochter") ends right before `end`. */
function endsNameOrRelative(text: string, end: number): boolean {
  let wordStart = end;
  while (wordStart > 0 && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === end) return false;
  if (isUpperLetter(text.charCodeAt(wordStart))) return true;
  // Arabic script has no capitals: a known given name or a relative ("ابني يوسف (7 سنوات)", "ابنتي، 5 سنوات،").
  if (isArabicLetter(text.charCodeAt(wordStart))) {
    const word = text.slice(wordStart, end);
    return (
      firstNames.has(word) ||
      surnames.has(word) ||
      arabicRelatives.has(word) ||
      // "المريضة ليلى حداد، 42 سنة،": a person's role, then their name, whatever its last word.
      arabicRoleAndName.test(text.slice(Math.max(0, end - 50), end))
    );
  }
  // Hyphens join "grand-mère": the relation is read whole.
  while (wordStart > 1 && text.charCodeAt(wordStart - 1) === 45 && isLetter(text.charCodeAt(wordStart - 2))) {
    wordStart--;
    while (wordStart > 0 && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  }
  const word = text.slice(wordStart, end).toLowerCase();
  return relationNouns.has(word) || sexWords.has(word);
}

/** A person's role in a record, then one to three words of their name, at the end: "المريضة ليلى حداد". */
const arabicRoleAndName =
  /(?:^|[\s،:])(?:ال)?(?:مريض|مريضة|طفل|طفلة|طالب|طالبة|موظف|موظفة|متوفى|متوفاة)(?:[ \t][\p{L}\p{M}]+){1,3}$/u;

/** "(female, 44)", "homme, 52 ans,": a person's sex before the number gives it as their age. */
const sexWords = new TokenWordSet([
  "female",
  "male",
  "woman",
  "man",
  "femme",
  "homme",
  "mujer",
  "hombre",
  "frau",
  "mann",
  "mulher",
  "homem",
  // "Doente do sexo feminino, 54 anos,", "Paciente varón de 67 años".
  "feminino",
  "masculino",
  "femenino",
  "féminin",
  "masculin",
  "weiblich",
  "männlich",
]);

/** Relatives and children named in the plural: "my kids are 4 and 7", "mes enfants ont 4 et 7 ans". */
const pluralRelatives = new TokenWordSet([
  "kids",
  "children",
  "sons",
  "daughters",
  "twins",
  "grandchildren",
  "enfants",
  "filles",
  "jumeaux",
  "jumelles",
  "petits-enfants",
  "hijos",
  "hijas",
  "niños",
  "niñas",
  "gemelos",
  "nietos",
  "filhos",
  "filhas",
  "crianças",
  "gêmeos",
  "gémeos",
  "netos",
  "kinder",
  "söhne",
  "töchter",
  "zwillinge",
  "enkel",
]);

/** Verbs that give a relative's age after them: "my daughter is 12", "mon fils a 6 ans", "meine Tochter ist 9". */
const ageVerbsAfterRelative = new TokenWordSet([
  "is",
  "was",
  "are",
  "were",
  "a",
  "avait",
  "ont",
  "avaient",
  "tiene",
  "tenía",
  "tienen",
  "tenían",
  "cumple",
  "cumplió",
  // The auxiliary before "cumplido": "mi hijo ha cumplido 15 años".
  "ha",
  "tem",
  "tinha",
  "têm",
  "tinham",
  "faz",
  "fez",
  "fará",
  "ist",
  "war",
  "wird",
  "sind",
  "waren",
]);

/** Whether `token` and the word token before it are one space apart. */
function followsWordBySpace(text: string, table: TokenTable, token: number): boolean {
  const previousEnd = table.end[token - 1]!;
  return (
    table.kind[token - 1] === WORD &&
    table.start[token]! === previousEnd + 1 &&
    text.charCodeAt(previousEnd) === 32
  );
}

/** Whether word token `token` names a relative, or relatives. */
function isRelative(table: TokenTable, token: number): boolean {
  return relationNouns.hasToken(table, token) || pluralRelatives.hasToken(table, token);
}

/**
 * Whether a relative and a verb of age come right before the number token `token`, one space apart: "my daughter
 * is 12", "mon fils a 6 ans", "su hijo cumple 15", "meine Tochter ist 9", "my kids are 4 and 7".
 */
function relativeAndVerbBefore(text: string, table: TokenTable, token: number): boolean {
  // "ma fille a eu 18 ans", "mi hijo ha cumplido 15": the auxiliary is the verb, the participle comes between.
  if (token >= 3 && ageParticiples.hasToken(table, token - 1) && followsWordBySpace(text, table, token))
    return relativeAndVerbBefore(text, table, token - 1);
  if (
    token < 2 ||
    !followsWordBySpace(text, table, token) ||
    !followsWordBySpace(text, table, token - 1) ||
    !ageVerbsAfterRelative.hasToken(table, token - 1)
  )
    return false;
  if (isRelative(table, token - 2)) return true;
  // The relative's name between them: "my son Lukas is 6", "mein sohn lukas ist 6".
  return token >= 3 && followsWordBySpace(text, table, token - 2) && isRelative(table, token - 3);
}

/** Participles of verbs of age between the auxiliary and the number: "a eu 18 ans", "ha cumplido 15". */
const ageParticiples = new TokenWordSet(["eu", "cumplido"]);

/** People named by what they are, who are given an age with "de" after them: "une femme de 45 ans". */
const personNouns = new TokenWordSet([
  "varón",
  "femme",
  "homme",
  "garçon",
  "jeune",
  "dame",
  "monsieur",
  "retraité",
  "retraitée",
  "patient",
  "patiente",
  "adolescent",
  "adolescente",
  "étudiant",
  "étudiante",
  "élève",
  "mujer",
  "hombre",
  "chico",
  "chica",
  "señora",
  "señor",
  "joven",
  "paciente",
  "anciano",
  "anciana",
  "jubilado",
  "jubilada",
  "estudiante",
  "alumno",
  "alumna",
  "mulher",
  "homem",
  "menino",
  "menina",
  "rapaz",
  "senhora",
  "senhor",
  "jovem",
  "idoso",
  "idosa",
  "reformado",
  "reformada",
  "aposentado",
  "aposentada",
  "aluno",
  "aluna",
  "doente",
]);

/**
 * Whether a person and "de" come right before number token `token`: "mon fils de 7 ans", "una mujer de 45 años",
 * "o meu filho de 7 anos", "mi hijo Pablo de 8 años". After other nouns "de" gives a duration ("un contrat de 3
 * ans").
 */
function personAndDeBefore(text: string, table: TokenTable, token: number): boolean {
  if (token < 2 || !followsWordBySpace(text, table, token) || !followsWordBySpace(text, table, token - 1))
    return false;
  const start = table.start[token - 1]!;
  if (table.end[token - 1]! - start !== 2 || !text.startsWith("de", start)) return false;
  if (isRelative(table, token - 2) || personNouns.hasToken(table, token - 2)) return true;
  // "mi hijo pablo de 8 años", "mi hija Lucía de 12 años": the relative's given name between them.
  return (
    token >= 3 &&
    firstNames.hasToken(table, token - 2) &&
    followsWordBySpace(text, table, token - 2) &&
    isRelative(table, token - 3)
  );
}

/** Verbs of having in the third person, one word, that give an age after a name: "Jeanne a 87 ans". */
const havingAfterName = new TokenWordSet(["a", "tiene", "tem", "has"]);

/**
 * Whether a known name and a verb of having come right before number token `token`: "ma mère Jeanne Dupuis a
 * 87 ans", "Lucía tiene 12 años", "o Pedro tem 9 anos". The years after the number are checked by the caller.
 */
function nameAndHavingBefore(text: string, table: TokenTable, token: number): boolean {
  if (token < 2 || !followsWordBySpace(text, table, token) || !followsWordBySpace(text, table, token - 1))
    return false;
  if (!havingAfterName.hasToken(table, token - 1) || table.first[token - 1] !== LOWER) return false;
  // A known given or family name: "le projet Horizon a 3 ans" is a project's age.
  const name = token - 2;
  return table.first[name] === UPPER && (firstNames.hasToken(table, name) || surnames.hasToken(table, name));
}

/**
 * Prepositions and verbs that make the number and year word after them an age: "à 67 ans", "a los 67 años",
 * "aos 67 anos", "mit 67 Jahren", "je vais avoir 65 ans", "j'aurai 65 ans", "fiz 65 anos".
 */
const ageUnitCueBefore =
  /(?<![\p{L}'’])(?:à|a los|aos|mit|avoir|aurai|aura|cumplí|cumplo|cumplir|cumpliré|cumplirá|fiz|fazer|farei|completei|completou|completar)\s$/iu;

/**
 * Whether `ageUnitCueBefore` reads as an age's before the number token `token`: not after another number, where
 * it joins a range ("de 2 à 5 ans", "de 3 a 5 años"), and "mit" not before a capitalised noun ("mit 3 Jahren
 * Erfahrung", three years of experience).
 */
function unitCueBefore(text: string, table: TokenTable, token: number, unitEnd: number): boolean {
  const start = table.start[token]!;
  const window = ageWindow(text, start);
  const match = ageUnitCueBefore.exec(window);
  if (match === null) return false;
  let before = start - match[0].length - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before--;
  if (before >= 0 && isAsciiDigit(text.charCodeAt(before))) return false;
  if (match[0].toLowerCase().startsWith("mit"))
    return !(text.charCodeAt(unitEnd) === 32 && isUpperLetter(text.charCodeAt(unitEnd + 1)));
  return true;
}

/**
 * A year word followed by what the years are of: "34 ans de cotisation", "10 years of experience", "3 años de
 * contrato". Not "de edad", "de idade", "of age", "d'âge", which say it is an age.
 */
const yearsOfSomething =
  /\s(?:de|of|do|da)\s(?!edad|idade|age(?![\p{L}]))|\sd['’](?!âge)|\s(?:خبرة|من|في|خدمة|عمل)(?![\p{L}])/iuy;

/** German nouns of people an adjective of age comes before: "mein 7-jähriger Sohn", "eine 80-jährige Frau". */
const germanPersonNouns = new TokenWordSet([
  "sohn",
  "tochter",
  "kind",
  "junge",
  "mädchen",
  "mann",
  "frau",
  "enkel",
  "enkelin",
  "schüler",
  "schülerin",
  "patient",
  "patientin",
  "rentner",
  "rentnerin",
  "bruder",
  "schwester",
  "mutter",
  "vater",
]);

/** A list of ages joined by a comma or "and" in the six languages: "4 et 7 ans", "5 and 8", "4 و 7". */
const listJoiner = /^(?:, ?| (?:and|et|y|e|und) | ?و ?|، ?)$/u;

/**
 * The first number token of a list of up to five numbers that ends at number token `token` ("4" in "4, 6 et 9
 * ans"); `token` itself if it is not in one. The cues of a listed age stand before its list.
 */
function listStartOf(text: string, table: TokenTable, token: number): number {
  let first = token;
  for (let items = 0; items < 4; items++) {
    let previous = first - 1;
    if (previous >= 0 && table.kind[previous] === WORD) previous--;
    if (previous < 0 || table.kind[previous] !== NUMBER) break;
    const previousEnd = table.end[previous]!;
    if (previousEnd - table.start[previous]! > 3 || table.start[first]! - previousEnd > 5) break;
    // Two numbers with no word between are listed only with a comma: most are groups of one number ("555 0134").
    const gapCode = text.charCodeAt(previousEnd);
    if (previous === first - 1 && gapCode !== 44 && gapCode !== 0x060c) break;
    if (!listJoiner.test(text.slice(previousEnd, table.start[first]!))) break;
    first = previous;
  }
  return first;
}

/**
 * A person and a copula right before a number: "who is 82", "I'm 34", "sie ist 7", "wir sind beide 67", and German
 * "bin" after a comma, its "ich" said before ("Ich heiße Sophie, bin 29").
 */
const copulaBefore =
  /(?<![\p{L}])(?:who is|who's|who’s|i am|i'm|i’m|he is|she is|he's|she's|he’s|she’s|i was|he was|she was|ich bin|(?<=,\s)bin|er ist|sie ist|beide|ich werde|er wird|sie wird)\s(?:now\s|still\s|only\s|just\s|nearly\s|almost\s)?$/iu;
/**
 * Last letters of the words `copulaBefore` ends with ("is", "am", "bin", "ist", "beide", "werde", "was", and the
 * adverbs after them: "now", "still", "only", "just", "nearly", "almost"), in both cases.
 */
const endsCopula = codeUnitTest(/[smntdwlySMNTDWLYeE]/u);
/**
 * What may follow a bare age: the end, a punctuation mark, "and" in the six languages but Arabic, or "when" ("he
 * was 15 when he arrived").
 */
const afterBareAge = /(?:$|[,.;!?)]|\s(?:and|und|et|y|e|when)\s)/uy;

/**
 * "My father, who is 82, needs help", "I'm 34 and unemployed", "wir sind beide 67 und...", "my daughter is 12.": a
 * number up to 120 (from `start` to `end`) after a person and a copula, or a relative and a verb of age, before
 * number token `first` (the list it ends, or itself), then the end of the clause. A word after it makes it a count
 * or a measure ("he is 5 minutes away", "I'm 100% sure").
 */
function bareAgeAfterCopula(
  text: string,
  table: TokenTable,
  first: number,
  start: number,
  end: number,
): boolean {
  const firstStart = table.start[first]!;
  if (firstStart < 4 || text.charCodeAt(firstStart - 1) !== 32) return false;
  const mayFollowCopula = endsCopula(text.charCodeAt(firstStart - 2));
  const afterRelative = relativeAndVerbBefore(text, table, first);
  if (!mayFollowCopula && !afterRelative) return false;
  if (numberValue(text, start, end) > 120) return false;
  afterBareAge.lastIndex = end;
  if (!afterBareAge.test(text)) return false;
  if (afterRelative || copulaBefore.test(ageWindow(text, firstStart))) return true;
  // Chat's "im 16 and ...": only before "and" or a comma, since German "im 16. Stock" is "in the".
  chatAgeEnd.lastIndex = end;
  return chatCopulaBefore.test(ageWindow(text, firstStart)) && chatAgeEnd.test(text);
}

/** "I'm" typed without its apostrophe, in lower case. */
const chatCopulaBefore = /(?<![\p{L}])im\s$/u;
/** What follows a chat's bare age: ", " or " and ". */
const chatAgeEnd = /(?:,\s|\sand\s)/y;

function bareAge(start: number, end: number): Detection {
  return {
    type: "AGE",
    start,
    end,
    score: 0.6,
    reason: "number after 'who is', 'I am', 'she is' or 'my son is'",
  };
}

/**
 * What makes an age the bound of a group rather than someone's age, after it and its years: "aged 18 and over",
 * "65+", "6 ans et plus", "65 años o más", "6 Jahre und älter", "60 anos ou mais". Not before what the more is of
 * ("J'ai 34 ans et plus de dettes").
 */
const ageGroupBound =
  /(?:\s?(?:years?|yrs?|ans|años|anos|jahren?|j\.))?(?:\+|\s(?:(?:and|or) (?:over|above|older|under|younger|more)|(?:et|ou) (?:plus|moins)|(?:y|o) (?:más|mayores|menos)|(?:und|oder) (?:älter|jünger|mehr)|(?:ou|e) (?:mais|menos)))(?![\p{L}])(?!\s+(?:de|del|que|than|als|d['’])(?![\p{L}]))/iuy;

/** Whether an age ending at `end` is the bound of an age group (`ageGroupBound`): "patients aged 18 and over". */
function boundOfAnAgeGroup(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next !== 32 && next !== 43) return false;
  ageGroupBound.lastIndex = end;
  return ageGroupBound.test(text);
}

/**
 * Pushes the ages at number token `token`: its own, and, when it ends a list, those of the numbers listed before
 * it ("4 et 7 ans": the unit after the last number gives the age of both).
 */
export function pushAgesAt(text: string, table: TokenTable, token: number, ages: Detection[]): void {
  const first = listStartOf(text, table, token);
  const age = ageAt(text, table, first, token);
  if (age === undefined || boundOfAnAgeGroup(text, age.end)) return;
  for (let listed = first; listed < token; listed++) {
    if (table.kind[listed] === NUMBER)
      ages.push({
        ...age,
        start: table.start[listed]!,
        end: table.end[listed]!,
        reason: `${age.reason}, in a list`,
      });
  }
  ages.push(age);
}

/** "F" or "M" written right after an age in case notes ("54F", "67M"). */
function isSexLetter(code: number): boolean {
  return code === 70 || code === 77;
}

/** The age at number token `token`, if an age expression comes with it or with the list it ends from `first`. */
function ageAt(text: string, table: TokenTable, first: number, token: number): Detection | undefined {
  const start = table.start[token]!;
  const end = table.end[token]!;
  if (end - start > 3) return undefined;
  if (start > 0 && isLetterOrDigit(text.charCodeAt(start - 1))) return undefined;
  const firstStart = table.start[first]!;
  const mayBeAfter = mayMatchAgeAfter(text, end);
  const mayBeCued = mayMatchAgeBefore(text, firstStart);
  if (!mayBeAfter && !mayBeCued) {
    if (bareAgeAfterCopula(text, table, first, start, end)) return bareAge(start, end);
    // "Harriet Cole, 78, admitted", "Mein Vater (78)": a bare number of an age's size after a name or a
    // relative, between commas or in brackets; case notes write the sex right after it ("J. Okafor, 54F,").
    const sexAfter = isSexLetter(text.charCodeAt(end)) && !isLetterOrDigit(text.charCodeAt(end + 1));
    const appositionEnd = sexAfter ? end + 1 : end;
    const closing = text.charCodeAt(appositionEnd);
    if ((closing !== 44 && closing !== 41) || numberValue(text, start, end) > 120) return undefined;
    if (!inAppositionAfterName(text, start, appositionEnd)) return undefined;
    return {
      type: "AGE",
      start,
      end,
      score: 0.6,
      reason: "number set off by commas or brackets after a name or a relative",
    };
  }
  if (numberValue(text, start, end) > 130) return undefined;
  let after: RegExpExecArray | null = null;
  if (mayBeAfter) {
    ageAfter.lastIndex = start;
    after = ageAfter.exec(text);
  }
  // The window is cut only for the cue patterns that are run: most ages never need it.
  const cuedBefore = after === null && mayBeCued && ageBefore.test(ageWindow(text, firstStart));
  if (after === null && !cuedBefore)
    return bareAgeAfterCopula(text, table, first, start, end) ? bareAge(start, end) : undefined;
  // "tiene 12 casas", "mit 3 Kindern": after a verb of having, a number before a noun counts the noun.
  if (after === null && countsNounAfter(text, firstStart, end)) return undefined;
  if (after === null)
    return { type: "AGE", start, end, score: 0.85, reason: "number with an age expression" };
  const unitEnd = start + after[0].length;
  // "der 17-Jährige": the noun is a person of that age.
  if (text.startsWith("-J", end))
    return { type: "AGE", start, end, score: 0.85, reason: "number with an age noun" };
  // "ans/años/Jahre" also measure durations; they are an age only after "I am / j'ai / tengo" or an age cue, and
  // not when what the years are of follows ("34 ans de cotisation").
  if (after.groups?.duration === undefined)
    return { type: "AGE", start, end, score: 0.85, reason: "number with an age expression" };
  yearsOfSomething.lastIndex = unitEnd;
  const cue =
    !yearsOfSomething.test(text) &&
    (hasCueBefore(text, firstStart, "age", 30) ||
      ageCueBefore.test(ageWindow(text, firstStart)) ||
      relativeAndVerbBefore(text, table, first) ||
      personAndDeBefore(text, table, first) ||
      nameAndHavingBefore(text, table, first) ||
      unitCueBefore(text, table, first, unitEnd) ||
      germanPersonNounAfter(text, table, token, unitEnd) ||
      inAppositionAfterName(text, start, unitEnd) ||
      fieldOfARecord(text, start, unitEnd));
  // The years written as a word of their own are part of the age ("17 ans", "34 years", "72 J."), as "years old"
  // ("79 year old female") and an adjective ("7-jähriger Sohn") are not.
  return cue
    ? {
        type: "AGE",
        start,
        end: text.charCodeAt(end) === 45 ? end : unitEnd,
        score: 0.85,
        reason: "number of years, an age",
      }
    : { type: "AGE", start, end, score: 0.4, reason: "number with an age expression" };
}

/** Whether a German noun of a person comes right after the age adjective ending at `unitEnd`: "7-jähriger Sohn". */
function germanPersonNounAfter(text: string, table: TokenTable, token: number, unitEnd: number): boolean {
  if (text.charCodeAt(table.end[token]!) !== 45 || text.charCodeAt(unitEnd) !== 32) return false;
  // The number, then the adjective ("jähriger") as a word token, then the noun.
  const noun = token + 2;
  return noun < table.count && table.start[noun]! === unitEnd + 1 && germanPersonNouns.hasToken(table, noun);
}

/** "عمري" (my age), "عمره", "عمرها", "العمر": Arabic age cues, which an age written in words may follow. */
export const arabicAgeCues = new TokenWordSet(arabicAgeCueWords);
const arabicNumberWords = [
  "واحد",
  "اثنان",
  "اثنين",
  "ثلاث",
  "ثلاثة",
  "أربع",
  "اربع",
  "أربعة",
  "اربعة",
  "خمس",
  "خمسة",
  "ست",
  "ستة",
  "سبع",
  "سبعة",
  "ثمان",
  "ثماني",
  "ثمانية",
  "تسع",
  "تسعة",
  "عشر",
  "عشرة",
  "إحدى",
  "احدى",
  "اثنا",
  "اثني",
  "عشرون",
  "عشرين",
  "ثلاثون",
  "ثلاثين",
  "أربعون",
  "اربعون",
  "أربعين",
  "اربعين",
  "خمسون",
  "خمسين",
  "ستون",
  "ستين",
  "سبعون",
  "سبعين",
  "ثمانون",
  "ثمانين",
  "تسعون",
  "تسعين",
];
/**
 * An age written in words after an Arabic age cue: number words joined by "و" (and) then years or months ("ثلاث
 * سنوات", "خمسة وعشرين سنة"), or the dual that needs no number ("سنتين", two years; "شهرين", two months).
 */
const arabicAgeInWords = new RegExp(
  String.raw`[ \t]+((?:(?:${arabicNumberWords.join("|")})[ \t]+(?:و[ \t]?)?){1,4}(?:سنوات|سنين|سنة|عاما|عامًا|أعوام|اعوام|شهور|أشهر|اشهر|شهر)|سنة|سنتين|سنتان|شهر|شهرين|شهران)(?![\p{L}\p{M}])`,
  "uy",
);

/** The age in words after an Arabic age cue ending at `cueEnd`, or undefined. */
export function arabicAgeInWordsAfter(text: string, cueEnd: number): Detection | undefined {
  arabicAgeInWords.lastIndex = cueEnd;
  const match = arabicAgeInWords.exec(text);
  if (match === null) return undefined;
  const end = cueEnd + match[0].length;
  return {
    type: "AGE",
    start: end - match[1]!.length,
    end,
    score: 0.8,
    reason: "age in words after an age cue",
  };
}

/** Words of years after an age in words: "ninety-two years", "soixante-dix ans", "treinta y dos años". */
const yearsWords = new TokenWordSet([
  "years",
  "year",
  "ans",
  "an",
  "años",
  "año",
  "anos",
  "ano",
  "jahre",
  "jahr",
]);
/** "old" after the years: the age's span ends with the number ("seventy years old", "achtzig Jahre alt"). */
const oldWords = new TokenWordSet(["old", "alt"]);
/** Verbs and words of age right before an age in words: "I'm seventy", "j'ai soixante-dix ans", "tengo treinta". */
const wordAgeCues = new TokenWordSet([
  "i'm",
  "i’m",
  "am",
  "is",
  "was",
  "turned",
  "turns",
  "aged",
  "j'ai",
  "j’ai",
  "a",
  "eu",
  "tengo",
  "tiene",
  "tenía",
  "cumplió",
  "cumple",
  "cumplí",
  "tenho",
  "tem",
  "tinha",
  "fez",
  "fiz",
  "faz",
  "bin",
  "ist",
  "war",
  "wird",
]);
/** Who may be said to be a number: "my grandmother is ninety-two", "she was sixteen", "er ist achtzig Jahre alt". */
const personSubjects = new TokenWordSet(["he", "she", "i", "who", "er", "sie", "ich"]);
/** Copulas, whose subject may be anything: an age in words after them needs a person before them. */
const copulasOfAnything = new TokenWordSet(["is", "was", "ist", "war", "wird", "a"]);
/** Words of time after years, which make them a time, not an age: "one year ago", "two years later". */
const timeAfterYears = new TokenWordSet([
  "ago",
  "later",
  "earlier",
  "before",
  "after",
  "since",
  "from",
  "late",
]);

/**
 * Whether word token `token` is a person a copula's age may be said of: a relative ("my grandmother"), a pronoun of
 * a person ("she", "er") or a capitalised word, a name ("Jeanne a soixante ans").
 */
function personSubjectAt(table: TokenTable, token: number): boolean {
  if (token < 0 || table.kind[token] !== WORD) return false;
  return isRelative(table, token) || personSubjects.hasToken(table, token) || table.first[token] === UPPER;
}
const englishCopulas = new TokenWordSet(["is", "was", "am"]);
/** The end of a clause after a bare age: a comma, a period, "and", the text's end. */
const clauseEndAfter = /(?:$|[,.;!?)]|\s(?:and|but)\s)/uy;

/**
 * An age written in words from word token `token` (one `numberWordOpeners` holds): the number, then years, after a
 * verb or word of age ("j'ai soixante-dix ans", "tengo treinta y dos años", "o meu pai tem oitenta anos"), or in
 * English without its years after a person and "is" at the end of a clause ("my grandmother is ninety-two and").
 */
export function ageInWordsAt(text: string, table: TokenTable, token: number): Detection | undefined {
  if (token === 0 || !wordAgeCues.hasToken(table, token - 1)) return undefined;
  // After "is", "was", "ist", "war" the subject must be a person: "the project is five years old" is not.
  if (copulasOfAnything.hasToken(table, token - 1) && !personSubjectAt(table, token - 2)) return undefined;
  const words: string[] = [];
  for (let next = token; next < table.count && next < token + 4; next++) {
    if (next > token && table.start[next]! - table.end[next - 1]! !== 1) break;
    words.push(text.slice(table.start[next]!, table.end[next]!).toLowerCase());
  }
  const number = readWordNumber(words, 0);
  if (number === undefined || number.value > 120) return undefined;
  const last = token + number.next - 1;
  const years = last + 1;
  if (
    years < table.count &&
    yearsWords.hasToken(table, years) &&
    table.start[years]! - table.end[last]! === 1
  ) {
    // "trois ans de retard", "one year ago": years of something, or a time.
    yearsOfSomething.lastIndex = table.end[years]!;
    if (yearsOfSomething.test(text) || timeAfterYears.hasToken(table, years + 1)) return undefined;
    const withOld = years + 1 < table.count && oldWords.hasToken(table, years + 1);
    return {
      type: "AGE",
      start: table.start[token]!,
      end: withOld ? table.end[last]! : table.end[years]!,
      score: 0.85,
      reason: "age in words and its years",
    };
  }
  // English without years: "my grandmother is ninety-two and lives alone", "I'm seventy.", "she was sixteen,".
  const cue = table.wordId[token - 1];
  const selfSaid = cue === idOfIAm || cue === idOfIAmCurly;
  if (!selfSaid && !englishCopulas.hasToken(table, token - 1)) return undefined;
  clauseEndAfter.lastIndex = table.end[last]!;
  if (!clauseEndAfter.test(text)) return undefined;
  return {
    type: "AGE",
    start: table.start[token]!,
    end: table.end[last]!,
    score: 0.6,
    reason: "age in words after a person and 'is'",
  };
}
const idOfIAm = registerWord("i'm");
const idOfIAmCurly = registerWord("i’m");

/** For the pre-check soundness tests. */
export const testHooks = {
  ageAfter,
  mayMatchAgeAfter,
  ageBefore,
  mayMatchAgeBefore,
  numberValue,
  copulaBefore,
  endsCopula,
};
