/**
 * Lowercase, strip accents and Arabic diacritics, remove zero-width characters and collapse whitespace.
 * Guards match patterns on folded text so "Ignorez les instructions précédentes", "IGNOREZ  les
 * instructions precedentes" and a version with zero-width joiners inserted all look the same.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u200B-\u200F\u2060\uFEFF\u00AD]/gu, "")
    .replace(/[\u0640]/gu, "") // Arabic tatweel: stretches words, defeats matching
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * Builds a regular expression from readable phrase sources: each alternative is folded like the text,
 * spaces match any run of whitespace or light punctuation, and matches must start and end on a word boundary
 * (Unicode-aware, because \b only knows ASCII letters). Sources may contain regex syntax for optional words.
 */
export function phrasePattern(alternatives: readonly string[]): RegExp {
  const body = alternatives.map((source) => foldPattern(source).replace(/ /g, "[\\s,;:'’\"-]+")).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, "u");
}

function foldPattern(source: string): string {
  return source.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}
