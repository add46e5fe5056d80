import { isStreetOrUnitWord } from "./address-recogniser.ts";
import { isAsciiDigit } from "./ascii.ts";
import { commonCapitalisedWords } from "./common-words.ts";
import type { Detection } from "./detection.ts";
import { wordIdOfText } from "./lexicon.ts";
import { firstEndingAfter } from "./resolve-overlaps.ts";
import { classAt, isLetterClass, type TokenTable, TokenWordSet, tokensOf, UPPER } from "./scan.ts";

/**
 * Where a person works, as English writes it beside the name: "Abby Holloway of Opencounter", "Zoe Young from
 * Flightaware", "Pave's Irena Bílá". Capitalised words right after a person and "of" or "from", or right before
 * "'s" and a person, that nothing else recognised, are the organisation. Runs after overlap resolution, on the resolved detections (sorted by start,
 * disjoint), and returns what it adds, disjoint from them. Places are known or found by their own cues first, so
 * "Maria Silva of Lisbon" stays a place.
 */

const mostWordsInRun = 4;

/** A hyphen or an apostrophe: inside a word, it joins the letters around it ("Evans-Bonilla", "O'Neil"). */
function isWordJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019;
}

/** Whether "'s" (or "’s") ending a word starts at `at`. */
function possessiveAt(text: string, at: number): boolean {
  const apostrophe = text.charCodeAt(at);
  return (
    (apostrophe === 39 || apostrophe === 0x2019) &&
    text.charCodeAt(at + 1) === 115 &&
    !isLetterClass(classAt(text, at + 2))
  );
}

/** End of the capitalised word at `start` (letters, apostrophes and hyphens inside), or `start` if none is there. */
function capitalisedWordEnd(text: string, start: number): number {
  if (classAt(text, start) !== UPPER) return start;
  let end = start + 1;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isLetterClass(classAt(text, end))) end++;
    else if (isWordJoiner(code) && isLetterClass(classAt(text, end + 1)) && !possessiveAt(text, end))
      end += 2;
    else break;
  }
  return end;
}

/** The run of capitalised words joined by single spaces from `start`: its end, or `start` if none opens there. */
function capitalisedRunFrom(text: string, start: number): number {
  let end = capitalisedWordEnd(text, start);
  if (end === start || commonCapitalisedWords.hasId(wordIdOfText(text, start, end))) return start;
  for (let words = 1; words < mostWordsInRun && text.charCodeAt(end) === 32; words++) {
    const next = capitalisedWordEnd(text, end + 1);
    if (next === end + 1) break;
    end = next;
  }
  return end;
}

/** Start of the run of capitalised words joined by single spaces that ends at `end`, or `end` if none does. */
function capitalisedRunBefore(text: string, end: number): number {
  let start = end;
  let wordEnd = end;
  for (let words = 0; words < mostWordsInRun; words++) {
    let wordStart = wordEnd;
    while (
      wordStart > 0 &&
      (isLetterClass(classAt(text, wordStart - 1)) ||
        (isWordJoiner(text.charCodeAt(wordStart - 1)) && isLetterClass(classAt(text, wordStart - 2))))
    )
      wordStart--;
    if (wordStart === wordEnd || classAt(text, wordStart) !== UPPER) break;
    start = wordStart;
    if (wordStart < 2 || text.charCodeAt(wordStart - 1) !== 32) break;
    wordEnd = wordStart - 1;
  }
  if (start === end) return end;
  let firstEnd = start;
  while (firstEnd < end && isLetterClass(classAt(text, firstEnd))) firstEnd++;
  return commonCapitalisedWords.hasId(wordIdOfText(text, start, firstEnd)) ? end : start;
}

function overlapsAny(detections: readonly Detection[], start: number, end: number): boolean {
  const found = firstEndingAfter(detections, start);
  return found !== undefined && found.start < end;
}

/**
 * The length of the word after a person that the organisation follows, with its spaces, or 0: " of " ("Abby
 * Holloway of Opencounter") or " from " ("Zoe Young from Acme").
 */
function affiliationAfter(text: string, end: number): number {
  if (text.charCodeAt(end) !== 32) return 0;
  const first = text.charCodeAt(end + 1);
  if (first === 111) return text.startsWith("f ", end + 2) ? 4 : 0;
  if (first === 102) return text.startsWith("rom ", end + 2) ? 6 : 0;
  return 0;
}

/** Whether "'s " (or "’s ") ends right before `start`: a possessive ("Acme's"), as `possessiveAt` reads it. */
function possessiveBefore(text: string, start: number): boolean {
  const apostrophe = text.charCodeAt(start - 3);
  return (
    (apostrophe === 39 || apostrophe === 0x2019) &&
    text.charCodeAt(start - 2) === 115 &&
    text.charCodeAt(start - 1) === 32
  );
}

export function organisationsBesidePeople(text: string, detections: readonly Detection[]): Detection[] {
  const added: Detection[] = [];
  for (const person of detections) {
    if (person.type !== "PERSON") continue;
    const affiliation = affiliationAfter(text, person.end);
    if (affiliation > 0) {
      const runStart = person.end + affiliation;
      const runEnd = capitalisedRunFrom(text, runStart);
      // "Wei Zhang from Room 204", "from Flat 3": a unit's word and its number, not a firm.
      const unit =
        text.charCodeAt(runEnd) === 32 &&
        isAsciiDigit(text.charCodeAt(runEnd + 1)) &&
        isStreetOrUnitWord(text, runStart, capitalisedWordEnd(text, runStart));
      if (runEnd > runStart && !unit && !overlapsAny(detections, runStart, runEnd)) {
        added.push({
          type: "ORGANIZATION",
          start: runStart,
          end: runEnd,
          score: 0.55,
          reason: `capitalised words after a person and '${text.slice(person.end + 1, runStart - 1)}'`,
        });
      }
    }
    if (possessiveBefore(text, person.start)) {
      const runEnd = person.start - 3;
      const runStart = capitalisedRunBefore(text, runEnd);
      if (runStart < runEnd && !overlapsAny(detections, runStart, runEnd)) {
        added.push({
          type: "ORGANIZATION",
          start: runStart,
          end: runEnd,
          score: 0.55,
          reason: "capitalised words owning a person ('s)",
        });
      }
    }
  }
  return added;
}

/**
 * A name right before an address and its comma is the place the address belongs to: "We'll meet at Corelogic,
 * 0896 Farnell Street", "Riverside Surgery, 12 High Street". An everyday word opening the run ("Monday, 12 Oak
 * Street") is no name.
 */
export function organisationsBeforeAddresses(text: string, detections: readonly Detection[]): Detection[] {
  const added: Detection[] = [];
  for (const address of detections) {
    if (address.type !== "STREET_ADDRESS" || address.start < 3) continue;
    if (text.charCodeAt(address.start - 1) !== 32 || text.charCodeAt(address.start - 2) !== 44) continue;
    const runEnd = address.start - 2;
    // "Résidence Les Pins, bât. B, appt 12", "Urbanización Los Olivos, calle 3": a housing estate, and the
    // building and stair between it and the address, are part of the address, not a firm.
    const estateStart = housingEstateBefore(text, runEnd);
    if (estateStart >= 0 && !overlapsAny(detections, estateStart, runEnd)) {
      added.push({
        type: "STREET_ADDRESS",
        start: estateStart,
        end: runEnd,
        score: 0.75,
        reason: "housing estate before an address and its comma",
      });
      continue;
    }
    const runStart = capitalisedRunBefore(text, runEnd);
    if (runStart === runEnd || overlapsAny(detections, runStart, runEnd)) continue;
    added.push({
      type: "ORGANIZATION",
      start: runStart,
      end: runEnd,
      score: 0.55,
      reason: "capitalised words before an address and its comma",
    });
  }
  return added;
}

/** Words that open the name of a housing estate or a building, in the six languages. */
const housingEstateWords = new TokenWordSet([
  "résidence",
  "residence",
  "lotissement",
  "cité",
  "domaine",
  "hameau",
  "immeuble",
  "bâtiment",
  "urbanización",
  "urbanizacion",
  "barrio",
  "colonia",
  "edificio",
  "conjunto",
  "condomínio",
  "condominio",
  "edifício",
  "bairro",
  "siedlung",
  "wohnanlage",
  "estate",
]);

/** A building, stair, door or floor with its number or letter: "bât. B", "Bâtiment C", "escalier 3". */
const buildingPart =
  /^(?:bât\.?|bâtiment|batiment|escalier|esc\.?|porte|étage|bloc|bloque|bloco|portal|edificio|edifício|torre)\s?[\p{L}\p{N}]{1,4}$/iu;
/** The characters that separate the items of an address list; a housing estate's name is one item. */
function isItemSeparator(code: number): boolean {
  return (
    code === 44 || code === 59 || code === 58 || code === 10 || code === 13 || code === 40 || code === 124
  );
}

/** Whether text[from, to) holds an item separator. */
function holdsItemSeparator(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (isItemSeparator(text.charCodeAt(index))) return true;
  return false;
}

/** The last token starting before `position` (binary search), or -1. */
function lastTokenBefore(table: TokenTable, position: number): number {
  let low = 0;
  let high = table.count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (table.start[middle]! < position) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * Where a housing estate's name starts before `end`, the items between them being building parts ("Résidence Les
 * Pins, bât. B" before ", appt 12"), or -1. At most three items back, each under 50 characters. The estate's word
 * may follow a verb in its item ("J'habite Résidence du Parc"); it is read from the cached tokens of the text.
 */
function housingEstateBefore(text: string, end: number): number {
  const table = tokensOf(text);
  let itemEnd = end;
  let token = lastTokenBefore(table, end);
  for (let items = 0; items < 3; items++) {
    let itemStart = itemEnd;
    let estate = -1;
    let boundary = itemEnd;
    for (; token >= 0; token--) {
      const tokenStart = table.start[token]!;
      if (itemEnd - tokenStart >= 50 || holdsItemSeparator(text, table.end[token]!, boundary)) break;
      itemStart = tokenStart;
      boundary = tokenStart;
      if (table.first[token] === UPPER && housingEstateWords.hasToken(table, token)) estate = tokenStart;
    }
    if (estate >= 0) return estate;
    if (
      !buildingPart.test(text.slice(itemStart, itemEnd)) ||
      itemStart < 2 ||
      text.charCodeAt(itemStart - 2) !== 44
    )
      return -1;
    itemEnd = itemStart - 2;
  }
  return -1;
}
