/**
 * Word ids. Every word that a recogniser's list holds is registered here once, lower-cased, and gets a small
 * integer id. The tokeniser gives each word token the id of its lower-cased form by hashing the token's
 * characters in place (0 when no list holds the word), so a recogniser tests list membership with an array
 * read instead of slicing, lower-casing and hashing a new string for every look-up.
 */

/** Id of a word that no list holds. */
export const UNLISTED = 0;
/** No word at all (a missing or non-word neighbour): negative, so no set holds it. */
export const NO_WORD = -2;
/** A token whose lower-cased form is not one code unit per character (e.g. "İ"): look it up as a string. */
export const NEEDS_STRING_LOOKUP = -1;

const MULTI_UNIT = -2;
const UNKNOWN_UNIT = -1;
/** Lower-case of each UTF-16 code unit, filled lazily; MULTI_UNIT when it is not a single code unit. */
const lowerUnits = new Int32Array(65536).fill(UNKNOWN_UNIT);
for (let code = 0; code < 128; code++) lowerUnits[code] = code >= 65 && code <= 90 ? code + 32 : code;
// The tokeniser hashes the typographic apostrophe inside a word ("m’appelle", "l’école") as it is, without filling
// its entry: filled here, so the look-up that confirms a hash compares it as itself.
lowerUnits[0x2019] = 0x2019;

function lowerUnit(code: number): number {
  let lowered = lowerUnits[code]!;
  if (lowered === UNKNOWN_UNIT) {
    const value = String.fromCharCode(code).toLowerCase();
    lowered = value.length === 1 ? value.charCodeAt(0) : MULTI_UNIT;
    lowerUnits[code] = lowered;
  }
  return lowered;
}

/** Lower-case of a code unit; negative when it is not a single code unit. ASCII inline: most text is. */
export function lowerCodeUnit(code: number): number {
  return code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : lowerUnit(code);
}

/**
 * Whether `text` at `at` reads as `phrase`, a lower-case phrase without "σ" or "ς", once lower-cased: compared
 * code unit by code unit instead of lower-casing the text. For such a phrase it is what comparing with the
 * lower-cased text tells (Greek final sigma, the one lower-casing that depends on the letters around it, and
 * letters that lower-case to two code units can match none of the phrase's code units).
 */
export function readsAsLowerCase(text: string, at: number, phrase: string): boolean {
  if (at < 0 || at + phrase.length > text.length) return false;
  for (let index = 0; index < phrase.length; index++) {
    if (lowerCodeUnit(text.charCodeAt(at + index)) !== phrase.charCodeAt(index)) return false;
  }
  return true;
}

/** FNV-1a over UTF-16 code units: the tokeniser hashes a word while it scans it. */
export const WORD_HASH_START = 0x811c9dc5;

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

function hashOfLowerString(word: string): number {
  let hash = WORD_HASH_START;
  for (let index = 0; index < word.length; index++) hash = hashStep(hash, word.charCodeAt(index));
  return hash;
}

/**
 * Words by id (index 0 unused); their characters in one pool, so that comparing a token with a candidate reads
 * adjacent memory; an open-addressing table of [hash, id] pairs; and a 32 KiB bit filter over the hashes that
 * rules out most unlisted tokens without touching the table.
 */
const words: string[] = [""];
let pool = new Uint16Array(1 << 16);
let poolLength = 0;
let wordOffsets = new Int32Array(1024);
let slots = new Int32Array(1 << 17);
let mask = (slots.length >> 2) - 1;
const FILTER_BITS = 18;
const filter = new Uint32Array(1 << (FILTER_BITS - 5));
const idsByWord = new Map<string, number>();

function filterIndex(hash: number): number {
  return hash >>> (32 - FILTER_BITS);
}

function insertSlot(id: number, hash: number): void {
  let slot = hash & mask;
  while (slots[slot * 4 + 1] !== 0) slot = (slot + 1) & mask;
  slots[slot * 4] = hash;
  slots[slot * 4 + 1] = id;
  slots[slot * 4 + 2] = wordOffsets[id]!;
  slots[slot * 4 + 3] = wordOffsets[id + 1]! - wordOffsets[id]!;
}

function grownInt32(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(size);
  grown.set(array);
  return grown;
}

/** The id of a lower-case word, registering it when new. */
export function registerWord(lower: string): number {
  const known = idsByWord.get(lower);
  if (known !== undefined) return known;
  const id = words.length;
  words.push(lower);
  idsByWord.set(lower, id);
  if (id + 1 >= wordOffsets.length) wordOffsets = grownInt32(wordOffsets, wordOffsets.length * 2);
  if (poolLength + lower.length > pool.length) {
    const grown = new Uint16Array(Math.max(pool.length * 2, poolLength + lower.length));
    grown.set(pool);
    pool = grown;
  }
  wordOffsets[id] = poolLength;
  for (let index = 0; index < lower.length; index++) pool[poolLength++] = lower.charCodeAt(index);
  wordOffsets[id + 1] = poolLength;
  const hash = hashOfLowerString(lower);
  const bit = filterIndex(hash);
  filter[bit >>> 5]! |= 1 << (bit & 31);
  if (words.length * 2 > mask + 1) {
    slots = new Int32Array(slots.length * 2);
    mask = (slots.length >> 2) - 1;
    for (let other = 1; other < words.length; other++) insertSlot(other, hashOfLowerString(words[other]!));
  } else insertSlot(id, hash);
  return id;
}

/** The id of a lower-case word, or UNLISTED. */
export function wordIdOf(lower: string): number {
  return idsByWord.get(lower) ?? UNLISTED;
}

/**
 * The id of `text[start, end)` lower-cased, without building the string: UNLISTED when no list holds it,
 * NEEDS_STRING_LOOKUP when a character does not lower-case to one code unit.
 */
export function wordIdOfRange(text: string, start: number, end: number): number {
  let hash = WORD_HASH_START;
  for (let index = start; index < end; index++) {
    const lowered = lowerCodeUnit(text.charCodeAt(index));
    if (lowered === MULTI_UNIT) return NEEDS_STRING_LOOKUP;
    hash = hashStep(hash, lowered);
  }
  return wordIdOfHashedRange(text, start, end, hash);
}

/**
 * The id of `text[start, end)`, given the hash of its lower-cased code units (each a single code unit):
 * UNLISTED when no list holds it.
 */
export function wordIdOfHashedRange(text: string, start: number, end: number, hash: number): number {
  const bit = filterIndex(hash);
  if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return UNLISTED;
  const length = end - start;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const id = slots[slot * 4 + 1]!;
    if (id === 0) return UNLISTED;
    if (slots[slot * 4] !== hash || slots[slot * 4 + 3] !== length) continue;
    const offset = slots[slot * 4 + 2]!;
    let same = true;
    for (let index = 0; index < length; index++) {
      if (pool[offset + index] !== lowerUnits[text.charCodeAt(start + index)]) {
        same = false;
        break;
      }
    }
    if (same) return id;
  }
}

/** The id of `text[start, end)` lower-cased (UNLISTED when no list holds it), whatever its characters. */
export function wordIdOfText(text: string, start: number, end: number): number {
  const id = wordIdOfRange(text, start, end);
  return id === NEEDS_STRING_LOOKUP ? wordIdOf(text.slice(start, end).toLowerCase()) : id;
}

/**
 * Which of several word lists hold each word, as one number per word id whose bits are the lists' bits: a
 * recogniser that asks many lists about the same token reads one number instead of testing each list (the lists
 * stay the source of truth). Ids past the table's end (words no list given here holds) read as 0 by `bitsOf`.
 */
export function wordBitTable(lists: readonly (readonly [number, Iterable<string>])[]): Int32Array {
  const entries: [number, number][] = [];
  let size = 1;
  for (const [bit, words] of lists) {
    for (const word of words) {
      const id = registerWord(word.toLowerCase());
      entries.push([id, bit]);
      size = Math.max(size, id + 1);
    }
  }
  const table = new Int32Array(size);
  for (const [id, bit] of entries) table[id]! |= bit;
  return table;
}

/** The bits of word id `id` in a `wordBitTable`: 0 for unlisted words and negative ids. */
export function bitsOf(table: Int32Array, id: number): number {
  return id >= 0 && id < table.length ? table[id]! : 0;
}

/**
 * A set of lower-case words, tested by id. Words are lower-cased when the set is built, so `has` expects a
 * lower-case word, as a `Set<string>` of lower-case words would.
 */
export class WordSet implements Iterable<string> {
  /** One bit per word id: a few KiB per set, so the sets a recogniser consults stay in cache together. */
  private members = new Uint32Array(0);
  private readonly list: string[] = [];

  constructor(entries: Iterable<string>) {
    for (const entry of entries) {
      const lower = entry.toLowerCase();
      if (lower.length === 0) continue;
      const id = registerWord(lower);
      if (this.hasId(id)) continue;
      if (id >>> 5 >= this.members.length) {
        const grown = new Uint32Array((id >>> 5) + 1);
        grown.set(this.members);
        this.members = grown;
      }
      this.members[id >>> 5]! |= 1 << (id & 31);
      this.list.push(lower);
    }
  }

  has(lower: string): boolean {
    return this.hasId(wordIdOf(lower));
  }

  /** Membership of a word id (from `wordIdOfText` or a token table); false for negative ids. */
  hasId(id: number): boolean {
    const slot = id >> 5;
    if (slot < 0 || slot >= this.members.length) return false;
    return ((this.members[slot]! >>> (id & 31)) & 1) === 1;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.list[Symbol.iterator]();
  }
}
