import { francAll } from "franc-min";
import { fromIso3, isLanguageCode, type LanguageCode, primaryLanguage, toIso3 } from "./language-codes.ts";
import { isStopword } from "./stopwords.ts";

export type LanguageDetection = {
  /** ISO 639-1 code, always one of the supported languages. */
  language: string;
  /** 0..1: how far the winner stands above the runner-up (1 when only one language was possible). */
  confidence: number;
  /** True when the text could not be classified and `language` is the default, not a detection. */
  fallback: boolean;
};

export type DetectLanguageOptions = {
  /** Language used when detection is not possible; defaults to the first supported language. */
  defaultLanguage?: string;
  /** Fewer letters than this and trigram statistics are noise, so we fall back. */
  minLetters?: number;
};

const DEFAULT_MIN_LETTERS = 12;
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/gu;
const ANY_LETTER = /\p{L}/gu;

/**
 * Detects the language of a citizen's message among the service's supported languages.
 * Short or unclassifiable text falls back to the default and says so (`fallback: true`), so the caller can
 * ask the person to confirm their language instead of silently answering in the wrong one.
 */
export function detectLanguage(
  text: string,
  supported: readonly string[],
  options: DetectLanguageOptions = {},
): LanguageDetection {
  const candidates = unique(supported.map(primaryLanguage).filter(isLanguageCode));
  const requestedDefault = options.defaultLanguage ? primaryLanguage(options.defaultLanguage) : undefined;
  const fallbackLanguage = requestedDefault || candidates[0] || primaryLanguage(supported[0] ?? "") || "en";
  const fallback = (): LanguageDetection => ({ language: fallbackLanguage, confidence: 0, fallback: true });

  if (candidates.length === 0) return fallback();
  const letters = text.match(ANY_LETTER)?.length ?? 0;
  const arabicLetters = text.match(ARABIC_LETTER)?.length ?? 0;

  // Arabic script is unambiguous among our languages, and works even for a few words where trigrams fail.
  if (letters > 0 && arabicLetters / letters > 0.6) {
    return candidates.includes("ar") ? { language: "ar", confidence: 1, fallback: false } : fallback();
  }
  if (letters < (options.minLetters ?? DEFAULT_MIN_LETTERS)) return fallback();
  if (candidates.length === 1)
    return { language: candidates[0] as LanguageCode, confidence: 1, fallback: false };

  // Function words decide short questions better than trigram statistics ("How long does a decision
  // take?" looks French to trigrams); they win when one language clearly has more of them.
  const votes = stopwordVotes(text, candidates);
  if (votes[0] && votes[0].count >= 2 && votes[0].count >= 2 * (votes[1]?.count ?? 0)) {
    const total = votes.reduce((sum, vote) => sum + vote.count, 0);
    return { language: votes[0].language, confidence: round(votes[0].count / total), fallback: false };
  }
  const ranked = francAll(text, { only: candidates.map(toIso3), minLength: 1 });
  const [first, second] = ranked;
  const winner = first ? fromIso3(first[0]) : undefined;
  if (!first || !winner) return fallback();
  const confidence = second ? round(first[1] - second[1]) : 1;
  // A near tie between languages is not a detection.
  if (confidence < MIN_TRIGRAM_CONFIDENCE) return fallback();
  return { language: winner, confidence, fallback: false };
}

const MIN_TRIGRAM_CONFIDENCE = 0.1;

function stopwordVotes(text: string, candidates: readonly LanguageCode[]) {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  return candidates
    .map((language) => ({ language, count: words.filter((word) => isStopword(word, language)).length }))
    .sort((a, b) => b.count - a.count);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000;
}
