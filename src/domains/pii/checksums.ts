/** Checksum algorithms used by card numbers and national identifiers. All take digit strings. */

export function luhnIsValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    let digit = digits.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return false;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Remainder of a long decimal string modulo 97, computed piecewise to stay within safe integers. */
export function mod97(numeric: string): number {
  let remainder = 0;
  for (let index = 0; index < numeric.length; index += 7) {
    remainder = Number(`${remainder}${numeric.slice(index, index + 7)}`) % 97;
  }
  return remainder;
}

const verhoeffMultiplication = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const verhoeffPermutation = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff check (India's Aadhaar): catches every single-digit error and adjacent transposition. */
export function verhoeffIsValid(digits: string): boolean {
  let check = 0;
  const length = digits.length;
  for (let index = 0; index < length; index++) {
    const digit = digits.charCodeAt(length - 1 - index) - 48;
    if (digit < 0 || digit > 9) return false;
    check = verhoeffMultiplication[check]![verhoeffPermutation[index % 8]![digit]!]!;
  }
  return length > 0 && check === 0;
}

/** ISO 7064 MOD 11,10 (Germany's tax identification number). */
export function iso7064Mod11Mod10IsValid(digits: string): boolean {
  let product = 10;
  for (let index = 0; index < digits.length - 1; index++) {
    let sum = (digits.charCodeAt(index) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === digits.charCodeAt(digits.length - 1) - 48;
}

/** Weighted sum of the first digits, the common shape of mod-11 schemes. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < weights.length; index++) {
    sum += (digits.charCodeAt(index) - 48) * weights[index]!;
  }
  return sum;
}

/** The weights of a US bank routing (ABA) number's nine digits. */
const routingWeights = [3, 7, 1, 3, 7, 1, 3, 7, 1];

/**
 * A US bank routing number (ABA): nine digits whose sum weighted 3, 7, 1 repeated is a multiple of ten
 * ("021000021").
 */
export function isAbaRoutingNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  return weightedSum(value, routingWeights) % 10 === 0;
}
