import { primaryLanguage } from "../language/index.ts";

/** Every configuration a chunk can be indexed with (a server lacking one simply never has such chunks). */
export const TEXT_SEARCH_CONFIGS = [
  "english",
  "french",
  "spanish",
  "german",
  "portuguese",
  "arabic",
  "simple",
] as const;
export type TextSearchConfig = (typeof TEXT_SEARCH_CONFIGS)[number];

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
