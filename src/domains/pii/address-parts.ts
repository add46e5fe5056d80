import { isStreetOrUnitWord } from "./address-recogniser.ts";
import { isAsciiDigit } from "./ascii.ts";
import type { Detection } from "./detection.ts";
import { countryNames } from "./place-names.ts";

/**
 * The town, region and postal code written after a street in running text, each a part of its own: "47 Kingsley
 * Road, Manchester M14 6BN" is a STREET_ADDRESS, a LOCATION and a POSTAL_CODE, as the six-language set labels it
 * and as a policy needs to keep a town while it redacts the street. The address recogniser finds the whole
 * address (the town is part of what tells a street from other words); this splits it afterwards.
 */

/** What separates the pieces of a one-line address: a comma and the spaces around it. */
const pieceSeparator = /[ \t]*,[ \t]*/g;

/** Postal codes as written after a street: numeric (with a country letter), two groups, UK and Canada's forms. */
const postalCode = String.raw`(?:[A-Z]{1,2}-)?\d{4,6}(?:-\d{3,4})?|\d{2}-\d{3}|\d{3} \d{2}|\d{3}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d`;

/** The small words inside places' names: "Mora de Rubielos", "Frankfurt am Main", "Stratford-upon-Avon". */
const smallWordsOfPlaces = "de|del|do|da|dos|das|la|le|les|sur|am|an|im|upon|on|en|di|y|i";

/** A capitalised word of a place's name, or one of its small words. */
const placeWord = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*|${smallWordsOfPlaces}`;
const placeName = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*)(?: (?:${placeWord})){0,4}`;

/** A town typed in lower case ("cottesloe", "santa cruz"): only before a numeric postal code. */
const lowerCasePlace = String.raw`\p{Ll}[\p{Ll}\p{M}'’.-]*(?: \p{Ll}[\p{Ll}\p{M}'’.-]*){0,2}`;
const numericCode = String.raw`\d{4,5}`;

/**
 * The forms a piece after the street takes: a place alone, a postal code alone, a code then a place ("75001
 * Paris"), a place then an optional state of two or three capitals and a code ("Aalborg NO 9100", "Springfield IL
 * 62704", "Fitzroy VIC 3065"), a state and a code ("IL 62704", "ON M4W 3G9"), a Brazilian town and its state ("São Paulo - SP", "Manaus/AM"); in lower case, a town (and state) before a numeric code ("cottesloe wa
 * 6011").
 */
const localityPiece = new RegExp(
  `^(?:(?<place>${placeName})|(?<code>${postalCode})|(?<codeBefore>${postalCode}) (?<placeAfter>${placeName})|(?<placeBeforeState>${placeName}) (?<state>[A-Z]{2,3}) (?<codeAfterState>${postalCode})|(?<placeBefore>${placeName}) (?<codeAfter>${postalCode})|(?<stateAlone>[A-Z]{2,3}) (?<codeAfterStateAlone>${postalCode})|(?<placeBeforeSlash>${placeName}) ?[-/] ?(?<stateAfterSlash>[A-Z]{2})|(?<lowerPlaceBeforeState>${lowerCasePlace}) (?<lowerState>[a-z]{2,3}) (?<lowerCodeAfterState>${numericCode})|(?<lowerPlace>${lowerCasePlace}) (?<lowerCode>${numericCode}))$`,
  "u",
);

/** Labels written before a postal code, which are no place: "CEP 01310-100", "PLZ 10115". */
const postalLabels = new Set(["cep", "cp", "c.p.", "plz", "pc", "box"]);

/** US military post ("PSC 0725, Box 6031\nAPO AP 99241"): one address whose parts are no town and no code of one. */
const militaryPost = /\b(?:APO|FPO|DPO|PSC|USNS|USNV|USS|USCGC)\b/;

interface Piece {
  readonly start: number;
  readonly end: number;
}

/** The pieces of `text[start, end)` between its commas. */
function piecesOf(text: string, start: number, end: number): Piece[] {
  const span = text.slice(start, end);
  const pieces: Piece[] = [];
  let from = 0;
  pieceSeparator.lastIndex = 0;
  for (let match = pieceSeparator.exec(span); match !== null; match = pieceSeparator.exec(span)) {
    if (match.index > from) pieces.push({ start: start + from, end: start + match.index });
    from = match.index + match[0].length;
  }
  if (from < span.length) pieces.push({ start: start + from, end });
  return pieces;
}

/** Whether a word of `text[start, end)` makes it part of the street (a street type, a unit, a box) or labels a code. */
function holdsStreetOrUnitWord(text: string, start: number, end: number): boolean {
  const words = /[\p{L}\p{M}'’-]+/gu;
  const piece = text.slice(start, end);
  // "St. Louis", "St Albans", "Ste-Foy": a piece after the street that opens with "St" names a saint's town.
  const saint = saintOpening.exec(piece);
  if (saint !== null) words.lastIndex = saint[0].length;
  for (let match = words.exec(piece); match !== null; match = words.exec(piece)) {
    const wordStart = start + match.index;
    if (isStreetOrUnitWord(text, wordStart, wordStart + match[0].length)) return true;
    if (postalLabels.has(match[0].toLowerCase())) return true;
  }
  return false;
}

/** "St." or "Ste" and a capital opening a piece: a saint's name, the town's ("St. Louis"), no street type. */
const saintOpening = /^(?:St|Ste)\.? (?=\p{Lu})/u;

/** Small words a place's name may hold but not end with: "Berlin an" is "Berlin" and the verb's particle. */
const trailingSmallWords = new RegExp(`(?: (?:${smallWordsOfPlaces}))+$`, "u");

/** The parts one piece after the street holds, or undefined when it is part of the street. */
function partsOfPiece(text: string, piece: Piece, score: number): Detection[] | undefined {
  const trailing = trailingSmallWords.exec(text.slice(piece.start, piece.end));
  if (trailing !== null) piece = { start: piece.start, end: piece.end - trailing[0].length };
  const value = text.slice(piece.start, piece.end);
  const match = localityPiece.exec(value);
  if (match === null || holdsStreetOrUnitWord(text, piece.start, piece.end)) return undefined;
  const parts: Detection[] = [];
  const groups = match.groups!;
  const add = (type: "LOCATION" | "POSTAL_CODE", group: string | undefined, reason: string): void => {
    if (group === undefined || group === "") return;
    // Each group's text occurs once in its piece at the place its form puts it: search from the last part's end.
    const from = parts.length === 0 ? piece.start : parts[parts.length - 1]!.end;
    const start = text.indexOf(group, from);
    parts.push({ type, start, end: start + group.length, score, reason });
  };
  add("LOCATION", groups.place, "town or country after a street");
  add("POSTAL_CODE", groups.code, "postal code after a street");
  add("POSTAL_CODE", groups.codeBefore, "postal code after a street");
  add("LOCATION", groups.placeAfter, "town after its postal code");
  add("LOCATION", groups.placeBeforeState, "town or country after a street");
  add("LOCATION", groups.state, "state or province before a postal code");
  add("POSTAL_CODE", groups.codeAfterState, "postal code after a town");
  add("LOCATION", groups.placeBefore, "town or country after a street");
  add("POSTAL_CODE", groups.codeAfter, "postal code after a town");
  add("LOCATION", groups.stateAlone, "state or province before a postal code");
  add("POSTAL_CODE", groups.codeAfterStateAlone, "postal code after a state");
  add("LOCATION", groups.placeBeforeSlash, "town before its state");
  add("LOCATION", groups.stateAfterSlash, "state after its town");
  add("LOCATION", groups.lowerPlaceBeforeState, "town typed in lower case before a postal code");
  add("LOCATION", groups.lowerState, "state or province before a postal code");
  add("POSTAL_CODE", groups.lowerCodeAfterState, "postal code after a town");
  add("LOCATION", groups.lowerPlace, "town typed in lower case before a postal code");
  add("POSTAL_CODE", groups.lowerCode, "postal code after a town");
  return parts;
}

/**
 * `address` split into its street and the pieces after it that are a town, region or postal code, read from the
 * end while they are; the first piece always stays the street's. Only an address written on one line in running
 * text is split: a block of lines, or a line that ends in a country ("..., Tubize, Belgium"), is a whole postal
 * address as an envelope carries it, and Presidio's set labels it whole. A part whose type `keeps` refuses stays
 * in the address with everything before it, so a policy that redacts streets only redacts as much as before.
 */
export function addressParts(
  text: string,
  address: Detection,
  keeps: (part: Detection) => boolean,
): Detection[] {
  const line = lineOfAddress(text, address.start, address.end);
  if (line === "lines") return [address];
  if (militaryPost.test(text.slice(address.start, address.end))) return [address];
  if (line === "no comma") return codeAndTownAfterStreet(text, address, keeps) ?? [address];
  const pieces = piecesOf(text, address.start, address.end);
  if (pieces.length < 2) return [address];
  const tail: Detection[] = [];
  let streetEnd = address.end;
  for (let index = pieces.length - 1; index >= 1; index--) {
    const parts = partsOfPiece(text, pieces[index]!, address.score);
    if (parts === undefined || !parts.every(keeps)) break;
    // "Rua Voluntários da Pátria, 1045": a number after a street that has none is its house number.
    if (
      parts.length === 1 &&
      parts[0]!.type === "POSTAL_CODE" &&
      !holdsDigit(text, address.start, pieces[index - 1]!.end)
    )
      break;
    if (parts.some((part) => isCountry(text, part))) return [address];
    tail.unshift(...parts);
    streetEnd = pieces[index - 1]!.end;
  }
  if (tail.length === 0) return [address];
  return [{ ...address, end: streetEnd }, ...tail];
}

/**
 * Whether `text[start, end)` is on more than one line, or one line with or without a comma: most addresses are
 * told apart by this one read, without a copy or a pattern.
 */
function lineOfAddress(text: string, start: number, end: number): "lines" | "no comma" | "comma" {
  let comma = false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return "lines";
    if (code === 44) comma = true;
  }
  return comma ? "comma" : "no comma";
}

/**
 * A street, then a postal code and a town without a comma: the street opened by its number ("8 impasse des Tilleuls
 * 44000 Nantes"), or its name then its number ("Calle Mayor 23 28013 Madrid", "Rua Augusta 120 1100-053 Lisboa").
 */
const codeAndTownAtEnd = [
  new RegExp(`^(?<street>\\d.*\\p{L}) (?<code>\\d{4,5}) (?<town>${placeName})$`, "u"),
  new RegExp(
    `^(?<street>\\p{L}.* \\d{1,4}[A-Za-z]?) (?<code>\\d{5}|\\d{4}-\\d{3}|\\d{4}) (?<town>${placeName})$`,
    "u",
  ),
];

/**
 * The street, postal code and town of an address written on one line without a comma (`codeAndTownAtEnd`);
 * undefined when it is not so written, the town is a country, or the policy keeps a part.
 */
function codeAndTownAfterStreet(
  text: string,
  address: Detection,
  keeps: (part: Detection) => boolean,
): Detection[] | undefined {
  const value = text.slice(address.start, address.end);
  let match: RegExpExecArray | null = null;
  for (let form = 0; match === null && form < codeAndTownAtEnd.length; form++)
    match = codeAndTownAtEnd[form]!.exec(value);
  if (match === null) return undefined;
  const { street, code, town } = match.groups as { street: string; code: string; town: string };
  const codeStart = address.start + street.length + 1;
  const townStart = codeStart + code.length + 1;
  const parts: Detection[] = [
    {
      type: "POSTAL_CODE",
      start: codeStart,
      end: codeStart + code.length,
      score: address.score,
      reason: "postal code after a street",
    },
    {
      type: "LOCATION",
      start: townStart,
      end: townStart + town.length,
      score: address.score,
      reason: "town after its postal code",
    },
  ];
  if (!parts.every(keeps) || isCountry(text, parts[1]!)) return undefined;
  return [{ ...address, end: address.start + street.length }, ...parts];
}

function holdsDigit(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (isAsciiDigit(text.charCodeAt(index))) return true;
  return false;
}

/** Whether `part` is a country or opens with one's name ("Belgium", "United Kingdom", "Belgium Joaquin Suarez"). */
function isCountry(text: string, part: Detection): boolean {
  if (part.type !== "LOCATION") return false;
  const words = text.slice(part.start, part.end).toLowerCase().split(" ");
  for (let count = Math.min(3, words.length); count >= 1; count--)
    if (countryNames.has(words.slice(0, count).join(" "))) return true;
  return false;
}
