import { lightStem } from "./light-stem.ts";
import { isStopword } from "./stopwords.ts";

/** Lowercase, fold accents (é→e, ß stays), drop Arabic diacritics, split on anything that is not a letter or digit. */
export function tokenize(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/**
 * The words of a text that carry meaning, light-stemmed: the unit both retrieval scoring and the lexical
 * citation-support check compare. Stopwords and one-letter tokens are dropped (digits are kept: "2" in
 * "2 photos" is a claim worth checking).
 */
export function contentTerms(text: string, language?: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    if (token.length < 2 && !/\d/u.test(token)) continue;
    if (isStopword(token, language)) continue;
    terms.push(lightStem(token, language));
  }
  return terms;
}
