import { splitSentences } from "../language/index.ts";
import { countSyllables } from "./count-syllables.ts";

export type ReadabilityMethod =
  | "flesch-kincaid"
  | "kandel-moles"
  | "fernandez-huerta"
  | "wiener-sachtextformel"
  | "flesch-pt";

export type ReadabilityMeasure =
  | { measured: true; grade: number; method: ReadabilityMethod; words: number; sentences: number }
  | { measured: false; reason: "unsupported-language" | "too-short" };

/**
 * Estimated school grade needed to read a text, by a formula made for its language:
 * - en: Flesch-Kincaid grade level (gives a US grade directly);
 * - de: first Wiener Sachtextformel (gives a German school grade directly);
 * - fr: Kandel & Moles reading ease, es: Fernández-Huerta reading ease, pt: Flesch adapted by Martins et al.
 *   (1996). These give a 0-100 "ease", converted to a grade with Flesch's own ease→grade table
 *   (interpolated). That conversion is an approximation: the adaptations were calibrated on their own
 *   corpora, so treat fr/es/pt grades as ±1-2 grades.
 * Arabic has no syllable-based formula we trust, so it is not measured (the caller records that, not a pass).
 */
export function readabilityGrade(text: string, language: string): ReadabilityMeasure {
  if (!["en", "fr", "es", "de", "pt"].includes(language))
    return { measured: false, reason: "unsupported-language" };
  const sentences = splitSentences(text, language);
  const words = sentences.flatMap((s) => s.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []);
  if (words.length < 5 || sentences.length === 0) return { measured: false, reason: "too-short" };

  const syllables = words.map((w) => countSyllables(w, language));
  const wordsPerSentence = words.length / sentences.length;
  const syllablesPerWord = syllables.reduce((a, b) => a + b, 0) / words.length;
  const base = { measured: true as const, words: words.length, sentences: sentences.length };

  switch (language) {
    case "en":
      return {
        ...base,
        method: "flesch-kincaid",
        grade: round(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59),
      };
    case "de": {
      const percentPolysyllabic = (100 * syllables.filter((n) => n >= 3).length) / words.length;
      const percentLong = (100 * words.filter((w) => w.length > 6).length) / words.length;
      const percentMonosyllabic = (100 * syllables.filter((n) => n === 1).length) / words.length;
      const grade =
        0.1935 * percentPolysyllabic +
        0.1672 * wordsPerSentence +
        0.1297 * percentLong -
        0.0327 * percentMonosyllabic -
        0.875;
      return { ...base, method: "wiener-sachtextformel", grade: round(grade) };
    }
    case "fr":
      return {
        ...base,
        method: "kandel-moles",
        grade: easeToGrade(207 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord),
      };
    case "es": {
      // Fernández-Huerta uses syllables per 100 words (P) and sentences per 100 words (F).
      const p = 100 * syllablesPerWord;
      const f = (100 * sentences.length) / words.length;
      return { ...base, method: "fernandez-huerta", grade: easeToGrade(206.84 - 0.6 * p - 1.02 * f) };
    }
    default:
      return {
        ...base,
        method: "flesch-pt",
        grade: easeToGrade(248.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
      };
  }
}

// Flesch's reading-ease bands and the school grade he gave each: 90-100 → 5th grade, 80 → 6th, 70 → 7th,
// 60-70 → 8th-9th, 50-60 → 10th-12th, 30-50 → college, below 30 → graduate.
const EASE_TO_GRADE: readonly [number, number][] = [
  [100, 4],
  [90, 5],
  [80, 6],
  [70, 7],
  [60, 8.5],
  [50, 11],
  [30, 14.5],
  [0, 18],
];

function easeToGrade(ease: number): number {
  const clamped = Math.max(0, Math.min(100, ease));
  for (let i = 1; i < EASE_TO_GRADE.length; i++) {
    const [upperEase, upperGrade] = EASE_TO_GRADE[i - 1] as [number, number];
    const [lowerEase, lowerGrade] = EASE_TO_GRADE[i] as [number, number];
    if (clamped >= lowerEase) {
      const t = (upperEase - clamped) / (upperEase - lowerEase);
      return round(upperGrade + t * (lowerGrade - upperGrade));
    }
  }
  return 18;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
