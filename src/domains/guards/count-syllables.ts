/**
 * Approximate syllable count by vowel groups, the usual basis of readability formulas when no
 * pronunciation dictionary is available. Language rules: a silent final "e" in English and French
 * ("make", "table" keeps its "le"), and accented vowels and umlauts count as vowels. Diphthongs are one group
 * by construction ("ei", "au", "ou"). Every word has at least one syllable.
 */
const VOWELS: Record<string, RegExp> = {
  en: /[aeiouy]+/g,
  fr: /[aeiouyàâäéèêëîïôöûùüÿœæ]+/g,
  es: /[aeiouáéíóúü]+/g,
  de: /[aeiouyäöü]+/g,
  pt: /[aeiouáàâãéêíóôõú]+/g,
};

export function countSyllables(word: string, language: string): number {
  const lower = word.toLowerCase();
  const vowels = VOWELS[language] ?? VOWELS.en ?? /[aeiouy]+/g;
  let count = lower.match(vowels)?.length ?? 0;
  if (language === "en" && /[^aeiouy]e$/.test(lower) && !/[^aeiouy]le$/.test(lower) && count > 1) count--;
  if (
    language === "en" &&
    /[^aeiouy]es$|[^aeiouy]ed$/.test(lower) &&
    !/(?:[td]ed|[sxzh]es|ces|ges)$/.test(lower) &&
    count > 1
  )
    count--;
  if (language === "fr" && /[^aeiouy](?:e|es|ent)$/.test(lower) && count > 1) count--;
  return Math.max(1, count);
}
