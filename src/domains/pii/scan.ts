/**
 * One tokenisation pass shared by every recogniser. A single loop over UTF-16 code units classifies each
 * character through a lookup table (filled lazily from Unicode properties, one regex test per distinct
 * character ever seen) and records word and number tokens in typed arrays. The result is cached for the last
 * text, so all recognisers of one `detectPersonalData` call reuse it.
 */

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
  /** Lower-cased word, computed on demand. */
  readonly lower: (string | undefined)[];
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
  table.start = start;
  table.end = end;
  table.kind = kind;
  table.first = first;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;

function tokenise(text: string): TokenTable {
  const capacity = Math.max(16, Math.ceil(text.length / 5));
  const table: TokenTable = {
    text,
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
    first: new Uint8Array(capacity),
    lower: [],
  };
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const value = code < 128 ? classes[code]! : charClass(code);
    if (value === LOWER || value === UPPER || value === CASELESS) {
      const begin = index;
      index++;
      while (index < length) {
        const next = text.charCodeAt(index);
        const nextClass = next < 128 ? classes[next]! : charClass(next);
        if (nextClass === LOWER || nextClass === UPPER || nextClass === CASELESS) {
          index++;
          continue;
        }
        // Apostrophes and hyphens join letters: "O'Neil", "Jean-Pierre", "m'appelle", "chamo-me".
        if ((next === APOSTROPHE || next === RIGHT_QUOTE || next === HYPHEN) && index + 1 < length) {
          const after = text.charCodeAt(index + 1);
          if (isLetterClass(after < 128 ? classes[after]! : charClass(after))) {
            index += 2;
            continue;
          }
        }
        break;
      }
      if (table.count === table.start.length) grow(table);
      table.start[table.count] = begin;
      table.end[table.count] = index;
      table.kind[table.count] = WORD;
      table.first[table.count] = value;
      table.count++;
    } else if (value === DIGIT) {
      const begin = index;
      index++;
      while (index < length) {
        const next = text.charCodeAt(index);
        if ((next < 128 ? classes[next]! : charClass(next)) !== DIGIT) break;
        index++;
      }
      if (table.count === table.start.length) grow(table);
      table.start[table.count] = begin;
      table.end[table.count] = index;
      table.kind[table.count] = NUMBER;
      table.first[table.count] = DIGIT;
      table.count++;
    } else {
      index++;
    }
  }
  return table;
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

export function lowerOf(table: TokenTable, token: number): string {
  let value = table.lower[token];
  if (value === undefined) {
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
  const { text, count, kind, start, end } = table;
  let first = -1;
  let last = -1;
  let digits = 0;
  for (let token = 0; token < count; token++) {
    if (kind[token] !== NUMBER) continue;
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
 * Runs a global regex over each window and yields matches with offsets in the whole text.
 * Lookbehinds see the window only, which is why windows carry padding.
 */
export function* matchInWindows(
  text: string,
  windows: readonly number[],
  pattern: RegExp,
): Generator<{ value: string; index: number; groups: Record<string, string> | undefined }> {
  for (let window = 0; window < windows.length; window += 2) {
    const from = windows[window]!;
    const slice =
      from === 0 && windows[window + 1] === text.length ? text : text.slice(from, windows[window + 1]);
    pattern.lastIndex = 0;
    for (const match of slice.matchAll(pattern)) {
      yield { value: match[0], index: from + match.index, groups: match.groups };
    }
  }
}
