/**
 * Splits prose into sentences. Uses Intl.Segmenter (ICU sentence rules, which know common abbreviations
 * per locale) and then trims and drops empty pieces. Newlines that separate list items or lines of a
 * letter also end a sentence, because a bullet without a full stop is still a separate claim.
 */
export function splitSentences(text: string, language = "en"): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  const sentences: string[] = [];
  for (const line of text.split(/\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)/u)) {
    const flat = line.replace(/\s+/gu, " ").trim();
    if (!flat) continue;
    for (const { segment } of segmenter.segment(flat)) {
      const sentence = segment.trim();
      if (sentence) sentences.push(sentence);
    }
  }
  return sentences;
}
