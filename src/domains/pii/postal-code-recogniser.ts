import { hasCueBefore } from "./context-words.ts";
import type { Detection, Recogniser } from "./detection.ts";
import { NUMBER, type TokenTable, tokensOf } from "./scan.ts";

interface PostalFormat {
  readonly label: string;
  /** Sticky: tried only where `starts` says the format can begin. */
  readonly pattern: RegExp;
  readonly score: number;
  /** Where a match can start, given a number token [start, end) of the text; -1 when it cannot. */
  readonly starts: (text: string, start: number, end: number) => readonly number[];
}

const HYPHEN = 45;
const SPACE = 32;
const none: readonly number[] = [];

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

// Distinctive national formats score on their own; bare digit groups need a cue (see below). Every format
// begins at a number token or one or two capital letters before it, so each is tried only there.
const formats: readonly PostalFormat[] = [
  {
    label: "UK postcode",
    pattern: /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/y,
    score: 0.75,
    starts: (text, start, end) => {
      if (end - start > 2 || !isAsciiUpper(text.charCodeAt(start - 1))) return none;
      return isAsciiUpper(text.charCodeAt(start - 2)) ? [start - 2, start - 1] : [start - 1];
    },
  },
  {
    label: "Canadian postal code",
    pattern: /\b[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d\b/y,
    score: 0.75,
    starts: (text, start, end) =>
      end - start === 1 && isAsciiUpper(text.charCodeAt(start - 1)) ? [start - 1] : none,
  },
  {
    label: "US ZIP+4",
    pattern: /(?<![\d-])\d{5}-\d{4}(?![\d-])/y,
    score: 0.7,
    starts: (text, start, end) => (end - start === 5 && text.charCodeAt(end) === HYPHEN ? [start] : none),
  },
  {
    label: "Portuguese or Brazilian postal code",
    pattern: /(?<![\d-])\d{4,5}-\d{3}(?![\d-])/y,
    score: 0.6,
    starts: (text, start, end) =>
      (end - start === 4 || end - start === 5) && text.charCodeAt(end) === HYPHEN ? [start] : none,
  },
  {
    label: "Dutch postcode",
    pattern: /(?<!\d)\d{4} [A-Z]{2}\b/y,
    score: 0.5,
    starts: (text, start, end) => (end - start === 4 && text.charCodeAt(end) === SPACE ? [start] : none),
  },
];
const bareCode = /(?<![\p{L}\p{N}-])(?:\d{3,5}|\d{2}-\d{3}|\d{3} \d{2})(?![\p{L}\p{N}-])/uy;

function matchAt(pattern: RegExp, text: string, position: number): string | undefined {
  pattern.lastIndex = position;
  const match = pattern.exec(text);
  return match === null ? undefined : match[0];
}

function recogniseFormat(table: TokenTable, format: PostalFormat, found: Detection[]): void {
  const { text, count, kind, start, end } = table;
  // Matches of one format never overlap, as with a global regex.
  let matchedUpTo = -1;
  for (let token = 0; token < count; token++) {
    if (kind[token] !== NUMBER) continue;
    for (const from of format.starts(text, start[token]!, end[token]!)) {
      if (from < matchedUpTo) continue;
      const value = matchAt(format.pattern, text, from);
      if (value === undefined) continue;
      const cue = hasCueBefore(text, from, "postalCode", 30);
      found.push({
        type: "POSTAL_CODE",
        start: from,
        end: from + value.length,
        score: cue ? 0.9 : format.score,
        reason: `${format.label} format${cue ? ", postal-code context" : ""}`,
      });
      matchedUpTo = from + value.length;
      break;
    }
  }
}

export const postalCodeRecogniser: Recogniser = {
  name: "postal-code",
  types: ["POSTAL_CODE"],
  recognise(text) {
    const found: Detection[] = [];
    const table = tokensOf(text);
    for (const format of formats) recogniseFormat(table, format, found);
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
