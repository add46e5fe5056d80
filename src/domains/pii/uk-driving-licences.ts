import type { Detection } from "./detection.ts";
import { NUMBER, type TokenTable } from "./scan.ts";

/**
 * Great Britain's driving licence numbers (DVLA): the first five letters of the family name (padded with 9s), six
 * digits that encode the date of birth (the decade's digit, the month, plus 50 for a woman, the day, the year's
 * digit), two initials (9 for none), a check digit and two letters, and on the card two more digits for the issue:
 * "MORGA753116SM9IJ", "JONES 710238 AB9CD". The shape and the date part say enough without a cue. Pure.
 */
const licence = /^([A-Z]{1,5}9{0,4}) ?(\d)([0156]\d)([0-3]\d)(\d) ?([A-Z9]{2}\d[A-Z]{2})(?: ?\d{2})?$/;
/** The longest a licence number and its spaces can be. */
const longest = 21;

/** Whether the month and day of a licence's date part are a date: months 01–12 (51–62 for a woman), days 01–31. */
function validDatePart(month: string, day: string): boolean {
  let monthValue = Number(month);
  if (monthValue > 50) monthValue -= 50;
  const dayValue = Number(day);
  return monthValue >= 1 && monthValue <= 12 && dayValue >= 1 && dayValue <= 31;
}

/** Whether the character at `index` is an ASCII capital or digit (a licence's edge must not be one's middle). */
function isCapitalOrDigit(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** The licence number whose date part is number token `token`, or undefined. */
function licenceAt(table: TokenTable, token: number): Detection | undefined {
  const { text, start } = table;
  const digits = start[token]!;
  // A capital or a padding 9 ends the family name's part, right before the date part or a space before it.
  let last = digits - 1;
  if (text.charCodeAt(last) === 32) last--;
  const code = text.charCodeAt(last);
  if (!((code >= 65 && code <= 90) || code === 57)) return undefined;
  for (let begin = Math.max(0, last - 8); begin <= last; begin++) {
    if (begin > 0 && isCapitalOrDigit(text.charCodeAt(begin - 1))) continue;
    for (let length = longest; length >= 15; length--) {
      const finish = begin + length;
      if (finish > text.length || isCapitalOrDigit(text.charCodeAt(finish))) continue;
      const match = licence.exec(text.slice(begin, finish));
      if (match === null || !validDatePart(match[3]!, match[4]!)) continue;
      return {
        type: "DRIVER_LICENSE",
        start: begin,
        end: finish,
        score: 0.8,
        reason: "GB driving licence number, its date of birth part valid",
      };
    }
  }
  return undefined;
}

/**
 * Pushes the licence numbers around the number tokens of six or more digits (the date part, with the 9s of a short
 * family name before it): each is read in a window of its own, only where a capital or a 9 comes right before, so
 * the text is never scanned as a whole.
 */
export function recogniseUkDrivingLicences(table: TokenTable, found: Detection[]): void {
  const { kind, start, end, numberTokens, numberCount } = table;
  for (let index = 0; index < numberCount; index++) {
    const token = numberTokens[index]!;
    if (kind[token] !== NUMBER || end[token]! - start[token]! < 6) continue;
    const detection = licenceAt(table, token);
    if (detection !== undefined) found.push(detection);
  }
}
