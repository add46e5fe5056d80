import type { TokenTable } from "./scan.ts";

/**
 * England's learner identifiers, the two with a published check: the Unique Learner Number (ULN, ten digits, from
 * the Learning Records Service) and the Unique Pupil Number (UPN, a check letter and twelve characters, from the
 * Department for Education's data standards). Other countries' student numbers are the institution's own, with no
 * format to check: a cue word must lead to them (see `document-number-recogniser.ts`).
 */

/**
 * ULN: ten digits, the first not zero; the digits weighted 10 down to 1 sum to 10 modulo 11 ("9276308686": 296 =
 * 26 × 11 + 10). Designed so that no ULN is also a valid NHS number.
 */
export function isUniqueLearnerNumber(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(0) === 48) return false;
  let sum = 0;
  for (let index = 0; index < 10; index++) {
    const digit = value.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return false;
    sum += digit * (10 - index);
  }
  return sum % 11 === 10;
}

/** The UPN's letters for 0 to 22: the alphabet without I, O and S. */
const upnLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

/**
 * UPN: a check letter, then eleven digits and a twelfth digit, or a letter for a temporary number ("B801200005001").
 * The characters after the first, weighted 2 to 13 (a letter by its place in `upnLetters`), sum to the check
 * letter's place modulo 23.
 */
export function isUniquePupilNumber(value: string): boolean {
  if (value.length !== 13) return false;
  const check = upnLetters.indexOf(value[0]!);
  if (check < 0) return false;
  let sum = 0;
  for (let index = 1; index < 13; index++) {
    const code = value.charCodeAt(index);
    let worth = code - 48;
    if (worth < 0 || worth > 9) {
      if (index !== 12) return false;
      worth = upnLetters.indexOf(value[index]!);
      if (worth < 0) return false;
    }
    sum += worth * (index + 1);
  }
  return sum % 23 === check;
}

/** Whether an identifier read after a student cue passes the check of a ULN or a UPN. */
export function passesLearnerNumberCheck(value: string): boolean {
  return isUniqueLearnerNumber(value) || isUniquePupilNumber(value);
}

/**
 * UPNs without a cue, found from the text's number tokens (a UPN's digits are one token after its letter): the
 * shape is rare in other text and one in 23 passes the check by chance, so a checked one is reported, below the
 * score a cue gives. Pushes `{ start, end }` of each into `found`.
 */
export function uniquePupilNumbersIn(table: TokenTable, found: { start: number; end: number }[]): void {
  const { text, numberTokens, numberCount, start, end } = table;
  for (let number = 0; number < numberCount; number++) {
    const token = numberTokens[number]!;
    const digitsStart = start[token]!;
    const digits = end[token]! - digitsStart;
    if (digits !== 11 && digits !== 12) continue;
    const first = digitsStart - 1;
    const last = first + 13;
    if (first < 0 || endsWithWordCharacter(text, first) || isWordCharacter(text, last)) continue;
    if (isUniquePupilNumber(text.slice(first, last))) found.push({ start: first, end: last });
  }
}

/** A letter or digit of any script, astral ones included ("𝐀"), as `\p{L}` and `\p{N}` read them. */
const letterOrDigit = /[\p{L}\p{N}]/uy;

/** Whether a letter or digit starts at `index`. */
function isWordCharacter(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  letterOrDigit.lastIndex = index;
  return letterOrDigit.test(text);
}

/** Whether a letter or digit ends right before `index` (one code unit, or a surrogate pair). */
function endsWithWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index - 1);
  return isWordCharacter(text, code >= 0xdc00 && code <= 0xdfff ? index - 2 : index - 1);
}
