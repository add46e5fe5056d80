import { iso7064Mod11Mod10IsValid, luhnIsValid, mod97, verhoeffIsValid, weightedSum } from "./checksums.ts";

/** Validators take the identifier with separators already removed and upper-cased. */

export function isValidUsSocialSecurityNumber(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
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
  if (!/^\d{10}$/.test(digits)) return false;
  let check = 11 - (weightedSum(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === digits.charCodeAt(9) - 48;
}

export function isValidCanadaSocialInsuranceNumber(digits: string): boolean {
  return /^[1-79]\d{8}$/.test(digits) && luhnIsValid(digits);
}

export function isValidFranceNir(value: string): boolean {
  if (!/^[12]\d{4}(?:\d{2}|2A|2B)\d{8}$/.test(value)) return false;
  // Corsica's departments 2A and 2B are counted as 19 and 18 for the key.
  const body = value.slice(0, 13).replace("2A", "19").replace("2B", "18");
  const key = Number(value.slice(13));
  return 97 - mod97(body) === key;
}

const spanishControlLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

export function isValidSpainDni(value: string): boolean {
  if (!/^\d{8}[A-Z]$/.test(value)) return false;
  return spanishControlLetters[Number(value.slice(0, 8)) % 23] === value[8];
}

export function isValidSpainNie(value: string): boolean {
  if (!/^[XYZ]\d{7}[A-Z]$/.test(value)) return false;
  const prefix = String("XYZ".indexOf(value[0]!));
  return spanishControlLetters[Number(prefix + value.slice(1, 8)) % 23] === value[8];
}

export function isValidGermanTaxId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
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

export function isValidPortugalNif(digits: string): boolean {
  if (!/^[1235689]\d{8}$/.test(digits)) return false;
  const remainder = weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  const check = remainder < 2 ? 0 : 11 - remainder;
  return check === digits.charCodeAt(8) - 48;
}

export function isValidBrazilCpf(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  const first = ((weightedSum(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
  if (first !== digits.charCodeAt(9) - 48) return false;
  const second = ((weightedSum(digits, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
  return second === digits.charCodeAt(10) - 48;
}

export function isValidIndiaAadhaar(digits: string): boolean {
  return /^[2-9]\d{11}$/.test(digits) && verhoeffIsValid(digits);
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

export function isValidIban(compact: string): boolean {
  const expected = ibanLengths[compact.slice(0, 2)];
  if (expected === undefined || compact.length !== expected || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) {
    return false;
  }
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let numeric = "";
  for (const character of rearranged) {
    numeric += character >= "A" ? String(character.charCodeAt(0) - 55) : character;
  }
  return mod97(numeric) === 1;
}
