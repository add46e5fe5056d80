/**
 * Names as people type them without accents: "Jose" for "José", "Francois" for "François", "Muller" for "Müller".
 * Keyboards, forms and older systems drop diacritics, so a name list holds both spellings.
 */

import { commonCapitalisedWords } from "./common-words.ts";

/** `word` with its combining marks removed ("josé" → "jose"); letters such as "ø", "ł" or "ß" stay as they are. */
export function unaccented(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * Unaccented forms of listed names that are everyday English words, or a nationality: "Germán" → "German", "Máté" →
 * "mate", "Pál" → "pal", "Bárd" → "bard", "Noël" → "Noel" (Christmas cards).
 */
const everydayWordsWithoutAccents = new Set([
  "german",
  "mate",
  "pal",
  "bard",
  "tome",
  "noel",
  "gal",
  "biro",
  "mares",
  "barre",
  "aime",
]);

/**
 * `words` and, after them, the unaccented form of each accented one, unless that form is an everyday word ("sá" →
 * "sa" is Spanish "sa").
 */
export function withUnaccentedForms(words: readonly string[]): string[] {
  const forms = [...words];
  for (const word of words) {
    const plain = unaccented(word);
    if (plain === word || commonCapitalisedWords.has(plain) || everydayWordsWithoutAccents.has(plain))
      continue;
    forms.push(plain);
  }
  return forms;
}
