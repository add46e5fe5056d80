import { isAsciiCapital, isAsciiLetter, isAsciiLowerCase } from "./ascii.ts";
import { hasCueBefore } from "./context-words.ts";
import type { Detection, Recogniser } from "./detection.ts";
import type { EntityType, NationalIdCountry } from "./entity-type.ts";
import {
  isValidAustralianMedicareNumber,
  isValidAustralianTaxFileNumber,
  isValidAustrianSocialInsuranceNumber,
  isValidBelgianNationalNumber,
  isValidBrazilCpf,
  isValidCanadaSocialInsuranceNumber,
  isValidChileRut,
  isValidEgyptNationalId,
  isValidEmiratesId,
  isValidFranceNir,
  isValidFranceTaxNumber,
  isValidGermanHealthInsuranceNumber,
  isValidGermanPensionInsuranceNumber,
  isValidGermanTaxId,
  isValidIndiaAadhaar,
  isValidIndiaPan,
  isValidIrishPpsn,
  isValidItalyCodiceFiscale,
  isValidKuwaitCivilId,
  isValidMexicoCurp,
  isValidNhsNumber,
  isValidPortugalCitizenCard,
  isValidPortugalNif,
  isValidSaudiNationalId,
  isValidSpainDni,
  isValidSpainNie,
  isValidSpainSocialSecurityNumber,
  isValidSwissSocialInsuranceNumber,
  isValidUkNationalInsuranceNumber,
  isValidUsSocialSecurityNumber,
} from "./national-id-validators.ts";
import { digitWindows, type TokenTable, tokensOf } from "./scan.ts";

/**
 * What the passes need to know about one window (see `digitWindows`): its text, as the regexes see it, and its
 * runs of ASCII digits. A regex that can only match where the runs have a given shape runs only where they do.
 */
interface WindowShape {
  readonly from: number;
  readonly text: string;
  /** Maximal runs of ASCII digits in `text`, as flat [start, end, start, end, ...] offsets. */
  readonly runs: readonly number[];
  /** Bit `n` is set when a run of `n` digits exists (runs longer than 31 digits set bit 31). */
  readonly runLengths: number;
  /** Whether `text` holds a maximal run of exactly 16 ASCII word characters ([A-Za-z0-9_]). */
  readonly hasWordOf16: boolean;
}

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
  /**
   * The prefilter: false only when `pattern` cannot match in the window. It must follow from the pattern alone;
   * each spec says why.
   */
  readonly fits: (window: WindowShape) => boolean;
  /** How `isValid` checks, for the reason reported; "with valid checksum" unless said. */
  readonly checkedBy?: string;
  /**
   * The number's own name ("TFN", "SIN"), tested on the characters before it: nine digits may pass more than one
   * country's check, and the name said tells which it is.
   */
  readonly ownCue?: RegExp;
}

const cueBonus = 0.3;
const ownCueBonus = 0.15;
/** The UK National Insurance number's own names, before any of its three forms. */
const ninoCue = /(?<![\p{L}])(?:nino|national insurance|ni (?:number|no))(?![\p{L}])/iu;
const separators = /[ ./-]/g;

/**
 * Run shapes. The digit groups of these patterns are bounded by non-digits (lookarounds, letters or
 * separators) and their optional separators are single characters, so in any match the maximal runs of ASCII
 * digits are exactly the groups, merged where a separator is left out, with one character between runs.
 */
function shapeMask(lengths: readonly number[]): number {
  let mask = 0;
  for (const length of lengths) mask |= 1 << Math.min(length, 31);
  return mask;
}

/** Every way of writing `groups` with each separator present or left out: [2, 3] gives [2, 3] and [5]. */
function groupings(groups: readonly number[]): number[][] {
  const shapes: number[][] = [];
  for (let joined = 0; joined < 1 << (groups.length - 1); joined++) {
    const shape = [groups[0]!];
    for (let index = 1; index < groups.length; index++) {
      if (joined & (1 << (index - 1))) shape[shape.length - 1]! += groups[index]!;
      else shape.push(groups[index]!);
    }
    shapes.push(shape);
  }
  return shapes;
}

/** Whether the runs from run `first` on have the given lengths, one character apart. */
function runsMatchAt(runs: readonly number[], first: number, lengths: readonly number[]): boolean {
  for (let index = 0; index < lengths.length; index++) {
    const at = 2 * (first + index);
    if (runs[at + 1]! - runs[at]! !== lengths[index]) return false;
    if (index > 0 && runs[at]! - runs[at - 1]! !== 1) return false;
  }
  return true;
}

/**
 * A prefilter that holds when consecutive runs of the window have one of the shapes, and `opensAt` (when given)
 * holds at the start of the first of them.
 */
function runShapes(
  shapes: readonly (readonly number[])[],
  opensAt?: (text: string, index: number) => boolean,
): (window: WindowShape) => boolean {
  const masks = shapes.map(shapeMask);
  return (window) => {
    for (let shape = 0; shape < shapes.length; shape++) {
      const lengths = shapes[shape]!;
      // Cheap test first: every length of the shape must occur among the runs.
      if ((window.runLengths & masks[shape]!) !== masks[shape]) continue;
      const runCount = window.runs.length / 2;
      for (let first = 0; first + lengths.length <= runCount; first++) {
        if (!runsMatchAt(window.runs, first, lengths)) continue;
        if (opensAt === undefined || opensAt(window.text, window.runs[2 * first]!)) return true;
      }
    }
    return false;
  };
}

/** Whether two capital letters, then maybe one space, come right before `index` ("AB 12 ..." of a NINO). */
function followsTwoCapitals(text: string, index: number): boolean {
  const lettersEnd = text.charCodeAt(index - 1) === 32 ? index - 1 : index;
  return isAsciiCapital(text.charCodeAt(lettersEnd - 1)) && isAsciiCapital(text.charCodeAt(lettersEnd - 2));
}

/** Whether two lower-case ASCII letters, then maybe one space, come right before `index` ("jt 62 ..."). */
function followsTwoLowerCaseLetters(text: string, index: number): boolean {
  const lettersEnd = text.charCodeAt(index - 1) === 32 ? index - 1 : index;
  return (
    isAsciiLowerCase(text.charCodeAt(lettersEnd - 1)) && isAsciiLowerCase(text.charCodeAt(lettersEnd - 2))
  );
}

/**
 * India's permanent account numbers ("ABCPE1234F"): five capitals, four digits, a capital. The only identifier
 * with fewer than six digits, found at its four-digit number token instead of in the digit windows.
 */
function recogniseIndiaPans(text: string, table: TokenTable, found: Detection[]): void {
  const { numberTokens, numberCount, start, end } = table;
  for (let number = 0; number < numberCount; number++) {
    const token = numberTokens[number]!;
    const from = start[token]!;
    const to = end[token]!;
    if (to - from !== 4 || !followsFiveCapitals(text, from) || !isAsciiCapital(text.charCodeAt(to))) continue;
    const after = text.charCodeAt(to + 1);
    const before = text.charCodeAt(from - 6);
    if (isAsciiLetterOrDigit(after) || isAsciiLetterOrDigit(before)) continue;
    const value = text.slice(from - 5, to + 1);
    if (isValidIndiaPan(value)) pushIfValid(text, from - 5, value, indiaPan, found);
  }
}

function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
}

/** What a PAN is reported as: found by `recogniseIndiaPans`, so with no pattern or prefilter of its own. */
const indiaPan: NationalIdSpec = {
  label: "India permanent account number (PAN)",
  checkedBy: "with a valid holder letter (no published checksum)",
  type: "NATIONAL_ID",
  country: "IN",
  pattern: /(?!)/g,
  isValid: isValidIndiaPan,
  formattedScore: 0.5,
  bareScore: 0.5,
  fits: () => false,
};

/** Whether five ASCII capitals come right before `index` ("ABCPE|1234F" of a PAN). */
function followsFiveCapitals(text: string, index: number): boolean {
  for (let back = 1; back <= 5; back++) if (!isAsciiCapital(text.charCodeAt(index - back))) return false;
  return true;
}

/** A prefilter that holds when consecutive runs at most `maxGap` characters apart hold `minDigits` digits. */
function runChain(minDigits: number, maxGap: number): (window: WindowShape) => boolean {
  return (window) => {
    const runs = window.runs;
    let digits = 0;
    for (let at = 0; at < runs.length; at += 2) {
      if (at > 0 && runs[at]! - runs[at - 1]! > maxGap) digits = 0;
      digits += runs[at + 1]! - runs[at]!;
      if (digits >= minDigits) return true;
    }
    return false;
  };
}

function isAsciiWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/** The window's text (the whole text when it covers it, as in `matchInWindows`) and its runs, in one pass. */
function shapeOfWindow(text: string, from: number, to: number): WindowShape {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const runs: number[] = [];
  let runLengths = 0;
  let hasWordOf16 = false;
  let runStart = -1;
  let wordStart = -1;
  for (let index = 0; index <= slice.length; index++) {
    const code = index < slice.length ? slice.charCodeAt(index) : -1;
    const isDigit = code >= 48 && code <= 57;
    if (isDigit) {
      if (runStart < 0) runStart = index;
    } else if (runStart >= 0) {
      runs.push(runStart, index);
      runLengths |= 1 << Math.min(index - runStart, 31);
      runStart = -1;
    }
    if (isAsciiWordCode(code)) {
      if (wordStart < 0) wordStart = index;
    } else if (wordStart >= 0) {
      if (index - wordStart === 16) hasWordOf16 = true;
      wordStart = -1;
    }
  }
  return { from, text: slice, runs, runLengths, hasWordOf16 };
}

const specs: readonly NationalIdSpec[] = [
  {
    label: "US social security number",
    ownCue: /(?<![\p{L}])(?:ssn|social security)(?![\p{L}])/iu,
    type: "US_SSN",
    country: "US",
    // Not glued to a letter: "A123456780" is another document's number, letter and all.
    pattern: /(?<![\dA-Za-z-])\d{3}([- ]?)\d{2}\1\d{4}(?![\dA-Za-z-])/g,
    isValid: isValidUsSocialSecurityNumber,
    formattedScore: 0.85,
    bareScore: 0.3,
    // Digits not touching digits or hyphens, joined by one repeated separator or none: runs of 9 or of 3, 2, 4.
    fits: runShapes([[9], [3, 2, 4]]),
  },
  {
    label: "UK National Insurance number",
    type: "NATIONAL_ID",
    country: "GB",
    pattern: /\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g,
    isValid: isValidUkNationalInsuranceNumber,
    formattedScore: 0.85,
    bareScore: 0.85,
    // Three digit pairs after two capitals, each pair optionally after one space.
    fits: runShapes(groupings([2, 2, 2]), followsTwoCapitals),
  },
  {
    // "My NI number is QQ 12 34 56 C": a prefix never issued (HMRC's own example's) after a cue is still what the
    // writer gives as their number, mistyped or made up; without a cue, the shape alone says too little.
    label: "UK National Insurance number with a prefix never issued,",
    ownCue: ninoCue,
    type: "NATIONAL_ID",
    country: "GB",
    pattern: /\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g,
    isValid: (value) => /^[A-Z]{2}\d{6}[A-D]$/.test(value) && !isValidUkNationalInsuranceNumber(value),
    checkedBy: "read by its shape",
    formattedScore: 0.3,
    bareScore: 0.3,
    fits: runShapes(groupings([2, 2, 2]), followsTwoCapitals),
  },
  {
    label: "UK National Insurance number, typed in lower case",
    ownCue: ninoCue,
    type: "NATIONAL_ID",
    country: "GB",
    pattern: /\b[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d]\b/g,
    isValid: (value) => isValidUkNationalInsuranceNumber(value.toUpperCase()),
    // Chat types it so ("my nino is jt621984a"); two letters and six digits are common enough in lower case that
    // only a cue makes it one.
    formattedScore: 0.3,
    bareScore: 0.3,
    // Three digit pairs after two lower-case letters, each pair optionally after one space.
    fits: runShapes(groupings([2, 2, 2]), followsTwoLowerCaseLetters),
  },
  {
    label: "UK NHS number (mod 11)",
    ownCue: /(?<![\p{L}])nhs(?![\p{L}])/iu,
    type: "NATIONAL_ID",
    country: "GB",
    pattern: /(?<![\d-])\d{3}([ -]?)\d{3}\1\d{4}(?![\d-])/g,
    isValid: isValidNhsNumber,
    formattedScore: 0.4,
    bareScore: 0.3,
    fits: runShapes([[10], [3, 3, 4]]),
  },
  {
    label: "Canada social insurance number (Luhn)",
    ownCue: /(?<![\p{L}])(?:sin|nas|social insurance|assurance sociale)(?![\p{L}])/iu,
    type: "NATIONAL_ID",
    country: "CA",
    pattern: /(?<![\d-])\d{3}([ -]?)\d{3}\1\d{3}(?![\d-])/g,
    isValid: isValidCanadaSocialInsuranceNumber,
    formattedScore: 0.4,
    bareScore: 0.3,
    fits: runShapes([[9], [3, 3, 3]]),
  },
  {
    label: "France NIR (mod 97 key)",
    type: "NATIONAL_ID",
    country: "FR",
    pattern: /(?<![\d])[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\d])/g,
    isValid: isValidFranceNir,
    formattedScore: 0.9,
    bareScore: 0.85,
    // 15 digits, or 13 with Corsica's 2A/2B, with at most a space, or a letter and a space, between two.
    fits: runChain(13, 2),
  },
  {
    label: "France tax number (mod 511 key)",
    ownCue:
      /(?<![\p{L}])(?:num[ée]ro fiscal|n° fiscal|spi|identifiant fiscal|num[ée]ro d'identification fiscale)(?![\p{L}])/iu,
    type: "NATIONAL_ID",
    country: "FR",
    pattern: /(?<![\d])[0-3]\d ?\d{2} ?\d{3} ?\d{3} ?\d{3}(?![\d])/g,
    isValid: isValidFranceTaxNumber,
    // One random run of 13 digits in 511 passes the key: a cue is needed.
    formattedScore: 0.3,
    bareScore: 0.2,
    fits: runShapes(groupings([2, 2, 3, 3, 3])),
  },
  {
    label: "Spain DNI (control letter)",
    type: "NATIONAL_ID",
    country: "ES",
    pattern: /(?<![\d\p{L}])\d{8}-?[A-Z](?![\p{L}\d])/gu,
    isValid: isValidSpainDni,
    formattedScore: 0.85,
    bareScore: 0.85,
    // Eight digits between a non-letter, non-digit and a hyphen or letter.
    fits: runShapes([[8]]),
  },
  {
    label: "Spain NIE (control letter)",
    type: "NATIONAL_ID",
    country: "ES",
    pattern: /(?<![\d\p{L}])[XYZ]-?\d{7}-?[A-Z](?![\p{L}\d])/gu,
    isValid: isValidSpainNie,
    formattedScore: 0.9,
    bareScore: 0.9,
    // Seven digits between letters or hyphens.
    fits: runShapes([[7]]),
  },
  {
    label: "Spain social-security number (mod 97)",
    type: "NATIONAL_ID",
    country: "ES",
    // "28/12345678/40", "28 12345678 40", "281234567840": one separator character, the same twice.
    pattern: /(?<![\d/-])\d{2}([ /-]?)\d{8}\1\d{2}(?![\d/-])/g,
    isValid: isValidSpainSocialSecurityNumber,
    formattedScore: 0.8,
    bareScore: 0.3,
    fits: runShapes([[12], [2, 8, 2]]),
  },
  {
    label: "Germany tax identification number (ISO 7064)",
    type: "NATIONAL_ID",
    country: "DE",
    pattern: /(?<![\d-])\d{2} ?\d{3} ?\d{3} ?\d{3}(?![\d-])/g,
    isValid: isValidGermanTaxId,
    formattedScore: 0.45,
    bareScore: 0.35,
    fits: runShapes(groupings([2, 3, 3, 3])),
  },
  {
    label: "Germany pension insurance number (check digit)",
    type: "NATIONAL_ID",
    country: "DE",
    pattern: /(?<![A-Za-z\d])\d{2} ?\d{6} ?[A-Z] ?\d{3}(?![A-Za-z\d])/g,
    isValid: isValidGermanPensionInsuranceNumber,
    formattedScore: 0.85,
    bareScore: 0.85,
    // The area and the birth date: two and six digits one space apart, or eight together.
    fits: runShapes(groupings([2, 6])),
  },
  {
    label: "Germany health insurance number (check digit)",
    ownCue: /(?<![\p{L}])(?:kvnr|(?:kranken)?versichertennummer|versicherten-nr)(?![\p{L}])/iu,
    type: "NATIONAL_ID",
    country: "DE",
    pattern: /(?<![A-Za-z\d])[A-Z]\d{9}(?![A-Za-z\d])/g,
    isValid: isValidGermanHealthInsuranceNumber,
    // A capital and nine digits is the shape of many references: one in ten passes by chance, so a cue is needed.
    formattedScore: 0.4,
    bareScore: 0.4,
    // Nine digits after the letter, with a letter or digit on neither side.
    fits: runShapes([[9]]),
  },
  {
    label: "Italy codice fiscale (check letter)",
    type: "NATIONAL_ID",
    country: "IT",
    pattern: /\b[A-Za-z]{6}[\dLMNPQRSTUV]{2}[A-Za-z][\dLMNPQRSTUV]{2}[A-Za-z][\dLMNPQRSTUV]{3}[A-Za-z]\b/g,
    isValid: isValidItalyCodiceFiscale,
    formattedScore: 0.95,
    bareScore: 0.95,
    // Sixteen ASCII letters and digits between word boundaries (digits may all be letters).
    fits: (window) => window.hasWordOf16,
  },
  {
    label: "Portugal NIF (mod 11)",
    type: "NATIONAL_ID",
    country: "PT",
    pattern: /(?<![\d-])\d{3} ?\d{3} ?\d{3}(?![\d-])/g,
    isValid: isValidPortugalNif,
    formattedScore: 0.35,
    bareScore: 0.3,
    fits: runShapes(groupings([3, 3, 3])),
  },
  {
    label: "Portugal citizen card number (mod 11 and Luhn)",
    ownCue: /(?<![\p{L}])(?:cart[ãa]o de cidad[ãa]o|cc)(?![\p{L}])/iu,
    type: "NATIONAL_ID",
    country: "PT",
    pattern: /(?<![\d\p{L}])\d{8} ?\d ?[A-Z0-9]{2} ?\d(?![\d\p{L}])/gu,
    isValid: isValidPortugalCitizenCard,
    // Two checks and the version's letters ("12345678 9 ZZ1"); twelve bare digits pass both one time in 110.
    formattedScore: 0.55,
    bareScore: 0.3,
    // Eight digits, maybe a space, and the check digit: nine digits at most one character apart.
    fits: runChain(9, 1),
  },
  {
    label: "Brazil CPF (two check digits)",
    type: "NATIONAL_ID",
    country: "BR",
    pattern: /(?<![\d.-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\d-])/g,
    isValid: isValidBrazilCpf,
    formattedScore: 0.9,
    bareScore: 0.35,
    // The groups are optionally joined by one dot or hyphen.
    fits: runShapes(groupings([3, 3, 3, 2])),
  },
  {
    label: "Saudi national identity number (Luhn)",
    type: "NATIONAL_ID",
    country: "SA",
    pattern: /(?<![\d-])[12]\d{9}(?![\d-])/g,
    isValid: isValidSaudiNationalId,
    // Never written in groups: a bare run of ten digits, which passes the check one time in ten by chance.
    formattedScore: 0.3,
    bareScore: 0.3,
    fits: runShapes([[10]]),
  },
  {
    label: "India Aadhaar (Verhoeff)",
    type: "NATIONAL_ID",
    country: "IN",
    pattern: /(?<![\d-])[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\d-])/g,
    isValid: isValidIndiaAadhaar,
    formattedScore: 0.6,
    bareScore: 0.35,
    fits: runShapes([[12], [4, 4, 4]]),
  },
  {
    label: "United Arab Emirates identity number (Luhn)",
    type: "NATIONAL_ID",
    country: "AE",
    pattern: /(?<![\d-])784-?\d{4}-?\d{7}-?\d(?![\d-])/g,
    isValid: isValidEmiratesId,
    formattedScore: 0.9,
    bareScore: 0.5,
    fits: runShapes(groupings([3, 4, 7, 1])),
  },
  {
    label: "Swiss social-insurance number (EAN-13)",
    type: "NATIONAL_ID",
    country: "CH",
    pattern: /(?<![\d.])756\.?\d{4}\.?\d{4}\.?\d{2}(?![\d.])/g,
    isValid: isValidSwissSocialInsuranceNumber,
    formattedScore: 0.9,
    bareScore: 0.5,
    fits: runShapes(groupings([3, 4, 4, 2])),
  },
  {
    label: "Belgian national register number (mod 97)",
    type: "NATIONAL_ID",
    country: "BE",
    // "85.07.30-033.28", "85073003328": each separator may be left out.
    pattern: /(?<![\d.-])\d{2}\.?\d{2}\.?\d{2}-?\d{3}\.?\d{2}(?![\d.-])/g,
    isValid: isValidBelgianNationalNumber,
    formattedScore: 0.85,
    bareScore: 0.3,
    fits: runShapes(groupings([2, 2, 2, 3, 2])),
  },
  {
    label: "Chile RUT (mod 11)",
    type: "NATIONAL_ID",
    country: "CL",
    // "16.489.221-2", "12345678-K": written with a hyphen before the check character, which may be K (no digit).
    pattern: /(?<![\d.])\d{1,2}\.?\d{3}\.?\d{3}-[\dkK](?![\p{L}\d])/gu,
    isValid: isValidChileRut,
    formattedScore: 0.85,
    // Never read: with its hyphen a RUT is always written formatted.
    bareScore: 0.85,
    fits: runShapes(
      [1, 2].flatMap((first) => groupings([first, 3, 3]).flatMap((shape) => [[...shape, 1], shape])),
    ),
  },
  {
    label: "Australian tax file number (mod 11)",
    ownCue: /(?<![\p{L}])(?:tfn|tax file)(?![\p{L}])/iu,
    type: "NATIONAL_ID",
    country: "AU",
    pattern: /(?<![\d-])\d{3} ?\d{3} ?\d{3}(?![\d-])/g,
    isValid: isValidAustralianTaxFileNumber,
    // Nine digits pass the check one time in eleven: a cue ("TFN") is needed.
    formattedScore: 0.3,
    bareScore: 0.3,
    fits: runShapes(groupings([3, 3, 3])),
  },
  {
    label: "Australian Medicare number (mod 10)",
    ownCue: /(?<![\p{L}])medicare(?![\p{L}])/iu,
    type: "NATIONAL_ID",
    country: "AU",
    pattern: /(?<![\d-])[2-6]\d{3} ?\d{5} ?\d(?![\d-])/g,
    isValid: isValidAustralianMedicareNumber,
    // Ten digits pass the check one time in ten: the card's grouping or a cue ("Medicare") is needed.
    formattedScore: 0.4,
    bareScore: 0.3,
    fits: runShapes(groupings([4, 5, 1])),
  },
  {
    label: "Irish personal public service number (mod 23)",
    type: "NATIONAL_ID",
    country: "IE",
    pattern: /(?<![\p{L}\d])\d{7}[A-W][ABHW]?(?![\p{L}\d])/gu,
    isValid: isValidIrishPpsn,
    formattedScore: 0.45,
    bareScore: 0.45,
    fits: runShapes([[7]]),
  },
  {
    label: "Mexico CURP (check digit)",
    type: "NATIONAL_ID",
    country: "MX",
    pattern: /\b[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d\b/g,
    isValid: isValidMexicoCurp,
    formattedScore: 0.95,
    bareScore: 0.95,
    // The birth date is a run of six digits between letters; the check digit ends a run of one or two.
    fits: (window) => (window.runLengths & (1 << 6)) !== 0 && (window.runLengths & 0b110) !== 0,
  },
  {
    label: "Austrian social-insurance number (mod 11)",
    type: "NATIONAL_ID",
    country: "AT",
    pattern: /(?<![\d-])\d{4} ?\d{6}(?![\d-])/g,
    isValid: isValidAustrianSocialInsuranceNumber,
    formattedScore: 0.4,
    bareScore: 0.3,
    fits: runShapes(groupings([4, 6])),
  },
  {
    label: "Kuwait civil number (mod 11)",
    type: "NATIONAL_ID",
    country: "KW",
    pattern: /(?<![\d-])[23]\d{11}(?![\d-])/g,
    isValid: isValidKuwaitCivilId,
    // Never written in groups; a birth date and a mod-11 check still pass by chance, so a cue is needed.
    formattedScore: 0.3,
    bareScore: 0.3,
    fits: runShapes([[12]]),
  },
  {
    label: "Egypt national number",
    checkedBy: "with a valid century, birth date and governorate (no published checksum)",
    type: "NATIONAL_ID",
    country: "EG",
    pattern: /(?<![\d-])[23]\d{13}(?![\d-])/g,
    isValid: isValidEgyptNationalId,
    formattedScore: 0.3,
    bareScore: 0.3,
    fits: runShapes([[14]]),
  },
];

/** Runs the spec's global regex over each window where its shape fits, as `matchInWindows` would. */
function recogniseSpec(
  text: string,
  windows: readonly WindowShape[],
  spec: NationalIdSpec,
  found: Detection[],
): void {
  const pattern = spec.pattern;
  for (const window of windows) {
    if (!spec.fits(window)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window.text); match !== null; match = pattern.exec(window.text)) {
      pushIfValid(text, window.from + match.index, match[0], spec, found);
    }
    pattern.lastIndex = 0;
  }
}

/**
 * `value.replace(separators, "").toUpperCase()`, without a regex pass or a copy for the common value that holds
 * no separator, lower-case letter or non-ASCII character (then both calls return it unchanged).
 */
function compactOf(value: string): string {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (
      code === 32 ||
      code === 45 ||
      code === 46 ||
      code === 47 ||
      (code >= 97 && code <= 122) ||
      code >= 128
    ) {
      return value.replace(separators, "").toUpperCase();
    }
  }
  return value;
}

/** Whether `value` holds an ASCII capital, as /[A-Z]/.test(value) tells. */
function hasAsciiCapital(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    if (isAsciiCapital(value.charCodeAt(index))) return true;
  }
  return false;
}

function pushIfValid(
  text: string,
  index: number,
  value: string,
  spec: NationalIdSpec,
  found: Detection[],
): void {
  const compact = compactOf(value);
  if (!spec.isValid(compact)) return;
  const formatted = compact.length !== value.length || hasAsciiCapital(compact);
  const base = formatted ? spec.formattedScore : spec.bareScore;
  const cue =
    hasCueBefore(text, index, "nationalId", 40) ||
    hasCueBefore(text, index, "medicalRecord", 30) ||
    hasCueBefore(text, index, "identityDocument", 30);
  // The number's own name before it outranks another country's check passed by the same digits.
  const own = cue && spec.ownCue?.test(text.slice(Math.max(0, index - 30), index)) === true;
  const score = cue ? Math.min(0.99, base + cueBonus + (own ? ownCueBonus : 0)) : base;
  found.push({
    type: spec.type,
    start: index,
    end: index + value.length,
    score,
    reason: `${spec.label} ${spec.checkedBy ?? "with valid checksum"}${cue ? ", identity-number context" : ""}`,
    country: spec.country,
  });
}

export const nationalIdRecogniser: Recogniser = {
  name: "national-id",
  types: ["US_SSN", "NATIONAL_ID"],
  recognise(text) {
    const found: Detection[] = [];
    const table = tokensOf(text);
    recogniseIndiaPans(text, table, found);
    // Every other identifier holds at least six digits within a short stretch: the passes run around those only.
    const bounds = digitWindows(table, 6, 3, 12, 12);
    if (bounds.length === 0) return found;
    const windows: WindowShape[] = [];
    for (let index = 0; index < bounds.length; index += 2) {
      windows.push(shapeOfWindow(text, bounds[index]!, bounds[index + 1]!));
    }
    for (const spec of specs) recogniseSpec(text, windows, spec, found);
    return found;
  },
};

/** For the pre-check soundness tests. */
export const testHooks = { specs, shapeOfWindow, compactOf, hasAsciiCapital };
