import type { Detection } from "./detection.ts";
import { jobNouns, labelWords, speakerRoles } from "./free-text-words.ts";
import { wordIdOfText } from "./lexicon.ts";
import { firstEndingAfter } from "./resolve-overlaps.ts";
import { classAt, isLetterClass, isLineMark, SPACE, wordStartBefore } from "./scan.ts";

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
