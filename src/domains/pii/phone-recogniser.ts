import { parsePhoneNumberFromString } from "libphonenumber-js";
import { type ContextCue, hasCueBefore } from "./context-words.ts";
import type { Detection, Recogniser } from "./detection.ts";
import type { EntityType } from "./entity-type.ts";
import { charClass, forEachDigitCluster, SPACE, tokensOf } from "./scan.ts";

/**
 * Candidate phone numbers: digit groups joined by single separators. A separator is required between groups,
 * so a digit run can be split only one way and the pattern cannot backtrack exponentially. The trunk prefix of
 * an international number may be written in brackets after the country code ("+46 (0)8 928 571 38").
 */
const candidatePattern =
  /(?<![\p{L}\p{N}+\-.@/:])(?:\+|00)?(?:\(\d{1,5}\)[ .-]?)?\d{1,14}(?: ?\(0\) ?\d{1,14})?(?:(?:[ .-]| ?\/ ?)\(?\d{1,14}\)?){0,7}(?![\p{L}\p{N}@]|[.-]\d)/uy;
const isoDate = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/;
const yearRange = /^(?:1[89]|20)\d\d ?[-/] ?(?:1[89]|20)?\d\d$/;
/** Dates and year ranges hold at most eight digits: `isoDate` and `yearRange` are tried only up to that. */
const dateDigitsAtMost = 8;
const northAmerican = /^(?:\+?1[ .-]?)?(?:\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]\d{4}$/;
/**
 * A group of five comes only after an area code in brackets, as in Brazilian mobiles ("(11) 98412-3376"), or after
 * two digits when it opens with the mobile's 9 ("11 98412-3376").
 */
const groupedLocal =
  /^(?:\(?\d{2,5}\)?[ .-]\d{2,4}|\(\d{2,5}\)[ .-]\d{5}|\d{2} 9\d{4})(?:[ .-]\d{2,4}){0,3}$/;
/**
 * An area code with its trunk prefix, then the subscriber number in one block, as German, Austrian, Swiss and
 * Italian numbers are written: "030 12345678", "089/1234567", "(0221) 4711123".
 */
const areaCodeAndSubscriber = /^(?:0\d{1,4}|\(0\d{1,4}\))(?: ?\/ ?|[ .-])\d{3,8}$/;

function internationalScore(candidate: string): number {
  const parsed = parsePhoneNumberFromString(
    candidate.startsWith("00") ? `+${candidate.slice(2)}` : candidate,
  );
  if (parsed === undefined) return 0;
  if (parsed.isValid()) return 0.9;
  return parsed.isPossible() ? 0.65 : 0;
}

/**
 * Whether `northAmerican` may match a candidate: it holds ten digits, or eleven with the leading 1, and a
 * separator before the last four.
 */
function mayBeNorthAmerican(digitCount: number, digitsOnly: boolean): boolean {
  return !digitsOnly && (digitCount === 10 || digitCount === 11);
}

/** /^0\d{8,10}$/ for a candidate of `digitCount` ASCII digits: whether it is all digits, 9 to 11, from a 0. */
function isTrunkPrefixed(candidate: string, digitCount: number, digitsOnly: boolean): boolean {
  return digitsOnly && digitCount >= 9 && digitCount <= 11 && candidate.charCodeAt(0) === 48;
}

/**
 * `digitsOnly`: the candidate is ASCII digits only (its length is its digit count). Both grouped formats need
 * a separator between groups, so they are not tried on such a candidate.
 */
function scoreCandidate(
  candidate: string,
  digitCount: number,
  digitsOnly: boolean,
): { score: number; reason: string } {
  if (candidate.startsWith("+") || (candidate.startsWith("00") && digitCount >= 10)) {
    const score = internationalScore(candidate);
    return { score, reason: score >= 0.9 ? "valid international number" : "possible international number" };
  }
  if (mayBeNorthAmerican(digitCount, digitsOnly) && northAmerican.test(candidate)) {
    return { score: 0.7, reason: "North American number format" };
  }
  if (!digitsOnly && groupedLocal.test(candidate)) {
    const parenthesised = candidate.startsWith("(");
    return { score: parenthesised ? 0.6 : 0.5, reason: "grouped national number format" };
  }
  if (!digitsOnly && areaCodeAndSubscriber.test(candidate)) {
    return { score: 0.5, reason: "area code and subscriber number" };
  }
  if (isTrunkPrefixed(candidate, digitCount, digitsOnly)) {
    return { score: 0.5, reason: "national number with trunk prefix" };
  }
  return { score: 0.3, reason: "digit run of phone length" };
}

/** "+44 7911 123456)": a closing bracket at the end that no bracket of the number opened closes the text around it. */
function withoutUnopenedBracket(candidate: string): string {
  if (candidate.charCodeAt(candidate.length - 1) !== 41) return candidate;
  let depth = 0;
  for (let at = 0; at < candidate.length; at++) {
    const code = candidate.charCodeAt(at);
    if (code === 40) depth++;
    else if (code === 41) depth--;
  }
  return depth < 0 ? candidate.slice(0, -1) : candidate;
}

/** Windows before a number, shortest first, in which the nearer of two cues is looked for. */
const cueDistances = [12, 20, 30];

/**
 * Whether a word that names a phone comes nearer the number at `index` than an identity or record cue does: "NIF
 * 301 558 957, telemóvel 912 483 706" is a phone number; "NHS number is 943 476 5919" is not.
 */
function phoneWordNearer(text: string, index: number): boolean {
  for (const distance of cueDistances) {
    if (hasCueBefore(text, index, "identityNumber", distance)) return false;
    if (hasCueBefore(text, index, "phoneWord", distance)) return true;
  }
  return false;
}

/** The social security number's own name, in the 30 characters before a number. */
const ssnCueBefore =
  /(?<![\p{L}])(?:ssn|social security(?: number| no\.?)?)(?![\p{L}])[^\p{L}]*(?:is|:)?[^\p{L}]*$/iu;

/** The identifiers an identity-number cue may announce, other than an identity number, in the order tried. */
const identifierCues: readonly { cue: ContextCue; type: EntityType; label: string }[] = [
  { cue: "medicalRecord", type: "MEDICAL_RECORD", label: "a medical record" },
  { cue: "studentNumber", type: "STUDENT_ID", label: "a student number" },
  { cue: "enrolment", type: "STUDENT_ID", label: "an enrolment" },
  { cue: "bankAccount", type: "BANK_ACCOUNT", label: "a bank account" },
];

/** Which identifier the identity-number cue before `index` announces: a record, a student's or bank number, an ID. */
function identifierCueBefore(text: string, index: number): { type: EntityType; label: string } {
  for (const identifier of identifierCues)
    if (hasCueBefore(text, index, identifier.cue, 30)) return identifier;
  return { type: "NATIONAL_ID", label: "an identity-number" };
}

/** Scores a candidate found at `index` and reports it unless it is no phone number. */
function recogniseCandidate(text: string, index: number, value: string, found: Detection[]): void {
  const candidate = withoutUnopenedBracket(value.trimEnd());
  let digitCount = 0;
  for (let at = 0; at < candidate.length; at++) {
    const code = candidate.charCodeAt(at);
    if (code >= 48 && code <= 57) digitCount++;
  }
  if (digitCount < 7 || digitCount > 15) return;
  const digitsOnly = candidate.length === digitCount;
  // Dates and year ranges have a separator too.
  if (
    !digitsOnly &&
    digitCount <= dateDigitsAtMost &&
    (isoDate.test(candidate) || yearRange.test(candidate))
  ) {
    return;
  }
  let { score, reason } = scoreCandidate(candidate, digitCount, digitsOnly);
  if (score === 0) return;
  // "My NHS number is 943 476 5919", "رقم الهوية 2012345678": an identity or record cue says the digits are
  // personal data but not a phone, whatever "number is" says. They are reported as the identity number or record
  // the cue names, at 0.6 at most: the national-id and document recognisers' readings win, and a mistyped identity
  // number that fails its checksum is still redacted as what it is.
  if (hasCueBefore(text, index, "identityNumber", 30) && !phoneWordNearer(text, index)) {
    const { type, label } = identifierCueBefore(text, index);
    // "My SSN is 123-45-6789": nine digits after the social security number's own name are one, even the
    // numbers of examples and advertisements its check refuses.
    const ssn =
      type === "NATIONAL_ID" &&
      digitCount === 9 &&
      ssnCueBefore.test(text.slice(Math.max(0, index - 30), index));
    found.push({
      type: ssn ? "US_SSN" : type,
      start: index,
      end: index + candidate.length,
      score: Math.max(score, Math.min(0.6, score + 0.3)),
      reason: `digits in a phone number's shape after ${ssn ? "a social security number" : label} cue`,
      ...(ssn ? { country: "US" as const } : {}),
    });
    return;
  }
  // A slash parts an area code with its trunk prefix from the number ("089/1234567"); between other digits it
  // parts the pieces of a reference ("طلب رقم 2024/5581", "Az. 52/2024").
  if (!digitsOnly && candidate.includes("/") && !/^[+0(]/.test(candidate)) return;
  if (hasCueBefore(text, index, "phone", 40)) {
    score = Math.min(0.95, score + 0.3);
    reason += ", phone context";
  } else if (hasCueBefore(text, index, "notPersonal", 25)) {
    score -= 0.3;
    reason += ", reference-number context";
  }
  found.push({
    type: "PHONE_NUMBER",
    start: index,
    end: extensionEnd(text, index + candidate.length),
    score,
    reason,
  });
}

/** An extension after a number: "ext. 2245", "x 12", "extension 5", "poste 214", "Durchwahl 33", "ramal 12". */
const extension = /,?\s?(?:ext\.?|x|extension|poste|durchwahl|ramal|extensión)\s?\d{1,6}(?![\p{L}\p{N}])/iuy;

/** Where the phone number ending at `end` ends with its extension, if one follows it. */
function extensionEnd(text: string, end: number): number {
  // The pattern's word opens after an optional comma and white space: most numbers are followed by neither word.
  let at = end;
  if (text.charCodeAt(at) === 44) at++;
  if (at < text.length && charClass(text.charCodeAt(at)) === SPACE) at++;
  if (!mayOpenExtension(text.charCodeAt(at))) return end;
  extension.lastIndex = end;
  return extension.test(text) ? extension.lastIndex : end;
}

/** The first letters of the extension words, either case. */
function mayOpenExtension(code: number): boolean {
  const lower = code | 0x20;
  return lower === 101 || lower === 120 || lower === 112 || lower === 100 || lower === 114;
}

export const phoneRecogniser: Recogniser = {
  name: "phone",
  types: ["PHONE_NUMBER", "NATIONAL_ID", "MEDICAL_RECORD", "STUDENT_ID", "BANK_ACCOUNT"],
  recognise(text) {
    const found: Detection[] = [];
    const table = tokensOf(text);
    // Only clusters of at least seven digits can hold a phone number; try the sticky pattern at their tokens.
    // Each candidate is scored as soon as it is found: scoring does not change where the next one is tried.
    forEachDigitCluster(table, 7, 3, (first, last) => {
      let covered = -1;
      for (let token = first; token <= last; token++) {
        const tokenStart = table.start[token]!;
        if (tokenStart < covered) continue;
        let position = tokenStart;
        if (text.charCodeAt(position - 1) === 40) position--;
        if (text.charCodeAt(position - 1) === 43) position--;
        candidatePattern.lastIndex = position;
        let match = candidatePattern.exec(text);
        // "(07911 123456)": the bracket opens the whole number, not an area code; the number starts at its digits.
        if (match === null && position !== tokenStart) {
          position = tokenStart;
          candidatePattern.lastIndex = position;
          match = candidatePattern.exec(text);
        }
        if (match === null) continue;
        recogniseCandidate(text, position, match[0], found);
        covered = position + match[0].length;
      }
    });
    return found;
  },
};

/** For the pre-check soundness tests. */
export const testHooks = {
  extension,
  extensionEnd,
  isoDate,
  yearRange,
  dateDigitsAtMost,
  northAmerican,
  mayBeNorthAmerican,
  groupedLocal,
  areaCodeAndSubscriber,
  isTrunkPrefixed,
};
