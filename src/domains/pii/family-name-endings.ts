import { lowerCodeUnit } from "./lexicon.ts";

/**
 * Endings of family names that little else ends with, and the shortest word each is trusted on. Strong endings
 * (Finnish -nen, Icelandic -dóttir, Czech -ová, South Slavic -ić, Ukrainian -enko, Georgian -shvili, Greek
 * -poulos...) name a person even alone at the start of a sentence; weak ones (Russian -ov/-eva, Polish -ski,
 * Danish -sen, Armenian -yan...) also end some place names and need a name beside them or a position mid-sentence.
 */
const strongFamilyEndings: readonly (readonly [string, number])[] = [
  ["nen", 6],
  ["sson", 6],
  ["dóttir", 8],
  ["dottir", 8],
  ["ová", 5],
  ["ská", 5],
  ["ić", 5],
  ["enko", 6],
  ["chuk", 6],
  ["shvili", 8],
  ["dze", 6],
  ["poulos", 8],
  ["poulou", 8],
  ["akis", 6],
  ["idis", 6],
  ["escu", 6],
  ["eanu", 6],
  ["oğlu", 6],
  ["oglu", 6],
];
const weakFamilyEndings: readonly (readonly [string, number])[] = [
  ["ov", 6],
  ["ev", 6],
  ["ova", 7],
  ["eva", 7],
  ["ski", 6],
  ["cki", 6],
  ["ska", 7],
  ["sky", 7],
  ["skiy", 7],
  ["sen", 6],
  ["yan", 6],
];
/** Words with a family-name ending that are not names. */
const familyEndingExceptions = [
  "lesson",
  "libyan",
  "supernova",
  "casanova",
  "chosen",
  // German nouns in -onen and -inen, capitalised inside a sentence: "Angaben zu Personen", "Die Maschinen".
  "personen",
  "patronen",
  "zitronen",
  "maschinen",
  "terminen",
  "routinen",
  "kabinen",
  "vitaminen",
  "disziplinen",
  "lawinen",
  "turbinen",
  "kantinen",
];

/** Whether the word from `start` to `end` ends with `ending` (compared lower-case). */
function endsWithLower(text: string, start: number, end: number, ending: string): boolean {
  if (end - start < ending.length) return false;
  for (let index = 1; index <= ending.length; index++) {
    if (lowerCodeUnit(text.charCodeAt(end - index)) !== ending.charCodeAt(ending.length - index))
      return false;
  }
  return true;
}

/** One family-name ending, the shortest word it is trusted on, and its strength (2 strong, 1 weak). */
interface FamilyEnding {
  readonly ending: string;
  readonly shortest: number;
  readonly strength: number;
}

/**
 * The endings by their last letter, strong ones first: most words are ruled out by one look-up. Dense up to the
 * highest last letter (reads past it are checked), so a look-up never walks a sparse array's prototype chain.
 */
const familyEndingsByLastLetter: (readonly FamilyEnding[] | undefined)[] = [];
for (const [endings, strength] of [
  [strongFamilyEndings, 2],
  [weakFamilyEndings, 1],
] as const) {
  for (const [ending, shortest] of endings) {
    const last = ending.charCodeAt(ending.length - 1);
    while (familyEndingsByLastLetter.length <= last) familyEndingsByLastLetter.push(undefined);
    const bucket = (familyEndingsByLastLetter[last] ?? []) as FamilyEnding[];
    bucket.push({ ending, shortest, strength });
    familyEndingsByLastLetter[last] = bucket;
  }
}

/**
 * How strongly the word `text[start, end)` ends like a family name, whatever its case: 2 for a strong ending, 1
 * for a weak one, 0 for none.
 */
export function familyEnding(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 5) return 0;
  const lastLetter = lowerCodeUnit(text.charCodeAt(end - 1));
  if (lastLetter < 0 || lastLetter >= familyEndingsByLastLetter.length) return 0;
  const candidates = familyEndingsByLastLetter[lastLetter];
  if (candidates === undefined) return 0;
  for (let index = 0; index < candidates.length; index++) {
    const { ending, shortest, strength } = candidates[index]!;
    if (length < shortest || !endsWithLower(text, start, end, ending)) continue;
    if (ending === "nen" && !finnishNen(text, end)) return 0;
    if (strength === 2) return exceptionalEnding(text, start, end) ? 0 : 2;
    if (ending === "sen") {
      // Danish -sen follows a consonant ("Hansen", "Olsen"); "Essen", "Giessen" and "chosen" do not fit.
      const before = lowerCodeUnit(text.charCodeAt(end - 4));
      if (before === 111 || (before === 115 && length < 8)) return 0;
    }
    if (ending === "ova" && endsWithLower(text, start, end, "rnova")) return 0;
    return exceptionalEnding(text, start, end) ? 0 : 1;
  }
  return 0;
}

/**
 * Finnish -nen follows a vowel ("Virtanen", "Mäkinen", "Korhonen"); German nouns and verbs capitalised in a
 * sentence end in -nen after a consonant ("Bürgerinnen", "Öffnen", "Lernen") or in -ionen ("Informationen").
 */
function finnishNen(text: string, end: number): boolean {
  const before = lowerCodeUnit(text.charCodeAt(end - 4));
  const vowel =
    before === 97 ||
    before === 101 ||
    before === 105 ||
    before === 111 ||
    before === 117 ||
    before === 121 ||
    before === 0xe4 ||
    before === 0xf6;
  return vowel && !(before === 111 && lowerCodeUnit(text.charCodeAt(end - 5)) === 105);
}

function exceptionalEnding(text: string, start: number, end: number): boolean {
  return familyEndingExceptions.some((word) => endsWithLower(text, start, end, word));
}
