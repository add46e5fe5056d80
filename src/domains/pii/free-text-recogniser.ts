import { arabicProperNameEnd } from "./arabic-proper-names.ts";
import { isAsciiCapital, isAsciiDigit } from "./ascii.ts";
import { commonCapitalisedWords } from "./common-words.ts";
import type { Detection, Recogniser } from "./detection.ts";
import { familyEnding } from "./family-name-endings.ts";
import { arabicGivenNamesThatAreWords, firstNames, givenNamesThatAreWords } from "./first-names.ts";
import {
  abbreviatedTitles,
  addressedVerbs,
  afterOrganisationKind,
  arabicRelationAdjectives,
  arabicRoleNouns,
  arabicSentenceWords,
  arabicSignOffWords,
  areaWords,
  callVerbs,
  continuingLinkWords,
  copulas,
  creditVerbs,
  descriptionStops,
  documentNouns,
  employmentWords,
  englishArticles,
  germanDeterminers,
  germanFunctionWords,
  germanMonthNames,
  germanResidenceWords,
  givenObjects,
  handingVerbs,
  institutionLabels,
  jobNouns,
  jobPrepositions,
  joiningVerbs,
  kindsOfWork,
  labelCueWords,
  labelWords,
  leadershipNouns,
  leadershipPrepositions,
  legalForms,
  lineageWords,
  linkWords,
  lowerCaseCueEnds,
  lowerCaseCueWords,
  lowerCaseInstitutionWords,
  nameCueWords,
  nameNouns,
  nameParticles,
  nameQuestionWords,
  notNamesAfterCue,
  notPlacesAfterLabel,
  notPlacesAfterPreposition,
  oneLetterWords,
  organisationCues,
  organisationFollowers,
  organisationJoiners,
  organisationKinds,
  organisationNouns,
  organisationPrefix,
  organisationSuffix,
  otherArticles,
  ownedByOrganisation,
  peopleVerbs,
  personIntroducers,
  personOnlyPossessions,
  personVerbs,
  placeAtVerbs,
  placeLabels,
  placeNameParticles,
  placeNouns,
  placePrepositions,
  possessiveDeterminers,
  publicPlaceWords,
  residenceVerbs,
  roadWords,
  roleNouns,
  serviceWords,
  signOffWords,
  singleWordCues,
  speakerRoles,
  speechVerbs,
  strongPersonVerbs,
  suffixesAfterTwoWords,
  suffixesEndingName,
  titles,
  venueNouns,
  verbsAfterNames,
  verbsAimedAtPeople,
  vocativeFollowers,
  vocativeLeaders,
} from "./free-text-words.ts";
import {
  bitsOf,
  lowerCodeUnit,
  NO_WORD,
  registerWord,
  UNLISTED,
  wordBitTable,
  wordIdOfText,
} from "./lexicon.ts";
import { organisationAcronyms, organisationNamePrefixes, organisationNames } from "./organisation-names.ts";
import { cityNames, countryNames, regionNames } from "./place-names.ts";
import { arabicRelatives, relationNouns } from "./relation-nouns.ts";
import {
  adjacent,
  CASELESS,
  charClass,
  classAt,
  isLetterClass,
  isLineMark,
  LOWER,
  lineMarkClass,
  NUMBER,
  SPACE,
  type TokenTable,
  TokenWordSet,
  lowerOf as tokenLowerOf,
  tokensOf,
  typedInLowerCase,
  UPPER,
  WORD,
} from "./scan.ts";
import { surnames } from "./surnames.ts";

/**
 * Person, place and organisation names from the shared token table. Only capitalised tokens (or tokens of a
 * script without case) are examined; everything else is skipped without slicing the text.
 */

/** Two-word cues ending with a word too common to be a cue alone: "name is", "I am", "je suis"... */
const nameCuePairs = new Set([
  "name is",
  "i am",
  "i'm",
  "nom est",
  "je suis",
  "nombre es",
  "yo soy",
  "name ist",
  "ich bin",
  "nome é",
  "eu sou",
  "contact person",
  "contact name",
  "call me",
  "calls me",
]);
/** Cues such as "I am" also precede adjectives ("I am Happy"): they need a known name or two name words. */
const weakCuePairs = new Set(["i am", "i'm", "je suis", "yo soy", "ich bin", "eu sou"]);
/**
 * The pairs as the ids of their two words, weak ones first as they win. Comparing the stem ids of two tokens with
 * them is comparing the tokens' lower-cased stems with the words: ids stand for words one to one, and a token's
 * id differs from the id of its lower-cased string only when it holds "Σ" (lower-cased by context), which makes
 * it equal to none of these words either way, as they hold no sigma. A pair without a space ("i'm") never
 * matches two tokens.
 */
const cuePairs = [...weakCuePairs, ...nameCuePairs]
  .filter((pair) => pair.split(" ").length === 2)
  .map((pair) => {
    const [first, last] = pair.split(" ") as [string, string];
    const cue: "weak" | "name" = weakCuePairs.has(pair) ? "weak" : "name";
    return { first: registerWord(first), last: registerWord(last), cue };
  });
/** "M. Dupont": the id of "m", a title when a period follows. */
const monsieurInitial = registerWord("m");
/** Arabic titles abbreviated to their initial and a period: "د." (doctor), "م." (engineer), "أ." (teacher). */
const arabicTitleInitials = ["د", "م", "أ", "ا"];
const arabicTitleInitialIds = new Set(arabicTitleInitials.map((initial) => registerWord(initial)));

/**
 * Whether `token` is an Arabic title's initial with its period ("د. منال"), not after a number: "10 م." is an hour
 * in the evening.
 */
function arabicTitleInitialBefore(table: TokenTable, token: number): boolean {
  if (!arabicTitleInitialIds.has(stemId(token)) || table.text.charCodeAt(table.end[token]!) !== 46)
    return false;
  return token === 0 || table.kind[token - 1] !== NUMBER;
}

/** A line opening with a capitalised label and a colon, and what it says ("Anna: Where were you?"). */
const lineLabel = new RegExp(
  String.raw`^${lineMarkClass}*(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}) ?:([^\n]*)`,
  "gmu",
);
/** Speech ends like a sentence; a form's values (an e-mail, a date, nothing) do not. */
const spokenLine = /\S\s+\S.*[.!?"”»…]\s*$/u;
let dialogueText: string | undefined;
let dialogueValue = false;

/**
 * Whether the text is a dialogue: lines of two or more different speakers open with their label and say a
 * sentence. There, a label that is neither a role nor a field name is who speaks, even if it speaks once
 * ("Ubul: What a day.\nNicole: Remember me?"); a form's labels ("E-mail: ...", "Website: ...") are not speakers.
 */
function isDialogue(text: string): boolean {
  if (text !== dialogueText) {
    const speakers = new Set<string>();
    // `exec` on the pattern itself: `matchAll` copies the pattern on every call.
    lineLabel.lastIndex = 0;
    for (let match = lineLabel.exec(text); match !== null; match = lineLabel.exec(text)) {
      if (!spokenLine.test(match[2]!)) continue;
      speakers.add(match[1]!);
      if (speakers.size >= 2) break;
    }
    lineLabel.lastIndex = 0;
    dialogueText = text;
    dialogueValue = speakers.size >= 2;
  }
  return dialogueValue;
}

/**
 * Facts of each token of the table being recognised, read from the text once per text by `prepareTokens`: the
 * token's lexicon id without a possessive ending, and the categories of that id (see `categoriesOf`) with the
 * POSSESSIVE bit when it has the ending. The checks below read a capitalised word's neighbours many times over (as a
 * cue before one name, the word after another...), so they read these arrays instead of the characters and the sets
 * again. (Reading tokens lazily, when first needed, was measured slower.) Slots from `count` up to the table's
 * capacity read as zero, as the table's own arrays do.
 */
let stemIds = new Int32Array(1024);
let stemCategories = new Int32Array(1024);
/** Slots of the arrays above written for the last text. */
let preparedCount = 0;
/**
 * Whether the text being recognised is German (a function word only German uses): every noun is capitalised
 * there, so a capitalised word's shape or its place after "in" says little ("in den Kursen", "in Zukunft").
 */
let germanText = false;

function prepareTokens(table: TokenTable): void {
  const { count, start, end, wordId, text } = table;
  if (stemIds.length < start.length) {
    stemIds = new Int32Array(start.length);
    stemCategories = new Int32Array(start.length);
    preparedCount = 0;
  }
  let germanWords = 0;
  for (let token = 0; token < count; token++) {
    const id = wordId[token]!;
    stemIds[token] = id;
    const categories = categoriesOf(id);
    stemCategories[token] = categories;
    if ((categories & GERMAN_WORD) !== 0) germanWords++;
    // "im" before a capitalised noun ("im Mai", "im Rathaus"); an English "im going" is not German.
    else if (id === idOfIm && token + 1 < count && table.first[token + 1] === UPPER) germanWords++;
    // "Anna's", "Anna’s": the scanner keeps apostrophes inside words. (Most words do not end with "s": that is
    // read first.)
    const tokenEnd = end[token]!;
    if (text.charCodeAt(tokenEnd - 1) === 115 && tokenEnd - start[token]! >= 4) {
      const quote = text.charCodeAt(tokenEnd - 2);
      if (quote === 39 || quote === 8217) preparePossessive(table, token);
    }
  }
  // A loop rather than `fill`: these are a few slots, and `fill` costs a call into the runtime per text.
  for (let token = count; token < preparedCount; token++) {
    stemIds[token] = 0;
    stemCategories[token] = 0;
  }
  preparedCount = count;
  germanText = germanWords > 0;
  // Most texts hold no hyphen: one search of the text, instead of a look at every word.
  const hyphen = text.indexOf("-");
  if (hyphen >= 0) markHyphenatedGivenNames(table, hyphen);
}

/**
 * "Klaus-Dieter", "Anna-Lena": an unlisted capitalised word of two given names joined by a hyphen is a given name.
 * Walks the hyphens of the text from the first (`hyphen`) with the tokens that hold them.
 */
function markHyphenatedGivenNames(table: TokenTable, hyphen: number): void {
  const { text, count, start, end, kind, first, wordId } = table;
  let token = 0;
  for (let at = hyphen; at >= 0; ) {
    while (token < count && end[token]! <= at) token++;
    if (token >= count) return;
    if (start[token]! >= at) {
      // A hyphen between words, not inside one.
      at = text.indexOf("-", at + 1);
      continue;
    }
    // A possessive ("Garcia-Roberson's") keeps the facts of its stem.
    if (
      kind[token] === WORD &&
      wordId[token] === UNLISTED &&
      first[token] === UPPER &&
      stemCategories[token] === 0
    )
      stemCategories[token] = hyphenatedGivenNameCategory(text, start[token]!, end[token]!);
    at = text.indexOf("-", end[token]!);
  }
}

/**
 * FIRST_NAME when text[start, end) is two known given names joined by a hyphen ("Klaus-Dieter", "Anna-Lena"), 0
 * otherwise (the categories of an unlisted word).
 */
function hyphenatedGivenNameCategory(text: string, start: number, end: number): number {
  const hyphen = innerHyphen(text, start, end);
  if (hyphen < 0) return 0;
  const first = categoriesOf(wordIdOfText(text, start, hyphen));
  const second = categoriesOf(wordIdOfText(text, hyphen + 1, end));
  return (first & second & FIRST_NAME) !== 0 ? FIRST_NAME : 0;
}

/**
 * The first hyphen of text[start, end) with two letters or more on each side ("Anna-Lena", "Leipzig-Gohlis"), or
 * -1: the joint of two words written as one.
 */
function innerHyphen(text: string, start: number, end: number): number {
  for (let hyphen = start + 2; hyphen < end - 2; hyphen++) if (text.charCodeAt(hyphen) === 45) return hyphen;
  return -1;
}

/** The facts of a token with a possessive ending: those of its stem, and the POSSESSIVE bit. */
function preparePossessive(table: TokenTable, token: number): void {
  const stem = wordIdOfText(table.text, table.start[token]!, table.end[token]! - 2);
  stemIds[token] = stem;
  stemCategories[token] = categoriesOf(stem) | POSSESSIVE;
}

/**
 * The categories of the token without a possessive ending, and the POSSESSIVE bit, in the table `prepareTokens`
 * read last (the one being recognised): this and the helpers below take no table for that reason.
 */
function stemCategoriesOf(token: number): number {
  return stemCategories[token]!;
}

/** "Anna's", "Anna’s": the token ends with a possessive. */
function possessiveToken(token: number): boolean {
  return (stemCategoriesOf(token) & POSSESSIVE) !== 0;
}

/** The lower-case token without a possessive ending, so "Anna's" is looked up as "anna". */
function lowerOf(table: TokenTable, token: number): string {
  const value = tokenLowerOf(table, token);
  return possessiveToken(token) ? value.slice(0, -2) : value;
}

/** The categories of the whole token, possessive ending included. */
function wholeCategoriesOf(table: TokenTable, token: number): number {
  const categories = stemCategoriesOf(token);
  return (categories & POSSESSIVE) === 0 ? categories : categoriesOf(table.wordId[token]!);
}

/** Lexicon id of the token without a possessive ending, so "Anna's" is looked up as "anna" (see `prepareTokens`). */
function stemId(token: number): number {
  return stemIds[token]!;
}

/** Whether the token, without a possessive ending, is in `words`. */
function stemIn(words: TokenWordSet, token: number): boolean {
  return words.hasId(stemId(token));
}

/** End of a name token, before a possessive ending. */
function wordEnd(table: TokenTable, token: number): number {
  return possessiveToken(token) ? table.end[token]! - 2 : table.end[token]!;
}

function isCapitalised(table: TokenTable, token: number): boolean {
  return table.kind[token] === WORD && table.first[token] === UPPER;
}

function isNameWord(table: TokenTable, token: number): boolean {
  return isCapitalised(table, token) && (stemCategoriesOf(token) & COMMON) === 0;
}

/**
 * `adjacent`, or two spaces apart: forms and copied text often leave a double space between a given name and a
 * family name ("Lara  Fiorentino").
 */
function adjacentInName(table: TokenTable, left: number, right: number): boolean {
  const end = table.end[left]!;
  if (table.start[right]! - end !== 2) return adjacent(table, left, right);
  return table.text.charCodeAt(end) === 32 && table.text.charCodeAt(end + 1) === 32;
}

/** "J." after a capitalised word: a middle initial. Returns the end including the period, or -1. */
function initialEnd(table: TokenTable, token: number): number {
  const start = table.start[token]!;
  const end = table.end[token]!;
  if (end - start === 1 && table.first[token] === UPPER && table.text.charCodeAt(end) === 46) return end + 1;
  return -1;
}

/** Whitespace (or ": ") only between the end of one token and the start of the next. */
function onlySpaceBetween(text: string, from: number, to: number, allowColon: boolean): boolean {
  if (to - from < 1 || to - from > 4) return false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9 || (allowColon && (code === 58 || code === 44))) continue;
    if (code === 46 && index === from) continue; // "Mr. X"
    return false;
  }
  return true;
}

/** Whether a comma stands in text[from, to) (a gap of a few characters between two words). */
function commaBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (text.charCodeAt(index) === 44) return true;
  return false;
}

/**
 * "Sr. D. Francisco Gómez", "Sra. Dª Carmen": "D." (don) or "Dª" (doña) right after a Spanish title is a title
 * too, not the name's initial.
 */
function spanishDonAfterTitle(table: TokenTable, token: number): boolean {
  const { text } = table;
  const start = table.start[token]!;
  if (text.charCodeAt(start) !== 68) return false;
  // "Dª" is one token ("ª" is a letter); "D." is a letter and its period.
  const length = table.end[token]! - start;
  const mark = text.charCodeAt(start + 1);
  if (!(length === 2 && mark === 0xaa) && !(length === 1 && mark === 46)) return false;
  const title = token - 1;
  return title >= 0 && spanishTitlesBeforeDon.hasToken(table, title) && start - table.end[title]! <= 2;
}

const spanishTitlesBeforeDon = new TokenWordSet(["sr", "sra", "señor", "señora"]);

function cueBefore(table: TokenTable, token: number): "name" | "weak" | "title" | undefined {
  if (token === 0) return undefined;
  const previous = token - 1;
  if (spanishDonAfterTitle(table, previous)) return "title";
  if (table.kind[previous] !== WORD) return undefined;
  // Most words before a capitalised one cue nothing, whatever lies between: two bits rule them out.
  const categories = stemCategoriesOf(previous);
  const text = table.text;
  if ((categories & (CUE_LAST | SIGN_OFF)) === 0)
    return nameOfLabelBefore(table, previous, token) ? "name" : undefined;
  if (!onlySpaceBetween(text, table.end[previous]!, table.start[token]!, true))
    return labelOrSignOffBefore(table, token);
  if ((categories & CUE_LAST) === 0) return undefined;
  const word = stemId(previous);
  // "Housing Officer, Jobcentre Plus": a title with a comma after it is a job, and what follows its employer.
  if (titles.hasId(word) && commaBetween(text, table.end[previous]!, table.start[token]!)) return undefined;
  // "عبد الرحيم ولد الشيخ يطلب": a title after "son of" is a forefather's name, no cue for the word after it.
  if (
    titles.hasId(word) &&
    table.first[previous] === CASELESS &&
    previous > 0 &&
    (lineageWords.hasToken(table, previous - 1) || mauritanianLineageWords.hasToken(table, previous - 1))
  )
    return undefined;
  if (
    titles.hasId(word) ||
    // "M. Dupont", not the "m." of "a.m." or "p.m.".
    (word === monsieurInitial &&
      text.charCodeAt(table.end[previous]!) === 46 &&
      text.charCodeAt(table.start[previous]! - 1) !== 46) ||
    arabicTitleInitialBefore(table, previous)
  )
    return "title";
  if (nameCueWords.hasId(word)) return endsCapitalisedRun(table, previous) ? undefined : "name";
  if (singleWordCues.hasId(word)) return "weak";
  if (previous > 0 && table.kind[previous - 1] === WORD && cuePairLastWords.hasId(word)) {
    const first = stemId(previous - 1);
    for (const pair of cuePairs) if (pair.first === first && pair.last === word) return pair.cue;
  }
  if (labelCueWords.hasId(word) && colonAt(text, table.end[previous]!) >= 0) return "name"; // "Name: X"
  return undefined;
}

/**
 * "Name of child: Oluwatobiloba Adeleke-Jones", "Nom de l'enfant : ...", "Nombre del paciente: ...": a form's
 * label for whose name follows, its colon right before `token`.
 */
function nameOfLabelBefore(table: TokenTable, previous: number, token: number): boolean {
  const colon = colonAt(table.text, table.end[previous]!);
  if (colon < 0 || colon >= table.start[token]!) return false;
  // Whose: a person ("child", "applicant", "mother"), not a school or a street.
  if (
    !(
      stemIn(roleNouns, previous) ||
      relationNouns.hasToken(table, previous) ||
      labelledPeople.hasToken(table, previous)
    )
  )
    return false;
  for (let word = previous - 1; word >= 1 && word >= previous - 3; word--)
    if (labelLinkWords.hasToken(table, word) && nameLabelWords.hasToken(table, word - 1)) return true;
  return false;
}
const labelledPeople = new TokenWordSet([
  "child",
  "person",
  "deceased",
  "enfant",
  "l'enfant",
  "l’enfant",
  "niño",
  "niña",
  "kind",
  "kindes",
  "criança",
]);
const labelLinkWords = new TokenWordSet(["of", "de", "del", "des", "do", "da", "du"]);
const nameLabelWords = new TokenWordSet(["name", "nom", "nombre", "nome", "names", "noms"]);

/**
 * Whether capitalised `token` ends a run of capitalised words: then a cue word it is, a greeting ("Hey") or a
 * name's word ("Cher"), belongs to the name before it ("Alder Hey Children's Hospital"), and cues nothing.
 */
function endsCapitalisedRun(table: TokenTable, token: number): boolean {
  const previous = token - 1;
  return (
    table.first[token] === UPPER &&
    previous >= 0 &&
    table.kind[previous] === WORD &&
    table.first[previous] === UPPER &&
    adjacent(table, previous, token) &&
    (stemCategoriesOf(previous) & (CUE_LAST | TITLE)) === 0
  );
}

/**
 * Cues separated from the name by more than a space: a label whose colon is followed by a run of spaces or tabs
 * ("Name:      Ana Lima", as forms align them) and a letter's closing on the line above ("Regards,\nAna Lima").
 */
function labelOrSignOffBefore(table: TokenTable, token: number): "name" | undefined {
  const previous = token - 1;
  const text = table.text;
  const from = table.end[previous]!;
  const to = table.start[token]!;
  if (to - from > 16) return undefined;
  const colonIndex = colonAt(text, from);
  const colon = colonIndex >= 0;
  let newlines = 0;
  let comma = false;
  for (let index = colon ? colonIndex + 1 : from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) newlines++;
    else if ((code === 44 || code === ARABIC_COMMA) && index === from) comma = true;
    else if (code !== 32 && code !== 9 && code !== 13) return undefined;
  }
  const word = stemId(previous);
  if (colon && newlines === 0) return labelCueWords.hasId(word) ? "name" : undefined;
  if (!colon && newlines === 1 && signOffWords.hasId(word)) return "name";
  if (!colon && newlines === 0 && comma && arabicSignOffWords.hasId(word)) return "name";
  return undefined;
}

/**
 * Where the colon right after a label ending at `from` is, or -1. French puts a space before the colon ("Nom :
 * Dupont"), often a no-break or narrow no-break one.
 */
function colonAt(text: string, from: number): number {
  let at = from;
  for (let spaces = 0; spaces < 2; spaces++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 0xa0 && code !== 0x202f) break;
    at++;
  }
  return text.charCodeAt(at) === 58 ? at : -1;
}

/**
 * "What's your name? Ana Lima", "What is the name on the account? User: Ana Lima": the answer that follows a
 * question about a name, on the same line or after a speaker's label.
 */
function answersNameQuestion(table: TokenTable, token: number): boolean {
  const text = table.text;
  if (text.charCodeAt(table.end[token]!) === 58) return false; // "User:" is the label, not the answer
  let at = table.start[token]! - 1;
  while (at >= 0 && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at--;
  let previous = token - 1;
  if (text.charCodeAt(at) === 58 && previous >= 0 && table.end[previous] === at) {
    // A speaker's label ("User:") between the question and the answer.
    at = table.start[previous]! - 1;
    previous--;
    while (at >= 0 && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9 || text.charCodeAt(at) === 10))
      at--;
  }
  if (text.charCodeAt(at) !== 63) return false;
  // The question asks for a name: "name" among its last words.
  for (let word = previous; word >= 0 && word > previous - 8; word--) {
    if (nameQuestionWords.hasId(stemId(word))) return true;
    if (sentenceStart(text, table.start[word]!)) return false;
  }
  return false;
}

/** A title ("Dr", "Mrs.") followed, after its period or a space, by a capitalised word. */
/**
 * "M. Karim Benali": "M." before a known given name is the French "Monsieur", which ends the run before it
 * ("Contactez M. Paul Martin"); before a family name it may be a middle initial ("Barbara M. Probst").
 */
function monsieurBeforeGivenName(table: TokenTable, token: number): boolean {
  const next = token + 1;
  return (
    stemId(token) === monsieurInitial &&
    initialEnd(table, token) >= 0 &&
    next < table.count &&
    (stemCategoriesOf(next) & FIRST_NAME) !== 0
  );
}

function isTitleBeforeName(table: TokenTable, token: number): boolean {
  const next = token + 1;
  return next < table.count && isCapitalised(table, next) && cueBefore(table, next) === "title";
}

/**
 * The capitalised name word after one or two lower-case particles from `token` ("van der" Berg), each one space
 * from the next, or -1.
 */
function nameWordAfterParticles(table: TokenTable, token: number): number {
  let next = token;
  for (let count = 0; count < 2; count++) {
    if (next >= table.count || table.first[next] !== LOWER || !nameParticles.hasToken(table, next)) return -1;
    const after = next + 1;
    if (after >= table.count || !adjacent(table, next, after)) return -1;
    // "de Madrid": a known place after the particle is where someone is from, no part of the name, unless it is a
    // family name as well ("dos Santos"). The first word of a longer place's name is none ("de la Barra", though
    // "Barra Mansa" is a town).
    if (isNameWord(table, after)) {
      const categories = stemCategoriesOf(after);
      const place = (categories & PLACE_START) !== 0 && lookupPlace(table, after) !== undefined;
      // A known family name right after the place makes it part of the name: "Francisco de Assis Pereira".
      const familyNameAfter =
        after + 1 < table.count &&
        adjacent(table, after, after + 1) &&
        isNameWord(table, after + 1) &&
        (stemCategoriesOf(after + 1) & SURNAME) !== 0;
      return place && (categories & SURNAME) === 0 && !familyNameAfter ? -1 : after;
    }
    next = after;
  }
  return -1;
}

/** Whether a known given or family name follows `token` after one space. */
function nameFollows(table: TokenTable, token: number): boolean {
  const next = token + 1;
  return (
    next < table.count &&
    adjacent(table, token, next) &&
    (stemCategoriesOf(next) & (FIRST_NAME | SURNAME)) !== 0
  );
}

/** The capitalised words before a month that make it a time in German: "Anfang Mai", "Ende Juni". */
const germanTimeWords = new TokenWordSet(["anfang", "ende", "mitte"]);

/** Whether a German month name follows `token` after one space. */
function monthAfter(table: TokenTable, token: number): boolean {
  const next = token + 1;
  return next < table.count && adjacent(table, token, next) && germanMonthNames.hasToken(table, next);
}

/** Extends a run of capitalised name words (and middle initials) from `token`, at most `limit` more. */
function extendName(table: TokenTable, token: number, limit = 3): number {
  let last = token;
  // Particles do not count towards the limit: "Ursula von der Leyen" is two name words. They join a run that opens
  // with a known given name only: capitalised phrases with "de", "do", "der" are mostly no one's name ("Junta de
  // Freguesia", "Loja do Cidadão", "Behörden der Länder"), and after a place cue they are a place's ("flew to
  // Reguengos de Monsaraz").
  let particles = 0;
  const particlesJoin = (stemCategoriesOf(token) & FIRST_NAME) !== 0;
  // After a place cue only a known family name joins ("to Ana Maria de Souza", not "to Victoria de Durango").
  const placeCued = token > 0 && (stemCategoriesOf(token - 1) & PLACE_CUE) !== 0;
  while (last + 1 < table.count && last - token - particles < limit && !possessiveToken(last)) {
    const next = last + 1;
    if (!adjacentInName(table, last, next) && !(initialEnd(table, last) === table.start[next]! - 1)) break;
    // "Khalid bin Walid": a lineage word joins the name after it.
    if (lineageJoinsAt(table, next)) {
      last = next + 1;
      continue;
    }
    // "Rachid El Amrani", "Jordi Puig i Serra": after a known given name, the Maghreb article and the Catalan "i"
    // join the family name after them.
    const joinedFamilyName = particlesJoin ? familyNameAfterJoiner(table, next) : -1;
    if (joinedFamilyName >= 0) {
      particles += joinedFamilyName - next;
      last = joinedFamilyName;
      continue;
    }
    // "Jan van der Berg", "Anna de la Cruz": one or two particles join the name word after them. "van" joins after
    // any name word ("Dyan van Gijn"): unlike "de", "do" or "der", it opens no institution's name.
    const afterParticles =
      particlesJoin || stemIn(nobiliaryParticles, next) ? nameWordAfterParticles(table, next) : -1;
    if (afterParticles >= 0 && (!placeCued || (stemCategoriesOf(afterParticles) & SURNAME) !== 0)) {
      particles += afterParticles - next;
      last = afterParticles;
      continue;
    }
    // "Nguyen Van An": after Vietnamese "Van" or "Thi", the given name, even one that spells a word.
    if (!isNameWord(table, next) && !vietnameseGivenNameAfter(table, last)) {
      if (initialEnd(table, next) < 0 && !bareInitial(table, next)) break;
    }
    if ((stemCategoriesOf(next) & ORGANISATION_SUFFIX) !== 0) break;
    if (monsieurBeforeGivenName(table, next)) break;
    // "Dr. Thelma Mitchell PSC 6293": a word in capitals before a number, after a name that is not in capitals, is
    // a code or a box.
    if (numberFollows(table, next) && allUpper(table, next) && !allUpper(table, token)) break;
    // "Liam O'Sullivan DOB: 02/03/1961": so is one before a colon, the label of the next field.
    if (allUpper(table, next) && !allUpper(table, token) && colonAt(table.text, table.end[next]!) >= 0) break;
    last = next;
  }
  return last;
}

/** The middle names of Vietnamese names, which come before the given name: "Nguyen Van An", "Tran Thi Mai". */
const vietnameseMiddleNames = new TokenWordSet(["van", "văn", "thi", "thị"]);

/** Articles that open a name of something else after "Van": "Anna Van The Hague". */
const articlesAfterVan = new TokenWordSet(["the", "a", "der", "den", "de", "la", "le"]);

/**
 * Whether `token` is "Van" or "Thi" after a name word and a capitalised word that is no article follows: the given
 * name after it belongs to the name.
 */
function vietnameseGivenNameAfter(table: TokenTable, token: number): boolean {
  const next = token + 1;
  return (
    token > 0 &&
    vietnameseMiddleNames.hasToken(table, token) &&
    isCapitalised(table, token) &&
    isCapitalised(table, token - 1) &&
    adjacent(table, token - 1, token) &&
    isCapitalised(table, next) &&
    !articlesAfterVan.hasToken(table, next)
  );
}

/**
 * "Dayanand Medical College and Hospital", "Institut et Hôpital": a joiner and a second suffix after an
 * organisation's suffix at `suffix` are part of its name; the second suffix's token, or `suffix`.
 */
function withJoinedSuffix(table: TokenTable, suffix: number): number {
  const joiner = suffix + 1;
  const second = suffix + 2;
  if (second >= table.count || table.first[joiner] !== LOWER || !stemIn(organisationJoiners, joiner))
    return suffix;
  if (!adjacent(table, suffix, joiner) || !adjacent(table, joiner, second) || !isCapitalised(table, second))
    return suffix;
  return (stemCategoriesOf(second) & ORGANISATION_SUFFIX) !== 0 ? second : suffix;
}

/**
 * The family name after `token` when `token` is the article "El" of Maghreb names ("El Amrani", "El Idrissi"), the
 * "Le" or "La" of Breton and French ones ("Le Guennec", no place's: "La Paz"), or the Catalan "i" between two family
 * names ("Puig i Serra", a listed family name after it); -1 otherwise.
 */
function familyNameAfterJoiner(table: TokenTable, token: number): number {
  const name = token + 1;
  if (name >= table.count || table.end[token]! - table.start[token]! > 2 || !adjacent(table, token, name))
    return -1;
  if (!isCapitalised(table, name)) return -1;
  const { text } = table;
  const at = table.start[token]!;
  if (table.end[token]! - at === 2 && text.charCodeAt(at) === 69 && text.charCodeAt(at + 1) === 108)
    return isNameWord(table, name) ? name : -1;
  // "Maëlle Le Guennec", "Yann Le Goff", "Jean La Fontaine": the article of Breton and French family names,
  // capitalised.
  if (
    table.end[token]! - at === 2 &&
    text.charCodeAt(at) === 76 &&
    (text.charCodeAt(at + 1) === 101 || text.charCodeAt(at + 1) === 97)
  )
    return isNameWord(table, name) &&
      lookupPlace(table, token) === undefined &&
      lookupPlace(table, name) === undefined
      ? name
      : -1;
  if (table.end[token]! - at === 1 && text.charCodeAt(at) === 105)
    return (stemCategoriesOf(name) & SURNAME) !== 0 ? name : -1;
  return -1;
}

/** Whether a number follows word `token` after one space. */
function numberFollows(table: TokenTable, token: number): boolean {
  const next = token + 1;
  return (
    next < table.count &&
    table.kind[next] === NUMBER &&
    table.start[next]! - table.end[token]! === 1 &&
    table.text.charCodeAt(table.end[token]!) === 32
  );
}

/** Whether a word of tokens `first` to `last` is one no person's name holds ("Direct Debit", "Jobcentre Plus"). */
function holdsServiceWord(table: TokenTable, first: number, last: number): boolean {
  for (let token = first; token <= last; token++) if (serviceWords.hasToken(table, token)) return true;
  return false;
}

/**
 * Whether tokens `first` to `last` hold a kind of place followed by a public building or ground ("Town Hall", "City
 * Park", "Village Green"): the second word may be a family name ("Hall", "Park"), the pair is not a person.
 */
function holdsPublicPlace(table: TokenTable, first: number, last: number): boolean {
  // The kind of place may open the run or stand right before it ("City" is a common word, read as no name).
  const from =
    first > 0 && adjacent(table, first - 1, first) && isCapitalised(table, first - 1) ? first - 1 : first;
  for (let token = from; token < last; token++)
    if (placeNouns.hasToken(table, token) && publicPlaceWords.hasToken(table, token + 1)) return true;
  return false;
}

/** The Arabic article "ال" (alef, lam) that opens family names ("الزهراء", "الأحمد"). */
const ALEF = 0x627;
const LAM = 0x644;
/** "ي", the letter a family name of relation ends with ("الكعبي"). */
const YEH = 0x64a;
/** "،", the Arabic comma. */
const ARABIC_COMMA = 0x60c;
/** "و" (and), written joined to the next word: "وأسكن" (and I live). */
const WAW = 0x648;

/** "Father of" and "mother of": with a child's name they make a kunya, a name of its own ("أبو خالد", "أم محمد"). */
const kunyaWords = new TokenWordSet(["أبو", "ابو", "أبي", "ابي", "أم", "ام"]);

/**
 * Whether a kunya's first word stands right before the given name at `token`; not after another name, where "أم" is
 * "or" ("هل جاء أحمد أم محمد؟").
 */
function kunyaBefore(table: TokenTable, token: number): boolean {
  const previous = token - 1;
  if (previous < 0 || !adjacent(table, previous, token) || !kunyaWords.hasToken(table, previous))
    return false;
  return previous === 0 || (stemCategoriesOf(previous - 1) & FIRST_NAME) === 0;
}

/** "عمرو": the name Amr, and "عمره" (his age) as Levantine chat writes it. */
const idOfAmr = registerWord("عمرو");

/** "ابني آدم عمرو 7 سنين": before a number, "عمرو" is the Levant's "عمره" (his age), not the name Amr. */
function levantineAgeBeforeNumber(table: TokenTable, token: number): boolean {
  return token + 1 < table.count && table.kind[token + 1] === NUMBER && table.wordId[token] === idOfAmr;
}

/**
 * Whether the word after a name in a script without capitals (`token`) is the second name ("محمد الأحمد",
 * "سارة أحمد"): a known given or family name, or a word with the article that names no place. After a naming cue
 * any word goes on with the name except one opened by "and" or a word of the sentence around it ("اسمي فاطمة
 * وأسكن", "اسمي فاطمة من الرباط").
 */
function secondNameFollows(table: TokenTable, token: number, cued: boolean): boolean {
  const next = token + 1;
  if (next >= table.count || table.first[next] !== CASELESS || !adjacent(table, token, next)) return false;
  if (lineageWords.hasToken(table, next)) return false;
  if (levantineAgeBeforeNumber(table, next)) return false;
  if ((stemCategoriesOf(next) & (FIRST_NAME | SURNAME)) !== 0) return true;
  // After a given name, "علي", "حسن", "نور" are the father's name, not the words they also spell.
  if (arabicGivenNamesThatAreWords.hasToken(table, next)) return true;
  const text = table.text;
  const from = table.start[next]!;
  if (opensWithArticle(table, next)) return familyNameWithArticle(table, next);
  return cued && text.charCodeAt(from) !== WAW && !arabicSentenceWords.hasToken(table, next);
}

/**
 * Whether `token` is a lineage word, not capitalised, followed one space on by a name: a capitalised word, or a
 * word of a script without capitals ("bin Walid", "بن علي").
 */
function lineageJoinsAt(table: TokenTable, token: number): boolean {
  const name = token + 1;
  if (name >= table.count || !adjacent(table, token, name)) return false;
  // Mauritania's "ولد" (son of) is also "was born": a name follows it, not "في" ("ولد في القاهرة").
  if (mauritanianLineageWords.hasToken(table, token))
    return table.first[name] === CASELESS && !arabicSentenceWords.hasToken(table, name);
  return (
    table.first[token] !== UPPER &&
    lineageWords.hasToken(table, token) &&
    (isNameWord(table, name) || table.first[name] === CASELESS)
  );
}
/** "Son of" and "daughter of" in Mauritanian names: "عبد الرحيم ولد الشيخ", "مريم منت أحمد". */
const mauritanianLineageWords = new TokenWordSet(["ولد", "منت"]);

/**
 * The last token of a name in a script without capitals that goes on with its lineage ("فاطمة الزهراء بن علي"):
 * a joining word and the name after it, twice at most. (Names in capitals take theirs in `extendName`.)
 */
function withLineage(table: TokenTable, last: number): number {
  let end = last;
  for (let parts = 0; parts < 2 && lineageJoinsAt(table, end + 1) && adjacent(table, end, end + 1); parts++)
    end += 2;
  // The family name after the lineage, with its article: "عبد الله بن سعيد القحطاني".
  if (end > last && familyNameWithArticle(table, end + 1) && adjacent(table, end, end + 1)) end++;
  return end;
}

/** "عبد" opens a compound given name with the word after it: "عبد الرحيم", "عبد الله". */
const compoundNameOpeners = new TokenWordSet(["عبد"]);

/** The compound name's last word when `token` opens one ("عبد الرحيم"), else `token`. */
function withCompoundName(table: TokenTable, token: number): number {
  const next = token + 1;
  return compoundNameOpeners.hasToken(table, token) &&
    next < table.count &&
    table.first[next] === CASELESS &&
    adjacent(table, token, next) &&
    opensWithArticle(table, next)
    ? next
    : token;
}

/**
 * The last word of an Arabic name from `index`: a given name (compound ones whole), the father's name, the
 * grandfather's when it is a known name ("مريم حسن إبراهيم", "محمود عبد الرحيم"), and the lineage after them.
 */
function arabicNameLast(table: TokenTable, index: number, cued: boolean): number {
  let last = withCompoundName(table, index);
  if (secondNameFollows(table, last, cued)) {
    last = withCompoundName(table, last + 1);
    if (knownArabicNameAfter(table, last, true) && !arabicSentenceWords.hasToken(table, last + 1))
      last = withCompoundName(table, last + 1);
    // After a naming cue, a family name with the article ends the name: "اسمي سارة عبد الله المري"; without
    // one, a family name of relation does: "أحمد سعيد الكعبي".
    else if (
      (cued ? familyNameWithArticle(table, last + 1) : relationFamilyName(table, last + 1)) &&
      adjacent(table, last, last + 1)
    )
      last++;
  }
  const next = last + 1;
  if (next < table.count && adjacent(table, last, next) && lineageJoinedToName(table, next)) last = next;
  return withLineage(table, last);
}

/**
 * "بنعلي", "بنسليمان", "بوزيد": a family name of the Maghreb, "بن" (son of) or "بو" (father of) joined to a given
 * name.
 */
function lineageJoinedToName(table: TokenTable, token: number): boolean {
  const text = table.text;
  const from = table.start[token]!;
  if (table.end[token]! - from < 5 || text.charCodeAt(from) !== 0x628) return false;
  const second = text.charCodeAt(from + 1);
  if (second !== 0x646 && second !== 0x648) return false;
  const name = text.slice(from + 2, table.end[token]!);
  return firstNames.has(name) || arabicGivenNamesThatAreWords.has(name);
}

/** Whether word `token` opens with the Arabic article "ال" and has at least two letters after it. */
function opensWithArticle(table: TokenTable, token: number): boolean {
  const text = table.text;
  const from = table.start[token]!;
  return text.charCodeAt(from) === ALEF && text.charCodeAt(from + 1) === LAM && table.end[token]! - from >= 4;
}

/**
 * A family name of relation, the commonest Arabic family name: "الكعبي", "الشامي", "القحطاني" — a family name with
 * the article that ends in "ي" and is no common adjective.
 */
function relationFamilyName(table: TokenTable, token: number): boolean {
  return (
    familyNameWithArticle(table, token) &&
    table.text.charCodeAt(table.end[token]! - 1) === YEH &&
    !arabicRelationAdjectives.hasToken(table, token)
  );
}

/**
 * Whether `token` is a family name written with the article ("القحطاني", "الشهري"): a word of a script without
 * capitals opened by "ال" that names no place and is no word of the sentence.
 */
function familyNameWithArticle(table: TokenTable, token: number): boolean {
  if (token >= table.count || table.first[token] !== CASELESS || !opensWithArticle(table, token))
    return false;
  return !arabicSentenceWords.hasToken(table, token) && lookupPlace(table, token) === undefined;
}
/**
 * "A" in "Juliusz A Kwiatkowski": one capital letter without a period, between two name words one space apart.
 * Lists write middle initials so; a capital letter alone elsewhere ("A", "I", "O") is a word.
 */
function bareInitial(table: TokenTable, token: number): boolean {
  if (table.end[token]! - table.start[token]! !== 1 || table.first[token] !== UPPER) return false;
  // Only after a known given name: in a title-case heading ("Plan A Works") a lone capital is a word.
  if (token === 0 || (stemCategoriesOf(token - 1) & FIRST_NAME) === 0) return false;
  const next = token + 1;
  if (next >= table.count || table.start[next]! - table.end[token]! !== 1) return false;
  return (
    table.text.charCodeAt(table.end[token]!) === 32 && isNameWord(table, next) && !possessiveToken(token)
  );
}

/**
 * How strongly the shape of a capitalised word says "family name": 2 for a strong ending, 1 for a weak one, 0 for
 * none. Words in capitals are not read (place names in address lines are written so).
 */
function familyNameShape(table: TokenTable, token: number): number {
  const start = table.start[token]!;
  if (table.first[token] !== UPPER || table.end[token]! - start < 5) return 0;
  const second = table.text.charCodeAt(start + 1);
  if (second === 0x27 || second === 0x2019) return gaelicPrefixed(table, token) ? 2 : 0;
  if (second === 0x63 && gaelicPrefixed(table, token)) return 2;
  if (lowerCodeUnit(second) !== second) return 0; // "KOKKOLA", "KAUNIAINEN"
  return familyEnding(table.text, start, wordEnd(table, token));
}

/**
 * "McAllister", "O'Connor": "Mc" or "O'" before a capital and at least three lower-case letters opens Irish and
 * Scottish family names and little else. ("Mac" is left out: "MacBook".)
 */
function gaelicPrefixed(table: TokenTable, token: number): boolean {
  const { text } = table;
  const start = table.start[token]!;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  const prefixed =
    (first === 0x4d && second === 0x63) || (first === 0x4f && (second === 0x27 || second === 0x2019));
  const capitalAt = start + 2;
  if (!prefixed || !isAsciiCapital(text.charCodeAt(capitalAt))) return false;
  const end = table.end[token]!;
  if (end - capitalAt < 4) return false;
  for (let index = capitalAt + 1; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

/**
 * One capitalised word shaped like a family name ("Ivanova", "Virtanen"): a strong ending anywhere, a weak one
 * only inside a sentence. Not after a place preposition or noun ("in Rostov", "the town Kauniainen").
 */
function shapedLikeFamilyName(
  table: TokenTable,
  token: number,
  beforeCategories: number,
  isStart: boolean,
): boolean {
  if ((beforeCategories & PLACE_CUE) !== 0) return false;
  const shape = familyNameShape(table, token);
  if (!(shape === 2 || (shape === 1 && !isStart && !germanText))) return false;
  return !germanNounOrVerb(table, token);
}

/** The lexicon id of "im" (see `prepareTokens`). */
const idOfIm = registerWord("im");

/** The lexicon id of "sie": a token with it and a capital is the "Sie" of German polite address, after a verb. */
const idOfSie = registerWord("sie");

/**
 * A capitalised German word in the place of a noun or a verb: after an article or determiner ("zu den Terminen")
 * or before the polite "Sie" ("Öffnen Sie die App", "Können Sie uns helfen?").
 */
function germanNounOrVerb(table: TokenTable, token: number): boolean {
  const previous = token - 1;
  if (previous >= 0 && table.kind[previous] === WORD && germanDeterminers.hasToken(table, previous))
    return true;
  const next = token + 1;
  return (
    next < table.count &&
    table.wordId[next] === idOfSie &&
    table.first[next] === UPPER &&
    table.start[next] === table.end[token]! + 1
  );
}

/** Whether the word after `token` is a capitalised known family name, or shaped like one, and no place. */
function familyNameAfter(table: TokenTable, token: number): boolean {
  const next = token + 1;
  if (next >= table.count || !adjacent(table, token, next) || !isCapitalised(table, next)) return false;
  const categories = stemCategoriesOf(next);
  if ((categories & PLACE_START) !== 0) return false;
  return (categories & SURNAME) !== 0 || familyNameShape(table, next) > 0;
}

/** Whether a listed family name that is no place follows `token` after one space. */
function knownFamilyNameAfter(table: TokenTable, token: number): boolean {
  const next = token + 1;
  if (next >= table.count || !adjacent(table, token, next) || !isCapitalised(table, next)) return false;
  return (stemCategoriesOf(next) & (SURNAME | PLACE_START)) === SURNAME;
}

function laterWordShapedLikeFamilyName(table: TokenTable, first: number, last: number): boolean {
  for (let part = first + 1; part <= last; part++) if (familyNameShape(table, part) > 0) return true;
  return false;
}

function tokenEnd(table: TokenTable, token: number): number {
  const initial = initialEnd(table, token);
  return initial >= 0 ? initial : wordEnd(table, token);
}

/** Word prefixes of multi-word place names ("new", "new york"): a phrase grows only while it is one. */
const placePrefixes = new TokenWordSet(
  [countryNames, regionNames, cityNames].flatMap((names) =>
    [...names].flatMap((name) => {
      const prefixes: string[] = [];
      for (let space = name.indexOf(" "); space > 0; space = name.indexOf(" ", space + 1))
        prefixes.push(name.slice(0, space));
      return prefixes;
    }),
  ),
);

/** Single-word place names of every kind: most tokens are ruled out by one look-up. */
const placeWords = new TokenWordSet([...countryNames, ...regionNames, ...cityNames]);

/** Last word of two-word naming cues ("is" of "name is"): the pair is built only after such a word. */
const cuePairLastWords = new TokenWordSet(
  [...nameCuePairs, ...weakCuePairs].map((pair) => pair.slice(pair.lastIndexOf(" ") + 1)),
);

/** Every word that `cueBefore` reads as a cue (or the last word of one): the union of its lists, and "m". */
const cueLastWords = new TokenWordSet([
  ...titles,
  ...nameCueWords,
  ...singleWordCues,
  ...cuePairLastWords,
  ...labelCueWords,
  "m",
  ...arabicTitleInitials,
]);

/**
 * Whether the token holds "Σ", the one letter whose lower case depends on its neighbours (final sigma): only then
 * can the lexicon id of the token, lower-cased character by character, differ from the id of `lowerOf`.
 */
function holdsCapitalSigma(table: TokenTable, token: number): boolean {
  const text = table.text;
  for (let index = table.start[token]!; index < table.end[token]!; index++) {
    if (text.charCodeAt(index) === 0x3a3) return true;
  }
  return false;
}

/**
 * A place name of up to three words from `token`: the longest phrase found while each shorter one is a prefix of
 * a name. Phrases are looked up by the lexicon id of their text from `token` to the stem of the last word,
 * without building strings: that text is the phrase (words are one space apart), unless an inner word carries a
 * possessive (dropped from the phrase) or a word holds "Σ" (see `holdsCapitalSigma`); those rare phrases are
 * looked up as strings.
 */
function lookupPlace(table: TokenTable, token: number): { last: number; kind: number } | undefined {
  if ((stemCategoriesOf(token) & PLACE_START) === 0) return undefined;
  const id = stemId(token);
  if (holdsCapitalSigma(table, token)) return lookupPlacePhrase(table, token);
  let found = placeOf(id, token);
  let phraseId = id;
  for (let last = token + 1; last < table.count && last < token + 3; last++) {
    if (!placePrefixes.hasId(phraseId)) break;
    if (table.kind[last] !== WORD || !adjacent(table, last - 1, last)) break;
    if (possessiveToken(last - 1) || holdsCapitalSigma(table, last)) return lookupPlacePhrase(table, token);
    phraseId = wordIdOfText(table.text, table.start[token]!, wordEnd(table, last));
    found = placeOf(phraseId, last) ?? found;
  }
  return found;
}

/** The place a phrase id names, ending at token `last`: kind 2 country, 1 region, 0 city. */
function placeOf(id: number, last: number): { last: number; kind: number } | undefined {
  if (countryNames.hasId(id)) return { last, kind: 2 };
  if (regionNames.hasId(id)) return { last, kind: 1 };
  return cityNames.hasId(id) ? { last, kind: 0 } : undefined;
}

/**
 * `lookupPlace` with lower-case phrases built as strings; `first` stands for the first token's word when it is read
 * without letters joined to it (see `arabicPlaceAfterProclitic`).
 */
function lookupPlacePhrase(
  table: TokenTable,
  token: number,
  first = lowerOf(table, token),
): { last: number; kind: number } | undefined {
  let phrase = first;
  let found: { last: number; kind: number } | undefined;
  for (let last = token; last < table.count && last < token + 3; last++) {
    if (last > token) {
      if (!placePrefixes.has(phrase)) break;
      if (table.kind[last] !== WORD || !adjacent(table, last - 1, last)) break;
      phrase += ` ${lowerOf(table, last)}`;
    }
    if (countryNames.has(phrase)) found = { last, kind: 2 };
    else if (regionNames.has(phrase)) found = { last, kind: 1 };
    else if (cityNames.has(phrase)) found = { last, kind: 0 };
  }
  return found;
}

/** Arabic words for a public administration: a ministry, a municipality. */
const arabicAdministrations = new Set(["وزارة", "بلدية"]);

/**
 * The last word of an organisation whose prefix has a preposition or conjunction joined to it ("بمستشفى الملك
 * خالد"), or -1: the prefix read without its letter, then the name after it as `arabicProperNameEnd` reads it.
 */
function arabicOrganisationAfterProclitic(table: TokenTable, token: number): number {
  const next = token + 1;
  if (next >= table.count || table.first[next] !== CASELESS || !adjacent(table, token, next)) return -1;
  if (
    table.end[token]! - table.start[token]! < 4 ||
    !isArabicProclitic(table.text.charCodeAt(table.start[token]!))
  )
    return -1;
  const prefix = withoutProclitics(table, token, 1);
  if (!organisationPrefix.has(prefix)) return -1;
  if (arabicSentenceWords.hasToken(table, next)) return -1;
  // "لوزارة الصحة", "للبلدية": the administration a request goes to is the service, not someone's employer.
  if (table.text.charCodeAt(table.start[token]!) === 0x644 && arabicAdministrations.has(prefix)) return -1;
  return arabicProperNameEnd(table, next);
}

/** "منطقة" (area), "مدينة" (city), "قرية" (village), "بلدة" (town), with a preposition joined or not. */
const arabicAreaWords = new TokenWordSet([
  "منطقة",
  "بمنطقة",
  "ومنطقة",
  "لمنطقة",
  "مدينة",
  "بمدينة",
  "ومدينة",
  "لمدينة",
  "قرية",
  "بقرية",
  "بلدة",
  "ببلدة",
  // Amman's quarters are named by their hill: "جبل الحسين", "جبل عمان".
  "جبل",
  "بجبل",
]);

/** The word of token `token` without its first `joined` letters, as looked up ("لل" + rest is "ال" + rest). */
function withoutProclitics(table: TokenTable, token: number, joined: number): string {
  const text = table.text;
  const from = table.start[token]!;
  const rest = text.slice(from + joined, table.end[token]!);
  return text.charCodeAt(from + joined - 1) === 0x644 && rest.charCodeAt(0) === 0x644 ? `ا${rest}` : rest;
}

/**
 * "حي" (neighbourhood), or an area, a city, a village or a town's word (`arabicAreaWords`), alone or with a
 * preposition joined ("بحي", "وحي", "بمنطقة"), right before `token`.
 */
function arabicDistrictBefore(table: TokenTable, token: number): boolean {
  const previous = token - 1;
  if (previous < 0 || table.first[previous] !== CASELESS || !adjacent(table, previous, token)) return false;
  if (arabicAreaWords.hasToken(table, previous)) return true;
  const length = table.end[previous]! - table.start[previous]!;
  if (length !== 2 && length !== 3) return false;
  const text = table.text;
  const from = table.end[previous]! - 2;
  if (text.charCodeAt(from) !== 0x62d || text.charCodeAt(from + 1) !== 0x64a) return false;
  return length === 2 || isArabicProclitic(text.charCodeAt(table.start[previous]!));
}

/**
 * Whether a known given or family name in Arabic script follows `token` one space on ("علي حسين"), or, with
 * `wordsToo`, a given name that is also an everyday word ("مريم حسن").
 */
function knownArabicNameAfter(table: TokenTable, token: number, wordsToo = false): boolean {
  const next = token + 1;
  if (next >= table.count || table.first[next] !== CASELESS || !adjacent(table, token, next)) return false;
  if ((stemCategoriesOf(next) & (FIRST_NAME | SURNAME)) !== 0) return true;
  return wordsToo && arabicGivenNamesThatAreWords.hasToken(table, next);
}

/** Whether the word right before `token` is a relative, "and" or a preposition joined or not: "زوجتي", "وأختي". */
function arabicRelativeBefore(table: TokenTable, token: number): boolean {
  const previous = token - 1;
  if (previous < 0 || table.first[previous] !== CASELESS || !adjacent(table, previous, token)) return false;
  if (arabicRelatives.has(tokenLowerOf(table, previous))) return true;
  return (
    isArabicProclitic(table.text.charCodeAt(table.start[previous]!)) &&
    arabicRelatives.has(withoutProclitics(table, previous, 1))
  );
}

/** Whether the word right before `token` is a role: "المريض حسن الشامي". */
function arabicRoleBefore(table: TokenTable, token: number): boolean {
  const previous = token - 1;
  return previous >= 0 && adjacent(table, previous, token) && arabicRoleNouns.hasToken(table, previous);
}

/** Whether the word before `token` is a title with a preposition or conjunction joined to it: "بالسيدة هدى". */
function arabicTitleJoinedBefore(table: TokenTable, token: number): boolean {
  const previous = token - 1;
  if (previous < 0 || table.first[previous] !== CASELESS || !adjacent(table, previous, token)) return false;
  if (!isArabicProclitic(table.text.charCodeAt(table.start[previous]!))) return false;
  return titles.has(withoutProclitics(table, previous, 1));
}

/**
 * Where a known given name starts in token `token` after a conjunction or preposition joined to it ("وأحمد",
 * "لمريم"), or -1. Only for a token that is no known name whole ("وسام", "بسمة" are names themselves).
 */
function arabicGivenNameAfterProclitic(table: TokenTable, token: number): number {
  const from = table.start[token]!;
  if (table.end[token]! - from < 4 || !isArabicProclitic(table.text.charCodeAt(from))) return -1;
  // "كريم" is a name (and "generous") whole, not "ك" (as) and "ريم".
  if (arabicGivenNamesThatAreWords.hasToken(table, token)) return -1;
  return firstNames.has(withoutProclitics(table, token, 1)) ? from + 1 : -1;
}

/** Arabic conjunctions and prepositions written joined to the next word: و (and), ف (so), ب (in), ل (to), ك (as). */
function isArabicProclitic(code: number): boolean {
  return code === 0x648 || code === 0x641 || code === 0x628 || code === 0x644 || code === 0x643;
}

/**
 * An Arabic place written with a conjunction or preposition joined to it: "بالدار البيضاء" (in Casablanca), "لجدة"
 * (to Jeddah), "وحلب", "وبالرياض"; up to two such letters, the first "و" or "ف". After "ل" the article's alif is
 * dropped ("للرياض" is "ل" and "الرياض"). The place's start (past the joined letters) and its last token.
 */
function arabicPlaceAfterProclitic(
  table: TokenTable,
  token: number,
): { start: number; last: number } | undefined {
  const text = table.text;
  const from = table.start[token]!;
  const to = table.end[token]!;
  for (let joined = 1; joined <= 2 && to - from - joined >= 3; joined++) {
    if (!isArabicProclitic(text.charCodeAt(from + joined - 1))) return undefined;
    // Two joined letters open with "و" or "ف" ("وبالرياض", "فلجدة").
    if (joined === 2 && text.charCodeAt(from) !== 0x648 && text.charCodeAt(from) !== 0x641) return undefined;
    const place = lookupPlacePhrase(table, token, withoutProclitics(table, token, joined));
    if (place !== undefined) return { start: from + joined, last: place.last };
  }
  return undefined;
}

/**
 * A country or region written in lower case, in a text typed all in lower case ("we moved here from tunisia"). Not a
 * city: many city names are words too ("in nice weather", "reading", "bath"). The last token of the place, or -1.
 */
function lowerCasePlace(table: TokenTable, token: number, personLast: number): number {
  const place = lookupPlace(table, token);
  if (place === undefined) return -1;
  return place.kind > 0 || livesIn(table, token) || fromAfterName(table, token, personLast) ? place.last : -1;
}

/** Prepositions of origin after a person's name: "juan perez de sevilla", "john smith from leeds". */
const originAfterName = new TokenWordSet(["de", "do", "da", "del", "from", "aus", "of"]);

/** Whether a preposition of origin stands between the person ending at token `personLast` and `token`. */
function fromAfterName(table: TokenTable, token: number, personLast: number): boolean {
  const preposition = token - 1;
  return (
    personLast >= 0 &&
    preposition === personLast + 1 &&
    adjacent(table, personLast, preposition) &&
    adjacent(table, preposition, token) &&
    originAfterName.hasToken(table, preposition)
  );
}

/**
 * "i live in leeds", "vivo en malaga", "wohne in köln", "j'habite à toulouse", "je viens de lyon": a verb of living,
 * moving, being born or coming from, then a place preposition, right before `token`. Many city names are words too ("reading", "nice", "bath"); after
 * these two words they are the place.
 */
function livesIn(table: TokenTable, token: number): boolean {
  const preposition = token - 1;
  const verb = token - 2;
  if (verb < 0 || table.kind[verb] !== WORD || table.kind[preposition] !== WORD) return false;
  if (!adjacent(table, verb, preposition) || !adjacent(table, preposition, token)) return false;
  const prepositionOfPlace =
    placePrepositions.hasToken(table, preposition) || originPrepositions.hasToken(table, preposition);
  return prepositionOfPlace && residenceVerbs.hasToken(table, verb);
}

/**
 * "de", "do", "da", "del", and "a" (typed for "à", or Spanish and Portuguese "to"): too common alone to cue a place,
 * they do after a verb of living or coming from ("j'habite a lyon").
 */
const originPrepositions = new TokenWordSet(["de", "do", "da", "del", "a"]);

/**
 * "Where: Upton Scudamore Country Club", "Lieu : Salle Pleyel": a place label opening the line, its colon, then
 * the place. The place ends before a venue noun ("Country Club", "Hotel"), which names the building, not where.
 */
function placeAfterLabel(table: TokenTable, token: number, beforeCategories: number): number {
  const label = token - 1;
  if ((beforeCategories & PLACE_LABEL) === 0 || !atLineStart(table.text, table.start[label]!)) return -1;
  const gapStart = table.end[label]!;
  const text = table.text;
  let colon = gapStart;
  if (text.charCodeAt(colon) === 32) colon++;
  if (text.charCodeAt(colon) !== 58 || table.start[token]! - colon > 3) return -1;
  let last = token;
  while (
    last + 1 < table.count &&
    last - token < 4 &&
    adjacent(table, last, last + 1) &&
    (isCapitalised(table, last + 1) || lowerWordsInNames.hasToken(table, last + 1)) &&
    !venueNouns.hasToken(table, last + 1)
  )
    last++;
  return venueNouns.hasToken(table, token) || notPlacesAfterLabel.hasToken(table, token) ? -1 : last;
}

/** A line starts right before `position` (only spaces, tabs or quote marks in between). */
/**
 * "SMITH, John", "Kowalczyk, Agnieszka", "Name: DUPONT, Marie": registers and lists write the family name first,
 * then a comma and the given name at `index`. Returns where the family name starts, or -1: it must open its line or
 * a label's value, be in capitals, a known family name or shaped like one, and no place or everyday word.
 */
function invertedFamilyNameBefore(table: TokenTable, index: number): number {
  const family = index - 1;
  if (family < 0 || table.kind[family] !== WORD || table.first[family] !== UPPER) return -1;
  const { text } = table;
  const familyStart = table.start[family]!;
  const familyEnd = table.end[family]!;
  if (table.start[index]! - familyEnd !== 2 || text.charCodeAt(familyEnd) !== 44) return -1;
  let before = familyStart - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before--;
  if (!(before >= 0 && text.charCodeAt(before) === 58) && !atLineStart(text, familyStart)) return -1;
  const categories = stemCategoriesOf(family);
  if ((categories & (COMMON | TITLE | LABEL_OR_ROLE)) !== 0 || lookupPlace(table, family) !== undefined)
    return -1;
  const familyLike =
    (allUpper(table, family) && familyEnd - familyStart > 1) ||
    (categories & SURNAME) !== 0 ||
    familyNameShape(table, family) > 0;
  return familyLike ? familyStart : -1;
}

function atLineStart(text: string, position: number): boolean {
  for (let index = position - 1; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return true;
    if (!isLineMark(code)) return false;
  }
  return true;
}

function sentenceStart(text: string, position: number): boolean {
  for (let index = position - 1; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9 || code === 34 || code === 40) continue;
    return code === 46 || code === 33 || code === 63 || code === 10 || code === 13 || code === 58;
  }
  return true;
}

/** Id of the word right before `token` (at most two characters between), or NO_WORD. */
function previousWordId(table: TokenTable, token: number): number {
  const previous = token - 1;
  if (previous < 0 || table.kind[previous] !== WORD) return NO_WORD;
  if (table.start[token]! - table.end[previous]! > 2) return NO_WORD;
  return stemId(previous);
}

/** Id of the word right after `token` (one space away), or NO_WORD. */
function wordAfterId(table: TokenTable, token: number): number {
  const next = token + 1;
  if (next >= table.count || table.kind[next] !== WORD) return NO_WORD;
  if (table.start[next]! - table.end[token]! !== 1) return NO_WORD;
  return stemId(next);
}

/** "Thomas' ", "James’ ": a word ending in "s" followed by an apostrophe and a space, its possessive. */
function apostropheAloneAfter(table: TokenTable, token: number): boolean {
  const { text } = table;
  const end = table.end[token]!;
  const apostrophe = text.charCodeAt(end);
  return (
    (apostrophe === 39 || apostrophe === 0x2019) &&
    text.charCodeAt(end - 1) === 115 &&
    text.charCodeAt(end + 1) === 32
  );
}

/** The word, without a possessive ending, ends in "ly" (an adverb opening a sentence: "Finally, can..."). */
function endsWithLy(table: TokenTable, token: number): boolean {
  const end = wordEnd(table, token);
  if (end - table.start[token]! < 2) return false;
  return (table.text.charCodeAt(end - 2) | 0x20) === 108 && (table.text.charCodeAt(end - 1) | 0x20) === 121;
}

/** "'s" or "’s" right after a word. */
function possessiveAfter(text: string, position: number): boolean {
  const quote = text.charCodeAt(position);
  if (quote !== 39 && quote !== 8217) return false;
  const letter = text.charCodeAt(position + 1);
  if (letter !== 115) return false;
  const following = text.charCodeAt(position + 2);
  return Number.isNaN(following) || !/[\p{L}\p{N}]/u.test(text.charAt(position + 2));
}

/**
 * Names joined by "and" are people when every part opens with a given name, or when one is a known name and a
 * plural verb of people follows.
 */
function togetherArePeople(table: TokenTable, from: number, last: number): boolean {
  let parts = 0;
  let given = 0;
  let known = 0;
  let opening = true;
  for (let token = from; token <= last; token++) {
    const word = stemId(token);
    if (organisationJoiners.hasId(word)) {
      opening = true;
      continue;
    }
    if (opening) {
      parts++;
      if (firstNames.hasId(word)) given++;
    }
    if (firstNames.hasId(word) || surnames.hasId(word)) known++;
    opening = table.text.charCodeAt(table.end[token]!) === 44;
  }
  if (parts < 2) return false;
  return given === parts || (known > 0 && peopleVerbs.hasId(wordAfterId(table, last)));
}

function allUpper(table: TokenTable, token: number): boolean {
  const text = table.text;
  for (let index = table.start[token]!; index < table.end[token]!; index++) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}

/**
 * Capitalised words right after a place preposition ("in", "near", "nach"...), a place noun ("city", "ville")
 * or "at" after an arrival verb. Not in headings ("Guide To Xxx", "WELCOME TO XXX") nor after a query's "*".
 */
/**
 * "from IP 49.204.17.88", "en CP 75001": two or three capitals right before a number label it (an address, a code),
 * they are no place. "from NYC" and "in DC" stay places.
 */
function labelBeforeNumber(table: TokenTable, token: number): boolean {
  const length = table.end[token]! - table.start[token]!;
  if (length < 2 || length > 3 || !allUpper(table, token)) return false;
  const next = token + 1;
  return next < table.count && table.kind[next] === NUMBER && table.start[next]! - table.end[token]! === 1;
}

function placeContext(
  table: TokenTable,
  index: number,
  last: number,
  before: number,
  beforeCategories: number,
): boolean {
  const cue = index - 1;
  let place = (beforeCategories & PLACE_CUE) !== 0;
  if (!place && before === idOfAt && cue > 0 && table.kind[cue - 1] === WORD) {
    place = stemIn(placeAtVerbs, cue - 1);
  }
  if (!place) return false;
  if (index === last && notPlacesAfterPreposition.hasToken(table, index)) return false;
  if (index === last && labelBeforeNumber(table, index)) return false;
  if (addressedWithTo(table, index)) return false;
  // "How To Apply For A Permit": a capitalised preposition inside a line is a heading's word, not a place cue.
  if (
    table.first[cue] === UPPER &&
    placePrepositions.hasToken(table, cue) &&
    !sentenceStart(table.text, table.start[cue]!)
  )
    return false;
  // German capitalises every noun after "in" ("in Zukunft", "in Bezug auf"): there, a place needs someone who
  // lives, was born or moved there, said a few words before or after ("wohne jetzt in X", "nach X umgezogen").
  if (germanText && !residenceWordNear(table, cue, last)) return false;
  const text = table.text;
  let at = table.start[cue]! - 1;
  while (at >= 0 && text.charCodeAt(at) === 32) at--;
  if (at >= 0 && (text.charCodeAt(at) === 42 || text.charCodeAt(at) === 61)) return false;
  // After a capitalised pair, "from" leads to a person's organisation ("Zoe Young from Flightaware", read by the
  // affiliation step), "in" to a department or a heading's word ("John Smith in Finance", "Data Protection Act in
  // Practice"); a postal code after the words makes them a place ("Can Capital in Espoo 1021").
  if (
    cue > 1 &&
    isCapitalised(table, cue - 1) &&
    isCapitalised(table, cue - 2) &&
    !postalCodeAfter(table, last)
  )
    return false;
  if (cue > 0 && allUpper(table, index) && allUpper(table, last) && table.first[cue - 1] === UPPER) {
    if (allUpper(table, cue - 1) && table.end[cue - 1]! - table.start[cue - 1]! > 1) return false;
  }
  return !numberedAfter(table, last);
}

/** Whether a German word of living or moving somewhere is among the three words before `cue` or after `last`. */
function residenceWordNear(table: TokenTable, cue: number, last: number): boolean {
  const from = Math.max(0, cue - 3);
  const to = Math.min(table.count - 1, last + 3);
  for (let token = from; token <= to; token++) {
    if (token >= cue && token <= last) continue;
    if (table.kind[token] === WORD && germanResidenceWords.hasToken(table, token)) return true;
  }
  return false;
}

/**
 * Verbs of speech that also take an object ("we added Zoom as a tool", "she wrote Python code"): a name after them
 * only right after a quotation ('"...," added Okonjo').
 */
const speechVerbsWithObjects = new TokenWordSet(["added", "wrote", "answered", "continued"]);

/** Whether a quotation ends right before `position`: a closing quote or a comma, past spaces. */
function quotationEndsBefore(text: string, position: number): boolean {
  let at = position - 1;
  while (at >= 0 && text.charCodeAt(at) === 32) at--;
  const code = text.charCodeAt(at);
  return code === 34 || code === 0x201d || code === 39 || code === 0x2019 || code === 44;
}

const idOfTo = registerWord("to");
const idOfAs = registerWord("as");
const addingVerbs = new TokenWordSet([
  "add",
  "added",
  "adding",
  "name",
  "named",
  "appoint",
  "appointed",
  "list",
  "listed",
]);

/**
 * "add Irenka as guardian", "named Ybarra as a beneficiary": a verb that adds someone to a case, the name, then "as"
 * and a role or a relation.
 */
function addedAsRole(table: TokenTable, first: number, last: number): boolean {
  const as = last + 1;
  if (as >= table.count || table.wordId[as] !== idOfAs || !adjacent(table, last, as)) return false;
  const verb = first - 1;
  if (verb < 0 || table.kind[verb] !== WORD || !adjacent(table, verb, first)) return false;
  if (!addingVerbs.hasToken(table, verb)) return false;
  let role = as + 1;
  const determiner =
    role < table.count &&
    (table.wordId[role] === idOfThe ||
      englishArticles.hasToken(table, role) ||
      possessiveDeterminers.hasToken(table, role));
  if (determiner && adjacent(table, as, role)) role++;
  if (role >= table.count || table.kind[role] !== WORD || !adjacent(table, role - 1, role)) return false;
  return roleNouns.hasToken(table, role) || (stemCategoriesOf(role) & RELATION_NOUN) !== 0;
}

/**
 * Whether `preposition` is right before `token` and a word of `verbs` right before it, a space apart each: "spoke to
 * Rhiannon", "shouted at Koppány", "sung by Ybarra".
 */
function verbAndPrepositionBefore(
  table: TokenTable,
  token: number,
  preposition: number,
  verbs: TokenWordSet,
): boolean {
  const linking = token - 1;
  if (linking < 1 || table.wordId[linking] !== preposition || table.kind[linking - 1] !== WORD) return false;
  return (
    adjacent(table, linking - 1, linking) &&
    adjacent(table, linking, token) &&
    verbs.hasToken(table, linking - 1)
  );
}

/**
 * "spoke to Rhiannon", "thanks to Rhiannon", "married to Rhiannon", "pass this to Aroha": "to" after a verb
 * addressed to someone, or a verb of handing over and its object, names a person, not a place it leads to.
 */
function addressedWithTo(table: TokenTable, token: number): boolean {
  if (verbAndPrepositionBefore(table, token, idOfTo, addressedVerbs)) return true;
  // "pass this to Aroha Ngata", "I sent it to Siosaia": a verb of handing over and its object before "to".
  const object = token - 2;
  return (
    object >= 1 &&
    table.kind[object] === WORD &&
    givenObjects.hasToken(table, object) &&
    adjacent(table, object - 1, object) &&
    handingVerbs.hasToken(table, object - 1) &&
    verbAndPrepositionBefore(table, token, idOfTo, givenObjects)
  );
}

const idOfBy = registerWord("by");

/**
 * Someone a verb is aimed at ("shouted at Koppány", "smiled at Verda") or credited with a work ("directed by
 * Hauta-aho", "sung by Ybarra"), right before `token`.
 */
function aimedAtOrCredited(table: TokenTable, token: number): boolean {
  return (
    verbAndPrepositionBefore(table, token, idOfAt, verbsAimedAtPeople) ||
    verbAndPrepositionBefore(table, token, idOfBy, creditVerbs)
  );
}

/** Reports the run from `index` to `nameLast`, with the particles after it, as a place; returns its last token. */
function reportPlaceAfterPreposition(
  table: TokenTable,
  index: number,
  nameLast: number,
  found: Detection[],
): number {
  if (firmOfAnnouncedPerson(table, index, nameLast)) {
    const firmLast = firmWordsEnd(table, index);
    report(
      found,
      "ORGANIZATION",
      table.start[index]!,
      wordEnd(table, firmLast),
      0.6,
      "firm of a person announced in a role",
    );
    return firmLast;
  }
  const placeLast = withPlaceParticles(table, nameLast);
  report(
    found,
    "LOCATION",
    table.start[index]!,
    wordEnd(table, placeLast),
    0.5,
    "capitalised words after a place preposition",
  );
  return placeLast;
}

/** Verbs of giving that take the receiver first: "had given Verda his address", "sent Anna her results". */
const givingVerbs = new TokenWordSet([
  "give",
  "gives",
  "gave",
  "given",
  "send",
  "sends",
  "sent",
  "handed",
  "told",
]);
const ownerPronouns = new TokenWordSet(["his", "her", "their"]);

/** One word between a verb of giving and "his", "her" or "their": the person given something of their own. */
function givenTheirOwn(table: TokenTable, token: number, last: number): boolean {
  const before = token - 1;
  const after = last + 1;
  return (
    last === token &&
    after < table.count &&
    adjacent(table, before, token) &&
    adjacent(table, last, after) &&
    givingVerbs.hasToken(table, before) &&
    ownerPronouns.hasToken(table, after)
  );
}

/**
 * "Remember me, Verda?", "Thank you, Timo!": the words from `token` to `last` close a question or an exclamation
 * after a comma, with a pronoun or "thanks" before the comma: they name the one spoken to.
 */
function vocativeClosing(table: TokenTable, token: number, last: number): boolean {
  const { text, start, end } = table;
  const close = text.charCodeAt(end[last]!);
  const question = close === 63 || close === 33;
  // "Sorry for the late reply, Chinonso.": a full stop or the text's end closes it too, after an apology, thanks or
  // a greeting.
  if (!question && close !== 46 && !Number.isNaN(close)) return false;
  const leader = token - 1;
  if (leader < 0 || table.kind[leader] !== WORD || start[token]! - end[leader]! !== 2) return false;
  if (!text.startsWith(", ", end[leader]!)) return false;
  if (question && vocativeLeaders.hasToken(table, leader)) return true;
  return (last === token || last === token + 1) && sentenceOpensWith(table, leader, courtesyOpeners);
}

const callerWords = new TokenWordSet(["here", "speaking", "calling"]);
const itIsWords = new TokenWordSet(["it's", "it’s", "its"]);
const idOfThis = registerWord("this");
const idOfIs = registerWord("is");

/** "It's Zanuko here", "this is Ubul Csonka speaking": someone saying who they are on a call or in a message. */
function namedOnACall(table: TokenTable, token: number, last: number): boolean {
  const after = last + 1;
  if (after >= table.count || !adjacent(table, last, after) || !callerWords.hasToken(table, after))
    return false;
  const before = token - 1;
  if (itIsWords.hasToken(table, before)) return adjacent(table, before, token);
  return (
    before > 0 &&
    table.wordId[before] === idOfIs &&
    table.wordId[before - 1] === idOfThis &&
    adjacent(table, before, token)
  );
}

/** Jobs written between a firm and a person's name: "Locavore songwriter X", "Acme spokeswoman X". */
const jobsBetweenFirmAndName = new TokenWordSet([
  ...leadershipNouns,
  ...jobNouns,
  "songwriter",
  "singer",
  "reporter",
  "editor",
  "chief",
  "president",
  "official",
]);

/** Whether a lower-case job and a capitalised name follow the run ending at `last`: "Locavore songwriter Jennifer". */
function firmBeforeJobAndName(table: TokenTable, last: number): boolean {
  const job = last + 1;
  const name = job + 1;
  // The firm's word is capitalised: after "my" or "our" the job is the speaker's ("my employee ID is").
  return (
    name < table.count &&
    isCapitalised(table, last) &&
    !possessiveDeterminers.hasToken(table, last) &&
    table.first[job] === LOWER &&
    adjacent(table, last, job) &&
    adjacent(table, job, name) &&
    stemIn(jobsBetweenFirmAndName, job) &&
    isCapitalised(table, name)
  );
}

/** What someone sends: "a complaint from X", "a letter from X". */
const messageNouns = new TokenWordSet([
  "complaint",
  "letter",
  "email",
  "e-mail",
  "message",
  "call",
  "note",
  "text",
  "reply",
  "request",
  "enquiry",
  "inquiry",
  "referral",
  "application",
]);
/** What is booked or made for someone: "an appointment for X", "a referral for X". */
const bookingNouns = new TokenWordSet([
  "appointment",
  "appointments",
  "booking",
  "referral",
  "reminder",
  "prescription",
  "confirmed",
  "booked",
  "rebooked",
]);

/**
 * Whether `token` follows "from" after a message ("a complaint from"), or "for" after a booking within two words
 * ("Appointment confirmed for", "a referral for").
 */
function sentOrBookedFor(table: TokenTable, token: number): boolean {
  const preposition = token - 1;
  if (preposition < 1 || !adjacent(table, preposition, token)) return false;
  const word = table.wordId[preposition];
  if (word === idOfFrom) return messageNouns.hasToken(table, preposition - 1);
  if (word !== idOfFor) return false;
  for (let noun = preposition - 1; noun >= 0 && noun >= preposition - 2; noun--)
    if (bookingNouns.hasToken(table, noun)) return true;
  return false;
}

/** Words that open an apology, thanks or greeting, whose closing words may name the one addressed. */
const courtesyOpeners = new TokenWordSet([
  "sorry",
  "thanks",
  "thank",
  "hi",
  "hello",
  "hey",
  "cheers",
  "bye",
  "goodbye",
  "congratulations",
  "welcome",
]);

/** Whether the sentence holding `token` (read back at most twelve words) opens with a word of `openers`. */
function sentenceOpensWith(table: TokenTable, token: number, openers: TokenWordSet): boolean {
  for (let word = token; word >= 0 && word > token - 12; word--) {
    if (table.kind[word] !== WORD) continue;
    if (sentenceStart(table.text, table.start[word]!)) return openers.hasToken(table, word);
  }
  return false;
}

/**
 * "in Part 3", "in Room 12", "to Step 2": a word followed by a number of at most three digits, alone, is a part of
 * something, not a place. A postal code after a place is longer or in groups ("Arendal 4844", "Överturingen 840
 * 24").
 */
function numberedAfter(table: TokenTable, last: number): boolean {
  const { count, kind, start, end } = table;
  const next = last + 1;
  if (!numberFollows(table, last) || end[next]! - start[next]! > 3) return false;
  const after = next + 1;
  return !(after < count && kind[after] === NUMBER && start[after]! - end[next]! === 1);
}

/**
 * Whether a number of four or five digits that is no year, a postal code's, follows `last` after one space ("Espoo
 * 1021").
 */
function postalCodeAfter(table: TokenTable, last: number): boolean {
  if (!numberFollows(table, last)) return false;
  const from = table.start[last + 1]!;
  const digits = table.end[last + 1]! - from;
  if (digits < 4 || digits > 5) return false;
  // Four digits from 1900 to 2099 read as a year ("Flightaware 2024").
  const century = (table.text.charCodeAt(from) - 48) * 10 + table.text.charCodeAt(from + 1) - 48;
  return digits === 5 || century < 19 || century > 20;
}

/** Whether a lower-case word follows `token` after one space. */
function lowerCaseWordAfter(table: TokenTable, token: number): boolean {
  const next = token + 1;
  return (
    next < table.count &&
    table.kind[next] === WORD &&
    table.first[next] === LOWER &&
    table.start[next]! - table.end[token]! === 1
  );
}

/**
 * Lower-case words inside a place's name: "Villafranca del Cid", "Parc de la Tête d'Or", "Reguengos de Monsaraz".
 * Street names (address-recogniser.ts) also take the conjunctions "e" and "y" ("Rua Cruz e Sousa"); a place guessed
 * after a preposition does not, or "in Valmont y Rivière" would be one place.
 */
const placeParticles = new TokenWordSet([
  "de",
  "del",
  "la",
  "las",
  "los",
  "le",
  "les",
  "du",
  "des",
  "da",
  "do",
  "dos",
  "das",
  "di",
  "am",
  "an",
  "upon",
  "sur",
  "en",
]);

/**
 * The last token of a place guessed after a preposition once the particles inside its name are taken, with the
 * capitalised word after them ("in Villafranca del Cid"), twice at most.
 */
function withPlaceParticles(table: TokenTable, last: number): number {
  let end = last;
  for (let parts = 0; parts < 2; parts++) {
    let next = end + 1;
    while (
      next < table.count &&
      next - end <= 2 &&
      table.first[next] === LOWER &&
      placeParticles.hasToken(table, next) &&
      adjacent(table, next - 1, next)
    )
      next++;
    if (
      next === end + 1 ||
      next >= table.count ||
      !adjacent(table, next - 1, next) ||
      !isNameWord(table, next)
    )
      break;
    end = extendName(table, next);
  }
  return end;
}

const holidayWords = new TokenWordSet(["day", "eve", "night", "week", "month", "festival"]);

/** A capitalised "Day", "Eve" or "Night" right after `token` (its possessive): "Mother's Day", "New Year's Eve". */
function holidayAfter(table: TokenTable, token: number): boolean {
  const next = token + 1;
  return (
    next < table.count &&
    table.first[next] === UPPER &&
    holidayWords.hasToken(table, next) &&
    adjacent(table, token, next)
  );
}

const saintWords = new TokenWordSet([
  "st",
  "saint",
  "ste",
  "sainte",
  "san",
  "santa",
  "santo",
  "são",
  "sao",
  "sankt",
]);

const parkWords = new TokenWordSet(["park", "gardens"]);
const idOfFrom = registerWord("from");
/**
 * The particle of Dutch family names, written in lower case inside them. (German "von" is a preposition as
 * often: "der Bericht von Siemens".)
 */
const nobiliaryParticles = new TokenWordSet(["van"]);

/** Whether a lower-case "van" stands inside the run from `first` to `last` ("Dyan van Gijn"). */
function nobiliaryParticleWithin(table: TokenTable, first: number, last: number): boolean {
  for (let token = first + 1; token < last; token++)
    if (table.first[token] === LOWER && stemIn(nobiliaryParticles, token)) return true;
  return false;
}
/** Grades and roles written between a title and the name: "Nurse Practitioner Jane Doe", "Dr. Senior Registrar Li". */
const roleWords = new TokenWordSet([
  ...jobNouns,
  "practitioner",
  "registrar",
  "senior",
  "junior",
  "specialist",
  "resident",
  "associate",
  "assistant",
  "professor",
  "chief",
  "head",
]);
/** Place prepositions that no person follows: "in", "near", and their Spanish, Portuguese and German words. */
const placeOnlyPrepositions = new TokenWordSet(["in", "near", "en", "em", "nach"]);

/**
 * "works in Bolton", "at Fox Court": a family name alone after "in" or "near", or before a capitalised road or
 * building word, names a town or a building.
 */
function familyNameOfAPlace(table: TokenTable, index: number): boolean {
  if (index > 0 && adjacent(table, index - 1, index) && stemIn(placeOnlyPrepositions, index - 1)) return true;
  const next = index + 1;
  return (
    next < table.count &&
    adjacent(table, index, next) &&
    isCapitalised(table, next) &&
    (stemIn(roadWords, next) || stemIn(buildingWords, next))
  );
}
/** Words that with a family name before them name a building or a square: "Fox Court", "Baker House". */
const buildingWords = new TokenWordSet([
  "court",
  "place",
  "square",
  "gardens",
  "house",
  "hall",
  "tower",
  "mews",
  "grove",
  "row",
  "walk",
  "green",
  "estate",
]);

/**
 * Whether the run from `index` to `last` is a saint's town after a place preposition ("in St Helens", "to St.
 * Ives"): "St" before it, "in", "near", "to" or "from" before that, and neither a possessive nor an institution
 * after it ("at St Mary's", "to St Thomas' Hospital").
 */
function saintTownAfterPreposition(table: TokenTable, index: number, last: number): boolean {
  if (index < 2 || !saintBefore(table, index)) return false;
  const preposition = index - 2;
  if (table.first[preposition] !== LOWER || !adjacent(table, preposition, index - 1)) return false;
  const word = table.wordId[preposition];
  if (word !== idOfTo && word !== idOfFrom && !stemIn(placeOnlyPrepositions, preposition)) return false;
  if (possessiveToken(last) || possessiveAfter(table.text, table.end[last]!)) return false;
  return institutionSuffixAfterOwner(table, last + 1) < 0;
}

/** "St" or "Saint" right before `token` ("St Mary's", "St. John's"). */
function saintBefore(table: TokenTable, token: number): boolean {
  const previous = token - 1;
  if (previous < 0 || table.kind[previous] !== WORD || !saintWords.hasToken(table, previous)) return false;
  const gapStart = table.end[previous]!;
  const gap = table.start[token]! - gapStart;
  return adjacent(table, previous, token) || (gap === 2 && table.text.startsWith(". ", gapStart));
}

/** ", can you": a comma right after `token`, then a word that opens a request or question. */
function vocativeAt(table: TokenTable, token: number): boolean {
  const next = token + 1;
  if (next >= table.count || table.kind[next] !== WORD) return false;
  const end = table.end[token]!;
  if (table.text.charCodeAt(end) !== 44 || table.text.charCodeAt(end + 1) !== 32) return false;
  return table.start[next] === end + 2 && vocativeFollowers.hasToken(table, next);
}

/** "my friend X": a relation noun right before `token`, itself after a possessive determiner. */
function relationBefore(table: TokenTable, token: number, beforeCategories: number): boolean {
  if ((beforeCategories & RELATION_NOUN) === 0 || token < 2 || !afterPossessive(table, token - 1))
    return false;
  // "my son's EHCP", "my wife's GP": initials in capitals after a relation written in lower case are a plan, a
  // service or a doctor, not the relative's name.
  return !(
    allUpper(table, token) &&
    table.end[token]! - table.start[token]! >= 2 &&
    !allUpper(table, token - 1)
  );
}

/** Kinds of school, hospital and office written in lower case after the institution's word, in the Romance languages. */
const institutionKinds = new TokenWordSet([
  "élémentaire",
  "maternelle",
  "primaire",
  "secondaire",
  "professionnel",
  "professionnelle",
  "hospitalier",
  "hospitalière",
  "universitaire",
  "médical",
  "communal",
  "municipal",
  "municipale",
  "régional",
  "départemental",
  "primaria",
  "secundaria",
  "pública",
  "público",
  "universitario",
  "general",
  "básica",
  "secundária",
  "estadual",
  "federal",
]);
/**
 * Words that open an institution's name only with a kind after them: "Centre hospitalier", "Centro médico", "Posto
 * de Saúde", "Unidad de Salud".
 */
const institutionCentres = new TokenWordSet(["centre", "centro", "posto", "unidade", "unidad"]);

/**
 * The lower-case institution word ("collège", "l'hôpital") right before capitalised `token`, or one word before
 * with a kind of institution between ("l'école élémentaire Jules-Ferry"): its token, or -1.
 */
function lowerCaseInstitutionBefore(table: TokenTable, token: number): number {
  let previous = token - 1;
  if (previous < 0 || table.kind[previous] !== WORD || table.first[previous] !== LOWER) return -1;
  if (!adjacent(table, previous, token)) return -1;
  // "l'école élémentaire Jules-Ferry": a kind of institution may come between.
  if (institutionKinds.hasToken(table, previous)) {
    previous--;
    if (previous < 0 || table.first[previous] !== LOWER || !adjacent(table, previous, previous + 1))
      return -1;
  }
  return lowerCaseInstitutionWords.hasToken(table, previous) ? previous : -1;
}

/**
 * Whether `token` is a role noun (or, in German text, a relative) followed, one space on, by a name one of whose first
 * two words is a known given or family name ("Tenant Zyanne Okoro", "Mutter Julia Hartmann").
 */
function roleBeforeKnownName(table: TokenTable, token: number): boolean {
  // German writes relatives with a capital too: "Mutter Julia Hartmann", "Tochter Lea". Roles of the service's
  // own people count as well: "Trainer Marcus Lee", "Reviewer Ana Lima".
  if (
    !rolesBeforeNames.hasToken(table, token) &&
    !(germanText && (stemCategoriesOf(token) & RELATION_NOUN) !== 0)
  )
    return false;
  for (let word = token + 1; word <= token + 2 && word < table.count; word++) {
    if (!adjacent(table, word - 1, word) || !isCapitalised(table, word)) return false;
    if ((stemCategoriesOf(word) & (FIRST_NAME | SURNAME)) !== 0) return true;
  }
  return false;
}

/** Whether a possessive determiner ("my", "ma", "meine") is the word right before `token`, one character away. */
function afterPossessive(table: TokenTable, token: number): boolean {
  if (token < 1 || table.kind[token - 1] !== WORD) return false;
  if (table.start[token]! - table.end[token - 1]! !== 1) return false;
  return stemIn(possessiveDeterminers, token - 1);
}

/** First words of listed organisations (whole names, prefixes of longer ones, initialisms): one look-up rules out most. */
const organisationStarts = new TokenWordSet([
  ...organisationNames,
  ...organisationNamePrefixes,
  ...organisationAcronyms,
]);
/** Lower-case words a listed name of two words may hold between capitalised ones: "Bank of America". */
const lowerWordsInNames = new TokenWordSet([...linkWords, ...organisationJoiners, "the", "la", "le", "el"]);

/**
 * What each listed word is to this recogniser, as bits of one number per word id: the checks of a capitalised word
 * and of its neighbours test a bit of a number read once instead of looking the id up in a dozen sets one by one.
 * Built once from the sets (which stay the source of truth; rarer checks still use them).
 */
const COMMON = 1 << 0;
const LOWER_CUE_END = 1 << 1;
const ORGANISATION_START = 1 << 2;
const ORGANISATION_ACRONYM = 1 << 3;
const ORGANISATION_NAME = 1 << 4;
const ORGANISATION_PREFIX = 1 << 5;
const TITLE = 1 << 6;
const FIRST_NAME = 1 << 7;
const SURNAME = 1 << 8;
/** A place name or the first words of one (`placeWords` or `placePrefixes`). */
const PLACE_START = 1 << 9;
const GIVEN_NAME_WORD = 1 << 10;
/** A field name or a speaker's role (`labelWords` or `speakerRoles`): a line's label that is not who speaks. */
const LABEL_OR_ROLE = 1 << 11;
const ORGANISATION_SUFFIX = 1 << 12;
const ORGANISATION_JOINER = 1 << 13;
const CUE_LAST = 1 << 14;
/** A place preposition or a place noun ("in", "near", "city"). */
const PLACE_CUE = 1 << 15;
/** A word that `employerCue` reads before a name: without it, there is no employer cue. */
const EMPLOYER_CUE = 1 << 16;
const PERSON_INTRODUCER = 1 << 17;
const SPEECH_VERB = 1 << 18;
const RELATION_NOUN = 1 << 19;
const PLACE_LABEL = 1 << 20;
const DOCUMENT_NOUN = 1 << 21;
const ORGANISATION_FOLLOWER = 1 << 22;
const OWNED_BY_ORGANISATION = 1 << 23;
const PERSON_VERB = 1 << 24;
const STRONG_PERSON_VERB = 1 << 25;
const PEOPLE_VERB = 1 << 26;
const LINK_WORD = 1 << 27;
/** A letter's closing ("Regards", "Cordialement"): with `CUE_LAST`, every word `cueBefore` reads as a cue. */
const SIGN_OFF = 1 << 28;
/** A function word only German uses (see `germanText`). */
const GERMAN_WORD = 1 << 29;
/** Not a category of words: set on a token's categories when the token ends with a possessive ("Anna's"). */
const POSSESSIVE = 1 << 30;

const categoryTable = wordBitTable([
  [COMMON, commonCapitalisedWords],
  [LOWER_CUE_END, lowerCaseCueEnds],
  [ORGANISATION_START, organisationStarts],
  [ORGANISATION_ACRONYM, organisationAcronyms],
  [ORGANISATION_NAME, organisationNames],
  [ORGANISATION_PREFIX, organisationPrefix],
  [TITLE, titles],
  [TITLE, ["m"]],
  [FIRST_NAME, firstNames],
  [SURNAME, surnames],
  [PLACE_START, placeWords],
  [PLACE_START, placePrefixes],
  [GIVEN_NAME_WORD, givenNamesThatAreWords],
  [LABEL_OR_ROLE, labelWords],
  [LABEL_OR_ROLE, speakerRoles],
  [ORGANISATION_SUFFIX, organisationSuffix],
  [ORGANISATION_JOINER, organisationJoiners],
  [CUE_LAST, cueLastWords],
  [PLACE_CUE, placePrepositions],
  [PLACE_CUE, placeNouns],
  [EMPLOYER_CUE, organisationCues],
  [EMPLOYER_CUE, joiningVerbs],
  [EMPLOYER_CUE, jobPrepositions],
  [EMPLOYER_CUE, leadershipPrepositions],
  [EMPLOYER_CUE, organisationNouns],
  [EMPLOYER_CUE, institutionLabels],
  [EMPLOYER_CUE, ["at", "for"]],
  [PERSON_INTRODUCER, personIntroducers],
  [SPEECH_VERB, speechVerbs],
  [RELATION_NOUN, relationNouns],
  [PLACE_LABEL, placeLabels],
  [DOCUMENT_NOUN, documentNouns],
  [ORGANISATION_FOLLOWER, organisationFollowers],
  [OWNED_BY_ORGANISATION, ownedByOrganisation],
  [PERSON_VERB, personVerbs],
  [STRONG_PERSON_VERB, strongPersonVerbs],
  [PEOPLE_VERB, peopleVerbs],
  [LINK_WORD, linkWords],
  [SIGN_OFF, signOffWords],
  [GERMAN_WORD, germanFunctionWords],
]);

/** The categories of a word id: 0 for unlisted words, NO_WORD and words registered after the table was built. */
function categoriesOf(id: number): number {
  return bitsOf(categoryTable, id);
}

/**
 * A listed organisation from `token` (a capitalised word without a naming cue): the last token of the longest
 * listed name, or -1. Initialisms count only in capitals, and not among other words in capitals (a shouted "WHO
 * IS THERE"). A name is read word by word while its text is a prefix of a listed name; the words of a two-word name
 * are capitalised (or "of", "&"...), so "Just eat it" and "La poste est fermée" are not "Just Eat" and "La Poste".
 */
function listedOrganisationLast(table: TokenTable, token: number, id: number): number {
  const categories = stemCategoriesOf(token);
  const whole = table.wordId[token]!;
  // The whole word differs from the stem only for a possessive ("Siemens's"), and is looked up only then.
  if ((categories & ORGANISATION_START) === 0 && (whole === id || !organisationStarts.hasId(whole)))
    return -1;
  if ((categories & ORGANISATION_ACRONYM) !== 0) return acronymStandsAlone(table, token) ? token : -1;
  let found =
    (categories & ORGANISATION_NAME) !== 0 || (whole !== id && organisationNames.hasId(whole)) ? token : -1;
  if (possessiveToken(token)) return found;
  const text = table.text;
  let phraseId = id;
  let lowerWords = 0;
  for (let last = token + 1; last < table.count && last < token + 7; last++) {
    if (!organisationNamePrefixes.hasId(phraseId) || table.kind[last] !== WORD) break;
    const gap = table.start[last]! - table.end[last - 1]!;
    if (gap > 3) break;
    const spaced = text.charCodeAt(table.start[last]! - 1) === 32;
    if (spaced && !isCapitalised(table, last)) {
      if (!lowerWordsInNames.hasToken(table, last) && table.first[last] === LOWER) lowerWords++;
    }
    phraseId = wordIdOfText(text, table.start[token]!, wordEnd(table, last));
    if (organisationNames.hasId(phraseId) && (lowerWords === 0 || last - token >= 2)) found = last;
    if (possessiveToken(last)) break;
  }
  return found;
}

/**
 * An organisation's name going on after a link word or a joiner: "Câmara Municipal de Braga", "Universidad Nacional
 * de Colombia", "Department for Work and Pensions" (twice at most). After a joiner a known given name or place is
 * someone or somewhere else ("the University of Leeds and Maria").
 */
function throughLinkWords(table: TokenTable, last: number): number {
  let end = last;
  for (let links = 0; links < 2; links++) {
    const link = end + 1;
    const name = link + 1;
    if (name >= table.count || table.kind[link] !== WORD || table.first[link] !== LOWER) break;
    if (!adjacent(table, end, link) || !adjacent(table, link, name) || !isNameWord(table, name)) break;
    const joiner = stemIn(organisationJoiners, link);
    if (!joiner && !continuingLinkWords.hasToken(table, link)) break;
    if (joiner && ((stemCategoriesOf(name) & FIRST_NAME) !== 0 || lookupPlace(table, name) !== undefined))
      break;
    end = extendName(table, name);
  }
  return end;
}

/** The name with the suffixes written after it: "Siemens AG", "Allianz SE", "Google LLC". */
function withLegalSuffix(table: TokenTable, last: number): number {
  let end = last;
  while (end + 1 < table.count && end - last < 2 && !possessiveToken(end)) {
    const next = end + 1;
    if (!adjacent(table, end, next) || !isCapitalised(table, next) || !stemIn(organisationSuffix, next))
      break;
    end = next;
  }
  return end;
}

/**
 * Where a legal form written with periods between its letters ends, after its last period ("S.A.", "S.L.U.",
 * "B.V."), when one starts at token `token`; -1 otherwise. Two to four letters, the first a capital, each followed
 * by a period with nothing between them.
 */
function dottedLegalFormEnd(table: TokenTable, token: number): number {
  const { text, start, end } = table;
  if (!isCapitalised(table, token)) return -1;
  let letters = "";
  let last = token;
  for (; last < table.count && last - token < 4; last++) {
    if (table.kind[last] !== WORD || end[last]! - start[last]! !== 1 || text.charCodeAt(end[last]!) !== 46)
      break;
    if (last > token && start[last]! !== end[last - 1]! + 1) break;
    letters += text[start[last]!]!.toLowerCase();
  }
  if (letters.length < 2) return -1;
  const formEnd = end[last - 1]! + 1;
  if (isLetterClass(classAt(text, formEnd))) return -1;
  return legalForms.has(letters) ? formEnd : -1;
}

/** "de", "du", "des", "d'", "do", "da", "del": what joins a public body's initials to the territory it serves. */
const territoryLinks = new TokenWordSet(["de", "du", "des", "d", "do", "da", "del"]);

/**
 * "CAF de la Gironde", "CPAM du Rhône", "CPAM de Paris": a public body's initials and the known place it serves,
 * one organisation, as a firm and the country of its branch ("ING Belgique", `countryAfter`). The place's last
 * word, or `last` when no known place follows.
 */
function withTerritory(table: TokenTable, last: number): number {
  const country = countryAfter(table, last);
  if (country >= 0) return country;
  if (!allUpper(table, last)) return last;
  let next = last + 1;
  if (next >= table.count || table.first[next] !== LOWER || !territoryLinks.hasToken(table, next))
    return last;
  if (!adjacent(table, last, next)) return last;
  // "de la", "de l'": the article after the link.
  if (
    next + 1 < table.count &&
    table.first[next + 1] === LOWER &&
    capitalisedArticles.hasToken(table, next + 1) &&
    adjacent(table, next, next + 1)
  )
    next++;
  const place = next + 1;
  if (place >= table.count || !isCapitalised(table, place) || table.start[place]! - table.end[next]! > 1)
    return last;
  const found = lookupPlace(table, place);
  return found === undefined ? last : found.last;
}

/**
 * "ING Belgique", "BNP Paribas France", "AOK Bayern", "TU Dortmund": a country's or region's name right after a
 * listed organisation, or a city's after its initials, names its branch or campus there. The place's last word, or
 * -1.
 */
function countryAfter(table: TokenTable, last: number): number {
  const next = last + 1;
  if (
    next >= table.count ||
    !isCapitalised(table, next) ||
    !adjacent(table, last, next) ||
    possessiveToken(last)
  )
    return -1;
  const place = lookupPlace(table, next);
  // Initials take a city too: "TU Dortmund", "FH Aachen".
  return place !== undefined && (place.kind > 0 || allUpper(table, last)) ? place.last : -1;
}

/** End of an organisation's last word: before a possessive, after a suffix's period ("Acme Inc."). */
function organisationEnd(table: TokenTable, last: number): number {
  const end = wordEnd(table, last);
  if (end !== table.end[last]) return end;
  return table.text.charCodeAt(end) === 46 &&
    (stemIn(legalForms, last) || abbreviatedSuffixes.hasToken(table, last))
    ? end + 1
    : end;
}

/** Suffixes written short with a period, besides the legal forms: "Smith & Co.", "Acme Pty.", "Warner Bros.". */
const abbreviatedSuffixes = new TokenWordSet(["co", "pty", "bros", "intl", "assoc"]);

/** An initialism in capitals whose neighbours are not words in capitals too. */
function acronymStandsAlone(table: TokenTable, token: number): boolean {
  const text = table.text;
  for (let index = table.start[token]!; index < wordEnd(table, token); index++) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) return false;
  }
  for (const other of [token - 1, token + 1]) {
    if (other < 0 || other >= table.count || table.kind[other] !== WORD) continue;
    if (table.end[other]! - table.start[other]! > 1 && allUpper(table, other)) return false;
  }
  return true;
}

const idOfAt = registerWord("at");
const idOfFor = registerWord("for");
const idOfThe = registerWord("the");

/**
 * Whether the capitalised words running up to `token` follow "the", or start with "The": "the Electoral Register",
 * "The Tube Snake Boogie" (a title whose first words are common ones, so the run of name-like words starts later).
 */
function titleAfterThe(table: TokenTable, token: number): boolean {
  for (
    let word = token - 1;
    word >= 0 && table.kind[word] === WORD && adjacent(table, word, word + 1);
    word--
  ) {
    if (table.wordId[word] === idOfThe) return true;
    if (table.first[word] !== UPPER) return false;
  }
  return false;
}

/** Up to five capital letters: an acronym ("IBM", "UNHCR"). */
function acronym(table: TokenTable, token: number): boolean {
  const length = table.end[token]! - table.start[token]!;
  return length >= 2 && length <= 5 && allUpper(table, token);
}

/** "an engineer at X", "the CEO of X": a job or a leading role, then its preposition, right before `token`. */
function roleCue(table: TokenTable, token: number, before: number): boolean {
  if (token < 2 || table.kind[token - 2] !== WORD) return false;
  if (table.start[token - 1]! - table.end[token - 2]! !== 1) return false;
  if (jobPrepositions.hasId(before) && stemIn(jobNouns, token - 2)) return true;
  return leadershipPrepositions.hasId(before) && stemIn(leadershipNouns, token - 2);
}

/**
 * An employer cue before `token`: "works at", "employed by", "travaille chez" (employment word two back), "joined"
 * right before a name that is not a known given name, or an acronym after "at" / "for" ("an engineer at IBM").
 */
function employerCue(table: TokenTable, token: number, before: number, id: number): boolean {
  // Most words before a name are none of the cues below: one bit rules them out.
  if ((categoriesOf(before) & EMPLOYER_CUE) === 0) return false;
  if (organisationCues.hasId(before) && token >= 2 && stemIn(employmentWords, token - 2)) return true;
  if (joiningVerbs.hasId(before)) return !firstNames.hasId(id);
  if (institutionLabels.hasId(before) && colonAt(table.text, table.end[token - 1]!) >= 0)
    return !firstNames.hasId(id) && lookupPlace(table, token) === undefined;
  if (roleCue(table, token, before) || organisationNouns.hasId(before))
    return !firstNames.hasId(id) && lookupPlace(table, token) === undefined;
  if (before !== idOfAt && before !== idOfFor) return false;
  if (!acronym(table, token) || commonCapitalisedWords.hasId(id)) return false;
  return !(token >= 2 && table.kind[token - 2] === WORD && stemIn(placeAtVerbs, token - 2));
}

/** Particles that open family names written with an inner capital: "McDonald", "DeVito", "LeBlanc", "VanDyke". */
const namePrefixParticles = new TokenWordSet([
  "mc",
  "mac",
  "de",
  "di",
  "da",
  "du",
  "la",
  "le",
  "van",
  "von",
  "fitz",
  "st",
  "o",
]);

/**
 * One word with a capital inside after two or more letters, followed by a lower-case letter ("PayPal", "MySpace",
 * "LinkedIn"): firms write their names so, people do not, except family names opened by a particle ("McDonald",
 * "DeVito") and degrees ("PhD", whose inner capital ends the word).
 */
function camelCaseName(table: TokenTable, token: number): boolean {
  const text = table.text;
  const start = table.start[token]!;
  const end = wordEnd(table, token);
  for (let index = start + 2; index < end - 1; index++) {
    const code = text.charCodeAt(index);
    // Most letters are ASCII lower case: ruled out without the class table.
    if ((code >= 97 && code <= 122) || charClass(code) !== UPPER) continue;
    if (charClass(text.charCodeAt(index - 1)) !== LOWER || charClass(text.charCodeAt(index + 1)) !== LOWER)
      continue;
    return !namePrefixParticles.hasId(wordIdOfText(text, start, index));
  }
  return false;
}

/** The word after `token` when a single space separates them, else -1. */
function nextWordToken(table: TokenTable, token: number): number {
  const next = token + 1;
  if (next >= table.count || table.kind[next] !== WORD) return -1;
  if (table.start[next]! - table.end[token]! !== 1 || table.text.charCodeAt(table.end[token]!) !== 32)
    return -1;
  return next;
}

/**
 * "Xyz is a Swiss multinational bank", "Xyz est une entreprise", "Xyz ist ein Unternehmen": the words after the
 * name say it is a firm. Up to five words are read after the article, stopping at a preposition; in English the
 * kind must end its noun phrase ("a company director" is a person).
 */
function describedAsOrganisation(table: TokenTable, last: number): boolean {
  if (possessiveToken(last)) return false;
  const copula = nextWordToken(table, last);
  if (copula < 0 || !copulas.hasToken(table, copula)) return false;
  const article = nextWordToken(table, copula);
  if (article < 0) return false;
  const english = englishArticles.hasToken(table, article);
  if (!english && !otherArticles.hasToken(table, article)) return false;
  // "is a 501(c)(3)": the United States' tax status of a non-profit organisation.
  if (english && table.text.startsWith(" 501(c)", table.end[article]!)) return true;
  let word = article;
  for (let read = 0; read < 5; read++) {
    word = nextWordToken(table, word);
    if (word < 0 || descriptionStops.hasToken(table, word)) return false;
    if (!organisationKinds.hasToken(table, word) || possessiveToken(word)) continue;
    if (!english) return true;
    const after = nextWordToken(table, word);
    if (after < 0 || afterOrganisationKind.hasToken(table, after)) return true;
  }
  return false;
}

/**
 * A naming cue strong enough to take a lower-case word as a name: "my name is", "mon nom est", "call me",
 * "me llamo", "ich heiße", "je m'appelle", "chamo-me", and "name:" labels (with the name on the same line).
 */
function strongCueBefore(table: TokenTable, token: number): boolean {
  const previous = token - 1;
  if (previous < 0 || table.kind[previous] !== WORD) return false;
  const word = table.wordId[previous]!;
  if (!lowerCaseCueEnds.hasId(word)) return false;
  const text = table.text;
  const gap = table.start[token]! - table.end[previous]!;
  if (nameNouns.hasId(word))
    return text.charCodeAt(table.end[previous]!) === 58 && labelOrSignOffBefore(table, token) !== undefined;
  if (gap !== 1 || text.charCodeAt(table.end[previous]!) !== 32) return false;
  if (lowerCaseCueWords.hasId(word)) return true;
  const before = previous - 1;
  if (before < 0 || table.kind[before] !== WORD || table.start[previous]! - table.end[before]! !== 1)
    return false;
  const first = table.wordId[before]!;
  // "was called cormac,", "is named leone mazzi": a known name, or a word the clause ends after ("was called
  // summer holiday", "is called upon" are no names).
  if (word === idOfCalled || word === idOfNamed)
    return passiveAuxiliaries.hasId(first) && knownNameOrClauseEnd(table, token);
  return word === idOfMe ? callVerbs.hasId(first) : nameNouns.hasId(first);
}

/** Whether `token` is a known given or family name, or the last word of its clause. */
function knownNameOrClauseEnd(table: TokenTable, token: number): boolean {
  if ((wholeCategoriesOf(table, token) & (FIRST_NAME | SURNAME)) !== 0) return true;
  const after = table.end[token]!;
  if (after >= table.text.length) return true;
  const code = table.text.charCodeAt(after);
  return code === 44 || code === 46 || code === 59 || code === 33 || code === 63 || code === 10;
}

const idOfCalled = registerWord("called");
const idOfNamed = registerWord("named");
/** What puts "called" and "named" in the passive: "was called cormac", "is named leone". */
const passiveAuxiliaries = new TokenWordSet(["was", "is", "were", "are", "am", "be", "been", "being", "got"]);
const idOfMe = registerWord("me");
const idOfSou = registerWord("sou");

/** "Dr. nijito asano", "Ms patricia desrosiers": a capitalised abbreviated title right before `token`. */
function abbreviatedTitleBefore(table: TokenTable, token: number): boolean {
  const title = token - 1;
  if (title < 0 || table.first[title] !== UPPER || table.kind[title] !== WORD) return false;
  const end = table.end[title]!;
  if (!abbreviatedTitles.hasToken(table, title)) return false;
  const gap = table.start[token]! - end;
  const text = table.text;
  return gap === 1 ? text.charCodeAt(end) === 32 : gap === 2 && text.startsWith(". ", end);
}

/** The lower-case word ends like a participle or an adverb ("-ed", "-ing", "-ly"): not a name. */
function verbOrAdverbEnding(table: TokenTable, token: number): boolean {
  const text = table.text;
  const end = table.end[token]!;
  const last = text.charCodeAt(end - 1);
  const before = text.charCodeAt(end - 2);
  if (last === 100 && before === 101) return true; // -ed
  if (last === 121 && before === 108) return true; // -ly
  return last === 103 && before === 110 && text.charCodeAt(end - 3) === 105; // -ing
}

/** A lower-case word that may be part of a name: not a function word, a verb of a person or a cue's adverb. */
function lowerCaseNameWord(table: TokenTable, token: number): boolean {
  if (
    table.kind[token] !== WORD ||
    table.first[token] !== LOWER ||
    table.end[token]! - table.start[token]! < 2
  )
    return false;
  const id = stemId(token);
  if (firstNames.hasId(id) || surnames.hasId(id)) return true;
  // "mein sohn lukas ist 6", "mi hija sofia tiene 4 años": a copula or a verb of having goes on with the sentence.
  if (
    commonCapitalisedWords.hasId(id) ||
    personVerbs.hasId(id) ||
    notNamesAfterCue.hasId(id) ||
    verbsAfterNames.hasId(id)
  )
    return false;
  return !verbOrAdverbEnding(table, token);
}

/** Nothing of a name can follow `token`: the text or line ends, punctuation, a function word or a verb of a person. */
function nameBoundaryAfter(table: TokenTable, token: number): boolean {
  const next = token + 1;
  if (possessiveToken(token) || next >= table.count) return true;
  if (table.start[next]! - table.end[token]! !== 1 || table.text.charCodeAt(table.end[token]!) !== 32)
    return true;
  if (table.kind[next] !== WORD) return true;
  const id = table.wordId[next]!;
  return commonCapitalisedWords.hasId(id) || personVerbs.hasId(id) || notNamesAfterCue.hasId(id);
}

/**
 * A lower-case name from `token` (already a name word): up to two more words, each a known name, a word shaped
 * like a family name, or a name word right before a boundary; a middle initial ("eric g. lind") may come between.
 * Returns the last token of the name.
 */
function lowerCaseNameLast(table: TokenTable, token: number): number {
  const text = table.text;
  let last = token;
  for (let words = 1; words < 3 && !possessiveToken(last); words++) {
    let next = last + 1;
    if (
      next >= table.count ||
      table.start[next]! - table.end[last]! !== 1 ||
      text.charCodeAt(table.end[last]!) !== 32
    )
      break;
    // "g." or "g" (not "a", "y"...) before the next word: a middle initial.
    let initial = -1;
    if (
      table.kind[next] === WORD &&
      table.end[next]! - table.start[next]! === 1 &&
      table.first[next] === LOWER
    ) {
      const dotted = text.charCodeAt(table.end[next]!) === 46;
      if (!dotted && oneLetterWords.hasToken(table, next)) break;
      initial = next;
      next++;
      if (next >= table.count || table.start[next]! - table.end[initial]! !== (dotted ? 2 : 1)) break;
    }
    // "roberto said": a verb only people do ends the name.
    if (!lowerCaseNameWord(table, next) || (categoriesOf(table.wordId[next]!) & STRONG_PERSON_VERB) !== 0)
      break;
    // "soy lucia de valencia", "sou o pedro de recife": in chat, "de" before a known place says where from.
    if (nameParticles.hasToken(table, next) && lookupPlace(table, next + 1) !== undefined) break;
    const id = stemId(next);
    const known =
      surnames.hasId(id) ||
      firstNames.hasId(id) ||
      familyEnding(text, table.start[next]!, wordEnd(table, next)) > 0;
    if (!known && !nameBoundaryAfter(table, next)) break;
    last = next;
  }
  // "juan perez de sevilla": a particle ends no name; the place after it is another matter.
  while (last > token && linkWords.hasToken(table, last)) last--;
  return last;
}

/** '"...," says roberto', "dijo maría": a verb of speech one space before `token`. */
function speechVerbBefore(table: TokenTable, token: number): boolean {
  const previous = token - 1;
  if (previous < 0 || table.kind[previous] !== WORD) return false;
  return (stemCategoriesOf(previous) & SPEECH_VERB) !== 0 && adjacent(table, previous, token);
}

/** Portuguese articles a speaker may put before their own name: "sou a djamila", "sou o joão". */
const articlesBeforeOwnName = new TokenWordSet(["a", "o"]);

/**
 * "soy martina gomez", "i'm sarah", "sou a djamila": "I am" (a single-word cue), and in Portuguese maybe an
 * article, one space before `token`. Only a known given name is read as a name after it (`lowerCaseGivenName`):
 * "i'm tired", "soy de aquí".
 */
function selfIntroductionBefore(table: TokenTable, token: number): boolean {
  let previous = token - 1;
  if (previous < 0 || table.kind[previous] !== WORD) return false;
  // Most words before a lower-case word are neither a cue nor a one-letter article: one bit or length rules them out.
  if (table.end[previous]! - table.start[previous]! === 1) {
    if (!articlesBeforeOwnName.hasToken(table, previous) || !adjacent(table, previous, token)) return false;
    previous--;
    if (previous < 0 || table.kind[previous] !== WORD || !adjacent(table, previous, previous + 1))
      return false;
    return table.wordId[previous] === idOfSou;
  }
  if ((stemCategoriesOf(previous) & CUE_LAST) === 0) return false;
  return adjacent(table, previous, token) && singleWordCues.hasToken(table, previous);
}

/**
 * "frank freud", "bertram m. jørgensen": a given name, even one that is an everyday word too, then a known family
 * name (after a middle initial too), all in lower case.
 */
function lowerCaseFullName(table: TokenTable, token: number): boolean {
  if ((wholeCategoriesOf(table, token) & FIRST_NAME) === 0) return false;
  let next = token + 1;
  if (next < table.count && initialEnd(table, next) < 0 && table.end[next]! - table.start[next]! === 1) {
    if (table.text.charCodeAt(table.end[next]!) === 46) next++;
  }
  if (next >= table.count || table.first[next] !== LOWER) return false;
  const gap = table.start[next]! - table.end[next - 1]!;
  if (gap > 2) return false;
  return (stemCategoriesOf(next) & SURNAME) !== 0;
}

/**
 * Whether what follows the lower-case given name at `token`, or it and one more name word (the family name), is
 * what follows a person: a verb only people do ("roberto said", "patricia desrosiers lives at"), a verb and "his" or
 * "her" referring back ("roberto listed his top 20 songs"), or a speaker's colon at a line's start ("cormac: What a
 * wife").
 */
function personContextAfterLowerCaseName(table: TokenTable, token: number): boolean {
  let last = token;
  const next = token + 1;
  if (next >= table.count || !adjacent(table, token, next)) return speakerLabelAt(table, token, token);
  // The next word is the family name unless it is the verb: a verb of people, or one "his" or "her" follows.
  if (
    (categoriesOf(table.wordId[next]!) & STRONG_PERSON_VERB) === 0 &&
    table.first[next] === LOWER &&
    lowerCaseNameWord(table, next) &&
    !pronounRefersBack(table, token)
  )
    last = next;
  const verb = last + 1;
  if (verb >= table.count || !adjacent(table, last, verb)) return speakerLabelAt(table, token, last);
  if (table.first[verb] === LOWER && (categoriesOf(table.wordId[verb]!) & STRONG_PERSON_VERB) !== 0)
    return true;
  return pronounRefersBack(table, last);
}

/**
 * Whether the name from `first` to `last` opens its line with a colon right after it: a speaker's label, as
 * `personOrPlaceByContext` reads one in capitals.
 */
function speakerLabelAt(table: TokenTable, first: number, last: number): boolean {
  return table.text.charCodeAt(table.end[last]!) === 58 && atLineStart(table.text, table.start[first]!);
}

/** A lower-case known given name that is not also an everyday word ("ana", "lena"; not "will", "rosa"). */
function lowerCaseGivenName(table: TokenTable, token: number): boolean {
  let categories = wholeCategoriesOf(table, token);
  if ((categories & FIRST_NAME) === 0) {
    // Most lower-case words end here: only "ana's" is read again without its ending.
    if (!possessiveToken(token)) return false;
    categories = stemCategoriesOf(token);
    if ((categories & FIRST_NAME) === 0) return false;
  }
  if (table.end[token]! - table.start[token]! < 3) return false; // "na", "yu": too often words
  return (categories & (GIVEN_NAME_WORD | COMMON)) === 0;
}

let lowerCaseLineText: string | undefined;
let lowerCaseLineStart = -1;
let lowerCaseLineEnd = -1;
let lowerCaseLineResult = false;

/**
 * Whether the line holding `position` has no capitalised word of two letters or more after its speaker's label
 * ("[10:02] Customer: "). Remembered per line, so a line is read once however many names it holds.
 */
function lineTypedInLowerCase(text: string, position: number): boolean {
  // The line is looked up before its ends are searched: a long line is searched once, not once per name.
  if (text === lowerCaseLineText && position >= lowerCaseLineStart && position < lowerCaseLineEnd)
    return lowerCaseLineResult;
  const lineStart = text.lastIndexOf("\n", position) + 1;
  let lineEnd = text.indexOf("\n", position);
  if (lineEnd < 0) lineEnd = text.length;
  // Past the label: up to the first ": " in the line's first 40 characters (looked for there only: a search of
  // the rest of the text, once per line, made a long text's lines quadratic).
  let index = lineStart;
  const labelEnd = Math.min(lineEnd, lineStart + 40);
  for (let at = lineStart; at < labelEnd; at++)
    if (text.charCodeAt(at) === 58 && text.charCodeAt(at + 1) === 32) {
      index = at + 2;
      break;
    }
  let lower = true;
  for (; index < lineEnd && lower; index++) {
    if (charClass(text.charCodeAt(index)) !== UPPER) continue;
    const next = index + 1 < lineEnd ? charClass(text.charCodeAt(index + 1)) : SPACE;
    if (next === LOWER || next === UPPER) lower = false;
  }
  lowerCaseLineText = text;
  lowerCaseLineStart = lineStart;
  lowerCaseLineEnd = lineEnd;
  lowerCaseLineResult = lower;
  return lower;
}

/**
 * "my mum gloria is in hospital", "mi hija rosa tiene 4 años": after a relative and its possessive, a given name
 * that is an everyday word too is the relative's name when the sentence goes on with a verb or stops after it.
 */
function givenNameAfterLowerCaseRelative(table: TokenTable, token: number): boolean {
  const relative = token - 1;
  if (relative < 1 || (stemCategoriesOf(relative) & RELATION_NOUN) === 0 || !afterPossessive(table, relative))
    return false;
  if (!adjacent(table, relative, token) || table.end[token]! - table.start[token]! < 3) return false;
  if ((wholeCategoriesOf(table, token) & FIRST_NAME) === 0) return false;
  const next = token + 1;
  if (next >= table.count || !adjacent(table, token, next)) return true;
  return verbsAfterNames.hasToken(table, next) || personVerbs.hasToken(table, next);
}

/**
 * Adds a detection of this recogniser to `found`. A single letter ("N:", "m. A") is an initial or a label, never a
 * whole name, place or organisation: it is left out here rather than filtered from the list at the end.
 */
function report(
  found: Detection[],
  type: "PERSON" | "LOCATION" | "ORGANIZATION",
  start: number,
  end: number,
  score: number,
  reason: string,
): void {
  if (end - start > 1) found.push({ type, start, end, score, reason });
}

const idOfHome = registerWord("home");
/** Words of care before "Home" in an institution's name. */
const careBeforeHome = new TokenWordSet([
  "care",
  "nursing",
  "residential",
  "retirement",
  "children's",
  "children’s",
]);

/**
 * Whether suffix `next` after the run from `index` to `last` ends it as an organisation's name: "Centre" and
 * "Surgery" only after two words or a person's name ("Riverside Medical Centre", "Kennedy Center", not "Town
 * Centre"); a utility's word only as the name's last word ("Thames Water", but "Anglian Water Services" reads on);
 * "Home" only after a word of care.
 */
function suffixEndsRun(table: TokenTable, index: number, last: number, next: number): boolean {
  // "Home" only after a word of care: "Rosewood Care Home", "Oakwood Nursing Home" ("Welcome Home" greets).
  if (table.wordId[next] === idOfHome && !careBeforeHome.hasToken(table, last)) return false;
  if (
    last === index &&
    stemIn(suffixesAfterTwoWords, next) &&
    (stemCategoriesOf(index) & (FIRST_NAME | SURNAME)) === 0 &&
    !namedPlaceAfterAt(table, index)
  )
    return false;
  if (!stemIn(suffixesEndingName, next)) return true;
  const after = next + 1;
  return !(after < table.count && adjacent(table, next, after) && isCapitalised(table, after));
}

/**
 * "at Highfield Surgery": one word that is no everyday word, right after "at", names the surgery or centre that
 * follows it. ("Brain Surgery" and "the Town Centre", "the Leisure Centre" stay kinds of service and place.)
 */
function namedPlaceAfterAt(table: TokenTable, index: number): boolean {
  const before = index - 1;
  if (before < 0 || table.first[before] !== LOWER || !adjacent(table, before, index)) return false;
  return table.wordId[before] === idOfAt && (stemCategoriesOf(index) & COMMON) === 0;
}

/** Tokens after `index` that the run of `organisationOfRun` can reach (a joiner after a comma included). */
const RUN_REACH = 6;

/**
 * Whether a joiner ("and", "&", "et"...) or a legal suffix ("Ltd", "GmbH") is among the tokens a run from `index`
 * can reach. Without one, the walk of `organisationOfRun` finds neither a suffix nor names joined ("Smith & Jones"
 * is read apart), so it is skipped: most capitalised words are near neither.
 */
function joinerOrSuffixAhead(table: TokenTable, index: number): boolean {
  const last = Math.min(table.count - 1, index + RUN_REACH);
  const { start, end, text } = table;
  for (let token = index + 1; token <= last; token++) {
    if ((stemCategoriesOf(token) & (ORGANISATION_JOINER | ORGANISATION_SUFFIX)) !== 0) return true;
    // A capital letter and a period, as a legal form with periods opens ("S.A.").
    if (
      end[token]! - start[token]! === 1 &&
      text.charCodeAt(end[token]!) === 46 &&
      isCapitalised(table, token)
    )
      return true;
    // An ampersand is no token: it shows in the gap before a token ("Smith & Sons", "J. & Smith").
    const gapEnd = start[token]!;
    for (let at = end[token - 1]! + 1; at < gapEnd - 1; at++) if (text.charCodeAt(at) === 38) return true;
  }
  return false;
}

/** Whether every word from `first` to `last` is a joiner or (the start of) a known place name. */
function onlyPlacesJoined(first: number, last: number): boolean {
  for (let token = first; token <= last; token++) {
    if ((stemCategoriesOf(token) & (PLACE_START | ORGANISATION_JOINER)) === 0) return false;
  }
  return true;
}

/**
 * "City" in "Leeds City Council", "County" in "Kent County Council", "Street" in "Great Ormond Street Hospital": a
 * kind of area or a street type, capitalised, right before an organisation suffix. Alone these are everyday words
 * that end a run of names.
 */
function areaBeforeSuffix(table: TokenTable, token: number): boolean {
  const next = token + 1;
  if (next >= table.count || !isCapitalised(table, token) || !areaWords.hasToken(table, token)) return false;
  return adjacent(table, token, next) && isCapitalised(table, next) && stemIn(organisationSuffix, next);
}

/** Groups of people an institution is for: "Women's", "Children's" before its suffix. */
const servedGroups = new TokenWordSet(["women", "children", "men", "people", "ladies", "girls", "boys"]);

/**
 * "Birmingham Women's Hospital", "Boston Children's Hospital": a group's possessive right before an organisation
 * suffix continues the run instead of ending it.
 */
function groupBeforeSuffix(table: TokenTable, token: number): boolean {
  const next = token + 1;
  return (
    stemIn(servedGroups, token) &&
    next < table.count &&
    adjacent(table, token, next) &&
    isCapitalised(table, next) &&
    (stemCategoriesOf(next) & ORGANISATION_SUFFIX) !== 0
  );
}

/**
 * A run of capitalised words from `index` that names a firm by its shape: "Acme Widgets Ltd" (a legal suffix),
 * "Smith, Jones and Brown" and "Smith & Sons" (family names joined), or people named together ("Anna and Bob
 * were..."). Pushes what it finds to `found` and returns the run's last token, or -1. `mayJoin` is false when no
 * joiner or suffix is within the run's reach (see `joinerOrSuffixAhead`): the run is then not walked.
 */
function organisationOfRun(
  table: TokenTable,
  index: number,
  cue: "name" | "weak" | "title" | undefined,
  found: Detection[],
  mayJoin: boolean,
): number {
  const { text, count, kind, start, end } = table;
  // A capitalised run; organisation joiners ("Smith, Jones and Brown", "Smith & Sons") and suffixes.
  let last = index;
  let suffixAt = -1;
  let joined = false;
  while (
    mayJoin &&
    last + 1 < count &&
    last - index < 5 &&
    (!possessiveToken(last) || groupBeforeSuffix(table, last))
  ) {
    const next = last + 1;
    const gapStart = tokenEnd(table, last);
    const gap = start[next]! - gapStart;
    const comma = gap === 2 && text.charCodeAt(gapStart) === 44 && text.charCodeAt(gapStart + 1) === 32;
    // "Plumbing & Heating Ltd": an ampersand, which is no token, joins the words around it.
    if (gap === 3 && kind[next] === WORD && text.startsWith(" & ", gapStart) && isNameWord(table, next)) {
      joined = true;
      last = next;
      continue;
    }
    if (!(adjacent(table, last, next) || (gap === 1 && text.charCodeAt(gapStart) === 32) || comma)) break;
    if (kind[next] !== WORD) break;
    // "Construcciones Pérez S.L.": a legal form with periods between its letters ends the run.
    const dottedEnd = comma ? -1 : dottedLegalFormEnd(table, next);
    if (dottedEnd >= 0) {
      report(found, "ORGANIZATION", start[index]!, dottedEnd, 0.8, "capitalised words with a legal form");
      return tokenEndingBy(table, dottedEnd - 1);
    }
    const nextCategories = stemCategoriesOf(next);
    // "Padaria Central, Lda.", "Acme, Inc.": a legal form after a comma still ends the firm's name.
    if (
      comma &&
      isCapitalised(table, next) &&
      stemIn(legalForms, next) &&
      !isAsciiDigit(text.charCodeAt(end[next]!)) &&
      // Not before a capitalised word: "Schmidt, AG Köln" names a court, the Amtsgericht.
      !(next + 1 < count && isCapitalised(table, next + 1) && start[next + 1]! - end[next]! <= 2)
    ) {
      suffixAt = next;
      break;
    }
    if (
      isCapitalised(table, next) &&
      (nextCategories & ORGANISATION_SUFFIX) !== 0 &&
      // "Llanelli SA15 3HU": letters run into digits are a postcode's, not a legal form's ("SA").
      !isAsciiDigit(text.charCodeAt(end[next]!)) &&
      !comma &&
      suffixEndsRun(table, index, last, next)
    ) {
      // "Greenway Primary School": a suffix may follow another, and "and" a suffix ("College and Hospital").
      suffixAt = withJoinedSuffix(table, withLegalSuffix(table, next));
      break;
    }
    if ((nextCategories & ORGANISATION_JOINER) !== 0 && !comma) {
      if (next + 1 < count && isNameWord(table, next + 1) && adjacent(table, next, next + 1)) {
        joined = true;
        last = next + 1;
        continue;
      }
      break;
    }
    if (comma) {
      // "Smith, Jones and Brown": a comma continues only into a later joiner.
      if (
        next + 2 < count &&
        isNameWord(table, next) &&
        stemIn(organisationJoiners, next + 1) &&
        isNameWord(table, next + 2)
      ) {
        joined = true;
        last = next + 2;
        continue;
      }
      break;
    }
    if (
      !isNameWord(table, next) &&
      initialEnd(table, next) < 0 &&
      !bareInitial(table, next) &&
      !areaBeforeSuffix(table, next)
    )
      break;
    last = next;
  }
  // "Smith & Jones": an ampersand between two capitalised words.
  if (
    !joined &&
    last === index &&
    index + 1 < count &&
    start[index + 1]! - end[index]! === 3 &&
    text.startsWith(" & ", end[index]!) &&
    isNameWord(table, index + 1)
  ) {
    joined = true;
    last = index + 1;
  }
  // "National Insurance number", "Health Insurance card": before a document noun the words label a document.
  if (suffixAt > 0 && (categoriesOf(wordAfterId(table, suffixAt)) & DOCUMENT_NOUN) !== 0) return suffixAt;
  // "Free School Meals", "Care Home Fees": a capitalised service word after the suffix makes the run a service.
  if (suffixAt > 0 && serviceAfter(table, suffixAt)) return suffixAt + 1;
  if (suffixAt > 0) {
    // The period of an abbreviated suffix ("Smith Ltd.") belongs to the name; a sentence's ("...Hospital.") not.
    report(
      found,
      "ORGANIZATION",
      start[greatBefore(table, index) ? index - 1 : index]!,
      organisationEnd(table, suffixAt),
      0.8,
      "capitalised words with an organisation suffix",
    );
    return suffixAt;
  }
  let familyNames = 0;
  if (joined) {
    for (let part = index; part <= last; part++) if (stemIn(surnames, part)) familyNames++;
  }
  // "Anna and Bob were...", "Lena, Omar and Sam": people named together, not a firm.
  if (joined && cue === undefined && togetherArePeople(table, index, last)) {
    let partStart = index;
    for (let part = index; part <= last + 1; part++) {
      const boundary =
        part > last ||
        stemIn(organisationJoiners, part) ||
        (part > index && text.charCodeAt(end[part - 1]!) === 44);
      if (!boundary) continue;
      const partEnd = part - 1;
      if (partEnd >= partStart && wordEnd(table, partEnd) - start[partStart]! > 1) {
        report(found, "PERSON", start[partStart]!, wordEnd(table, partEnd), 0.6, "names joined as people");
      }
      partStart = part <= last && stemIn(organisationJoiners, part) ? part + 1 : part;
    }
    return last;
  }
  // "M. et Mme Diallo", "Herr und Frau Weber": two titles joined name a couple by the family name after them.
  if (joined && titleToken(table, index)) {
    let name = index;
    while (name <= last && (titleToken(table, name) || stemIn(organisationJoiners, name))) name++;
    if (name <= last)
      report(found, "PERSON", start[name]!, wordEnd(table, last), 0.85, "family name after two titles");
    return last;
  }
  // "Paris and Berlin": places joined, though both are family names too.
  if (joined && cue === undefined && familyNames > 0 && !onlyPlacesJoined(index, last)) {
    report(
      found,
      "ORGANIZATION",
      start[index]!,
      wordEnd(table, last),
      0.7,
      "capitalised names joined as a firm name",
    );
    return last;
  }
  return -1;
}

const idOfGreat = registerWord("great");

/**
 * Whether "Great" stands right before `token`, capitalised: an everyday word ("Great, thanks!") that opens names of
 * institutions and places ("Great Ormond Street Hospital", "Great Western Railway").
 */
function greatBefore(table: TokenTable, token: number): boolean {
  const previous = token - 1;
  return (
    previous >= 0 &&
    table.wordId[previous] === idOfGreat &&
    table.first[previous] === UPPER &&
    adjacent(table, previous, token)
  );
}

/** Whether `token` is a title: a listed one, or French "M." (monsieur). */
function titleToken(table: TokenTable, token: number): boolean {
  if (titles.hasToken(table, token)) return true;
  return (
    table.wordId[token] === monsieurInitial &&
    table.first[token] === UPPER &&
    table.text.charCodeAt(table.end[token]!) === 46
  );
}

/**
 * A capitalised word with no cue before it that no list or shape names as an organisation: a person (a known given
 * or family name, a middle initial, what people do around it, a speaker's label) or a place (after a place label or
 * preposition). Pushes what it finds to `found` and returns the last token read as part of it (`index` when nothing).
 */
function personOrPlaceByContext(
  table: TokenTable,
  index: number,
  categories: number,
  nameLast: number,
  nameEnd: number,
  before: number,
  beforeCategories: number,
  found: Detection[],
): number {
  const { text, first, start, end } = table;
  const knownFirst = (categories & FIRST_NAME) !== 0;
  const knownFamily = (categories & SURNAME) !== 0;
  let knownSurname = false;
  let initial = false;
  for (let part = index + 1; part <= nameLast; part++) {
    if ((stemCategoriesOf(part) & (SURNAME | FIRST_NAME)) !== 0) knownSurname = true;
    if (initialEnd(table, part) >= 0) initial = true;
    // "Anna K Berg": a bare capital letter between two name words is a middle initial too.
    if (part < nameLast && end[part]! - start[part]! === 1 && first[part] === UPPER) initial = true;
  }
  const multi = nameLast > index;
  // "Edvard Petrussen": a later word shaped like a family name counts as a known one (read only when needed).
  if (multi && !knownFirst && !knownSurname && !knownFamily)
    knownSurname = laterWordShapedLikeFamilyName(table, index, nameLast);
  const isStart = sentenceStart(text, start[index]!);
  // "ref HO-2024-0091": letters joined to digits by a hyphen are a reference's prefix.
  if (!multi && text.charCodeAt(end[index]!) === 45 && isAsciiDigit(text.charCodeAt(end[index]! + 1)))
    return index;
  // "Hospital no: K448210   Ward: Elm": a given name that is a word, before a colon inside a line, labels a field.
  if (
    !multi &&
    (categories & GIVEN_NAME_WORD) !== 0 &&
    text.charCodeAt(nameEnd) === 58 &&
    !atLineStart(text, start[index]!)
  )
    return index;
  // "Grace periods apply", "Said differently": a given name that is also an everyday word, alone and opening a
  // sentence without a cue, is the word.
  const everydayWordOpening = knownFirst && !multi && isStart && (categories & GIVEN_NAME_WORD) !== 0;
  // "Mother's Day", "Valentine's Day": a lone family name right after a possessive is what the owner has.
  const ownedThing =
    !multi &&
    !knownFirst &&
    index > 0 &&
    ((possessiveToken(index - 1) && adjacent(table, index - 1, index)) ||
      (apostropheAloneAfter(table, index - 1) && start[index]! - end[index - 1]! === 2));
  // "New Year's Day", "St Patrick's Day", "Valentine's Day": a day named after someone is a holiday; so is a run
  // ending in "Day" without a given name ("Independence Day", "Boxing Day").
  if (possessiveToken(nameLast) && holidayAfter(table, nameLast)) return nameLast;
  if (multi && !knownFirst && holidayWords.hasToken(table, nameLast)) return nameLast;
  // "Locavore songwriter Jennifer Umkhayev", "Google engineer Jane Smith": a firm before the job of the person named
  // after it.
  if (!knownFirst && firmBeforeJobAndName(table, nameLast)) {
    report(
      found,
      "ORGANIZATION",
      start[index]!,
      wordEnd(table, nameLast),
      0.6,
      "capitalised words before a job and a name",
    );
    return nameLast;
  }
  // "Carte Vitale", "Direct Debit": words no person's name holds, and no given name, make no person of a family name.
  if (multi && !knownFirst && holdsServiceWord(table, index, nameLast)) return nameLast;
  // "the Town Hall", "City Park": a kind of place, then a public building or ground, and no given name.
  if (!knownFirst && holdsPublicPlace(table, index, nameLast)) return nameLast;
  // "A&E at Frimley Park", "Kew Gardens": a word that is no given name before "Park" names a place, not a
  // person of that family name.
  if (multi && !knownFirst && nameLast === index + 1 && stemIn(parkWords, nameLast)) {
    report(found, "LOCATION", start[index]!, wordEnd(table, nameLast), 0.5, "place named for its park");
    return nameLast;
  }
  // "St Mary's Hospital", "St John's College": a saint's name owning an institution is the institution's name.
  // A name ending in "s" may own with the apostrophe alone ("St Thomas' Hospital").
  const bareApostrophe = !multi && !possessiveToken(index) && apostropheAloneAfter(table, index);
  if (!multi && (possessiveToken(index) || bareApostrophe) && saintBefore(table, index)) {
    const suffix = institutionSuffixAfterOwner(table, index + 1);
    if (suffix >= 0) {
      report(
        found,
        "ORGANIZATION",
        start[index - 1]!,
        end[suffix]!,
        0.8,
        "saint's name owning an institution",
      );
      return suffix;
    }
    // "at St Mary's": a saint's name owning what goes unsaid is a hospital, a school or a church, not a person.
    report(
      found,
      "ORGANIZATION",
      start[index - 1]!,
      wordEnd(table, index),
      0.6,
      "saint's name with a possessive",
    );
    return index;
  }
  // "in St Helens", "moved to St Albans": a saint's name after a place preposition, owning nothing, names a town.
  if (saintTownAfterPreposition(table, index, nameLast)) {
    report(
      found,
      "LOCATION",
      start[index - 1]!,
      wordEnd(table, nameLast),
      0.6,
      "saint's name of a town after a place preposition",
    );
    return nameLast;
  }
  // "Guy's Hospital", "Addenbrooke's Hospital", "King's College": a name owning an institution is its name ("Sarah's
  // Birthday Party" is hers).
  if (!multi && possessiveToken(index)) {
    const suffix = institutionSuffixAfterOwner(table, index + 1);
    if (suffix >= 0 && stemIn(ownedInstitutions, suffix)) {
      report(found, "ORGANIZATION", start[index]!, end[suffix]!, 0.75, "name owning an institution");
      return suffix;
    }
  }
  // "Ward 7B", "Bay 4,": a lone given name before a short number labels a place in a building ("Anna 2 days ago"
  // goes on with a lower-case word and is a name).
  if (!multi && knownFirst && numberedAfter(table, index) && !lowerCaseWordAfter(table, index + 1))
    return index;
  // "a complaint from Ulugbek Tashkentov", "an appointment for Tavita Leauanae": who sent a message, or whom a
  // booking is for, is a person.
  if (multi && nameLast - index <= 2 && initialEnd(table, nameLast) < 0 && sentOrBookedFor(table, index)) {
    report(
      found,
      "PERSON",
      start[index]!,
      nameEnd,
      0.6,
      "capitalised words who sent a message or are booked for",
    );
    return nameLast;
  }
  // "originally from Colle Di Tora", "lives in Puerto Lumbreras": after "from" or "in", capitalised words without a
  // known given name name a place more often than a person, family names among them or not.
  if (
    multi &&
    !knownFirst &&
    !initial &&
    index > 0 &&
    adjacent(table, index - 1, index) &&
    (table.wordId[index - 1] === idOfFrom || stemIn(placeOnlyPrepositions, index - 1)) &&
    !nobiliaryParticleWithin(table, index, nameLast) &&
    // "the verses from Emmie Ström's Cautionary Tales": what someone owns makes a person; "from Appendix C" a part.
    !possessiveToken(nameLast) &&
    !possessiveAfter(text, end[nameLast]!) &&
    end[nameLast]! - start[nameLast]! > 1
  ) {
    return reportPlaceAfterPreposition(table, index, nameLast, found);
  }
  // "Dyan van Gijn": a Dutch particle inside the run.
  const particleName = multi && nobiliaryParticleWithin(table, index, nameLast);
  if (
    (knownFirst && !everydayWordOpening) ||
    (multi && (knownSurname || knownFamily)) ||
    (multi && initial && nameLast > index + 1) ||
    particleName ||
    (!multi && knownFamily && !isStart && !ownedThing && !familyNameOfAPlace(table, index)) ||
    (!multi && shapedLikeFamilyName(table, index, beforeCategories, isStart))
  ) {
    const score = knownFirst ? (multi ? 0.85 : 0.65) : multi ? 0.75 : 0.5;
    const reason = knownFirst
      ? "known given name"
      : initial
        ? "name with a middle initial"
        : particleName && !knownSurname && !knownFamily
          ? "name with a particle"
          : "known family name";
    const invertedStart = knownFirst ? invertedFamilyNameBefore(table, index) : -1;
    if (invertedStart >= 0)
      report(found, "PERSON", invertedStart, nameEnd, 0.8, "family name, comma and known given name");
    else report(found, "PERSON", start[index]!, nameEnd, score, reason);
    return nameLast;
  }
  // Two or three unknown capitalised words doing what people do ("Nora Vance said", "Ada Obi's") or after
  // a word that introduces a person ("by", "with", "contact"): a name. Not a document's name ending in "ID" or
  // "Number" ("Her UCAS ID is ...").
  if (
    multi &&
    nameLast - index <= 2 &&
    initialEnd(table, nameLast) < 0 &&
    (stemCategoriesOf(nameLast) & DOCUMENT_NOUN) === 0 &&
    // "Prime Minister's Questions", "the Chief Executive said": an office, not a name.
    !stemIn(publicOffices, nameLast) &&
    // "New Housing Guidance was published": a work or a rule, not a name.
    !stemIn(kindsOfWork, nameLast)
  ) {
    const after = wordAfterId(table, nameLast);
    const possessive = possessiveToken(nameLast) || possessiveAfter(text, end[nameLast]!);
    // "The Electoral Register is updated", "The Tube Snake Boogie was": capitalised words after "the" before a
    // verb name a thing, not a person, whichever of them the run starts at.
    const verbAfter =
      !titleAfterThe(table, index) && (categoriesOf(after) & (PERSON_VERB | STRONG_PERSON_VERB)) !== 0;
    if (
      possessive ||
      verbAfter ||
      (beforeCategories & PERSON_INTRODUCER) !== 0 ||
      heardDoing(table, index, nameLast) ||
      personOfOrganisation(table, nameLast) ||
      (index >= 2 && firmBeforeJobAndName(table, index - 2)) ||
      joinedToGivenName(table, nameLast)
    ) {
      report(
        found,
        "PERSON",
        start[index]!,
        nameEnd,
        0.6,
        possessive ? "capitalised words with a possessive" : "capitalised words in a person context",
      );
      return nameLast;
    }
  }
  // After a verb of speech ('"...," said Okonjo') or a relation ("my friend Marisol"): a name.
  if (nameLast - index <= 2 && before !== NO_WORD && initialEnd(table, nameLast) < 0) {
    // A capitalised verb inside a sentence is part of a title ("Frequently Asked Questions"), not speech; in
    // text written in capitals every verb is.
    const speech =
      (beforeCategories & SPEECH_VERB) !== 0 &&
      (table.first[index - 1] !== UPPER ||
        sentenceStart(text, start[index - 1]!) ||
        allUpper(table, index - 1)) &&
      (!speechVerbsWithObjects.hasToken(table, index - 1) || quotationEndsBefore(text, start[index - 1]!));
    // "..., Sunshine Estate.", "Hello, Fox Court!": a run ending in a road's or building's word is a place.
    const placeWordLast = stemIn(roadWords, nameLast) || stemIn(buildingWords, nameLast);
    const addressed =
      !speech &&
      !placeWordLast &&
      (addressedWithTo(table, index) ||
        aimedAtOrCredited(table, index) ||
        givenTheirOwn(table, index, nameLast) ||
        vocativeClosing(table, index, nameLast));
    const onCall = !speech && !addressed && namedOnACall(table, index, nameLast);
    const added = !speech && !addressed && !onCall && addedAsRole(table, index, nameLast);
    const beside = !speech && !addressed && !added && appositionToRole(table, index, nameLast);
    if (speech || addressed || onCall || added || beside || relationBefore(table, index, beforeCategories)) {
      report(
        found,
        "PERSON",
        start[index]!,
        nameEnd,
        0.55,
        speech
          ? "capitalised words after a verb of speech"
          : addressed
            ? "capitalised words spoken to, aimed at or credited"
            : onCall
              ? "capitalised words saying who calls"
              : added
                ? "capitalised words added to a case in a role"
                : beside
                  ? "capitalised words beside a role"
                  : "capitalised words after a relation",
      );
      return nameLast;
    }
  }
  // One unknown capitalised word before a verb only people do ("Okonjo lives", "Marisol said"), or whose
  // child, wife or friend follows ("Okonjo's daughter").
  if (!multi) {
    const after = wordAfterId(table, index);
    const people =
      (categoriesOf(after) & STRONG_PERSON_VERB) !== 0 ||
      (possessiveToken(index) &&
        ((categoriesOf(after) & RELATION_NOUN) !== 0 || personOnlyPossessions.hasId(after))) ||
      pronounRefersBack(table, index) ||
      personOfOrganisation(table, index) ||
      (index >= 2 && firmBeforeJobAndName(table, index - 2));
    // "Caller said", "Nurse replied": a role opening the sentence is who spoke, not their name.
    if (
      people &&
      before !== idOfThe &&
      !stemIn(speakerRoles, index) &&
      !stemIn(roleNouns, index) &&
      !stemIn(publicOffices, index)
    ) {
      report(
        found,
        "PERSON",
        start[index]!,
        wordEnd(table, index),
        0.55,
        "capitalised word before a verb of a person",
      );
      return index;
    }
    // "have you heard Vida speak", "Muslija is very stubborn": seen doing what people do, or described as a person;
    // "sou a Bia,": introduced with the Portuguese article (without it, "soy Javi," has its cue already).
    if (
      personContextMayBeAround(table, index) &&
      (heardDoing(table, index) || describedAsPerson(table, index) || romanceSelfIntroduction(table, index))
    ) {
      report(
        found,
        "PERSON",
        start[index]!,
        wordEnd(table, index),
        0.55,
        "capitalised word in a person context",
      );
      return index;
    }
  }
  // "Marisol, can you...": a name addressed at the start of a sentence.
  if (nameLast - index <= 1 && isStart && vocativeAt(table, nameLast) && !endsWithLy(table, index)) {
    report(found, "PERSON", start[index]!, end[nameLast]!, 0.55, "name addressed at the start of a sentence");
    return nameLast;
  }
  // "Alex:" opening a line of a chat or transcript is who speaks.
  if (nameLast - index <= 2 && text.charCodeAt(nameEnd) === 58 && atLineStart(text, start[index]!)) {
    const label = text.slice(start[index]!, nameEnd + 1);
    // (lastIndexOf from -1 would find the label itself at the text's start.)
    const repeated =
      text.indexOf(label, nameEnd + 1) >= 0 ||
      (start[index]! > 0 && text.lastIndexOf(label, start[index]! - 1) >= 0);
    if (
      (categories & LABEL_OR_ROLE) === 0 &&
      (repeated || knownFamily || (table.lastLineBreak >= 0 && isDialogue(text)))
    ) {
      report(found, "PERSON", start[index]!, nameEnd, 0.55, "speaker label at the start of a line");
      return nameLast;
    }
  }
  const labelledPlace = before !== NO_WORD && isStart ? placeAfterLabel(table, index, beforeCategories) : -1;
  if (labelledPlace >= 0) {
    report(found, "LOCATION", start[index]!, wordEnd(table, labelledPlace), 0.6, "place after a place label");
    return labelledPlace;
  }
  // "en CM2", "in Q3": letters run into digits are a code, not a place.
  if (
    before !== NO_WORD &&
    !isStart &&
    !isAsciiDigit(text.charCodeAt(end[nameLast]!)) &&
    placeContext(table, index, nameLast, before, beforeCategories)
  ) {
    return reportPlaceAfterPreposition(table, index, nameLast, found);
  }
  // "Garcia-Roberson", "Hewlett-Packard": two family names joined by a hyphen, without a given name, name a firm.
  if (!multi && !knownFirst && hyphenatedFamilyNames(table, index)) {
    report(
      found,
      "ORGANIZATION",
      start[index]!,
      wordEnd(table, index),
      0.55,
      "two family names joined by a hyphen",
    );
    return index;
  }
  return index;
}

/**
 * Whether word `token` is two capitalised known family names joined by one hyphen ("Garcia-Roberson"), the first
 * not also a given name.
 */
function hyphenatedFamilyNames(table: TokenTable, token: number): boolean {
  const text = table.text;
  const from = table.start[token]!;
  const to = wordEnd(table, token);
  // Searched within the word only: an unbounded indexOf would read on to the end of a long text.
  let hyphen = -1;
  for (let at = from + 2; at < to - 2; at++) {
    if (text.charCodeAt(at) !== 45) continue;
    if (hyphen >= 0) return false;
    hyphen = at;
  }
  if (hyphen < 0 || text.charCodeAt(to - 2) === 45 || text.charCodeAt(to - 1) === 45) return false;
  if (charClass(text.charCodeAt(hyphen + 1)) !== UPPER) return false;
  // "Jean-Paul", "Anna-Lena": a given name first makes a compound given name.
  const first = wordIdOfText(text, from, hyphen);
  if (!surnames.hasId(first) || firstNames.hasId(first)) return false;
  return surnames.hasId(wordIdOfText(text, hyphen + 1, to));
}

/** "I am" in French, Spanish and Portuguese, which write nationalities and trades in lower case after it. */
const idOfA = registerWord("a");
const idOfO = registerWord("o");
const romanceIAm = new TokenWordSet(["soy", "sou", "suis"]);

/**
 * "Soy Javi, el hermano...", "Sou a Bia, tudo bem?", "Je suis Lou.": one capitalised word after "I am" in a
 * Romance language, ending the clause, is a name, known or not (English and German capitalise nationalities and
 * nouns there: "I'm Italian,", "ich bin Lehrer,").
 */
function romanceSelfIntroduction(table: TokenTable, token: number): boolean {
  let verb = token - 1;
  // Most capitalised words follow another word: one comparison of ids rules them out.
  const previous = table.wordId[verb];
  if (previous !== idOfA && previous !== idOfO && !romanceIAm.hasToken(table, verb)) return false;
  // "sou a Bia", "sou o Pedro": Portuguese puts the article before a first name.
  if (verb > 0 && (table.wordId[verb] === idOfA || table.wordId[verb] === idOfO)) verb--;
  if (verb < 0 || !romanceIAm.hasToken(table, verb)) return false;
  if (!adjacent(table, token - 1, token) || (verb < token - 1 && !adjacent(table, verb, token - 1)))
    return false;
  const after = table.text.charCodeAt(wordEnd(table, token));
  return Number.isNaN(after) || after === 44 || after === 46 || after === 33 || after === 63;
}

/** What follows a name said after "I'm" and only a name: "I'm Rangel, originally from", "I'm Tamsin and I". */
const afterEnglishSelfName = /^(?:,? (?:originally )?from |,? and I |, I |, your |, the new )/;
/** Endings of nationalities and beliefs said after "I'm" ("I'm Scottish, from Fife", "I'm Nepalese and I"). */
const nationalityEnding = /(?:ish|ese|ian|ean|ic|ch|i)$/;

/**
 * "I'm Leverett, originally from Colle Di Tora", "Hi, I'm Rangel and I need help": one capitalised word that is no
 * everyday word after "I'm", followed by what a self-introduction goes on with, is a name, known or not.
 */
function englishSelfIntroduction(table: TokenTable, token: number): boolean {
  if (token < 1 || !englishIAm.hasToken(table, token - 1)) return false;
  if (isNameWord(table, token + 1) && adjacent(table, token, token + 1)) return false;
  if (nationalityEnding.test(lowerOf(table, token))) return false;
  const end = wordEnd(table, token);
  return afterEnglishSelfName.test(table.text.slice(end, end + 18));
}

const englishIAm = new TokenWordSet(["i'm", "i’m", "im"]);

/**
 * Whether a word that `heardDoing`, `describedAsPerson` or `romanceSelfIntroduction` reads comes right before
 * `token` (a perception verb, "is", "was", an article, a Romance "I am") or "is" / "was" right after it: two look-ups
 * that rule out most words before the three checks run.
 */
function personContextMayBeAround(table: TokenTable, token: number): boolean {
  return (
    (token > 0 && personContextBefore.hasToken(table, token - 1)) || copulaWords.hasToken(table, token + 1)
  );
}

/** "his" and "her" after a verb, referring back to its subject: "Margarot listed his top 20 songs". */
const possessivePronouns = new TokenWordSet(["his", "her", "himself", "herself"]);
/** Words after "her" that make it the object ("sent her a refund", "told her the date"), which a firm may have too. */
const objectFollowers = new TokenWordSet([
  "a",
  "an",
  "the",
  "to",
  "that",
  "this",
  "back",
  "about",
  "for",
  "on",
  "in",
]);
/** Stages of life after "as a": "began writing as a teenager". */
const lifeStages = new TokenWordSet([
  "teenager",
  "teen",
  "child",
  "kid",
  "boy",
  "girl",
  "youngster",
  "toddler",
]);

/**
 * "Margarot listed his top 20 songs", "Ubul had given Verda his address", "Ubul began writing as a teenager": a
 * capitalised word, a verb in lower case and, within four words of the same clause, "his" or "her" referring back
 * to it or a stage of life.
 */
function pronounRefersBack(table: TokenTable, token: number): boolean {
  const verb = token + 1;
  if (verb >= table.count || table.first[verb] !== LOWER || !adjacent(table, token, verb)) return false;
  const last = Math.min(table.count - 1, verb + 4);
  for (let next = verb + 1; next <= last; next++) {
    if (table.kind[next] !== WORD || !adjacent(table, next - 1, next)) return false;
    if (table.first[next] === LOWER && possessivePronouns.hasToken(table, next)) {
      const after = next + 1;
      return !(
        table.wordId[next] === idOfHer &&
        (after >= table.count || !adjacent(table, next, after) || objectFollowers.hasToken(table, after))
      );
    }
    if (
      next - 2 > verb - 1 &&
      table.wordId[next - 2] === idOfAs &&
      table.wordId[next - 1] === idOfA &&
      lifeStages.hasToken(table, next)
    )
      return true;
  }
  return false;
}
const idOfHer = registerWord("her");

/** What a person of a firm is announced as: "the keynote speaker", "the CEO of the year". */
const announcedRoles = new TokenWordSet([...leadershipNouns, "speaker", "winner", "host", "author", "guest"]);

/**
 * "Piusz is from Slashdb", "Adomo from Topcoder is the keynote speaker", "Vilma of Here is the CEO of the year": one
 * capitalised word said to be from somewhere that is no known place (places are not "from" anywhere; things from a
 * country are), or from or of a firm and announced in a role.
 */
function personOfOrganisation(table: TokenTable, token: number): boolean {
  let next = token + 1;
  if (next + 1 >= table.count || !adjacent(table, token, next)) return false;
  if (copulaWords.hasToken(table, next)) {
    next++;
    // "Coffee is from Ethiopia": from a known place, the word may be a thing; from a firm, it is a person.
    return (
      table.wordId[next] === idOfFrom &&
      adjacent(table, next - 1, next) &&
      next + 1 < table.count &&
      isCapitalised(table, next + 1) &&
      lookupPlace(table, next + 1) === undefined
    );
  }
  if (table.wordId[next] !== idOfFrom && table.wordId[next] !== idOfOf) return false;
  // The firm's capitalised words ("Thomas and Sons", "Hawkins, Richardson and Santana"), then "is the ...".
  const firmLast = firmWordsEnd(table, next + 1);
  return firmLast > next && announcedInRole(table, firmLast + 1);
}

/**
 * The last of the capitalised words (and "and", "et", "y", "und" between them) from `first` on that may name a
 * firm, or `first - 1` when `first` is no capitalised word.
 */
function firmWordsEnd(table: TokenTable, first: number): number {
  const end = Math.min(table.count, first + 6);
  let last = first - 1;
  for (let word = first; word < end; word++) {
    if (isCapitalised(table, word)) last = word;
    else if (!organisationJoiners.hasToken(table, word) || word === first) break;
  }
  return last;
}

/** Whether "is the ..." or "was a ..." and a role in a few words start at token `copula`: "is the keynote speaker". */
function announcedInRole(table: TokenTable, copula: number): boolean {
  if (copula + 2 >= table.count || !copulaWords.hasToken(table, copula)) return false;
  if (!articleWords.hasToken(table, copula + 1)) return false;
  const last = Math.min(table.count - 1, copula + 4);
  for (let role = copula + 2; role <= last; role++) {
    if (table.first[role] === UPPER && !allUpper(table, role)) return false;
    if (stemIn(announcedRoles, role)) return true;
  }
  return false;
}
const articleWords = new TokenWordSet(["the", "a", "an", "our"]);

/**
 * "Adomo from Topcoder is the keynote speaker", "Vilma Holm of Here is the CEO": capitalised words after "from" or
 * "of" whose person is announced in a role are the person's firm, not a place.
 */
function firmOfAnnouncedPerson(table: TokenTable, index: number, nameLast: number): boolean {
  const before = table.wordId[index - 1];
  if (index === 0 || (before !== idOfFrom && before !== idOfOf)) return false;
  const firmLast = firmWordsEnd(table, index);
  return firmLast >= nameLast && announcedInRole(table, firmLast + 1);
}

/** Verbs of perceiving or meeting someone, before the person and what they do: "heard Vida speak". */
const perceptionVerbs = new TokenWordSet(["heard", "hear", "seen", "see", "saw", "watched", "watch"]);
/** What someone is heard or seen doing: bare verbs of performing. */
const performingVerbs = new TokenWordSet([
  "speak",
  "sing",
  "play",
  "perform",
  "talk",
  "dance",
  "preach",
  "lecture",
]);

/**
 * "have you heard Vida speak yet?", "I saw Okonjo sing": a perception verb, the words from `token` to `last`, a verb
 * of performing.
 */
function heardDoing(table: TokenTable, token: number, last = token): boolean {
  const next = last + 1;
  return (
    token > 0 &&
    next < table.count &&
    adjacent(table, token - 1, token) &&
    adjacent(table, last, next) &&
    perceptionVerbs.hasToken(table, token - 1) &&
    performingVerbs.hasToken(table, next)
  );
}

/** Words of character, which describe people and not things ("reliable" and "funny" describe both): "impulsive". */
const characterWords = new TokenWordSet([
  "impulsive",
  "kind",
  "rude",
  "shy",
  "generous",
  "lazy",
  "honest",
  "stubborn",
  "talented",
  "friendly",
  "polite",
  "selfish",
  "arrogant",
  "thoughtful",
  "hardworking",
  "hard-working",
  "caring",
]);
/** Words that may stand between "is" and a word of character: "very", "so", "really". */
const characterDegreeWords = new TokenWordSet([
  "very",
  "so",
  "really",
  "quite",
  "extremely",
  "always",
  "too",
]);
const copulaWords = new TokenWordSet(["is", "was"]);
/** The words before a person that the single-word checks read (see `personContextMayBeAround`). */
const personContextBefore = new TokenWordSet([...perceptionVerbs, ...copulaWords, ...romanceIAm, "a", "o"]);

/**
 * "Muslija is very stubborn", "Why is Dzhambek so impulsive?": a word of character after "is" (and a degree
 * word), with the capitalised word as its subject, before it or after "is".
 */
function describedAsPerson(table: TokenTable, token: number): boolean {
  let next = token + 1;
  // "Why is X so impulsive": the copula comes first.
  const copulaFirst =
    token > 0 && copulaWords.hasToken(table, token - 1) && adjacent(table, token - 1, token);
  if (!copulaFirst) {
    if (next >= table.count || !adjacent(table, token, next) || !copulaWords.hasToken(table, next))
      return false;
    next++;
  }
  if (next < table.count && adjacent(table, next - 1, next) && characterDegreeWords.hasToken(table, next))
    next++;
  if (next >= table.count || !adjacent(table, next - 1, next)) return false;
  if (characterWords.hasToken(table, next)) return true;
  // "Shovda is very reliable. You can always depend on him.": a word that describes things too describes a person
  // when a personal pronoun follows soon after.
  return characterWordsOfThingsToo.hasToken(table, next) && personalPronounWithin(table, next + 1, 12);
}

/** Words of character that describe things as well as people: "reliable", "funny". */
const characterWordsOfThingsToo = new TokenWordSet(["reliable", "dependable", "trustworthy", "funny"]);
/** Personal pronouns of the third person in English, subject, object or possessive. */
const personalPronouns = new TokenWordSet(["he", "she", "him", "her", "his"]);

/** Whether one of the `count` tokens from `from` on is a personal pronoun. */
function personalPronounWithin(table: TokenTable, from: number, count: number): boolean {
  const last = Math.min(table.count, from + count);
  for (let token = from; token < last; token++) if (personalPronouns.hasToken(table, token)) return true;
  return false;
}

/** Whether capitalised word `token` follows a place preposition and comes before a comma and the area it is in. */
function townBeforeItsArea(table: TokenTable, token: number): { last: number; kind: number } | undefined {
  const next = token + 1;
  if (token === 0 || next >= table.count || possessiveToken(token)) return undefined;
  if ((stemCategoriesOf(token - 1) & PLACE_CUE) === 0 || !adjacent(table, token - 1, token)) return undefined;
  const afterToken = table.end[token]!;
  if (table.start[next]! !== afterToken + 2 || table.text.charCodeAt(afterToken) !== 44) return undefined;
  if (!isCapitalised(table, next)) return undefined;
  const area = lookupPlace(table, next);
  // After "to", which people follow too ("wrote to Anna, Paris..."), only a region or a country is the town's area.
  return area !== undefined && (area.kind > 0 || table.wordId[token - 1] !== idOfTo) ? area : undefined;
}

/**
 * "Leipzig-Gohlis", "Berlin-Mitte", "Köln-Süd": a known city, a hyphen and a capitalised word, one token, name the
 * city's district.
 */
function cityDistrictAt(table: TokenTable, token: number): boolean {
  const { text } = table;
  const start = table.start[token]!;
  const hyphen = innerHyphen(text, start, wordEnd(table, token));
  return (
    hyphen >= 0 &&
    charClass(text.charCodeAt(hyphen + 1)) === UPPER &&
    cityNames.hasId(wordIdOfText(text, start, hyphen))
  );
}

/**
 * "St. Louis", "St Georges, QC", "Seniorenheim St. Josef": a known given name at `index` after "St." is a saint's,
 * naming a town, or with the capitalised word for an institution before it, the institution. Returns the last token
 * reported, or -1 when no saint's word comes before the name. (Out of `recogniseCapitalised`, whose own size decides
 * what the engine inlines there.)
 */
function saintNameAt(table: TokenTable, index: number, found: Detection[]): number {
  if (possessiveToken(index) || apostropheAloneAfter(table, index) || !saintBefore(table, index)) return -1;
  const { start } = table;
  const saint = index - 1;
  const institution = saint - 1;
  if (institution >= 0 && isCapitalised(table, institution) && adjacent(table, institution, saint)) {
    report(
      found,
      "ORGANIZATION",
      start[institution]!,
      wordEnd(table, index),
      0.6,
      "institution named for a saint",
    );
    return index;
  }
  report(found, "LOCATION", start[saint]!, wordEnd(table, index), 0.5, "place named for a saint");
  return index;
}

/** Institutions named for their founder or patron: "Guy's Hospital", "King's College", "Queen's Medical Centre". */
const ownedInstitutions = new TokenWordSet([
  "hospital",
  "college",
  "school",
  "university",
  "academy",
  "centre",
  "center",
  "surgery",
  "clinic",
  "infirmary",
  "hospice",
  "church",
  "cathedral",
  "chapel",
  "institute",
  "nursery",
]);

/** People in a role in public services, beside the roles of speakers and of forms. */
const serviceRoles = new TokenWordSet([
  "tutor",
  "trainer",
  "mentor",
  "headteacher",
  "principal",
  "counsellor",
  "counselor",
  "midwife",
  "keyworker",
  "coordinator",
  "interpreter",
  "landlord",
  "landlady",
  "supervisor",
  "manager",
  "solicitor",
  "lawyer",
  "consultant",
  "therapist",
  "physiotherapist",
  "pharmacist",
  "dentist",
  "inspector",
  // "my social worker, X,", "her support worker, X,", "our caseworker, X,".
  "worker",
  "caseworker",
  "advisor",
  "adviser",
  "officer",
  "nurse",
  "teacher",
  "doctor",
  "gp",
  "assessor",
]);

/** The roles `roleBeforeKnownName` reads, as one set: one look-up for the many capitalised words it is asked about. */
const rolesBeforeNames = new TokenWordSet([...roleNouns, ...serviceRoles, ...speakerRoles]);

/**
 * "The tutor, Siosaia Taufa, will mark it": capitalised words set off by commas right after a determiner and a
 * role are the name of the one in the role.
 */
function appositionToRole(table: TokenTable, index: number, nameLast: number): boolean {
  const { text } = table;
  const role = index - 1;
  const after = table.end[nameLast]!;
  if (role < 1 || text.charCodeAt(after) !== 44) return false;
  if (table.start[index]! - table.end[role]! !== 2 || text.charCodeAt(table.end[role]!) !== 44) return false;
  if (table.first[role] !== LOWER) return false;
  if (
    !(
      stemIn(roleWords, role) ||
      stemIn(roleNouns, role) ||
      stemIn(speakerRoles, role) ||
      stemIn(serviceRoles, role)
    )
  )
    return false;
  // "the tutor", "our caseworker", and with one word of the kind between: "my social worker", "her support worker".
  for (let determiner = role - 1; determiner >= 0 && determiner >= role - 2; determiner--) {
    if (!adjacent(table, determiner, determiner + 1)) return false;
    if (table.wordId[determiner] === idOfThe || possessiveDeterminers.hasToken(table, determiner))
      return true;
    if (table.first[determiner] !== LOWER) return false;
  }
  return false;
}

/**
 * The last word of the institution a name owns ("St James's", "Guy's"), from capitalised word `first` on: the run of up to four
 * capitalised words (joined by "of") up to its last organisation suffix ("St James's University Hospital", "St
 * Mary's Catholic High School", "St Peter's Church of England Primary School"), or -1 when it holds none.
 */
function institutionSuffixAfterOwner(table: TokenTable, first: number): number {
  let last = -1;
  for (let token = first; token < table.count && token < first + 6; token++) {
    if (!isCapitalised(table, token)) {
      if (token === first || table.wordId[token] !== idOfOf || !adjacent(table, token, token + 1)) break;
      continue;
    }
    if ((categoriesOf(table.wordId[token]!) & ORGANISATION_SUFFIX) !== 0) last = token;
    if (token + 1 >= table.count || !adjacent(table, token, token + 1)) break;
  }
  return last;
}

/** The lexicon id of "of", which joins the words of an institution's name ("Church of England"). */
const idOfOf = registerWord("of");

/**
 * What a capitalised word that is not an everyday word (or that a cue points at) starts: an organisation, a person
 * or a place, from the shape of the run of capitalised words it opens and from the words around it. Pushes what it
 * finds to `found` and returns the last token read as part of it (`index` when nothing was found). A function of its
 * own, apart from the loop of `recognise`, so the engine inlines the small checks it calls (the engine's inlining
 * budget is spent per function, and the loop alone used it up); its later steps are functions of their own too.
 */
function recogniseCapitalised(
  table: TokenTable,
  index: number,
  id: number,
  categories: number,
  cue: "name" | "weak" | "title" | undefined,
  found: Detection[],
): number {
  const { start } = table;
  const knownFirst = (categories & FIRST_NAME) !== 0;
  const knownFamily = (categories & SURNAME) !== 0;
  // "GOV.UK", "NHS.UK": a word glued to the word before it by a period is a web address's, no place or name (after
  // a title it is a name typed without its space: "Dr.Smith").
  if (
    index > 0 &&
    table.end[index - 1] === start[index]! - 1 &&
    table.text.charCodeAt(start[index]! - 1) === 46 &&
    (stemCategoriesOf(index - 1) & TITLE) === 0
  )
    return index;
  // "im Mai", "Anfang Mai", "Ende Juni": in German text a month and the word before it are a time, no name,
  // unless a name follows ("Mai Nguyen").
  if (cue === undefined && germanText) {
    if (germanMonthNames.hasToken(table, index) && !nameFollows(table, index)) return index;
    if (germanTimeWords.hasToken(table, index) && monthAfter(table, index)) return index + 1;
  }

  // "colonia Roma Norte", "bairro Santa Cecília": a neighbourhood's name after its word.
  if (neighbourhoodWordBefore(table, index)) {
    const last = neighbourhoodNameEnd(table, index);
    report(found, "LOCATION", start[index]!, wordEnd(table, last), 0.7, "neighbourhood after its word");
    return last;
  }
  // "Grundschule am Park", "Klinikum rechts der Isar": a German institution named by where it stands. (The
  // locative after it says the text is German.)
  const locativeLast = table.first[index + 1] === LOWER ? germanLocativeNameAfter(table, index) : -1;
  if (locativeLast >= 0) {
    report(
      found,
      "ORGANIZATION",
      start[index]!,
      wordEnd(table, locativeLast),
      0.8,
      "institution named by its place",
    );
    return locativeLast;
  }
  // "in Douglas, Cork", "from Charlotte, North Carolina": after a place preposition, a word before a comma and a
  // known place is a town of that place, even when it is a given name too.
  const area =
    cue === undefined && table.text.charCodeAt(table.end[index]!) === 44
      ? townBeforeItsArea(table, index)
      : undefined;
  if (area !== undefined) {
    report(found, "LOCATION", start[index]!, table.end[index]!, 0.7, "town before the area it is in");
    // The area is a place too, even when it is a given name as well ("en Providencia, Santiago").
    report(found, "LOCATION", start[index + 1]!, wordEnd(table, area.last), 0.75, "area after its town");
    return area.last;
  }
  if (cue === undefined && knownFirst) {
    const saintLast = saintNameAt(table, index, found);
    if (saintLast >= 0) return saintLast;
  }
  // A firm named by the shape of the run ("Acme Ltd", "Smith & Sons") or people named together.
  const runLast = organisationOfRun(table, index, cue, found, joinerOrSuffixAhead(table, index));
  if (runLast >= 0) return runLast;
  // After "works at", "employed by", "travaille chez", "joined", "School:"...: the capitalised run is an employer
  // or an institution.
  const before = previousWordId(table, index);
  const beforeCategories = categoriesOf(before);
  if (cue === undefined && before !== NO_WORD && employerCue(table, index, before, id)) {
    const lastName = extendName(table, index);
    const reason = institutionLabels.hasId(before)
      ? "capitalised words after an institution's label"
      : "capitalised words after an employer cue";
    report(found, "ORGANIZATION", start[index]!, wordEnd(table, lastName), 0.6, reason);
    return lastName;
  }

  // Places from the gazetteer.
  if (cue === undefined) {
    const place = lookupPlace(table, index);
    // A one-word place that is also a given name ("Victoria", "Georgia") is the name when a family name follows or a
    // relation comes before ("my kid Victoria Bruun"); a city that is a given name ("Florence") needs neither.
    // A town before a known family name on its own is a given name too ("Dreux Joly"): towns are named after
    // people and people after towns more often than a town is written right before a family name.
    // After "in", which people do not follow, such a city is the city ("lives in Florence", "trabajo en Austin").
    const givenName =
      place !== undefined &&
      place.last === index &&
      (knownFirst
        ? (place.kind === 0 && !stemIn(placeOnlyPrepositions, index - 1)) ||
          familyNameAfter(table, index) ||
          relationBefore(table, index, beforeCategories)
        : place.kind === 0 && knownFamilyNameAfter(table, index));
    if (place !== undefined && !givenName) {
      report(
        found,
        "LOCATION",
        start[index]!,
        wordEnd(table, place.last),
        place.kind > 0 ? 0.85 : 0.75,
        place.kind === 2 ? "country name" : place.kind === 1 ? "region name" : "city name",
      );
      return place.last;
    }
    if (place === undefined && !knownFirst && cityDistrictAt(table, index)) {
      report(found, "LOCATION", start[index]!, wordEnd(table, index), 0.7, "district of a city");
      return index;
    }
  }

  const nameLast = extendName(table, index);
  const nameEnd = tokenEnd(table, nameLast);
  // "PayPal", "MySpace": one word with a capital inside; "Xyz is a software company", "Xyz est une banque".
  if (cue === undefined && !knownFirst) {
    const camel = nameLast === index && !knownFamily && camelCaseName(table, index);
    if (camel || describedAsOrganisation(table, nameLast)) {
      report(
        found,
        "ORGANIZATION",
        start[index]!,
        wordEnd(table, nameLast),
        camel ? 0.55 : 0.6,
        camel ? "one word with inner capitals" : "capitalised words described as a firm",
      );
      return nameLast;
    }
  }
  // "the Xxx office", "the Xxx team": a word of a workplace after the run makes it an organisation.
  const possessiveRun = possessiveToken(nameLast);
  if (cue === undefined && (before === idOfThe || possessiveRun)) {
    const after = wordAfterId(table, nameLast);
    const followers = possessiveRun ? OWNED_BY_ORGANISATION : ORGANISATION_FOLLOWER;
    if ((categoriesOf(after) & followers) !== 0 && !knownFirst) {
      report(
        found,
        "ORGANIZATION",
        start[index]!,
        wordEnd(table, nameLast),
        0.55,
        "capitalised words before a workplace word",
      );
      return nameLast;
    }
  }
  if (cue !== undefined) {
    // "Dear Housing Team", "Hello Benefits Office": a greeting to a team or an office names no one.
    if (!knownFirst && (categoriesOf(wordAfterId(table, nameLast)) & ORGANISATION_FOLLOWER) !== 0)
      return nameLast;
    // "Nurse Practitioner Jane Doe", "Dr. Senior Registrar Amy Li": role words between the title and a known given
    // name are the role, not the name.
    let nameFirst = index;
    if (cue === "title" && !knownFirst)
      for (let token = index; token < nameLast && stemIn(roleWords, token); token++)
        if ((stemCategoriesOf(token + 1) & FIRST_NAME) !== 0) {
          nameFirst = token + 1;
          break;
        }
    report(
      found,
      "PERSON",
      start[nameFirst]!,
      nameEnd,
      0.85,
      cue === "name" ? "name after a naming cue" : "name after a title",
    );
    return nameLast;
  }
  return personOrPlaceByContext(table, index, categories, nameLast, nameEnd, before, beforeCategories, found);
}

/**
 * Whether token `token` is French "l" or "d" with its apostrophe, right before a capitalised word ("l'Intérieur",
 * "d'Orsay"), after a word one space before it.
 */
function elidedArticleBefore(table: TokenTable, token: number): boolean {
  const { text } = table;
  const at = table.start[token]!;
  if (table.end[token]! - at !== 1 || !adjacent(table, token - 1, token)) return false;
  const letter = text.charCodeAt(at) | 0x20;
  if (letter !== 108 && letter !== 100) return false;
  const quote = text.charCodeAt(at + 1);
  return (
    (quote === 39 || quote === 0x2019) && table.start[token + 1] === at + 2 && isCapitalised(table, token + 1)
  );
}

/**
 * "Krisztián Szöllösy and Iva D. Grusová were...": unknown words joined by "and" to a known given name are a person
 * too (a firm's name joins family names: "Smith and Jones").
 */
function joinedToGivenName(table: TokenTable, last: number): boolean {
  const joiner = last + 1;
  const given = joiner + 1;
  return (
    given < table.count &&
    adjacent(table, last, joiner) &&
    adjacent(table, joiner, given) &&
    table.first[joiner] === LOWER &&
    organisationJoiners.hasToken(table, joiner) &&
    table.first[given] === UPPER &&
    (stemCategoriesOf(given) & FIRST_NAME) !== 0 &&
    (stemCategoriesOf(given) & GIVEN_NAME_WORD) === 0
  );
}

/** Offices that end a capitalised run naming the office, not its holder: "Prime Minister", "Chief Executive". */
const publicOffices = new TokenWordSet([
  "minister",
  "mayor",
  "president",
  "secretary",
  "chancellor",
  "governor",
  "commissioner",
  "ombudsman",
  "registrar",
  "executive",
  "officer",
  "director",
  "councillor",
  "premier",
]);

/** What an institution's word names with a word after it: "Free School Meals", "Care Home Fees". */
const servicesOfInstitutions = new TokenWordSet([
  "meals",
  "dinners",
  "fees",
  "uniform",
  "uniforms",
  "transport",
  "holidays",
  "places",
  "admissions",
]);

/** Whether a capitalised word of a service comes right after `token`: "Free School Meals". */
function serviceAfter(table: TokenTable, token: number): boolean {
  const next = token + 1;
  return (
    next < table.count &&
    adjacent(table, token, next) &&
    isCapitalised(table, next) &&
    stemIn(servicesOfInstitutions, next)
  );
}

/** Articles written with a capital inside an institution's name: "Hospital Universitario La Paz", "Lycée Le Corbusier". */
const capitalisedArticles = new TokenWordSet(["la", "el", "los", "las", "le", "les"]);

/**
 * The name's last word after `last`, read on through a capitalised article and the name words after it ("Hospital
 * Universitario La Paz"); `last` when no such article follows.
 */
function throughArticleInName(table: TokenTable, last: number): number {
  const article = last + 1;
  const name = article + 1;
  if (name >= table.count || table.first[article] !== UPPER || !capitalisedArticles.hasToken(table, article))
    return last;
  if (!adjacent(table, last, article) || !adjacent(table, article, name) || !isNameWord(table, name))
    return last;
  return extendName(table, name);
}

/** Words that, after "Centro de" / "Centre de" or right after "Centro", make a health centre. */
const healthCentreWords = new TokenWordSet(["salud", "saúde", "saude", "santé", "sante", "médico", "medico"]);
const idOfDe = registerWord("de");

/**
 * "Centro de Salud", "Centro de Saúde", "Centre de santé", "Centro Médico", in either case: the last word of a
 * health centre's kind after "Centro"/"Centre" at `token - 1`, or -1. The name follows it ("Centro de Salud La Paz").
 */
function healthCentreKindAt(table: TokenTable, token: number): number {
  if (token >= table.count || !adjacent(table, token - 1, token)) return -1;
  if (healthCentreWords.hasToken(table, token)) return token;
  const after = token + 1;
  if (table.wordId[token] !== idOfDe || after >= table.count || !adjacent(table, token, after)) return -1;
  return healthCentreWords.hasToken(table, after) ? after : -1;
}

/**
 * The last of up to two lower-case kinds of institution from `token` on ("secondaire", "hospitalier"), or
 * `token - 1` when none is there.
 */
function kindOfInstitutionAt(table: TokenTable, token: number): number {
  const health = healthCentreKindAt(table, token);
  if (health >= 0) return health;
  let last = token - 1;
  for (let next = token; next < table.count && next <= token + 1; next++) {
    if (
      table.first[next] !== LOWER ||
      !adjacent(table, next - 1, next) ||
      !institutionKinds.hasToken(table, next)
    )
      break;
    last = next;
  }
  return last;
}

/** A German institution's word, alone ("Gymnasium", "Klinikum") or as the last part of a compound ("Grundschule"). */
function germanInstitutionWord(table: TokenTable, token: number): boolean {
  // Every ending closes with "e", "k", "m" or "s": a look at the last letter rules most words out unread.
  const last = table.text.charCodeAt(table.end[token]! - 1) | 32;
  if (!isCapitalised(table, token) || (last !== 101 && last !== 107 && last !== 109 && last !== 115))
    return false;
  const word = lowerOf(table, token);
  for (const ending of germanInstitutionEndings) if (word.endsWith(ending)) return true;
  return false;
}

/** Last parts of German compounds that name an institution: "Stadtsparkasse", "Goethe-Gymnasium", "Kreisklinikum". */
const germanInstitutionEndings = [
  "sparkasse",
  "gymnasium",
  "schule",
  "klinikum",
  "krankenhaus",
  "klinik",
  // "Robert-Koch-Institut", "Humboldt-Universität", "Bertelsmann-Stiftung", "Waldorfkindergarten".
  "institut",
  "universität",
  "stiftung",
  "kindergarten",
  "akademie",
];

/**
 * Whether the capitalised token is a German compound ending with an institution's word, which opens its name as
 * the word alone does ("Stadtsparkasse München", "Goethe-Gymnasium Leipzig"). Read in German text only: compounds
 * are German, and the test slices the token.
 */
function germanInstitutionCompound(table: TokenTable, token: number): boolean {
  if (table.end[token]! - table.start[token]! < 9) return false;
  const word = lowerOf(table, token);
  for (const ending of germanInstitutionEndings)
    if (word.length >= ending.length + 3 && word.endsWith(ending)) return true;
  return false;
}

/** German prepositions, with their article, that place an institution: "am", "an der", "rechts der", "auf dem". */
const germanLocatives = new TokenWordSet([
  "am",
  "im",
  "beim",
  "zum",
  "zur",
  "an",
  "in",
  "auf",
  "rechts",
  "links",
  "unter",
  "vor",
  "hinter",
]);
const germanLocativeArticles = new TokenWordSet(["der", "dem", "den"]);

/**
 * A word of a script without capitals (Arabic): an institution, a district, a place, or a name by its cue or by
 * look-up. Pushes what it finds to `found` and returns the last token read (`index` when nothing was found). A
 * function of its own so that the loop of `recognise`, which Latin-script text runs through, stays small enough
 * for the engine to inline its checks.
 */
function recogniseScriptless(
  table: TokenTable,
  index: number,
  categories: number,
  cue: "name" | "weak" | "title" | undefined,
  found: Detection[],
): number {
  const { start } = table;
  // "بمستشفى الملك خالد", "لشركة أرامكو": an institution's word with a preposition joined to it.
  const joinedPrefixLast = arabicOrganisationAfterProclitic(table, index);
  if (joinedPrefixLast >= 0) {
    report(
      found,
      "ORGANIZATION",
      start[index]! + 1,
      wordEnd(table, joinedPrefixLast),
      0.75,
      "organisation prefix after a joined preposition",
    );
    return joinedPrefixLast;
  }
  // "حي النسيم", "بحي الملك فهد": after the word for a neighbourhood, its name.
  if (arabicDistrictBefore(table, index) && !arabicSentenceWords.hasToken(table, index)) {
    const last = arabicProperNameEnd(table, index);
    report(found, "LOCATION", start[index]!, wordEnd(table, last), 0.7, "name after a neighbourhood's noun");
    return last;
  }
  const place = lookupPlace(table, index);
  if (place !== undefined) {
    report(found, "LOCATION", start[index]!, wordEnd(table, place.last), 0.8, "place name");
    return place.last;
  }
  const joined = arabicPlaceAfterProclitic(table, index);
  if (joined !== undefined) {
    report(
      found,
      "LOCATION",
      joined.start,
      wordEnd(table, joined.last),
      0.8,
      "place name after a joined preposition",
    );
    return joined.last;
  }
  // After a cue, a preposition or another word of the sentence is no name: "أنا في البيت" (I am at home),
  // "أنا مريض" (I am ill).
  const cued =
    (cue !== undefined || arabicTitleJoinedBefore(table, index)) &&
    !arabicSentenceWords.hasToken(table, index);
  // "سلمى وأحمد": a given name with "and" (or a preposition) joined to it, unknown whole.
  if (!cued && (categories & FIRST_NAME) === 0) {
    const joinedName = arabicGivenNameAfterProclitic(table, index);
    if (joinedName >= 0) {
      report(
        found,
        "PERSON",
        joinedName,
        wordEnd(table, index),
        0.6,
        "known given name after a joined conjunction",
      );
      return index;
    }
  }
  if (levantineAgeBeforeNumber(table, index)) return index;
  if (cued || (categories & FIRST_NAME) !== 0) {
    const last = arabicNameLast(table, index, cued);
    report(
      found,
      "PERSON",
      start[kunyaBefore(table, index) ? index - 1 : index]!,
      wordEnd(table, last),
      cued ? 0.85 : 0.6,
      cued ? "name after a naming cue" : "known given name",
    );
    index = last;
  } else if (arabicGivenNamesThatAreWords.hasToken(table, index)) {
    // "زوجتي نور", "وأختي هدى": after a relative, a given name that is also a word is the relative's name;
    // so is one before a known name ("علي حسين"). Only a known name joins it: after "علي" (on) an unknown
    // word with the article is what it is on ("أمي علي الطاولة").
    const relative = arabicRelativeBefore(table, index);
    const knownAfter = knownArabicNameAfter(table, index);
    // "المريض حسن الشامي": after a role, only with a family name of relation ("المريض سعيد" is a happy patient).
    const familyAfter =
      !knownAfter && adjacent(table, index, index + 1) && relationFamilyName(table, index + 1);
    const role = familyAfter && arabicRoleBefore(table, index);
    if (relative || knownAfter || role) {
      const last = knownAfter || familyAfter ? index + 1 : index;
      report(
        found,
        "PERSON",
        start[index]!,
        wordEnd(table, last),
        relative || role ? 0.7 : 0.6,
        relative
          ? "given name after a relative"
          : role
            ? "given name after a role"
            : "given name before a known name",
      );
      index = last;
    }
  }
  return index;
}

/**
 * The last word of the place a German institution is named by after compound word `token` ("Grundschule am
 * Park", "Gymnasium an der Ruhr", "Klinikum rechts der Isar"), or -1: a locative, its article where it needs one, and
 * capitalised words.
 */
function germanLocativeNameAfter(table: TokenTable, token: number): number {
  let next = token + 1;
  if (next >= table.count || table.first[next] !== LOWER || !germanLocatives.hasToken(table, next)) return -1;
  if (!adjacent(table, token, next) || !germanInstitutionWord(table, token)) return -1;
  const contracted =
    table.end[next]! - table.start[next]! === 2 &&
    lowerOf(table, next) !== "an" &&
    lowerOf(table, next) !== "in";
  next++;
  if (!contracted) {
    if (
      next >= table.count ||
      !adjacent(table, next - 1, next) ||
      !germanLocativeArticles.hasToken(table, next)
    )
      return -1;
    next++;
  }
  if (next >= table.count || !adjacent(table, next - 1, next) || !isCapitalised(table, next)) return -1;
  return extendName(table, next, 2);
}

function recognise(text: string): Detection[] {
  const found: Detection[] = [];
  const table = tokensOf(text);
  prepareTokens(table);
  const { count, kind, first, start, end } = table;
  /** Whether the text is typed all in lower case: 0 once a capitalised word is seen, -1 while unknown. */
  let lowerCaseText = -1;
  /**
   * Only a text with a question mark can hold the answer to "What's your name?": 1 or 0 once searched, -1 until a
   * capitalised word needs it (most texts are read to the end without).
   */
  let asksQuestion = -1;
  /** The last lower-case word that may end a naming cue ("is", "me", "llamo"...). */
  let cueEndAt = -2;
  /** The last token of the last name found in lower case, or -1: a place of origin may follow it. */
  let lowerCasePersonLast = -1;
  for (let index = 0; index < count; index++) {
    if (kind[index] !== WORD) continue;
    const firstClass = first[index];
    if (firstClass !== UPPER && firstClass !== CASELESS) {
      if (firstClass !== LOWER) continue;
      // Lower-case names: after a strong cue, or a known given name in a text typed all in lower case. Most
      // lower-case words cost one look-up: whether they end a cue (then the next word is read as a name).
      let reason: string | undefined;
      if (cueEndAt === index - 1 && strongCueBefore(table, index) && lowerCaseNameWord(table, index))
        reason = "lower-case name after a naming cue";
      else if (abbreviatedTitleBefore(table, index) && lowerCaseNameWord(table, index))
        reason = "lower-case name after a title";
      else if (selfIntroductionBefore(table, index) && lowerCaseGivenName(table, index))
        reason = "lower-case given name after 'I am'";
      else if (
        speechVerbBefore(table, index) &&
        (lowerCaseGivenName(table, index) || lowerCaseFullName(table, index))
      )
        reason = "lower-case given name after a verb of speech";
      else if (
        verbAndPrepositionBefore(table, index, idOfBy, creditVerbs) &&
        (lowerCaseGivenName(table, index) || lowerCaseFullName(table, index))
      )
        reason = "lower-case name credited with a work";
      else if (givenNameAfterLowerCaseRelative(table, index))
        reason = "lower-case given name after a relative";
      else if (lowerCaseGivenName(table, index) && personContextAfterLowerCaseName(table, index))
        reason = "lower-case given name in a person's context";
      else if (lowerCaseText !== 0 && lowerCaseGivenName(table, index) && !saintBefore(table, index)) {
        if (lowerCaseText < 0) lowerCaseText = typedInLowerCase(table) ? 1 : 0;
        if (lowerCaseText === 1) reason = "known given name in lower-case text";
        else if (table.lastLineBreak >= 0 && lineTypedInLowerCase(text, start[index]!))
          reason = "known given name in a line typed in lower case";
      } else if (
        // A chat's or transcript's line typed in lower case among lines that are not: "Customer: hi its tomasz".
        // The line is read once and first: most lines of such a text hold a capital, and then no word is looked up.
        lowerCaseText === 0 &&
        table.lastLineBreak >= 0 &&
        lineTypedInLowerCase(text, start[index]!) &&
        lowerCaseGivenName(table, index) &&
        !saintBefore(table, index)
      )
        reason = "known given name in a line typed in lower case";
      // "What's the name on the account? User: cormac"
      if (reason === undefined && asksQuestion !== 0) {
        if (asksQuestion < 0) asksQuestion = text.includes("?") ? 1 : 0;
        if (asksQuestion === 1 && answersNameQuestion(table, index) && lowerCaseNameWord(table, index))
          reason = "lower-case answer to a question about a name";
      }
      if (reason === undefined) {
        const placeId = table.wordId[index]!;
        if (lowerCaseText !== 0 && (placeWords.hasId(placeId) || placePrefixes.hasId(placeId))) {
          if (lowerCaseText < 0) lowerCaseText = typedInLowerCase(table) ? 1 : 0;
          const place = lowerCaseText === 1 ? lowerCasePlace(table, index, lowerCasePersonLast) : -1;
          if (place >= 0) {
            report(
              found,
              "LOCATION",
              start[index]!,
              wordEnd(table, place),
              0.5,
              "place name in lower-case text",
            );
            index = place;
            continue;
          }
        }
        if ((wholeCategoriesOf(table, index) & LOWER_CUE_END) !== 0) cueEndAt = index;
        continue;
      }
      const last = lowerCaseNameLast(table, index);
      report(found, "PERSON", start[index]!, wordEnd(table, last), 0.5, reason);
      index = last;
      lowerCasePersonLast = last;
      continue;
    }
    const scriptless = firstClass === CASELESS;
    if (!scriptless && end[index]! - start[index]! > 1) lowerCaseText = 0; // a capitalised word: not lower-case text
    const id = stemId(index);
    const categories = stemCategoriesOf(index);
    if ((categories & LOWER_CUE_END) !== 0) cueEndAt = index; // "Name: ana lima", "Chamo-me ana lima"
    // "au collège Jean Moulin", "à l'hôpital Pasteur": the institution's word opens its name.
    const institution =
      !scriptless && (categories & COMMON) === 0 ? lowerCaseInstitutionBefore(table, index) : -1;
    if (institution >= 0) {
      const last = throughLinkWords(table, extendName(table, index));
      // The elided article ("l'hôpital") is not part of the name.
      const opening = start[institution]!;
      const from =
        text.charCodeAt(opening + 1) === 39 || text.charCodeAt(opening + 1) === 8217 ? opening + 2 : opening;
      report(found, "ORGANIZATION", from, wordEnd(table, last), 0.75, "institution word before a name");
      index = last;
      continue;
    }
    // "Meine Tochter Lena": German capitalises the relation noun; after a possessive it is the cue, not the name,
    // and so is a possessive opening the sentence before one ("Unsere Tochter Mia").
    if ((categories & RELATION_NOUN) !== 0 && afterPossessive(table, index)) continue;
    if (
      (categories & COMMON) !== 0 &&
      possessiveDeterminers.hasToken(table, index) &&
      index + 1 < count &&
      (stemCategoriesOf(index + 1) & RELATION_NOUN) !== 0 &&
      afterPossessive(table, index + 1)
    )
      continue;
    // "Student Kwame Mensah", "Der Schüler Mehmet": a role before a known name is not part of it ("Student
    // Finance" stays one name).
    if (roleBeforeKnownName(table, index)) continue;
    if (spanishDonAfterTitle(table, index)) continue;
    const common = (categories & COMMON) !== 0;
    let cue = cueBefore(table, index);
    // An everyday word answers a question about a name only when it is a given name too ("What's your name? Ella").
    if (cue === undefined && (!common || (categories & FIRST_NAME) !== 0)) {
      if (asksQuestion < 0) asksQuestion = text.includes("?") ? 1 : 0;
      if (asksQuestion === 1 && answersNameQuestion(table, index)) cue = "name";
    }
    if (cue === "weak") {
      const strong =
        (categories & (FIRST_NAME | SURNAME)) !== 0 ||
        (index + 1 < count && isNameWord(table, index + 1) && adjacent(table, index, index + 1)) ||
        romanceSelfIntroduction(table, index) ||
        englishSelfIntroduction(table, index);
      cue = strong ? "name" : undefined;
    }
    // An everyday word opens no name after a cue ("Hi, I'm Maria Lopez", "Dear Sir"), unless it is a name too
    // ("My name is Will").
    if (cue === "name" && common && (categories & (FIRST_NAME | SURNAME | GIVEN_NAME_WORD)) === 0)
      cue = undefined;
    // A label after a cue opens the next field of a form ("Datos del solicitante: Nombre: Jesús"), not a name.
    if (cue === "name" && labelCueWords.hasId(id) && colonAt(text, end[index]!) >= 0) cue = undefined;
    // A title after a title is the second of a pair of forms of address ("Madame, Monsieur", "Mr/Mrs"), and a
    // title after a greeting addresses someone by it ("Bonjour Docteur", "Dear Doctor Okafor": the name follows it).
    if (cue !== undefined && (categories & TITLE) !== 0) cue = undefined;

    // Well-known organisations by name: "Siemens", "Deutsche Bahn", "IBM", "Procter & Gamble".
    if (cue === undefined && !scriptless) {
      const listedLast = listedOrganisationLast(table, index, id);
      // "my daughter, Zara Ahmed": a one-word name of a firm before a known given or family name is a given name.
      if (
        listedLast >= 0 &&
        (categoriesOf(wordAfterId(table, listedLast)) & DOCUMENT_NOUN) === 0 &&
        !(
          listedLast === index &&
          isCapitalised(table, index + 1) &&
          (categoriesOf(wordAfterId(table, index)) & (FIRST_NAME | SURNAME)) !== 0
        )
      ) {
        const last = withTerritory(table, withLegalSuffix(table, listedLast));
        report(
          found,
          "ORGANIZATION",
          start[index]!,
          organisationEnd(table, last),
          0.75,
          "well-known organisation",
        );
        index = last;
        continue;
      }
    }
    // Organisations opened by "University of", "Bank of", "Ministerio de", "Stadtsparkasse", "Centre hospitalier"...
    const prefix =
      (categories & ORGANISATION_PREFIX) !== 0 || (germanText && germanInstitutionCompound(table, index));
    // Romance languages put the kind of institution after its word, in lower case: "École secondaire Cavelier-De
    // LaSalle", "Escuela primaria Benito Juárez"; "Centre" opens a name only so ("Centre hospitalier de X").
    const lastKind =
      prefix || stemIn(institutionCentres, index) ? kindOfInstitutionAt(table, index + 1) : index;
    if (prefix || lastKind > index) {
      // The name follows the prefix word by word: not past the end of a sentence ("...Hospital. Contact her").
      let from = lastKind + 1;
      if (
        from < count &&
        kind[from] === WORD &&
        (stemCategoriesOf(from) & LINK_WORD) !== 0 &&
        adjacent(table, from - 1, from)
      )
        from++;
      // "Ministère de l'Intérieur": an elided article after the link word, the name's capital after its apostrophe.
      const elided = from + 1 < count && elidedArticleBefore(table, from);
      if (elided) from++;
      // "Banco de la Nación": an article after the link word.
      else if (from < count && first[from] === LOWER && adjacent(table, from - 1, from)) {
        const afterParticles = nameWordAfterParticles(table, from);
        if (afterParticles >= 0) from = afterParticles;
      }
      // "Centro de Salud La Paz": a name may open with a capitalised article.
      const afterArticle = from < count ? throughArticleInName(table, from - 1) : from - 1;
      if (
        from < count &&
        (elided || adjacent(table, from - 1, from)) &&
        (isNameWord(table, from) || first[from] === CASELESS || afterArticle >= from)
      ) {
        const last =
          first[from] === CASELESS
            ? arabicProperNameEnd(table, from)
            : afterArticle >= from
              ? throughLinkWords(table, afterArticle)
              : throughArticleInName(table, throughLinkWords(table, extendName(table, from)));
        // "Council Tax", "Bank Transfer": a service or a payment, not an organisation.
        if (!holdsServiceWord(table, from, last))
          report(found, "ORGANIZATION", start[index]!, wordEnd(table, last), 0.8, "organisation prefix");
        index = last;
        continue;
      }
      // "Pestalozzi-Grundschule", "Goethe-Gymnasium": a German institution's compound whose first part is joined
      // by a hyphen names the institution by itself ("Grundschule", "Realschule" alone are kinds).
      if (
        prefix &&
        (categories & ORGANISATION_PREFIX) === 0 &&
        innerHyphen(text, start[index]!, end[index]!) > 0
      ) {
        report(
          found,
          "ORGANIZATION",
          start[index]!,
          wordEnd(table, index),
          0.75,
          "institution's compound name",
        );
        continue;
      }
    }
    if (scriptless) {
      index = recogniseScriptless(table, index, categories, cue, found);
      continue;
    }
    // "Mme Dvořáková", "called Dr. Ana Lima": the title is not the name; the name after it has it as its cue. So is
    // "M." opening a run ("contacter M. Dupont"; a middle initial the run before took): "m" is in TITLE for that.
    if ((categories & TITLE) !== 0 && isTitleBeforeName(table, index)) continue;
    if (common && cue === undefined) continue;
    index = recogniseCapitalised(table, index, id, categories, cue, found);
  }
  addListedOrganisations(table, found);
  return found;
}

/**
 * "Asc Partners, Corelogic and Avalara", "Pave, Hill Inc. and Importio": in a list joined by commas and "and", an
 * organisation found by its shape makes the unknown capitalised names listed beside it organisations too. Names
 * already read as something else (a person, a place), words of everyday use and names before a number stop the list.
 */
function addListedOrganisations(table: TokenTable, found: Detection[]): void {
  // Most texts hold no organisation: one pass rules them out. The recogniser reports in reading order, so the
  // detections are mostly sorted by start already and are copied (to be searched by binary search, a long text
  // holding thousands) only when they are not.
  let organisation = false;
  let sorted = true;
  for (let index = 0; index < found.length; index++) {
    if (found[index]!.type === "ORGANIZATION") organisation = true;
    if (index > 0 && found[index]!.start < found[index - 1]!.start) sorted = false;
  }
  if (!organisation) return;
  const count = found.length;
  const byStart = sorted ? found : found.slice().sort((left, right) => left.start - right.start);
  const listed = new Set<number>();
  for (let index = 0; index < count; index++) {
    const organisation = byStart[index]!;
    if (organisation.type !== "ORGANIZATION") continue;
    const first = tokenStartingAt(table, organisation.start);
    const last = tokenEndingBy(table, organisation.end);
    if (first < 0 || last < first) continue;
    for (let item = listItemAfter(table, last), steps = 0; item >= 0 && steps < 4; steps++) {
      const itemLast = listedNameLast(table, item, byStart, count);
      if (itemLast < 0 || germanNounInSentence(table, item, itemLast)) break;
      reportListed(table, item, itemLast, byStart, count, listed, found);
      item = listItemAfter(table, itemLast);
    }
    for (let item = listItemBefore(table, first), steps = 0; item >= 0 && steps < 4; steps++) {
      let itemFirst = item;
      while (
        itemFirst > 0 &&
        item - itemFirst < 2 &&
        isNameWord(table, itemFirst - 1) &&
        adjacent(table, itemFirst - 1, itemFirst)
      )
        itemFirst--;
      // "Head of Safeguarding, Riverside Academy Trust": words after a role and a link word are a department, not
      // a firm ("Kleist of Flightaware" still lists one).
      if (roleAndLinkBefore(table, itemFirst)) break;
      if (listedNameLast(table, itemFirst, byStart, count) !== item) break;
      reportListed(table, itemFirst, item, byStart, count, listed, found);
      item = listItemBefore(table, itemFirst);
    }
  }
}

/**
 * The detection of `byStart` (sorted by start, disjoint; what is appended after it is ignored: `count` first ones
 * only) that covers `position`, if any.
 */
function coveringDetection(
  byStart: readonly Detection[],
  count: number,
  position: number,
): Detection | undefined {
  let low = 0;
  let high = count - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (byStart[middle]!.start <= position) low = middle + 1;
    else high = middle - 1;
  }
  const candidate = byStart[high];
  return candidate !== undefined && candidate.end > position ? candidate : undefined;
}

/**
 * The last token of the name listed from `first` (an organisation already found there, or unknown capitalised
 * words), or -1 when the list ends here: no name, a common word, a known given name, a place, a job ("Case
 * Officer"), a number after it, or a detection of another type.
 */
function listedNameLast(
  table: TokenTable,
  first: number,
  byStart: readonly Detection[],
  count: number,
): number {
  if (!isNameWord(table, first)) return -1;
  const covering = coveringDetection(byStart, count, table.start[first]!);
  if (covering !== undefined)
    return covering.type === "ORGANIZATION" ? tokenEndingBy(table, covering.end) : -1;
  if ((stemCategoriesOf(first) & (FIRST_NAME | PLACE_START)) !== 0) return -1;
  // "Atentamente, Ayuntamiento de Zaragoza": a letter's closing before its sender.
  if (signOffWords.hasToken(table, first)) return -1;
  // Short words in capitals ("GB NINO", "FR NIR") are codes and abbreviations as often as firms.
  if (acronym(table, first) && table.end[first]! - table.start[first]! <= 4) return -1;
  const last = extendName(table, first);
  for (let word = first; word <= last; word++) if (stemIn(jobNouns, word)) return -1;
  if (roadAfter(table, last)) return -1;
  // "Dr. Chen, Pediatrics, Kaiser Permanente": a field of medicine or study is a department, not a firm.
  if (first === last && fieldOfStudy.test(lowerOf(table, first))) return -1;
  // "Universität Wien, Matrikelnummer 01234567": a word before a long number labels it.
  if (first === last && numberFollows(table, last) && table.end[last + 1]! - table.start[last + 1]! >= 5)
    return -1;
  return numberedAfter(table, last) ? -1 : last;
}

/** Names of fields of medicine and study: "Pediatrics", "Cardiology", "Psychiatry", "Kardiologie". */
const fieldOfStudy = /(?:olog(?:y|ie|ía|ia)|iatr(?:y|ics|ie|ía|ia)|aedics|edics|etrics|ics)$/;

/** A capitalised road word right after `last` ("Westminster Bridge Road"): the words before it name a street. */
function roadAfter(table: TokenTable, last: number): boolean {
  const next = last + 1;
  return (
    next < table.count && adjacent(table, last, next) && isCapitalised(table, next) && stemIn(roadWords, next)
  );
}

/**
 * Reports the listed name from `first` to `last` as an organisation, unless a detection of the recogniser or one
 * listed before (`listed`, by start) covers it.
 */
function reportListed(
  table: TokenTable,
  first: number,
  last: number,
  byStart: readonly Detection[],
  count: number,
  listed: Set<number>,
  found: Detection[],
): void {
  const start = table.start[first]!;
  if (listed.has(start) || coveringDetection(byStart, count, start) !== undefined) return;
  listed.add(start);
  report(found, "ORGANIZATION", start, wordEnd(table, last), 0.5, "name listed beside an organisation");
}

/** The first token of the next item of a list after `last`: after ", ", ", and ", " and ", " & ", or -1. */
function listItemAfter(table: TokenTable, last: number): number {
  const next = last + 1;
  if (next >= table.count) return -1;
  const text = table.text;
  let gapStart = tokenEnd(table, last);
  // The period of an abbreviated suffix ("Hill Inc. and Importio") belongs to the name before the separator.
  if (text.charCodeAt(gapStart) === 46 && table.end[last]! - table.start[last]! <= 4) gapStart++;
  const gap = table.start[next]! - gapStart;
  if ((gap === 2 && text.startsWith(", ", gapStart)) || (gap === 3 && text.startsWith(" & ", gapStart)))
    return stemIn(organisationJoiners, next) ? joinedItem(table, next) : next;
  if (gap === 1 && text.charCodeAt(gapStart) === 32 && stemIn(organisationJoiners, next))
    return joinedItem(table, next);
  return -1;
}

/**
 * Words for a neighbourhood written before its name: "colonia Roma Norte", "Col. Obispado", "bairro Santa Cecília",
 * "barrio de Gràcia", "quartier de la Croix-Rousse", "Fracc. Las Águilas".
 */
const neighbourhoodWords = new TokenWordSet([
  "colonia",
  "col",
  "bairro",
  "barrio",
  "quartier",
  "fraccionamiento",
  "fracc",
]);
/** Articles and prepositions between a neighbourhood's word and its name, or inside the name. */
const neighbourhoodParticles = new TokenWordSet(placeNameParticles);
/** Abbreviations among them, which count only with their period; "Col." also abbreviates Colonel. */
const abbreviatedNeighbourhoodWords = new TokenWordSet(["col", "fracc"]);

/**
 * Whether a neighbourhood's word, and up to two particles ("de la", "de los"), come right before capitalised word
 * `token`. "Col." counts only opening a line or an item after an address's house number ("1450 Pte., Col.
 * Obispado") and before a word that is no known name: "Then, Col. Mustard" is a colonel.
 */
function neighbourhoodWordBefore(table: TokenTable, token: number): boolean {
  const { text } = table;
  let word = token - 1;
  for (let particles = 0; particles < 2 && word >= 0 && table.first[word] === LOWER; particles++) {
    if (!neighbourhoodParticles.hasToken(table, word) || !adjacent(table, word, word + 1)) break;
    word--;
  }
  if (word < 0 || table.kind[word] !== WORD || !neighbourhoodWords.hasToken(table, word)) return false;
  if (!abbreviatedNeighbourhoodWords.hasToken(table, word)) return adjacent(table, word, word + 1);
  const period = table.end[word]!;
  if (
    text.charCodeAt(period) !== 46 ||
    text.charCodeAt(period + 1) !== 32 ||
    table.start[word + 1] !== period + 2
  )
    return false;
  if ((stemCategoriesOf(token) & (FIRST_NAME | SURNAME)) !== 0) return false;
  let before = table.start[word]! - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before--;
  if (before < 0) return false;
  const opening = text.charCodeAt(before);
  if (opening === 10 || opening === 13) return true;
  // After a comma, the item before it is an address's: it holds a house number.
  if (opening !== 44) return false;
  for (let index = before - 1; index >= 0 && index >= before - 12; index--)
    if (isAsciiDigit(text.charCodeAt(index))) return true;
  return false;
}

/** The last word of a neighbourhood's name from `first`: up to four capitalised words, with particles between. */
function neighbourhoodNameEnd(table: TokenTable, first: number): number {
  let last = first;
  for (let next = first + 1, words = 1; next < table.count && words < 4; next++) {
    if (!adjacent(table, next - 1, next)) break;
    if (table.first[next] === LOWER && neighbourhoodParticles.hasToken(table, next)) continue;
    if (!isCapitalised(table, next)) break;
    last = next;
    words++;
  }
  return last;
}

/**
 * "TU Dortmund, Profil unter ...": in German text, where every noun has a capital, one word after a comma that a
 * lower-case word other than a joiner follows is a noun of the sentence, not a firm listed beside one.
 */
function germanNounInSentence(table: TokenTable, item: number, itemLast: number): boolean {
  const next = itemLast + 1;
  return (
    germanText &&
    item === itemLast &&
    next < table.count &&
    table.first[next] === LOWER &&
    adjacent(table, itemLast, next) &&
    !stemIn(organisationJoiners, next)
  );
}

/** Whether a role and a lower-case link word come right before `token`: "Head of", "Directora de". */
function roleAndLinkBefore(table: TokenTable, token: number): boolean {
  const link = token - 1;
  const role = token - 2;
  return (
    role >= 0 &&
    table.first[link] === LOWER &&
    adjacent(table, link, token) &&
    adjacent(table, role, link) &&
    (stemCategoriesOf(link) & LINK_WORD) !== 0 &&
    stemIn(roleWords, role)
  );
}

/** The token after joiner `joiner` ("and", "y", "et", "und"), one space on, or -1. */
function joinedItem(table: TokenTable, joiner: number): number {
  const item = joiner + 1;
  return table.first[joiner] === LOWER && item < table.count && adjacent(table, joiner, item) ? item : -1;
}

/** The last token of the list item before the one opening at `first`, or -1. */
function listItemBefore(table: TokenTable, first: number): number {
  const text = table.text;
  let previous = first - 1;
  if (previous < 0) return -1;
  if (
    stemIn(organisationJoiners, previous) &&
    table.first[previous] === LOWER &&
    adjacent(table, previous, first)
  ) {
    previous--;
    if (previous < 0) return -1;
    const gapStart = tokenEnd(table, previous);
    const gap = table.start[previous + 1]! - gapStart;
    const joined =
      gap === 1 ? text.charCodeAt(gapStart) === 32 : gap === 2 && text.startsWith(", ", gapStart);
    return joined ? previous : -1;
  }
  const gapStart = tokenEnd(table, previous);
  const gap = table.start[first]! - gapStart;
  const separated =
    (gap === 2 && text.startsWith(", ", gapStart)) || (gap === 3 && text.startsWith(" & ", gapStart));
  return separated ? previous : -1;
}

/** The token starting at `position`, or -1. */
function tokenStartingAt(table: TokenTable, position: number): number {
  let low = 0;
  let high = table.count - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = table.start[middle]!;
    if (start === position) return middle;
    if (start < position) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The last token that ends at or before `position`. */
function tokenEndingBy(table: TokenTable, position: number): number {
  let low = 0;
  let high = table.count - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (table.end[middle]! <= position) low = middle + 1;
    else high = middle - 1;
  }
  return high;
}

/**
 * For tests: what `organisationOfRun` reads from each capitalised word of `text`, as its result and what it
 * reports, with the walk of the run left to `joinerOrSuffixAhead` (as in `recognise`) or always made.
 */
function organisationRunsOf(
  text: string,
  alwaysWalk: boolean,
): { index: number; last: number; found: Detection[] }[] {
  const table = tokensOf(text);
  prepareTokens(table);
  const runs: { index: number; last: number; found: Detection[] }[] = [];
  for (let index = 0; index < table.count; index++) {
    if (!isCapitalised(table, index)) continue;
    const found: Detection[] = [];
    const mayJoin = alwaysWalk || joinerOrSuffixAhead(table, index);
    runs.push({ index, last: organisationOfRun(table, index, undefined, found, mayJoin), found });
  }
  return runs;
}

/**
 * For tests: whether `cueBefore` goes on reading after the word before a capitalised one, by the word's categories
 * (see CUE_LAST and SIGN_OFF): it must for every word that it or `labelOrSignOffBefore` reads as a cue.
 */
function readsAsCue(word: string): boolean {
  return (categoriesOf(wordIdOfText(word, 0, word.length)) & (CUE_LAST | SIGN_OFF)) !== 0;
}

export const testHooks = { organisationRunsOf, readsAsCue };

export const freeTextRecogniser: Recogniser = {
  name: "free-text",
  types: ["PERSON", "LOCATION", "ORGANIZATION"],
  recognise,
};
