import { isAsciiDigit } from "./ascii.ts";
import type { Detection } from "./detection.ts";
import { cityNames, countryNames, regionNames } from "./place-names.ts";
import { charClass, LOWER } from "./scan.ts";

/**
 * A town typed in lower case right after a street address, as chat messages write one: "calle del pez 12 madrid",
 * "4 allee des roses a lyon", "rua das flores 55, em recife". The free-text recogniser reads a lower-case word as a
 * town only after a verb of living ("vivo en madrid"), since many towns are words too; right after an address, a
 * known town is the address's.
 */

/** Prepositions a town may follow an address with: "à lyon", "en madrid", "em recife", "in leeds". */
const prepositions = new Set(["à", "a", "en", "in", "em", "no", "na"]);

/** How many lower-case words after an address are read: a preposition and a town of up to three words. */
const WORDS_READ = 4;

/** A lower-case word: letters, marks, apostrophes and hyphens. */
const lowerCaseWord = /\p{Ll}[\p{Ll}\p{M}'’-]*/uy;

/** The lower-case words one space apart from `from` on, at most `WORDS_READ`, with where each starts and ends. */
function lowerCaseWordsFrom(text: string, from: number): { word: string; start: number; end: number }[] {
  const words: { word: string; start: number; end: number }[] = [];
  let at = from;
  while (words.length < WORDS_READ && charClass(text.charCodeAt(at)) === LOWER) {
    lowerCaseWord.lastIndex = at;
    const match = lowerCaseWord.exec(text);
    if (match === null) break;
    words.push({ word: match[0], start: at, end: at + match[0].length });
    at += match[0].length;
    if (text.charCodeAt(at) !== 32) break;
    at++;
  }
  return words;
}

function isPlace(phrase: string): boolean {
  return cityNames.has(phrase) || regionNames.has(phrase) || countryNames.has(phrase);
}

/** A postal code of four or five digits before a town, with the space after it: "in 69117 heidelberg". */
const postalCodeBeforeTown = /\d{4,5} /y;

/** The first place named by the words from `first` on, longest phrase first ("santa cruz de tenerife"). */
function placeFrom(
  words: readonly { word: string; start: number; end: number }[],
  first: number,
): Detection | undefined {
  for (let last = words.length - 1; last >= first; last--) {
    const phrase = words
      .slice(first, last + 1)
      .map((entry) => entry.word)
      .join(" ");
    if (isPlace(phrase))
      return {
        type: "LOCATION",
        start: words[first]!.start,
        end: words[last]!.end,
        score: 0.6,
        reason: "town in lower case after a street address",
      };
  }
  return undefined;
}

/**
 * The town after the address ending at `end`, if a known one follows it in lower case, and the postal code written
 * before the town ("bergstraße 12 in 69117 heidelberg").
 */
function townAfter(text: string, end: number): Detection[] {
  let from = end;
  if (text.charCodeAt(from) === 44) from++;
  if (text.charCodeAt(from) !== 32) return [];
  // Most addresses are followed by a capital, a digit of something else or punctuation: one read rules them out.
  const next = text.charCodeAt(from + 1);
  if (!isAsciiDigit(next) && charClass(next) !== LOWER) return [];
  const words = lowerCaseWordsFrom(text, from + 1);
  const opening = words.length > 0 && prepositions.has(words[0]!.word) ? words[0]!.end + 1 : from + 1;
  postalCodeBeforeTown.lastIndex = opening;
  if (postalCodeBeforeTown.test(text) && (opening === from + 1 || words.length === 1)) {
    const town = placeFrom(lowerCaseWordsFrom(text, postalCodeBeforeTown.lastIndex), 0);
    if (town === undefined) return [];
    const code: Detection = {
      type: "POSTAL_CODE",
      start: opening,
      end: postalCodeBeforeTown.lastIndex - 1,
      score: 0.6,
      reason: "postal code before a town in lower case after a street address",
    };
    return [code, town];
  }
  if (words.length === 0) return [];
  const town = placeFrom(words, words.length > 1 && prepositions.has(words[0]!.word) ? 1 : 0);
  return town === undefined ? [] : [town];
}

/** The towns typed in lower case right after the street addresses among `detections`, with their postal codes. */
export function townsAfterAddresses(text: string, detections: readonly Detection[]): Detection[] {
  const towns: Detection[] = [];
  for (const detection of detections) {
    if (detection.type !== "STREET_ADDRESS") continue;
    for (const part of townAfter(text, detection.end)) towns.push(part);
  }
  return towns;
}
