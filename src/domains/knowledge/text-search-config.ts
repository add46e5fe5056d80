import { primaryLanguage } from "../language/index.ts";

export type TextSearchConfig =
  | "english"
  | "french"
  | "spanish"
  | "german"
  | "portuguese"
  | "arabic"
  | "simple";

const CONFIGS: Record<string, TextSearchConfig> = {
  en: "english",
  fr: "french",
  es: "spanish",
  de: "german",
  pt: "portuguese",
  ar: "arabic",
};

/**
 * The PostgreSQL text-search configuration for a language tag ("fr", "pt-BR"). Anything else gets "simple"
 * (lowercasing, no stemming, no stopwords): weaker recall, but never a wrong language's stemmer. Note that
 * "arabic" ships with PostgreSQL 12+ built with Snowball; the caller should fall back to "simple" if its
 * server lacks it.
 */
export function textSearchConfig(language: string | undefined): TextSearchConfig {
  return (language && CONFIGS[primaryLanguage(language)]) || "simple";
}
