import { isAsciiCapital } from "./ascii.ts";
import { iso7064Mod11Mod10IsValid, luhnIsValid, mod97, verhoeffIsValid, weightedSum } from "./checksums.ts";

/** Validators take the identifier with separators already removed and upper-cased. */

/** A set of decimal digits as a bit mask (bit `d` for digit `d`). */
function digitSet(digits: string): number {
  let mask = 0;
  for (const digit of digits) mask |= 1 << (digit.charCodeAt(0) - 48);
  return mask;
}

const anyDigit = digitSet("0123456789");

/** The ASCII digit at `index` of `value` as a number, or -1. */
function digitAt(value: string, index: number): number {
  const digit = value.charCodeAt(index) - 48;
  return digit >= 0 && digit <= 9 ? digit : -1;
}

/**
 * Whether `value` is exactly `length` ASCII digits, the first of them in `first`: what the anchored patterns
 * /^[first]\d{length - 1}$/ tell, without running a regex on every candidate.
 */
function isDigitsOfLength(value: string, length: number, first = anyDigit): boolean {
  const leading = digitAt(value, 0);
  if (value.length !== length || leading < 0 || (first & (1 << leading)) === 0) return false;
  for (let index = 1; index < length; index++) if (digitAt(value, index) < 0) return false;
  return true;
}

/** Whether `value` is `digits` ASCII digits then one ASCII capital (/^\d{digits}[A-Z]$/), from `from` on. */
function isDigitsThenCapital(value: string, from: number, digits: number): boolean {
  if (value.length !== from + digits + 1) return false;
  for (let index = from; index < from + digits; index++) if (digitAt(value, index) < 0) return false;
  const last = value.charCodeAt(from + digits);
  return last >= 65 && last <= 90;
}

export function isValidUsSocialSecurityNumber(digits: string): boolean {
  if (!isDigitsOfLength(digits, 9)) return false;
  const area = digits.slice(0, 3);
  // Areas 000, 666 and 900-999 are never issued; neither are group 00 nor serial 0000.
  if (area === "000" || area === "666" || area[0] === "9") return false;
  if (digits.slice(3, 5) === "00" || digits.slice(5) === "0000") return false;
  // Numbers that only ever appear in advertisements and examples.
  return digits !== "078051120" && digits !== "219099999" && digits !== "123456789";
}

const ninoForbiddenPrefixes = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);

export function isValidUkNationalInsuranceNumber(value: string): boolean {
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(value)) return false;
  return !ninoForbiddenPrefixes.has(value.slice(0, 2));
}

export function isValidNhsNumber(digits: string): boolean {
  if (!isDigitsOfLength(digits, 10)) return false;
  let check = 11 - (weightedSum(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === digits.charCodeAt(9) - 48;
}

const canadaFirstDigits = digitSet("12345679");

export function isValidCanadaSocialInsuranceNumber(digits: string): boolean {
  return isDigitsOfLength(digits, 9, canadaFirstDigits) && luhnIsValid(digits);
}

export function isValidFranceNir(value: string): boolean {
  if (!/^[12]\d{4}(?:\d{2}|2A|2B)\d{8}$/.test(value)) return false;
  // Corsica's departments 2A and 2B are counted as 19 and 18 for the key.
  const body = value.slice(0, 13).replace("2A", "19").replace("2B", "18");
  const key = Number(value.slice(13));
  return 97 - mod97(body) === key;
}

/**
 * France's tax number for people (numéro fiscal, "SPI"): 13 digits opening with 0 to 3, whose last three are the
 * first ten modulo 511.
 */
export function isValidFranceTaxNumber(value: string): boolean {
  if (!/^[0-3]\d{12}$/.test(value)) return false;
  return Number(value.slice(0, 10)) % 511 === Number(value.slice(10));
}

const spanishControlLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

export function isValidSpainDni(value: string): boolean {
  if (!isDigitsThenCapital(value, 0, 8)) return false;
  return spanishControlLetters[Number(value.slice(0, 8)) % 23] === value[8];
}

export function isValidSpainNie(value: string): boolean {
  const prefix = value.charCodeAt(0);
  if (prefix < 88 || prefix > 90 || !isDigitsThenCapital(value, 1, 7)) return false;
  // X, Y and Z stand for the leading digits 0, 1 and 2.
  const number = (prefix - 88) * 1e7 + Number(value.slice(1, 8));
  return spanishControlLetters[number % 23] === value[8];
}

/** The weights of the German pension insurance number's twelve digits (its letter written as two). */
const germanPensionWeights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];

/**
 * Germany's pension (social) insurance number, "65 170839 J 003": an area (02–89), the birth date (DDMMYY), the
 * first letter of the birth name, a serial and a check digit. The letter is written as its place in the alphabet
 * (A = 01), the twelve digits weighted 2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1, the digit sums of the products summed:
 * modulo 10 that is the check digit ("10010490A443").
 */
export function isValidGermanPensionInsuranceNumber(value: string): boolean {
  if (!/^\d{8}[A-Z]\d{3}$/.test(value)) return false;
  const area = Number(value.slice(0, 2));
  const day = Number(value.slice(2, 4));
  const month = Number(value.slice(4, 6));
  if (area < 2 || area > 89 || day < 1 || day > 31 || month < 1 || month > 12) return false;
  const letter = String(value.charCodeAt(8) - 64).padStart(2, "0");
  const digits = value.slice(0, 8) + letter + value.slice(9, 11);
  let sum = 0;
  for (let index = 0; index < 12; index++) {
    const product = (digits.charCodeAt(index) - 48) * germanPensionWeights[index]!;
    sum += product > 9 ? Math.floor(product / 10) + (product % 10) : product;
  }
  return sum % 10 === value.charCodeAt(11) - 48;
}

/**
 * Germany's health insurance number (Krankenversichertennummer), "A123456780": a capital, eight digits and a check
 * digit. The letter is written as its place in the alphabet (A = 01); the ten digits, weighted 1 and 2 in turn,
 * give digit sums whose total modulo 10 is the check digit.
 */
export function isValidGermanHealthInsuranceNumber(value: string): boolean {
  if (!/^[A-Z]\d{9}$/.test(value)) return false;
  const digits = String(value.charCodeAt(0) - 64).padStart(2, "0") + value.slice(1, 9);
  let sum = 0;
  for (let index = 0; index < 10; index++) {
    const product = (digits.charCodeAt(index) - 48) * (index % 2 === 0 ? 1 : 2);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === value.charCodeAt(9) - 48;
}

const nonZeroDigits = digitSet("123456789");

export function isValidGermanTaxId(digits: string): boolean {
  if (!isDigitsOfLength(digits, 11, nonZeroDigits)) return false;
  // In the first ten digits exactly one digit repeats (twice or thrice) and at least one is missing.
  const counts = new Map<string, number>();
  for (const digit of digits.slice(0, 10)) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts.values()].filter((count) => count > 1);
  if (repeated.length !== 1 || (repeated[0] !== 2 && repeated[0] !== 3)) return false;
  return iso7064Mod11Mod10IsValid(digits);
}

const codiceFiscaleOdd: Record<string, number> = {};
{
  const oddValues = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
  ];
  for (let index = 0; index < 26; index++) {
    codiceFiscaleOdd[String.fromCharCode(65 + index)] = oddValues[index]!;
    if (index < 10) codiceFiscaleOdd[String(index)] = oddValues[index]!;
  }
}

export function isValidItalyCodiceFiscale(value: string): boolean {
  // Digits may be replaced by letters (omocodia) when two people would share a code.
  if (!/^[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z]$/.test(value)) {
    return false;
  }
  let sum = 0;
  for (let index = 0; index < 15; index++) {
    const character = value[index]!;
    if (index % 2 === 0) sum += codiceFiscaleOdd[character]!;
    else sum += character >= "A" ? character.charCodeAt(0) - 65 : character.charCodeAt(0) - 48;
  }
  return String.fromCharCode(65 + (sum % 26)) === value[15];
}

const portugalFirstDigits = digitSet("1235689");

export function isValidPortugalNif(digits: string): boolean {
  if (!isDigitsOfLength(digits, 9, portugalFirstDigits)) return false;
  const remainder = weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  const check = remainder < 2 ? 0 : 11 - remainder;
  return check === digits.charCodeAt(8) - 48;
}

/** Value of a character of Portugal's citizen card number: digits as themselves, A to Z as 10 to 35. */
function citizenCardValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

/**
 * Portugal's citizen card number (Cartão de Cidadão), "12345678 9 ZZ1" without spaces: the civil identification
 * number, its check digit (mod 11, "0" standing for 10), a version of two characters and a last digit checked over
 * the whole as the Luhn algorithm does, letters counting 10 to 35.
 */
export function isValidPortugalCitizenCard(value: string): boolean {
  if (!/^\d{9}[A-Z0-9]{2}\d$/.test(value)) return false;
  const civilCheck = value.charCodeAt(8) - 48;
  if ((weightedSum(value, [9, 8, 7, 6, 5, 4, 3, 2]) + (civilCheck === 0 ? 10 : civilCheck)) % 11 !== 0)
    return false;
  let sum = 0;
  for (let index = 0; index < 12; index++) {
    let digit = citizenCardValue(value.charCodeAt(index));
    // From the right, every second character is doubled: with twelve, those at even places from the left.
    if (index % 2 === 0) {
      digit *= 2;
      if (digit >= 10) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Whether every character of `digits` is its first one (/^(\d)\1*$/ once `digits` is known to be digits). */
function isOneDigitRepeated(digits: string): boolean {
  const first = digits.charCodeAt(0);
  for (let index = 1; index < digits.length; index++) if (digits.charCodeAt(index) !== first) return false;
  return true;
}

export function isValidBrazilCpf(digits: string): boolean {
  if (!isDigitsOfLength(digits, 11) || isOneDigitRepeated(digits)) return false;
  const first = ((weightedSum(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
  if (first !== digits.charCodeAt(9) - 48) return false;
  const second = ((weightedSum(digits, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
  return second === digits.charCodeAt(10) - 48;
}

/**
 * Spain's social-security number (NUSS): two digits of province (01 to 53), eight of number, two of control: the
 * province and number read as one number, mod 97. For a number under 10,000,000 (a leading 0) published
 * descriptions differ, some reading province × 10^7 + number; both readings are accepted.
 */
export function isValidSpainSocialSecurityNumber(digits: string): boolean {
  if (!isDigitsOfLength(digits, 12)) return false;
  const province = Number(digits.slice(0, 2));
  if (province < 1 || province > 53) return false;
  const number = Number(digits.slice(2, 10));
  const control = Number(digits.slice(10));
  if ((province * 1e8 + number) % 97 === control) return true;
  return number < 1e7 && (province * 1e7 + number) % 97 === control;
}

const saudiFirstDigits = digitSet("12");

/** Saudi Arabia's national identity number: ten digits, 1 for a citizen or 2 for a resident, Luhn check digit. */
export function isValidSaudiNationalId(digits: string): boolean {
  return isDigitsOfLength(digits, 10, saudiFirstDigits) && luhnIsValid(digits);
}

const aadhaarFirstDigits = digitSet("23456789");

export function isValidIndiaAadhaar(digits: string): boolean {
  return isDigitsOfLength(digits, 12, aadhaarFirstDigits) && verhoeffIsValid(digits);
}

/** IBAN lengths per country (ISO 13616 registry). */
const ibanLengths: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MA: 28,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
};

/** /^[A-Z]{2}\d{2}[A-Z0-9]+$/ without a regex: two capitals, two digits, then capitals and digits (one or more). */
function hasIbanShape(compact: string): boolean {
  if (compact.length < 5) return false;
  if (!isAsciiCapital(compact.charCodeAt(0)) || !isAsciiCapital(compact.charCodeAt(1))) return false;
  if (digitAt(compact, 2) < 0 || digitAt(compact, 3) < 0) return false;
  for (let index = 4; index < compact.length; index++) {
    if (digitAt(compact, index) < 0 && !isAsciiCapital(compact.charCodeAt(index))) return false;
  }
  return true;
}

export function isValidIban(compact: string): boolean {
  const expected = ibanLengths[compact.slice(0, 2)];
  if (expected === undefined || compact.length !== expected || !hasIbanShape(compact)) return false;
  // Mod 97 of the number written by the IBAN with its first four characters moved to the end and each letter
  // read as two digits (A = 10 ... Z = 35), taken character by character instead of building that number.
  const length = compact.length;
  let remainder = 0;
  for (let index = 4; index < length + 4; index++) {
    const code = compact.charCodeAt(index % length);
    remainder = code >= 65 ? (remainder * 100 + code - 55) % 97 : (remainder * 10 + code - 48) % 97;
  }
  return remainder === 1;
}

/** For the pre-check soundness tests. */
export const testHooks = { isDigitsOfLength, digitSet, isDigitsThenCapital, hasIbanShape };

/** United Arab Emirates identity number: 784 (the country), year of birth, seven digits, Luhn check digit. */
export function isValidEmiratesId(digits: string): boolean {
  return isDigitsOfLength(digits, 15) && digits.startsWith("784") && luhnIsValid(digits);
}

/** Swiss social-insurance number (AHV/AVS): 756 (the country), nine digits, an EAN-13 check digit. */
export function isValidSwissSocialInsuranceNumber(digits: string): boolean {
  if (!isDigitsOfLength(digits, 13) || !digits.startsWith("756")) return false;
  const sum = weightedSum(digits, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48;
}

/** Whether `day` and `month` (1-based; a month of 0 or a day of 0 stand for "unknown" in some registers) can be a date. */
function isDayAndMonth(day: number, month: number): boolean {
  return day >= 0 && day <= 31 && month >= 0 && month <= 12;
}

/**
 * Belgian national register number: birth date (YYMMDD), three digits of serial, a mod-97 key of the nine before
 * it; for people born from 2000 the key is taken over "2" and the nine digits.
 */
export function isValidBelgianNationalNumber(digits: string): boolean {
  if (!isDigitsOfLength(digits, 11)) return false;
  if (!isDayAndMonth(Number(digits.slice(4, 6)), Number(digits.slice(2, 4)) % 20)) return false;
  const key = Number(digits.slice(9));
  const body = digits.slice(0, 9);
  return 97 - mod97(body) === key || 97 - mod97(`2${body}`) === key;
}

/** Chile's RUT/RUN: seven or eight digits and a mod-11 check character (a digit or K). */
export function isValidChileRut(value: string): boolean {
  const body = value.slice(0, -1);
  if ((body.length !== 7 && body.length !== 8) || !isDigitsOfLength(body, body.length, nonZeroDigits))
    return false;
  let sum = 0;
  for (let index = body.length - 1, weight = 2; index >= 0; index--, weight = weight === 7 ? 2 : weight + 1)
    sum += (body.charCodeAt(index) - 48) * weight;
  const check = 11 - (sum % 11);
  const expected = check === 11 ? "0" : check === 10 ? "K" : String(check);
  return value.endsWith(expected);
}

/** Australian tax file number: nine digits whose weighted sum is a multiple of 11. */
export function isValidAustralianTaxFileNumber(digits: string): boolean {
  return isDigitsOfLength(digits, 9) && weightedSum(digits, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}

/**
 * Australian Medicare card number: ten digits, the first 2 to 6, the ninth a check digit (the first eight weighted
 * 1, 3, 7, 9, 1, 3, 7, 9, mod 10), the tenth the card's issue number.
 */
export function isValidAustralianMedicareNumber(digits: string): boolean {
  if (!isDigitsOfLength(digits, 10)) return false;
  const first = digits.charCodeAt(0);
  if (first < 50 || first > 54) return false;
  return weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === digits.charCodeAt(8) - 48;
}

/**
 * India permanent account number (PAN, the tax identity): five letters, four digits, a letter; the fourth letter
 * says who holds it (P a person, C a company, H a family, F a firm, A, T, B, L, J, G other bodies). No checksum.
 */
export function isValidIndiaPan(value: string): boolean {
  return /^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$/.test(value);
}

/**
 * Irish personal public service number: seven digits, a mod-23 check letter, and since 2013 maybe a second letter
 * (A, B, H or W; counted with weight 9, W as 0).
 */
export function isValidIrishPpsn(value: string): boolean {
  if (!/^\d{7}[A-W][ABHW]?$/.test(value)) return false;
  let sum = weightedSum(value, [8, 7, 6, 5, 4, 3, 2]);
  if (value.length === 9 && value[8] !== "W") sum += (value.charCodeAt(8) - 64) * 9;
  const remainder = sum % 23;
  return value[7] === (remainder === 0 ? "W" : String.fromCharCode(64 + remainder));
}

/**
 * Austrian social-insurance number: three digits of serial, a check digit, and the birth date (DDMMYY); the check
 * is the weighted sum mod 11, and a sum giving 10 is never issued.
 */
export function isValidAustrianSocialInsuranceNumber(digits: string): boolean {
  if (!isDigitsOfLength(digits, 10, nonZeroDigits)) return false;
  if (!isDayAndMonth(Number(digits.slice(4, 6)), Number(digits.slice(6, 8)))) return false;
  const check = weightedSum(digits, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11;
  return check !== 10 && check === digits.charCodeAt(3) - 48;
}

/** A birth date written YYMMDD at `from` in `digits` names a real day of a month (any year). */
function isBirthDateAt(digits: string, from: number): boolean {
  const month = Number(digits.slice(from + 2, from + 4));
  const day = Number(digits.slice(from + 4, from + 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

const centuryDigits = digitSet("23");

/**
 * Kuwait's civil number: the century (2 for the 1900s, 3 for the 2000s), the birth date (YYMMDD), four digits of
 * serial and a check digit: eleven minus the first eleven digits weighted 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, mod 11.
 */
export function isValidKuwaitCivilId(digits: string): boolean {
  if (!isDigitsOfLength(digits, 12, centuryDigits) || !isBirthDateAt(digits, 1)) return false;
  const check = 11 - (weightedSum(digits, [2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11);
  return check < 10 && check === digits.charCodeAt(11) - 48;
}

/** Egypt's governorate codes: Cairo 01 to South Sinai 35, and 88 for those born abroad. */
const egyptGovernorates = new Set([
  "01",
  "02",
  "03",
  "04",
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "21",
  "22",
  "23",
  "24",
  "25",
  "26",
  "27",
  "28",
  "29",
  "31",
  "32",
  "33",
  "34",
  "35",
  "88",
]);

/**
 * Egypt's national number: the century (2 or 3), the birth date (YYMMDD), the governorate of birth, four digits
 * of serial (the last odd for men) and a check digit whose rule is not published: only the structure is checked,
 * so a cue is needed.
 */
export function isValidEgyptNationalId(digits: string): boolean {
  if (!isDigitsOfLength(digits, 14, centuryDigits) || !isBirthDateAt(digits, 1)) return false;
  return egyptGovernorates.has(digits.slice(7, 9));
}

const curpAlphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

/**
 * Mexico's CURP: four letters, the birth date (YYMMDD), sex, state, three consonants, a character told apart by
 * century, and a check digit: the first seventeen characters weighted 18 down to 2, mod 10.
 */
export function isValidMexicoCurp(value: string): boolean {
  if (!/^[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d$/.test(value)) return false;
  if (!isDayAndMonth(Number(value.slice(8, 10)), Number(value.slice(6, 8)))) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += curpAlphabet.indexOf(value[index]!) * (18 - index);
  return (10 - (sum % 10)) % 10 === value.charCodeAt(17) - 48;
}
