import { hasCueBefore } from "./context-words.ts";
import type { Detection, Recogniser } from "./detection.ts";
import { matchAt, NUMBER, type TokenTable, tokensOf } from "./scan.ts";

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

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

const bareCode = /(?<![\p{L}\p{N}-])(?:\d{3,5}|\d{2}-\d{3}|\d{3} \d{2})(?![\p{L}\p{N}-])/uy;

function pushFormat(text: string, format: PostalFormat, from: number, found: Detection[]): number {
  const value = matchAt(format.pattern, text, from);
  if (value === undefined) return -1;
  const cue = hasCueBefore(text, from, "postalCode", 30);
  found.push({
    type: "POSTAL_CODE",
    start: from,
    end: from + value.length,
    score: cue ? 0.9 : format.score,
    reason: `${format.label} format${cue ? ", postal-code context" : ""}`,
  });
  return from + value.length;
}

/**
 * Every format begins at a number token or one or two capital letters before it: one pass over the number
 * tokens tries, at each, only the formats whose shape fits (the length of the digit run and the character
 * after it). Formats are tried in a fixed order and a match ends the token's turn.
 */
function recogniseFormats(table: TokenTable, found: Detection[]): void {
  const { text, count, kind, start, end } = table;
  let covered = -1;
  for (let token = 0; token < count; token++) {
    if (kind[token] !== NUMBER) continue;
    const from = start[token]!;
    if (from < covered) continue;
    const digits = end[token]! - from;
    const after = text.charCodeAt(end[token]!);
    let matchedTo = -1;
    if (digits <= 2 && isAsciiUpper(text.charCodeAt(from - 1))) {
      if (isAsciiUpper(text.charCodeAt(from - 2))) matchedTo = pushFormat(text, ukPostcode, from - 2, found);
      if (matchedTo < 0) matchedTo = pushFormat(text, ukPostcode, from - 1, found);
      if (matchedTo < 0 && digits === 1) matchedTo = pushFormat(text, canadianPostalCode, from - 1, found);
    } else if (after === HYPHEN && (digits === 4 || digits === 5)) {
      if (digits === 5) matchedTo = pushFormat(text, usZipPlusFour, from, found);
      if (matchedTo < 0) matchedTo = pushFormat(text, portugueseOrBrazilian, from, found);
    } else if (after === SPACE && digits === 4) {
      matchedTo = pushFormat(text, dutchPostcode, from, found);
    }
    if (matchedTo > 0) covered = matchedTo;
  }
}

export const postalCodeRecogniser: Recogniser = {
  name: "postal-code",
  types: ["POSTAL_CODE"],
  recognise(text) {
    const found: Detection[] = [];
    const table = tokensOf(text);
    recogniseFormats(table, found);
    // Bare codes ("75001", "00-950", "123 45") need a postal-code cue shortly before.
    const { count, kind, start, end } = table;
    let matchedUpTo = -1;
    for (let token = 0; token < count; token++) {
      if (kind[token] !== NUMBER || start[token]! < matchedUpTo) continue;
      const length = end[token]! - start[token]!;
      if (length < 2 || length > 5) continue;
      const from = start[token]!;
      const value = matchAt(bareCode, text, from);
      if (value === undefined || !hasCueBefore(text, from, "postalCode", 25)) continue;
      found.push({
        type: "POSTAL_CODE",
        start: from,
        end: from + value.length,
        score: 0.85,
        reason: "number after a postal-code cue",
      });
      matchedUpTo = from + value.length;
    }
    return found;
  },
};
