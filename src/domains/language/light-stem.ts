/**
 * A deliberately light stemmer: it strips a few inflectional endings (plural, common verb and adverb
 * suffixes) so "renewals"/"renewal" or "documentos"/"documento" match, without the over-conflation of a full
 * stemmer. Applied to lowercased, accent-folded tokens. Unknown languages get the English-like rules, which
 * are mostly plural stripping and harmless elsewhere.
 */
const SUFFIXES: Record<string, string[]> = {
  en: ["ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s"],
  fr: [
    "ements",
    "ement",
    "ations",
    "ation",
    "euses",
    "euse",
    "eaux",
    "ees",
    "ee",
    "es",
    "er",
    "ez",
    "e",
    "s",
    "x",
  ],
  es: [
    "amientos",
    "amiento",
    "aciones",
    "acion",
    "mente",
    "ados",
    "adas",
    "ado",
    "ada",
    "es",
    "os",
    "as",
    "o",
    "a",
    "s",
  ],
  de: ["ungen", "ung", "heiten", "heit", "keiten", "keit", "ern", "en", "er", "es", "e", "n", "s"],
  pt: [
    "amentos",
    "amento",
    "acoes",
    "acao",
    "mente",
    "ados",
    "adas",
    "ado",
    "ada",
    "oes",
    "es",
    "os",
    "as",
    "o",
    "a",
    "s",
  ],
};
const ARABIC_PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال"];
const ARABIC_SUFFIXES = ["ات", "ون", "ين", "ها", "ة"];
const MIN_STEM = 3;

export function lightStem(token: string, language?: string): string {
  if (/[\u0600-\u06FF]/u.test(token)) return stemArabic(token);
  if (/\d/u.test(token)) return token;
  const suffixes = SUFFIXES[language ?? "en"] ?? SUFFIXES.en ?? [];
  for (const suffix of suffixes) {
    if (token.endsWith(suffix) && token.length - suffix.length >= MIN_STEM) {
      return token.slice(0, -suffix.length);
    }
  }
  return token;
}

function stemArabic(token: string): string {
  let stem = token;
  for (const prefix of ARABIC_PREFIXES) {
    if (stem.startsWith(prefix) && stem.length - prefix.length >= 2) {
      stem = stem.slice(prefix.length);
      break;
    }
  }
  for (const suffix of ARABIC_SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 2) return stem.slice(0, -suffix.length);
  }
  return stem;
}
