/**
 * The languages Steward can detect and serve, as ISO 639-1 codes, with the ISO 639-3 codes franc reports.
 * franc-min labels Modern Standard Arabic "arb" (not the macro-language "ara"), so that is the code we map.
 */
export const SUPPORTED_LANGUAGE_CODES = ["en", "fr", "es", "de", "pt", "ar"] as const;
export type LanguageCode = (typeof SUPPORTED_LANGUAGE_CODES)[number];

const ISO3_BY_ISO1: Readonly<Record<LanguageCode, string>> = {
  en: "eng",
  fr: "fra",
  es: "spa",
  de: "deu",
  pt: "por",
  ar: "arb",
};

export function isLanguageCode(value: string): value is LanguageCode {
  return (SUPPORTED_LANGUAGE_CODES as readonly string[]).includes(value);
}

export function toIso3(code: LanguageCode): string {
  return ISO3_BY_ISO1[code];
}

export function fromIso3(iso3: string): LanguageCode | undefined {
  for (const code of SUPPORTED_LANGUAGE_CODES) if (ISO3_BY_ISO1[code] === iso3) return code;
  return undefined;
}

/** Normalises "pt-BR", "EN", "fr_CA" to the primary subtag, so a service's locale list maps to a detectable code. */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}
