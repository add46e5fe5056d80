import { hasCueBefore } from "./context-words.ts";
import type { Detection, Recogniser } from "./detection.ts";

interface PostalFormat {
  readonly label: string;
  readonly pattern: RegExp;
  readonly score: number;
}

// Distinctive national formats score on their own; bare digit groups need a cue (see below).
const formats: readonly PostalFormat[] = [
  { label: "UK postcode", pattern: /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/g, score: 0.75 },
  { label: "Canadian postal code", pattern: /\b[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d\b/g, score: 0.75 },
  { label: "US ZIP+4", pattern: /(?<![\d-])\d{5}-\d{4}(?![\d-])/g, score: 0.7 },
  { label: "Portuguese or Brazilian postal code", pattern: /(?<![\d-])\d{4,5}-\d{3}(?![\d-])/g, score: 0.6 },
  { label: "Dutch postcode", pattern: /(?<!\d)\d{4} [A-Z]{2}\b/g, score: 0.5 },
];
const bareCode = /(?<![\p{L}\p{N}-])(?:\d{3,5}|\d{2}-\d{3}|\d{3} \d{2})(?![\p{L}\p{N}-])/gu;

export const postalCodeRecogniser: Recogniser = {
  name: "postal-code",
  types: ["POSTAL_CODE"],
  recognise(text) {
    const found: Detection[] = [];
    if (!/\d/.test(text)) return found;
    for (const format of formats) {
      for (const match of text.matchAll(format.pattern)) {
        const cue = hasCueBefore(text, match.index, "postalCode", 30);
        found.push({
          type: "POSTAL_CODE",
          start: match.index,
          end: match.index + match[0].length,
          score: cue ? 0.9 : format.score,
          reason: `${format.label} format${cue ? ", postal-code context" : ""}`,
        });
      }
    }
    // Bare codes need a cue: skip the pass when no cue word can be in the text.
    if (!hasCueBefore(text, text.length, "postalCode", text.length)) return found;
    for (const match of text.matchAll(bareCode)) {
      if (!hasCueBefore(text, match.index, "postalCode", 25)) continue;
      found.push({
        type: "POSTAL_CODE",
        start: match.index,
        end: match.index + match[0].length,
        score: 0.85,
        reason: "number after a postal-code cue",
      });
    }
    return found;
  },
};
