import { hasCueBefore } from "./context-words.ts";
import type { Detection, Recogniser } from "./detection.ts";
import type { EntityType, NationalIdCountry } from "./entity-type.ts";
import {
  isValidBrazilCpf,
  isValidCanadaSocialInsuranceNumber,
  isValidFranceNir,
  isValidGermanTaxId,
  isValidIndiaAadhaar,
  isValidItalyCodiceFiscale,
  isValidNhsNumber,
  isValidPortugalNif,
  isValidSpainDni,
  isValidSpainNie,
  isValidUkNationalInsuranceNumber,
  isValidUsSocialSecurityNumber,
} from "./national-id-validators.ts";
import { digitWindows, matchInWindows, tokensOf } from "./scan.ts";

interface NationalIdSpec {
  readonly label: string;
  readonly type: EntityType;
  readonly country: NationalIdCountry;
  readonly pattern: RegExp;
  readonly isValid: (compact: string) => boolean;
  /** Score when the checksum holds and the number is written in its official grouping or has letters. */
  readonly formattedScore: number;
  /** Score for a bare run of digits: such runs pass a checksum by chance, so a cue is needed. */
  readonly bareScore: number;
  /** The prefilter: the text must contain this before the pattern runs at all. */
  readonly needs: RegExp;
}

const cueBonus = 0.3;
const separators = /[ .-]/g;

const specs: readonly NationalIdSpec[] = [
  {
    label: "US social security number",
    type: "US_SSN",
    country: "US",
    pattern: /(?<![\d-])\d{3}([- ]?)\d{2}\1\d{4}(?![\d-])/g,
    isValid: isValidUsSocialSecurityNumber,
    formattedScore: 0.85,
    bareScore: 0.3,
    needs: /\d{3}[- ]?\d{2}/,
  },
  {
    label: "UK National Insurance number",
    type: "NATIONAL_ID",
    country: "GB",
    pattern: /\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g,
    isValid: isValidUkNationalInsuranceNumber,
    formattedScore: 0.85,
    bareScore: 0.85,
    needs: /[A-Z]{2} ?\d\d/,
  },
  {
    label: "UK NHS number (mod 11)",
    type: "NATIONAL_ID",
    country: "GB",
    pattern: /(?<![\d-])\d{3}([ -]?)\d{3}\1\d{4}(?![\d-])/g,
    isValid: isValidNhsNumber,
    formattedScore: 0.4,
    bareScore: 0.3,
    needs: /\d{3}[ -]?\d{3}/,
  },
  {
    label: "Canada social insurance number (Luhn)",
    type: "NATIONAL_ID",
    country: "CA",
    pattern: /(?<![\d-])\d{3}([ -]?)\d{3}\1\d{3}(?![\d-])/g,
    isValid: isValidCanadaSocialInsuranceNumber,
    formattedScore: 0.4,
    bareScore: 0.3,
    needs: /\d{3}[ -]?\d{3}/,
  },
  {
    label: "France NIR (mod 97 key)",
    type: "NATIONAL_ID",
    country: "FR",
    pattern: /(?<![\d])[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\d])/g,
    isValid: isValidFranceNir,
    formattedScore: 0.9,
    bareScore: 0.85,
    needs: /\d{5}|\d \d{2} \d{2}/,
  },
  {
    label: "Spain DNI (control letter)",
    type: "NATIONAL_ID",
    country: "ES",
    pattern: /(?<![\d\p{L}])\d{8}-?[A-Z](?![\p{L}\d])/gu,
    isValid: isValidSpainDni,
    formattedScore: 0.85,
    bareScore: 0.85,
    needs: /\d{8}-?[A-Z]/,
  },
  {
    label: "Spain NIE (control letter)",
    type: "NATIONAL_ID",
    country: "ES",
    pattern: /(?<![\d\p{L}])[XYZ]-?\d{7}-?[A-Z](?![\p{L}\d])/gu,
    isValid: isValidSpainNie,
    formattedScore: 0.9,
    bareScore: 0.9,
    needs: /[XYZ]-?\d{7}/,
  },
  {
    label: "Germany tax identification number (ISO 7064)",
    type: "NATIONAL_ID",
    country: "DE",
    pattern: /(?<![\d-])\d{2} ?\d{3} ?\d{3} ?\d{3}(?![\d-])/g,
    isValid: isValidGermanTaxId,
    formattedScore: 0.45,
    bareScore: 0.35,
    needs: /\d{2} ?\d{3} ?\d{3}/,
  },
  {
    label: "Italy codice fiscale (check letter)",
    type: "NATIONAL_ID",
    country: "IT",
    pattern: /\b[A-Za-z]{6}[\dLMNPQRSTUV]{2}[A-Za-z][\dLMNPQRSTUV]{2}[A-Za-z][\dLMNPQRSTUV]{3}[A-Za-z]\b/g,
    isValid: isValidItalyCodiceFiscale,
    formattedScore: 0.95,
    bareScore: 0.95,
    needs: /[A-Za-z]{6}\d{2}/,
  },
  {
    label: "Portugal NIF (mod 11)",
    type: "NATIONAL_ID",
    country: "PT",
    pattern: /(?<![\d-])\d{3} ?\d{3} ?\d{3}(?![\d-])/g,
    isValid: isValidPortugalNif,
    formattedScore: 0.35,
    bareScore: 0.3,
    needs: /\d{3} ?\d{3} ?\d{3}/,
  },
  {
    label: "Brazil CPF (two check digits)",
    type: "NATIONAL_ID",
    country: "BR",
    pattern: /(?<![\d.-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\d-])/g,
    isValid: isValidBrazilCpf,
    formattedScore: 0.9,
    bareScore: 0.35,
    needs: /\d{3}\.?\d{3}\.?\d{3}/,
  },
  {
    label: "India Aadhaar (Verhoeff)",
    type: "NATIONAL_ID",
    country: "IN",
    pattern: /(?<![\d-])[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\d-])/g,
    isValid: isValidIndiaAadhaar,
    formattedScore: 0.6,
    bareScore: 0.35,
    needs: /\d{4}[ -]?\d{4}/,
  },
];

function recogniseSpec(
  text: string,
  windows: readonly number[],
  spec: NationalIdSpec,
  found: Detection[],
): void {
  for (const match of matchInWindows(text, windows, spec.pattern)) {
    const value = match.value;
    const compact = value.replace(separators, "").toUpperCase();
    if (!spec.isValid(compact)) continue;
    const formatted = compact.length !== value.length || /[A-Z]/.test(compact);
    const base = formatted ? spec.formattedScore : spec.bareScore;
    const cue =
      hasCueBefore(text, match.index, "nationalId", 40) ||
      hasCueBefore(text, match.index, "medicalRecord", 30);
    const score = cue ? Math.min(0.99, base + cueBonus) : base;
    found.push({
      type: spec.type,
      start: match.index,
      end: match.index + value.length,
      score,
      reason: `${spec.label} with valid checksum${cue ? ", identity-number context" : ""}`,
      country: spec.country,
    });
  }
}

export const nationalIdRecogniser: Recogniser = {
  name: "national-id",
  types: ["US_SSN", "NATIONAL_ID"],
  recognise(text) {
    const found: Detection[] = [];
    // Every identifier holds at least six digits within a short stretch: the passes run around those only.
    const windows = digitWindows(tokensOf(text), 6, 3, 12, 12);
    if (windows.length === 0) return found;
    for (const spec of specs) recogniseSpec(text, windows, spec, found);
    return found;
  },
};
