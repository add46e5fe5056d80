export { contentTerms, tokenize } from "./content-terms.ts";
export type { DetectLanguageOptions, LanguageDetection } from "./detect-language.ts";
export { detectLanguage } from "./detect-language.ts";
export type { LanguageCode } from "./language-codes.ts";
export { isLanguageCode, primaryLanguage, SUPPORTED_LANGUAGE_CODES } from "./language-codes.ts";
export { lightStem } from "./light-stem.ts";
export { splitSentences } from "./split-sentences.ts";
export { isStopword } from "./stopwords.ts";
