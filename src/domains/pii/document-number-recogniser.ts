import { isAbaRoutingNumber } from "./checksums.ts";
import { type ContextCue, cueWordsFor } from "./context-words.ts";
import type { Detection, Recogniser } from "./detection.ts";
import type { EntityType } from "./entity-type.ts";
import { passesLearnerNumberCheck, uniquePupilNumbersIn } from "./learner-numbers.ts";
import { readsAsLowerCase } from "./lexicon.ts";
import { charClass, isLetterClass, lowerOf, type TokenTable, TokenWordSet, tokensOf, WORD } from "./scan.ts";
import { recogniseUkDrivingLicences } from "./uk-driving-licences.ts";

/**
 * Passport, driving-licence, medical-record, student and bank account numbers have no universal format: a cue word
 * must lead to them.
 */
interface DocumentSpec {
  readonly type: EntityType;
  readonly cue: ContextCue;
  readonly label: string;
  /** The score of a number found after the cue; 0.85 unless said. */
  readonly score?: number;
  /** A published check some of these numbers carry: one that passes it is scored 0.95. */
  readonly check?: { readonly name: string; readonly passes: (compact: string) => boolean };
  /** Only digits (and their separators) are taken: letters make it another kind of number. */
  readonly digitsOnly?: boolean;
}

const specs: readonly DocumentSpec[] = [
  { type: "PASSPORT", cue: "passport", label: "a passport" },
  { type: "DRIVER_LICENSE", cue: "driverLicense", label: "a driving licence" },
  { type: "MEDICAL_RECORD", cue: "medicalRecord", label: "a medical record" },
  // "matrícula 2023004512": a student's enrolment number is digits; a car's registration has letters ("1234 BCD").
  { type: "STUDENT_ID", cue: "enrolment", label: "an enrolment", digitsOnly: true },
  {
    type: "BANK_ACCOUNT",
    cue: "bankAccount",
    label: "a bank account",
    check: { name: "routing number check", passes: isAbaRoutingNumber },
  },
  {
    type: "STUDENT_ID",
    cue: "studentNumber",
    label: "a student number",
    check: { name: "ULN or UPN check", passes: passesLearnerNumberCheck },
  },
  // Identity numbers of countries without a spec of their own ("بطاقة التعريف الوطنية رقم BE728341", a Moroccan
  // CIN). Scored below a validated number with its cue (0.6), which keeps its country, and below a phone-shaped
  // run read with an identity cue, which the phone recogniser reports.
  { type: "NATIONAL_ID", cue: "identityDocument", label: "an identity document", score: 0.55 },
];

/** A cue phrase, lower-cased, and the document it announces. */
interface CuePhrase {
  readonly phrase: string;
  readonly spec: DocumentSpec;
}

/** The first letter run of a phrase as the tokeniser sees it ("driver's license" → "driver's"). */
function firstTokenOf(phrase: string): string {
  let end = 0;
  while (end < phrase.length) {
    const code = phrase.charCodeAt(end);
    if (isLetterClass(charClass(code))) {
      end++;
      continue;
    }
    const joiner = code === 39 || code === 0x2019 || code === 45;
    if (
      joiner &&
      end > 0 &&
      end + 1 < phrase.length &&
      isLetterClass(charClass(phrase.charCodeAt(end + 1)))
    ) {
      end += 2;
      continue;
    }
    break;
  }
  return phrase.slice(0, end);
}

/** Cue phrases indexed by their first word, longest first: one Map look-up per word instead of a regex pass. */
const cuesByFirstWord = new Map<string, CuePhrase[]>();
for (const spec of specs) {
  for (const word of new Set(cueWordsFor(spec.cue))) {
    const phrase = word.toLowerCase();
    const key = firstTokenOf(phrase);
    if (key.length === 0) continue;
    let list = cuesByFirstWord.get(key);
    if (list === undefined) {
      list = [];
      cuesByFirstWord.set(key, list);
    }
    list.push({ phrase, spec });
  }
}
const cueFirstWords = new TokenWordSet(cuesByFirstWord.keys());
for (const list of cuesByFirstWord.values())
  list.sort((left, right) => right.phrase.length - left.phrase.length);

/**
 * An identifier: letters, digits and hyphens, or digit groups one space, period or slash apart ("943 476 5919",
 * "RG 12.345.678-9", "cédula 1.023.456.789", "case number 2024/118273"), up to 30 characters (a Spanish account
 * number: "0049 1500 05 1234567892").
 */
const identifierToken = /[\p{L}\p{N}](?:[\p{L}\p{N}-]|(?<=\p{N})[ ./](?=\p{N})){3,29}/gu;
/** Digits and the separators of their groups. */
const onlyDigits = /^\d[\d ./-]*$/;
/** Letters after digits, as a registration plate has them: "1234 BCD", "12-AB". */
const lettersAfter = /^[ -]?\p{L}/u;

/** Whether the identifier `value` at `index` of `window` is digits with no letters in or right after it. */
function digitsAlone(window: string, index: number, value: string): boolean {
  return (
    onlyDigits.test(value) && !lettersAfter.test(window.slice(index + value.length, index + value.length + 2))
  );
}
/** Words allowed between the cue and the number ("number is", "n°", "Nr.", "es", ...). */
const fillerWord =
  /^(?:number|numbers|no|nr|num|numéro|numero|número|nummer|is|was|est|es|ist|lautet|é|de|du|da|do|of|my|mon|mi|meu|mein|id|card|n°|nº|#|هو|رقم)$/iu;

/**
 * A nationality, lower-case, as French, Spanish and Portuguese write it after the noun ("passeport vietnamien n°
 * C4829137", "pasaporte mexicano"): one such word may also stand between the cue and the number.
 */
const nationalityWord =
  /^\p{Ll}{2,}(?:ien|ienne|ais|aise|ois|oise|ain|aine|ano|ana|ino|ina|ês|esa|eiro|eira|isch|ische|ian|ish|ese)$/u;

/**
 * The word "number" in the six languages, later in the clause of a cue: "ich hab meinen Führerschein verloren, die
 * Nummer war 19384720", "lost my passport, the number was X1234567".
 */
const laterNumberNoun = /^[^.!?\n]*?(?<![\p{L}])(?:number|nummer|numéro|numero|número)(?![\p{L}])/iu;

function recogniseAfterCue(text: string, windowStart: number, spec: DocumentSpec, found: Detection[]): void {
  const window = text.slice(windowStart, windowStart + 60);
  if (identifierAfterFillers(window, windowStart, spec, found, true)) return;
  // Other words after the cue: the identifier may still follow its clause's "number".
  const noun = laterNumberNoun.exec(window);
  if (noun === null) return;
  const from = noun[0].length;
  identifierAfterFillers(window.slice(from), windowStart + from, spec, found, false);
}

/** One to three capitals and a space before an identifier: the series letters of "RXH 448 2231", "AB 123456". */
const letterPrefix = /(?<![\p{L}\p{N}])\p{Lu}{1,3} $/u;

/** How many characters of series letters come before the identifier at `index` of `window` (0 if none). */
function letterPrefixLength(window: string, index: number): number {
  const match = letterPrefix.exec(window.slice(Math.max(0, index - 4), index));
  return match === null || fillerWord.test(match[0].trimEnd()) ? 0 : match[0].length;
}

/**
 * Pushes the first identifier of `window` (at `windowStart` in the text) that only filler words, and one
 * nationality where `nationalityAllowed`, come before; returns whether one was found.
 */
function identifierAfterFillers(
  window: string,
  windowStart: number,
  spec: DocumentSpec,
  found: Detection[],
  nationalityAllowed: boolean,
): boolean {
  let skipped = 0;
  let nationality = !nationalityAllowed;
  for (const token of window.matchAll(identifierToken)) {
    const value = token[0].replace(/-+$/, "");
    if (/\d/.test(value) && value.length >= 4) {
      if (spec.digitsOnly === true && !digitsAlone(window, token.index, value)) return false;
      const end = windowStart + token.index + value.length;
      const checked = spec.check?.passes(value.replace(/[ ./]/g, "")) === true;
      found.push({
        type: spec.type,
        start: windowStart + token.index - letterPrefixLength(window, token.index),
        end,
        score: checked ? 0.95 : (spec.score ?? 0.85),
        reason: `identifier after ${spec.label} cue${checked ? `, ${spec.check!.name} passed` : ""}`,
      });
      return true;
    }
    if (!fillerWord.test(value)) {
      if (nationality || skipped > 0 || !nationalityWord.test(value)) return false;
      nationality = true;
    }
    if (++skipped > 4) return false;
  }
  return false;
}

/** Words for a case file: a medical record's when a hospital or clinic is named beside them. */
const caseFileWords = new TokenWordSet([
  "case",
  "file",
  "dossier",
  "processo",
  "expediente",
  "akte",
  "aktenzeichen",
  "ملف",
  "الملف",
  "ملفي",
]);

/** Hospitals, clinics and the word "medical", in the six languages. */
const healthPlaceWords = new TokenWordSet([
  "hospital",
  "clinic",
  "medical",
  "hôpital",
  "l'hôpital",
  "l’hôpital",
  "hopital",
  "clinique",
  "chu",
  "hospitalier",
  "médical",
  "clínica",
  "hospitalario",
  "médico",
  "hospitalar",
  "krankenhaus",
  "klinik",
  "klinikum",
  "مستشفى",
  "المستشفى",
  "بالمستشفى",
  "عيادة",
  "العيادة",
  "الطبي",
  "طبي",
]);

/** How far before a case-file word, and after it, a hospital may be named and the identifier may follow. */
const caseFileReach = 40;
const clauseEnd = /[.!?;\n]/;

/**
 * "Mon numéro de dossier à l'hôpital est 2023-118842", "o meu número de processo no hospital é 1189234", "رقم الملف
 * الطبي 882341": the first identifier in the clause after a case-file word, when a hospital, a clinic or the word
 * "medical" comes within reach before it. Without one, a file number is an administration's, not a health record.
 */
function recogniseHealthFileNumber(
  text: string,
  table: TokenTable,
  cueToken: number,
  found: Detection[],
): void {
  const cueEnd = table.end[cueToken]!;
  const window = text.slice(cueEnd, cueEnd + caseFileReach + 20);
  identifierToken.lastIndex = 0;
  for (const token of window.matchAll(identifierToken)) {
    if (clauseEnd.test(window.slice(0, token.index))) return;
    const value = token[0].replace(/-+$/, "");
    if (!/\d/.test(value) || value.length < 4) continue;
    const start = cueEnd + token.index;
    if (token.index > caseFileReach || !healthPlaceNear(table, cueToken, start + value.length)) return;
    found.push({
      type: "MEDICAL_RECORD",
      start,
      end: start + value.length,
      score: 0.85,
      reason: "identifier after a case file cue beside a hospital or clinic",
    });
    return;
  }
}

/** How far after the identifier a hospital may still be named in its clause ("processo 1234 no Hospital X"). */
const healthPlaceAfterReach = 20;

/**
 * Whether a health place word stands from `caseFileReach` characters before the cue token (in its sentence) up to
 * `healthPlaceAfterReach` characters after the identifier ending at `identifierEnd`, in its clause.
 */
function healthPlaceNear(table: TokenTable, cueToken: number, identifierEnd: number): boolean {
  const until = identifierEnd + healthPlaceAfterReach;
  const cueStart = table.start[cueToken]!;
  // Not past the sentence's start: "J'étais à l'hôpital. Mon dossier CAF..." is another matter.
  let from = Math.max(0, cueStart - caseFileReach);
  for (let index = cueStart - 1; index >= from; index--) {
    if (clauseEnd.test(table.text[index]!)) {
      from = index + 1;
      break;
    }
  }
  for (let token = cueToken - 1; token >= 0 && table.start[token]! >= from; token--) {
    if (healthPlaceWords.hasToken(table, token)) return true;
  }
  for (let token = cueToken + 1; token < table.count && table.start[token]! < until; token++) {
    if (healthPlaceWords.hasToken(table, token)) return true;
    const gapStart = table.end[token]!;
    if (gapStart >= identifierEnd && token + 1 < table.count) {
      const gap = table.text.slice(gapStart, table.start[token + 1]!);
      if (clauseEnd.test(gap)) return false;
    }
  }
  return false;
}

/** England's pupil numbers without a cue, by their check letter (`learner-numbers.ts`). */
function recogniseUniquePupilNumbers(table: TokenTable, found: Detection[]): void {
  const spans: { start: number; end: number }[] = [];
  uniquePupilNumbersIn(table, spans);
  for (const span of spans) {
    found.push({
      type: "STUDENT_ID",
      ...span,
      score: 0.6,
      reason: "unique pupil number, check letter valid",
    });
  }
}

/**
 * Whether the cue at text[at, after) is a word of an e-mail address or a domain name ("ngozi.obi@nhs.net",
 * "patient.example.org"): "@" or a period joined before it, or a period and a letter right after it.
 */
function insideWebAddress(text: string, at: number, after: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before === 64 || (before === 46 && isLetterClass(charClass(text.charCodeAt(at - 2))))) return true;
  return text.charCodeAt(after) === 46 && isLetterClass(charClass(text.charCodeAt(after + 1)));
}

export const documentNumberRecogniser: Recogniser = {
  name: "document-number",
  types: ["PASSPORT", "DRIVER_LICENSE", "MEDICAL_RECORD", "STUDENT_ID", "BANK_ACCOUNT", "NATIONAL_ID"],
  recognise(text) {
    const found: Detection[] = [];
    const table = tokensOf(text);
    const { kind, start, numberTokens, numberCount } = table;
    // A document number holds digits: a cue counts only when a number token follows within 70 characters.
    if (numberCount === 0) return found;
    recogniseUniquePupilNumbers(table, found);
    recogniseUkDrivingLicences(table, found);
    const lastNumber = numberTokens[numberCount - 1]!;
    /** Index in `numberTokens` of the first number token after the cue being read. */
    let numberAfter = 0;
    for (let token = 0; token < lastNumber; token++) {
      if (kind[token] !== WORD) continue;
      if (caseFileWords.hasToken(table, token)) recogniseHealthFileNumber(text, table, token, found);
      if (!cueFirstWords.hasToken(table, token)) continue;
      const list = cuesByFirstWord.get(lowerOf(table, token));
      if (list === undefined) continue;
      const at = start[token]!;
      while (numberTokens[numberAfter]! < token) numberAfter++;
      if (start[numberTokens[numberAfter]!]! - at > 70) continue;
      for (const cue of list) {
        // In place: lower-casing a long text whole for the few cue words in it cost more than all else here.
        if (!readsAsLowerCase(text, at, cue.phrase)) continue;
        const after = at + cue.phrase.length;
        if (after < text.length && isLetterClass(charClass(text.charCodeAt(after)))) continue;
        if (insideWebAddress(text, at, after)) continue;
        recogniseAfterCue(text, after, cue.spec, found);
        break;
      }
    }
    return found;
  },
};
