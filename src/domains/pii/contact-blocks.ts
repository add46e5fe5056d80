import { isAsciiDigit } from "./ascii.ts";
import { commonCapitalisedWords } from "./common-words.ts";
import type { Detection } from "./detection.ts";
import { firstNames } from "./first-names.ts";
import {
  jobNouns,
  labelWords,
  lineageWords,
  nameParticles,
  organisationNouns,
  organisationSuffix,
  serviceWords,
  speakerRoles,
  titles,
} from "./free-text-words.ts";
import { wordIdOfText } from "./lexicon.ts";
import { firstEndingAfter } from "./resolve-overlaps.ts";
import {
  classAt,
  isLetterClass,
  isLineMark,
  LOWER,
  SPACE,
  TokenWordSet,
  UPPER,
  wordStartBefore,
} from "./scan.ts";
import { surnames } from "./surnames.ts";

/**
 * Letters, signatures and contact cards put a person's name, their organisation and their address on lines of
 * their own, in that order:
 *
 *     Dreux Joly
 *     Paxata
 *     PSC 3294, Box 9168
 *
 * A line that nothing else recognised, between a line that is a whole name and a line whose first detection is an
 * address (maybe after the name repeated), is the organisation. Pure: reads the text and the resolved detections,
 * returns what it adds.
 */

interface Line {
  /** Where the line's content starts (after indentation and list or quote marks) and ends (before trailing space). */
  readonly start: number;
  readonly end: number;
}

const longestOrganisationLine = 60;
const mostWordsInOrganisationLine = 6;
/** Besides letters, what an organisation's line may hold: space, "&", "'", "’", ",", "-", ".". */
const organisationLinePunctuation = new Set([32, 38, 39, 0x2019, 44, 45, 46]);

/**
 * Whether text[start, end) is the whole content of its line: only indentation and list or quote marks before it
 * on the line, only spaces after. Reads no further than the first character that says no, so a long line costs
 * nothing.
 */
function isWholeLine(text: string, start: number, end: number): boolean {
  for (let index = start; index > 0 && text.charCodeAt(index - 1) !== 10; index--) {
    if (!isLineMark(text.charCodeAt(index - 1))) return false;
  }
  for (let index = end; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) return true;
    if (classAt(text, index) !== SPACE) return false;
  }
  return true;
}

function contentOf(text: string, lineStart: number, lineEnd: number): Line {
  let start = lineStart;
  while (start < lineEnd && isLineMark(text.charCodeAt(start))) start++;
  let end = lineEnd;
  while (end > start && classAt(text, end - 1) === SPACE) end--;
  return { start, end };
}

/**
 * The content of the next line after the one `line` ends on that holds anything, or undefined at the text's end or
 * after two blank lines.
 */
function nextLine(text: string, line: Line): Line | undefined {
  let lineEnd = text.indexOf("\n", line.end);
  for (let blank = 0; lineEnd >= 0 && blank < 2; ) {
    const nextStart = lineEnd + 1;
    let nextEnd = text.indexOf("\n", nextStart);
    if (nextEnd < 0) nextEnd = text.length;
    const content = contentOf(text, nextStart, nextEnd);
    if (content.end > content.start) return content;
    blank++;
    lineEnd = nextEnd < text.length ? nextEnd : -1;
  }
  return undefined;
}

/**
 * The content of the line before the one `line` starts on that holds anything, or undefined at the text's start or
 * after two blank lines.
 */
function previousLine(text: string, line: Line): Line | undefined {
  let lineStart = text.lastIndexOf("\n", line.start - 1);
  for (let blank = 0; lineStart > 0 && blank < 2; ) {
    const previousEnd = lineStart;
    const previousStart = text.lastIndexOf("\n", previousEnd - 1) + 1;
    const content = contentOf(text, previousStart, previousEnd);
    if (content.end > content.start) return content;
    blank++;
    lineStart = previousStart - 1;
  }
  return undefined;
}

/** The first detection on a line, if any. */
function firstOnLine(detections: readonly Detection[], line: Line): Detection | undefined {
  const found = firstEndingAfter(detections, line.start);
  return found !== undefined && found.start < line.end ? found : undefined;
}

/**
 * Whether a line reads as an organisation's name: short, words only (letters, with "&", ".", ",", "-" and "'"
 * between them), no digits, no label's colon, and not ending in a job or a role ("Senior Caseworker").
 */
function readsAsOrganisationLine(text: string, line: Line): boolean {
  const length = line.end - line.start;
  if (length < 2 || length > longestOrganisationLine) return false;
  if (!isLetterClass(classAt(text, line.start))) return false;
  let words = 0;
  let inWord = false;
  for (let index = line.start; index < line.end; index++) {
    if (isLetterClass(classAt(text, index))) {
      if (!inWord) words++;
      inWord = true;
      continue;
    }
    const code = text.charCodeAt(index);
    if (!organisationLinePunctuation.has(code)) return false;
    // An apostrophe or a hyphen joins the letters around it into one word ("O'Neil", "Evans-Bonilla").
    inWord = code === 39 || code === 0x2019 || code === 45;
  }
  if (words > mostWordsInOrganisationLine) return false;
  let lastEnd = line.end;
  while (lastEnd > line.start && !isLetterClass(classAt(text, lastEnd - 1))) lastEnd--;
  const lastWord = wordIdOfText(text, wordStartBefore(text, lastEnd, line.start), lastEnd);
  return !jobNouns.hasId(lastWord) && !speakerRoles.hasId(lastWord) && !labelWords.hasId(lastWord);
}

/** Whether only digits and spaces come before `at` on its line from `lineStart` ("79367 Nybyvägen 65"). */
function opensLine(text: string, lineStart: number, at: number): boolean {
  for (let index = lineStart; index < at; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && (code < 48 || code > 57)) return false;
  }
  return true;
}

const longestNameLine = 48;

/**
 * Whether a line reads as a person's name: two to four words of letters, at least two of them capitalised words
 * of two letters or more, the others capital initials (with or without a period) or particles; none of them an
 * everyday word, a word of organisations, services, jobs or labels, or a title (a title and a name were found
 * already). "Riverside Court", "Housing Benefit Office" and "Senior Caseworker" do not read as names.
 */
function readsAsNameLine(
  text: string,
  line: Line,
  oneWord: OneWordName = "never",
  knownWordNeeded = false,
): boolean {
  const length = line.end - line.start;
  if (length < 3 || length > longestNameLine) return false;
  let capitalised = 0;
  let words = 0;
  let knownWords = 0;
  let index = line.start;
  while (index < line.end) {
    const wordStart = index;
    while (index < line.end) {
      const code = text.charCodeAt(index);
      const joiner =
        (code === 39 || code === 0x2019 || code === 45) && isLetterClass(classAt(text, index + 1));
      if (!isLetterClass(classAt(text, index)) && !joiner) break;
      index++;
    }
    if (index === wordStart) return false;
    words++;
    const first = classAt(text, wordStart);
    const id = wordIdOfText(text, wordStart, index);
    if (firstNames.hasId(id) || surnames.hasId(id)) knownWords++;
    if (first === UPPER) {
      // A word in capitals ("HOUSING OFFICE") is a heading's.
      if (index - wordStart > 1 && classAt(text, wordStart + 1) !== LOWER) return false;
      if (refusedInNames.some((set) => set.hasId(id))) return false;
      if (index - wordStart > 1) capitalised++;
      // A capital initial with its period: "Anna K. Berg".
      if (index - wordStart === 1 && text.charCodeAt(index) === 46) index++;
    } else if (!nameParticles.hasId(id) && !lineageWords.hasId(id)) return false;
    if (index === line.end) break;
    if (text.charCodeAt(index) !== 32) return false;
    index++;
  }
  if (words === 1) return capitalised === 1 && (oneWord === "any" || (oneWord === "known" && knownWords > 0));
  return words <= 4 && capitalised >= 2 && (!knownWordNeeded || knownWords > 0);
}

/**
 * When one word alone on a line may be a name: never, any capitalised word that is no everyday word or role
 * (after an address label), or a known given or family name (at the top of a text, where a heading may stand).
 */
type OneWordName = "never" | "any" | "known";

/** Where the text's content starts: past leading space and line marks ("> ", "- "). */
function contentStart(text: string): number {
  let index = 0;
  while (index < text.length && (classAt(text, index) === SPACE || isLineMark(text.charCodeAt(index))))
    index++;
  return index;
}

const refusedInNames = [
  commonCapitalisedWords,
  organisationSuffix,
  organisationNouns,
  serviceWords,
  jobNouns,
  labelWords,
  speakerRoles,
  titles,
];

/**
 * Names on the line above an address, or above an organisation's line above an address, where nothing else was
 * found on it:
 *
 *     Dyan van Gijn              Linneo Medrano
 *     864 Piazzetta Scalette     American Red Ball Movers
 *                                79367 Oak Street
 *
 * The organisation's line is then read by `organisationsInContactBlocks`.
 */
export function namesInContactBlocks(text: string, detections: readonly Detection[]): Detection[] {
  const added: Detection[] = [];
  for (const address of detections) {
    if (address.type !== "STREET_ADDRESS") continue;
    const lineStart = text.lastIndexOf("\n", address.start - 1) + 1;
    const addressLine = contentOf(text, lineStart, address.end);
    if (!opensLine(text, addressLine.start, address.start)) continue;
    const lineAbove = previousLine(text, addressLine);
    if (lineAbove === undefined || firstOnLine(detections, lineAbove) !== undefined) continue;
    // "Billing address: Eve Magrath" above the address: the name is what follows the label.
    const above = afterAddressLabel(text, lineAbove) ?? lineAbove;
    // Of two lines above the address, the upper one is the name and the lower one the organisation, whatever
    // the organisation's words ("Linneo Medrano / American Red Ball Movers").
    const twoAbove = readsAsOrganisationLine(text, above) ? previousLine(text, above) : undefined;
    const onTwoAbove = twoAbove === undefined ? undefined : firstOnLine(detections, twoAbove);
    // A person found already on the upper line: the lower one is the organisation, read by its own step.
    if (onTwoAbove?.type === "PERSON") continue;
    const candidate =
      twoAbove !== undefined && onTwoAbove === undefined && readsAsNameLine(text, twoAbove)
        ? twoAbove
        : above;
    // One word is a name after an address label ("Billing address: Aloisia") and, when it is a known name, at the
    // top of a text ("Chmielewski" over the address that opens a letter; "Invoice" there is a heading).
    const oneWord =
      candidate !== lineAbove ? "any" : contentStart(text) === candidate.start ? "known" : "never";
    if (!readsAsNameLine(text, candidate, oneWord)) continue;
    if (added.length > 0 && added[added.length - 1]!.start === candidate.start) continue;
    added.push({
      type: "PERSON",
      start: candidate.start,
      end: candidate.end,
      score: 0.6,
      reason: "name line above an address (contact block)",
    });
  }
  return added;
}

/**
 * A CV, a letter or a profile opens with the person's name on a line of its own, a blank line under it:
 *
 *     Chmielewski
 *
 *     Nurse, twelve years on a surgical ward ...
 *
 * The first line of the text, when nothing was found on it and it reads as a name with a known given or family
 * name (a heading, "Annual Report", holds none).
 */
export function nameOpeningText(text: string, detections: readonly Detection[]): Detection | undefined {
  const lineStart = contentStart(text);
  const lineEnd = text.indexOf("\n", lineStart);
  if (lineEnd < 0) return undefined;
  const line = contentOf(text, text.lastIndexOf("\n", lineStart) + 1, lineEnd);
  if (line.end <= line.start || firstOnLine(detections, line) !== undefined) return undefined;
  const belowEnd = text.indexOf("\n", lineEnd + 1);
  const below = contentOf(text, lineEnd + 1, belowEnd < 0 ? text.length : belowEnd);
  if (below.end > below.start) return undefined;
  if (readsAsNameLine(text, line, "known", true))
    return {
      type: "PERSON",
      start: line.start,
      end: line.end,
      score: 0.55,
      reason: "name line opening a text",
    };
  // A contact card names its holder above their address, or above their job and contact details: there any name
  // will do, capitalised or, in a card typed in lower case, not.
  const card = contactCardBelow(text, detections, line);
  if (!card) return undefined;
  const lowerCase = line.end - line.start <= longestNameLine && lowerCaseNameLine(text, line);
  if (!lowerCase && !readsAsNameLine(text, line, "any")) return undefined;
  if (headingWords.hasId(wordIdOfText(text, line.start, wordEndAt(text, line.start, line.end))))
    return undefined;
  return {
    type: "PERSON",
    start: line.start,
    end: line.end,
    score: 0.5,
    reason: "name line opening a contact card",
  };
}

/** Words a document's heading opens with, over contact details that are not the heading's: "Invoice", "Reçu". */
const headingWords = new TokenWordSet([
  "invoice",
  "receipt",
  "statement",
  "reminder",
  "notice",
  "summary",
  "profile",
  "resume",
  "résumé",
  "cv",
  "contact",
  "contacts",
  "newsletter",
  "memo",
  "report",
  "letter",
  "quote",
  "quotation",
  "order",
  "confirmation",
  "application",
  "form",
  "agenda",
  "minutes",
  "facture",
  "reçu",
  "avis",
  "rappel",
  "factura",
  "recibo",
  "aviso",
  "rechnung",
  "quittung",
  "mahnung",
  "bescheid",
  "fatura",
  "lembrete",
  "فاتورة",
  "إشعار",
]);

/** Where the word that starts at `start` ends, before `end`. */
function wordEndAt(text: string, start: number, end: number): number {
  let index = start;
  while (index < end && isLetterClass(classAt(text, index))) index++;
  return index;
}

/** How many contact details (e-mail, phone, address) a card holds at least, in its first `cardReach` characters. */
const contactDetailsInCard = 2;
const cardReach = 400;

/**
 * Whether a contact card follows the opening line `line`: at least two contact details in the text's first lines,
 * and the next line is the address or a job's words over a blank line.
 */
function contactCardBelow(text: string, detections: readonly Detection[], line: Line): boolean {
  let details = 0;
  for (const detection of detections) {
    if (detection.start > line.end + cardReach) break;
    const { type } = detection;
    if (type === "EMAIL_ADDRESS" || type === "PHONE_NUMBER" || type === "STREET_ADDRESS") details++;
  }
  if (details < contactDetailsInCard) return false;
  const next = nextLine(text, line);
  if (next === undefined) return false;
  if (firstOnLine(detections, next)?.type === "STREET_ADDRESS" || isAsciiDigit(text.charCodeAt(next.start)))
    return true;
  // The job: words only, then a blank line ("Local transit bus driver", "nurse").
  if (firstOnLine(detections, next) !== undefined || next.end - next.start > longestOrganisationLine)
    return false;
  for (let index = next.start; index < next.end; index++) {
    const code = text.charCodeAt(index);
    if (!isLetterClass(classAt(text, index)) && !organisationLinePunctuation.has(code)) return false;
  }
  const after = text.indexOf("\n", next.end);
  return after >= 0 && text.charCodeAt(after + 1) === 10;
}

/**
 * A line of one to three words in lower case, none of them an everyday word, a role or a label ("leone mazzi",
 * "bertram m. jørgensen"), with no capital anywhere in the text's first line.
 */
function lowerCaseNameLine(text: string, line: Line): boolean {
  let words = 0;
  let index = line.start;
  while (index < line.end) {
    const wordStart = index;
    while (index < line.end && (isLetterClass(classAt(text, index)) || text.charCodeAt(index) === 45)) {
      if (classAt(text, index) !== LOWER) return false;
      index++;
    }
    if (index === wordStart) return false;
    words++;
    const id = wordIdOfText(text, wordStart, index);
    if (refusedInNames.some((set) => set.hasId(id))) return false;
    // "m." of "bertram m. jørgensen".
    if (index - wordStart === 1 && text.charCodeAt(index) === 46) index++;
    if (index === line.end) break;
    if (text.charCodeAt(index) !== 32) return false;
    index++;
  }
  return words >= 1 && words <= 3;
}

/** Labels that open the line of an address block: "Billing address:", "Ship to:", "Adresse :", "Morada:". */
const addressLabel =
  /^(?:(?:billing|shipping|postal|home|delivery|mailing)\s+)?(?:address|ship\s+to|bill\s+to|deliver\s+to|adresse|anschrift|dirección|direccion|domicilio|endereço|morada|العنوان)\s?:\s*/iu;

/** The rest of `line` after an address label and its colon, when it opens with one. */
function afterAddressLabel(text: string, line: Line): Line | undefined {
  const match = addressLabel.exec(text.slice(line.start, Math.min(line.end, line.start + 40)));
  if (match === null || line.start + match[0].length >= line.end) return undefined;
  return { start: line.start + match[0].length, end: line.end };
}

/** Whether a line holds an address first, or is the name again and the next line holds an address first. */
function holdsAddress(text: string, detections: readonly Detection[], line: Line, name: string): boolean {
  const first = firstOnLine(detections, line);
  if (first?.type === "STREET_ADDRESS") return true;
  if (first?.type !== "PERSON" || text.slice(first.start, first.end) !== name) return false;
  const after = nextLine(text, line);
  return after !== undefined && firstOnLine(detections, after)?.type === "STREET_ADDRESS";
}

/**
 * Organisations on the line between a name line and an address line. `detections` are resolved (sorted by start,
 * disjoint); the result is what to add, disjoint from them.
 */
export function organisationsInContactBlocks(text: string, detections: readonly Detection[]): Detection[] {
  const added: Detection[] = [];
  for (const person of detections) {
    if (person.type !== "PERSON") continue;
    if (!isWholeLine(text, person.start, person.end)) continue;
    const candidate = nextLine(text, person);
    if (candidate === undefined || firstOnLine(detections, candidate) !== undefined) continue;
    if (!readsAsOrganisationLine(text, candidate)) continue;
    const following = nextLine(text, candidate);
    if (following === undefined) continue;
    if (!holdsAddress(text, detections, following, text.slice(person.start, person.end))) continue;
    added.push({
      type: "ORGANIZATION",
      start: candidate.start,
      end: candidate.end,
      score: 0.55,
      reason: "line between a name and an address (contact block)",
    });
  }
  return added;
}
