import { isAsciiCapital, isAsciiDigit, isAsciiLowerCase } from "./ascii.ts";
import { hasCueBefore } from "./context-words.ts";
import type { Detection, Recogniser } from "./detection.ts";
import { classAt, DIGIT, LOWER, matchEnd, tokensOf, UPPER } from "./scan.ts";

interface PostalFormat {
  readonly label: string;
  /** Sticky: tried only where the format can begin (see `candidateStarts`). */
  readonly pattern: RegExp;
  readonly score: number;
}

// Distinctive national formats score on their own; bare digit groups need a cue (see below).
const ukPostcode: PostalFormat = {
  label: "UK postcode",
  pattern: /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/y,
  score: 0.75,
};
/** A UK postcode typed in lower case ("m14 6bn"): tried only after a postal-code cue, so always scored with one. */
const ukPostcodeInLowerCase: PostalFormat = {
  label: "UK postcode in lower case",
  pattern: /\b[a-z]{1,2}\d[a-z\d]? \d[a-z]{2}\b/y,
  score: 0.9,
};
const canadianPostalCode: PostalFormat = {
  label: "Canadian postal code",
  pattern: /\b[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d\b/y,
  score: 0.75,
};
const usZipPlusFour: PostalFormat = {
  label: "US ZIP+4",
  pattern: /(?<![\d-])\d{5}-\d{4}(?![\d-])/y,
  score: 0.7,
};
const irishEircode: PostalFormat = {
  label: "Irish Eircode",
  // A routing key (a letter, two digits) and a space: tried at a two-digit token after a capital, before a space.
  pattern: /\b[AC-FHKNPRTV-Y]\d{2} [0-9AC-FHKNPRTV-Y]{4}\b/y,
  score: 0.6,
};
const portugueseOrBrazilian: PostalFormat = {
  label: "Portuguese or Brazilian postal code",
  pattern: /(?<![\d-])\d{4,5}-\d{3}(?![\d-])/y,
  score: 0.6,
};
const dutchPostcode: PostalFormat = {
  label: "Dutch postcode",
  pattern: /(?<!\d)\d{4} [A-Z]{2}\b/y,
  score: 0.5,
};

const HYPHEN = 45;
const SPACE = 32;

/**
 * Whether `ukPostcode` may match at the letters before the number token from `from` to `to` (one or two
 * digits): the outward code ends at the token or one capital after it ("SW1A"), then come a space, a digit and
 * two capitals ("1AA"). Digits after the token would be in it, so the token's last digit ends the digits.
 */
function mayBeUkPostcode(text: string, to: number): boolean {
  let space = to;
  if (text.charCodeAt(space) !== SPACE) {
    if (!isAsciiCapital(text.charCodeAt(space))) return false;
    space++;
    if (text.charCodeAt(space) !== SPACE) return false;
  }
  return (
    isAsciiDigit(text.charCodeAt(space + 1)) &&
    isAsciiCapital(text.charCodeAt(space + 2)) &&
    isAsciiCapital(text.charCodeAt(space + 3))
  );
}

/** Whether `dutchPostcode` may match at a token of four digits before a space: two capitals follow the space. */
function mayBeDutchPostcode(text: string, to: number): boolean {
  return isAsciiCapital(text.charCodeAt(to + 1)) && isAsciiCapital(text.charCodeAt(to + 2));
}

const bareCode = /(?<![\p{L}\p{N}-])(?:\d{3,5}|\d{2}-\d{3}|\d{3} \d{2})(?![\p{L}\p{N}-])/uy;

/** Pushes the match of `format` at `from`; `cueFound` when the caller has already looked for a postal-code cue. */
function pushFormat(
  text: string,
  format: PostalFormat,
  from: number,
  found: Detection[],
  cueFound?: boolean,
): number {
  const end = matchEnd(format.pattern, text, from);
  if (end < 0) return -1;
  const cue = cueFound ?? hasCueBefore(text, from, "postalCode", 30);
  found.push({
    type: "POSTAL_CODE",
    start: from,
    end,
    score: cue ? 0.9 : format.score,
    reason: `${format.label} format${cue ? ", postal-code context" : ""}`,
  });
  return end;
}

/**
 * Every format begins at a number token or one or two capital letters before it: at each number token only
 * the formats whose shape fits are tried (the length of the digit run and the character after it). Formats are
 * tried in a fixed order and a match ends the token's turn. Returns where the match ends, or -1.
 */
function recogniseFormatAt(text: string, from: number, to: number, found: Detection[]): number {
  const digits = to - from;
  const after = text.charCodeAt(to);
  let matchedTo = -1;
  if (digits <= 2 && isAsciiCapital(text.charCodeAt(from - 1))) {
    if (mayBeUkPostcode(text, to)) {
      if (isAsciiCapital(text.charCodeAt(from - 2)))
        matchedTo = pushFormat(text, ukPostcode, from - 2, found);
      if (matchedTo < 0) matchedTo = pushFormat(text, ukPostcode, from - 1, found);
    }
    if (matchedTo < 0 && digits === 1) matchedTo = pushFormat(text, canadianPostalCode, from - 1, found);
    if (matchedTo < 0 && digits === 2 && text.charCodeAt(to) === SPACE)
      matchedTo = pushFormat(text, irishEircode, from - 1, found);
  } else if (digits <= 2 && isAsciiLowerCase(text.charCodeAt(from - 1))) {
    const opening = isAsciiLowerCase(text.charCodeAt(from - 2)) ? from - 2 : from - 1;
    if (hasCueBefore(text, opening, "postalCode", 30))
      matchedTo = pushFormat(text, ukPostcodeInLowerCase, opening, found, true);
  } else if (after === HYPHEN && (digits === 4 || digits === 5)) {
    if (digits === 5) matchedTo = pushFormat(text, usZipPlusFour, from, found);
    if (matchedTo < 0) matchedTo = pushFormat(text, portugueseOrBrazilian, from, found);
  } else if (after === SPACE && digits === 4 && mayBeDutchPostcode(text, to)) {
    matchedTo = pushFormat(text, dutchPostcode, from, found);
  }
  return matchedTo;
}

/** Whether the character at `index` is surely one of [\p{L}\p{N}-], which `bareCode` keeps away from a code. */
function touchesBareCode(text: string, index: number): boolean {
  const value = classAt(text, index);
  return value === LOWER || value === UPPER || value === DIGIT || text.charCodeAt(index) === HYPHEN;
}

/**
 * Whether `bareCode` may match at the number token from `from` to `to`, by what it needs around the token: two
 * digits go on with a hyphen; three to five are the whole code or its start ("123 45"), so a letter, digit or
 * hyphen after them ends the match.
 */
function mayBeBareCode(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 2 || length > 5) return false;
  if (touchesBareCode(text, from - 1)) return false;
  return length === 2 ? text.charCodeAt(to) === HYPHEN : !touchesBareCode(text, to);
}

/** The bare code ("75001", "00-950", "123 45") at a number token, if a postal-code cue comes shortly before. */
function bareCodeAt(text: string, from: number, to: number): Detection | undefined {
  if (!mayBeBareCode(text, from, to)) return undefined;
  // The cue test goes first: it is cheaper than the pattern and rarely holds, and both are pure.
  if (!hasCueBefore(text, from, "postalCode", 25)) return undefined;
  const end = matchEnd(bareCode, text, from);
  if (end < 0) return undefined;
  return { type: "POSTAL_CODE", start: from, end, score: 0.85, reason: "number after a postal-code cue" };
}

export const postalCodeRecogniser: Recogniser = {
  name: "postal-code",
  types: ["POSTAL_CODE"],
  recognise(text) {
    const found: Detection[] = [];
    // Made for the first bare code only: most texts hold none.
    let bareCodes: Detection[] | undefined;
    const { numberTokens, numberCount, start, end } = tokensOf(text);
    // One pass for formats and bare codes; bare codes are reported after all formats, as two passes would.
    // Neither kind is tried at a token inside its own last match.
    let formatEnd = -1;
    let bareCodeEnd = -1;
    for (let number = 0; number < numberCount; number++) {
      const token = numberTokens[number]!;
      const from = start[token]!;
      const to = end[token]!;
      if (from >= formatEnd) {
        const matchedTo = recogniseFormatAt(text, from, to, found);
        if (matchedTo > 0) formatEnd = matchedTo;
      }
      if (from >= bareCodeEnd) {
        const code = bareCodeAt(text, from, to);
        if (code !== undefined) {
          if (bareCodes === undefined) bareCodes = [code];
          else bareCodes.push(code);
          bareCodeEnd = code.end;
        }
      }
    }
    if (bareCodes !== undefined) for (const code of bareCodes) found.push(code);
    return found;
  },
};

/** For the pre-check soundness tests. */
export const testHooks = {
  bareCode,
  mayBeBareCode,
  ukPostcode: ukPostcode.pattern,
  mayBeUkPostcode,
  dutchPostcode: dutchPostcode.pattern,
  mayBeDutchPostcode,
};
