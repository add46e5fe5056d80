/**
 * One tokenisation pass shared by every recogniser. A single loop over UTF-16 code units classifies each
 * character through a lookup table (filled lazily from Unicode properties, one regex test per distinct
 * character ever seen) and records word and number tokens in typed arrays, with each word's id in the lexicon
 * (see lexicon.ts). The result is cached for the last text, so all recognisers of one `detectPersonalData`
 * call reuse it.
 */

import {
  hashStep,
  lowerCodeUnit,
  WORD_HASH_START,
  WordSet,
  wordIdOfHashedRange,
  wordIdOfText,
} from "./lexicon.ts";

/** Character classes. */
export const SPACE = 0;
export const LOWER = 1;
export const UPPER = 2;
/** A letter of a script without case (Arabic, CJK...) or a combining mark. */
export const CASELESS = 3;
export const DIGIT = 4;
export const OTHER = 5;
const UNKNOWN = 255;

const classes = new Uint8Array(65536).fill(UNKNOWN);
const isLower = /\p{Ll}/u;
const isUpper = /\p{Lu}|\p{Lt}/u;
const isLetter = /\p{L}|\p{M}/u;
const isDigit = /\p{Nd}/u;
const isSpace = /\s/u;

function classify(code: number): number {
  const character = String.fromCharCode(code);
  // Lone surrogates are treated as punctuation: they never join a token.
  if (code >= 0xd800 && code <= 0xdfff) return OTHER;
  if (isSpace.test(character)) return SPACE;
  if (isUpper.test(character)) return UPPER;
  if (isLower.test(character)) return LOWER;
  if (isLetter.test(character)) return CASELESS;
  if (isDigit.test(character)) return DIGIT;
  return OTHER;
}

for (let code = 0; code < 128; code++) classes[code] = classify(code);

/** For ASCII letters their lower case, for every other ASCII character -1: the tokeniser's fast path. */
const asciiLetterLower = new Int32Array(128).fill(-1);
for (let code = 0; code < 128; code++) {
  if (classes[code] === LOWER || classes[code] === UPPER) asciiLetterLower[code] = lowerCodeUnit(code);
}

export function charClass(code: number): number {
  let value = classes[code]!;
  if (value === UNKNOWN) {
    value = classify(code);
    classes[code] = value;
  }
  return value;
}

export function classAt(text: string, index: number): number {
  return index < 0 || index >= text.length ? SPACE : charClass(text.charCodeAt(index));
}

export function isLetterClass(value: number): boolean {
  return value === LOWER || value === UPPER || value === CASELESS;
}

/** Token kinds. */
export const WORD = 1;
export const NUMBER = 2;

export interface TokenTable {
  readonly text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** Class of the first character (UPPER, LOWER or CASELESS for words). */
  first: Uint8Array;
  /** Lexicon id of each word token lower-cased (UNLISTED when no list holds it and for numbers). */
  wordId: Int32Array;
  /**
   * The indices of the number tokens, in order, in the first `numberCount` slots: the recognisers led by digits
   * walk these instead of testing every token's kind.
   */
  numberTokens: Int32Array;
  numberCount: number;
  /** Lower-cased word, computed on demand. */
  readonly lower: (string | undefined)[];
  /** The whole text lower-cased once, or undefined when lower-casing changes its length. */
  lowerText: string | undefined | null;
  /** Whether no word of two letters or more is capitalised (text typed in lower case), or null until asked. */
  typedInLowerCase: boolean | null;
  /** Offset of the last line break (LF or CR) in the text, or -1 when it has none. */
  lastLineBreak: number;
}

function grow(table: TokenTable): void {
  const capacity = table.start.length * 2;
  const start = new Int32Array(capacity);
  start.set(table.start);
  const end = new Int32Array(capacity);
  end.set(table.end);
  const kind = new Uint8Array(capacity);
  kind.set(table.kind);
  const first = new Uint8Array(capacity);
  first.set(table.first);
  const wordId = new Int32Array(capacity);
  wordId.set(table.wordId);
  const numberTokens = new Int32Array(capacity);
  numberTokens.set(table.numberTokens);
  table.start = start;
  table.end = end;
  table.kind = kind;
  table.first = first;
  table.wordId = wordId;
  table.numberTokens = numberTokens;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;

/**
 * Typed arrays reused from call to call: only the table of the last text is ever alive (see `tokensOf`), so its
 * buffers can serve the next text instead of being allocated again for every short input.
 */
let spareStart: Int32Array = new Int32Array(1024);
let spareEnd: Int32Array = new Int32Array(1024);
let spareKind: Uint8Array = new Uint8Array(1024);
let spareFirst: Uint8Array = new Uint8Array(1024);
let spareWordId: Int32Array = new Int32Array(1024);
let spareNumberTokens: Int32Array = new Int32Array(1024);
/** Slots of the spare buffers written by the last text. */
let dirtyCount = 0;

function tokenise(text: string): TokenTable {
  const capacity = Math.max(16, Math.ceil(text.length / 5));
  if (spareStart.length < capacity) {
    dirtyCount = 0;
    spareStart = new Int32Array(capacity);
    spareEnd = new Int32Array(capacity);
    spareKind = new Uint8Array(capacity);
    spareFirst = new Uint8Array(capacity);
    spareWordId = new Int32Array(capacity);
    spareNumberTokens = new Int32Array(capacity);
  }
  const table: TokenTable = {
    text,
    count: 0,
    start: spareStart,
    end: spareEnd,
    kind: spareKind,
    first: spareFirst,
    wordId: spareWordId,
    numberTokens: spareNumberTokens,
    numberCount: 0,
    lower: [],
    lowerText: null,
    typedInLowerCase: null,
    lastLineBreak: -1,
  };
  let lastLineBreak = -1;
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const value = code < 128 ? classes[code]! : charClass(code);
    if (value === LOWER || value === UPPER || value === CASELESS) {
      const begin = index;
      // The lexicon hash of the lower-cased word is computed on the way (see lexicon.ts).
      let lowered = lowerCodeUnit(code);
      let plain = lowered >= 0;
      let hash = hashStep(WORD_HASH_START, lowered);
      /** Whether the word holds Arabic short vowels or a tatweel ("عمّان"), which its listed form leaves out. */
      let vowelled = false;
      index++;
      while (index < length) {
        const next = text.charCodeAt(index);
        if (next < 128) {
          const asciiLower = asciiLetterLower[next]!;
          if (asciiLower >= 0) {
            hash = hashStep(hash, asciiLower);
            index++;
            continue;
          }
        }
        const nextClass = next < 128 ? classes[next]! : charClass(next);
        if (nextClass === LOWER || nextClass === UPPER || nextClass === CASELESS) {
          if (next >= 0x640 && next <= 0x670 && isArabicVowelMark(next)) vowelled = true;
          lowered = lowerCodeUnit(next);
          plain &&= lowered >= 0;
          hash = hashStep(hash, lowered);
          index++;
          continue;
        }
        // Apostrophes and hyphens join letters: "O'Neil", "Jean-Pierre", "m'appelle", "chamo-me". A French elided
        // article before a capital is a word of its own ("l'Université", "d'Orléans"): the name after it is read
        // as the capitalised word it is.
        if ((next === APOSTROPHE || next === RIGHT_QUOTE || next === HYPHEN) && index + 1 < length) {
          const after = text.charCodeAt(index + 1);
          const afterClass = after < 128 ? classes[after]! : charClass(after);
          if (afterClass === UPPER && next !== HYPHEN && isElidedArticle(text, begin, index)) break;
          if (isLetterClass(afterClass)) {
            lowered = lowerCodeUnit(after);
            plain &&= lowered >= 0;
            hash = hashStep(hashStep(hash, next), lowered);
            index += 2;
            continue;
          }
        }
        break;
      }
      const id = vowelled
        ? wordIdWithoutVowelMarks(text, begin, index)
        : plain
          ? wordIdOfHashedRange(text, begin, index, hash)
          : wordIdOfText(text, begin, index);
      appendToken(table, begin, index, WORD, value, id);
    } else if (value === DIGIT) {
      const begin = index;
      index++;
      while (index < length) {
        const next = text.charCodeAt(index);
        if ((next < 128 ? classes[next]! : charClass(next)) !== DIGIT) break;
        index++;
      }
      appendToken(table, begin, index, NUMBER, DIGIT, 0);
      // After the append: the list is as long as the token arrays and grows with them (see `grow`).
      table.numberTokens[table.numberCount++] = table.count - 1;
    } else {
      if (code === 10 || code === 13) lastLineBreak = index;
      index++;
    }
  }
  table.lastLineBreak = lastLineBreak;
  const { count } = table;
  // Slots past the last token read as zero, as in fresh arrays: clear what an earlier, longer text left there.
  // (A loop rather than `fill`: these are a few slots, and each `fill` is a call into the runtime.)
  for (let token = count; token < dirtyCount; token++) {
    table.start[token] = 0;
    table.end[token] = 0;
    table.kind[token] = 0;
    table.first[token] = 0;
    table.wordId[token] = 0;
  }
  dirtyCount = count;
  // Keep grown buffers for the next call.
  spareStart = table.start;
  spareEnd = table.end;
  spareKind = table.kind;
  spareFirst = table.first;
  spareWordId = table.wordId;
  spareNumberTokens = table.numberTokens;
  return table;
}

/** Arabic short vowels, tanwin, shadda, sukun, the dagger alef and the tatweel: marks a listed word leaves out. */
function isArabicVowelMark(code: number): boolean {
  return code === 0x640 || (code >= 0x64b && code <= 0x652) || code === 0x670;
}

/** The id of text[begin, end) read without its Arabic vowel marks ("عمّان" is looked up as "عمان"). */
function wordIdWithoutVowelMarks(text: string, begin: number, end: number): number {
  let word = "";
  for (let index = begin; index < end; index++) {
    const code = text.charCodeAt(index);
    if (!isArabicVowelMark(code)) word += text[index];
  }
  return wordIdOfText(word, 0, word.length);
}

/** Whether the letters from `begin` to `end` are a French elided word: "l", "d", "j", "m", "n", "s", "t", "c", "qu". */
function isElidedArticle(text: string, begin: number, end: number): boolean {
  const first = text.charCodeAt(begin);
  if (end - begin === 1)
    return (
      first === 108 ||
      first === 100 ||
      first === 106 ||
      first === 109 ||
      first === 110 ||
      first === 115 ||
      first === 116 ||
      first === 99
    );
  return end - begin === 2 && first === 113 && text.charCodeAt(begin + 1) === 117;
}

function appendToken(
  table: TokenTable,
  begin: number,
  end: number,
  kind: number,
  first: number,
  wordId: number,
): void {
  if (table.count === table.start.length) grow(table);
  const token = table.count++;
  table.start[token] = begin;
  table.end[token] = end;
  table.kind[token] = kind;
  table.first[token] = first;
  table.wordId[token] = wordId;
}

let cachedText: string | undefined;
let cachedTable: TokenTable | undefined;

/** The token table of `text`, computed once per text. */
export function tokensOf(text: string): TokenTable {
  if (cachedTable !== undefined && cachedText === text) return cachedTable;
  const table = tokenise(text);
  cachedText = text;
  cachedTable = table;
  return table;
}

/** The whole text lower-cased, computed once per text; undefined when lower-casing changes the length. */
export function lowerTextOf(table: TokenTable): string | undefined {
  if (table.lowerText === null) {
    const lowered = table.text.toLowerCase();
    table.lowerText = lowered.length === table.text.length ? lowered : undefined;
  }
  return table.lowerText;
}

/** Whether no word of two letters or more is capitalised: text typed all in lower case. Read once per text. */
export function typedInLowerCase(table: TokenTable): boolean {
  if (table.typedInLowerCase === null) {
    let lower = true;
    for (let token = 0; token < table.count && lower; token++)
      lower = table.first[token] !== UPPER || table.end[token]! - table.start[token]! <= 1;
    table.typedInLowerCase = lower;
  }
  return table.typedInLowerCase;
}

/** The token table of `text` if it is the one cached, without tokenising anything else. */
export function cachedTokensOf(text: string): TokenTable | undefined {
  return cachedTable !== undefined && cachedText === text ? cachedTable : undefined;
}

/** Hash of the first two code units at `start` of a lower-case string (see TokenWordSet). */
export function openingKey(lower: string, start: number, length: number): number {
  return (lower.charCodeAt(start) * 31 + (length > 1 ? lower.charCodeAt(start + 1) : 0)) & 0xffff;
}

export function lowerOf(table: TokenTable, token: number): string {
  let value = table.lower[token];
  if (value === undefined) {
    // Sliced from the text itself: slicing the lower-cased copy instead was seen to turn very slow in
    // optimised code on long texts.
    value = table.text.slice(table.start[token]!, table.end[token]!).toLowerCase();
    table.lower[token] = value;
  }
  return value;
}

/**
 * Digit clusters: number tokens whose gaps are at most `maxGap` characters without a line break.
 * Calls `visit(firstToken, lastToken, digitCount)` for each cluster holding at least `minDigits` digits.
 */
export function forEachDigitCluster(
  table: TokenTable,
  minDigits: number,
  maxGap: number,
  visit: (first: number, last: number, digits: number) => void,
): void {
  const { text, numberTokens, numberCount, start, end } = table;
  let first = -1;
  let last = -1;
  let digits = 0;
  for (let number = 0; number < numberCount; number++) {
    const token = numberTokens[number]!;
    if (first >= 0) {
      const gapStart = end[last]!;
      const gapEnd = start[token]!;
      let joined = gapEnd - gapStart <= maxGap;
      if (joined) {
        for (let index = gapStart; index < gapEnd; index++) {
          const code = text.charCodeAt(index);
          if (code === 10 || code === 13) {
            joined = false;
            break;
          }
        }
      }
      if (joined) {
        last = token;
        digits += end[token]! - start[token]!;
        continue;
      }
      if (digits >= minDigits) visit(first, last, digits);
    }
    first = token;
    last = token;
    digits = end[token]! - start[token]!;
  }
  if (first >= 0 && digits >= minDigits) visit(first, last, digits);
}

/**
 * Merged windows of text around digit clusters: regex passes that need digits run on these slices only.
 * Returns flat [start, end, start, end, ...] offsets.
 */
export function digitWindows(
  table: TokenTable,
  minDigits: number,
  maxGap: number,
  padBefore: number,
  padAfter: number,
): number[] {
  const windows: number[] = [];
  const length = table.text.length;
  forEachDigitCluster(table, minDigits, maxGap, (first, last) => {
    const from = Math.max(0, table.start[first]! - padBefore);
    const to = Math.min(length, table.end[last]! + padAfter);
    const previousEnd = windows.length > 0 ? windows[windows.length - 1]! : -1;
    if (previousEnd >= from) windows[windows.length - 1] = Math.max(previousEnd, to);
    else windows.push(from, to);
  });
  return windows;
}

/**
 * Start of the word closed by the period at `end - 1` (its letters, back to `start` at most), or -1 when
 * text[end - 1] is no period: recognisers ask it to tell an abbreviation's period ("Jan.", "St.") from the one
 * that ends the sentence ("on 1 January.", "4 Privet Drive.").
 */
export function wordBeforeFinalPeriod(text: string, start: number, end: number): number {
  if (end - start < 2 || text.charCodeAt(end - 1) !== 46) return -1;
  return wordStartBefore(text, end - 1, start);
}

/**
 * What a line may open with before its content: indentation, e-mail quoting ("> "), list bullets ("•", "-", "*",
 * "|"), and the "?" a bullet becomes when a text has lost its encoding ("??? Suite 4").
 */
const lineMarks = " \t>•·◦▪‣*|?-";
const lineMarkCodes = new Set([...lineMarks].map((mark) => mark.charCodeAt(0)));
/** The ASCII marks as a table: most characters a line check reads are ASCII. */
const asciiLineMarks = new Uint8Array(128);
for (const code of lineMarkCodes) if (code < 128) asciiLineMarks[code] = 1;

/** `lineMarks` as a pattern character class, each mark written as a code-unit escape. */
export const lineMarkClass = `[${[...lineMarks].map((mark) => `\\u${mark.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`;

/** Whether a code unit is one of `lineMarks`. */
export function isLineMark(code: number): boolean {
  return code < 128 ? asciiLineMarks[code] === 1 : lineMarkCodes.has(code);
}

/** Start of the letters (and marks) that end at `end`, back to `limit` at most; `end` when none does. */
export function wordStartBefore(text: string, end: number, limit: number): number {
  let start = end;
  while (start > limit && isLetterClass(classAt(text, start - 1))) start--;
  return start;
}

/**
 * End of a sticky `pattern`'s match at `position`, or -1 when it does not match there. `test` leaves `lastIndex`
 * at the end of the match and builds no match array: for a recogniser that needs where a match ends, not its text.
 */
export function matchEnd(pattern: RegExp, text: string, position: number): number {
  pattern.lastIndex = position;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** The text a sticky regex matches at `position`, or undefined: recognisers try their grammars where they can start. */
export function matchAt(pattern: RegExp, text: string, position: number): string | undefined {
  pattern.lastIndex = position;
  const match = pattern.exec(text);
  return match === null ? undefined : match[0];
}

/** One regex match found by `matchInWindows`, with its offset in the whole text. */
export interface WindowMatch {
  readonly value: string;
  readonly index: number;
  readonly groups: Record<string, string> | undefined;
}

/**
 * Runs a global regex over each window and returns matches with offsets in the whole text. A window covering
 * the whole text is searched without a copy. Lookbehinds see the window only, which is why windows carry padding.
 */
export function matchInWindows(text: string, windows: readonly number[], pattern: RegExp): WindowMatch[] {
  const matches: WindowMatch[] = [];
  for (let window = 0; window < windows.length; window += 2) {
    const from = windows[window]!;
    const to = windows[window + 1]!;
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
      matches.push({ value: match[0], index: from + match.index, groups: match.groups });
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  pattern.lastIndex = 0;
  return matches;
}

/** A set of lower-case words that word tokens are tested against by their lexicon id. */
export class TokenWordSet extends WordSet {
  /** Whether word token `token` of `table`, lower-cased, is in the set. */
  hasToken(table: TokenTable, token: number): boolean {
    return this.hasId(table.wordId[token]!);
  }
}

/** Single space between two tokens, or a hyphen directly. */
export function adjacent(table: TokenTable, left: number, right: number): boolean {
  const gap = table.start[right]! - table.end[left]!;
  if (gap === 1) return table.text.charCodeAt(table.end[left]!) === 32;
  return gap === 0;
}
