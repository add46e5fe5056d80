import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";

/**
 * Every user-facing string goes through a catalogue of ICU messages.
 * English is the reference catalogue; French and Arabic (right-to-left) are complete, and a test enforces
 * it. A message missing from a catalogue still falls back to English rather than showing its key.
 */
export const LOCALES = ["en", "fr", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/**
 * Languages written right to left (ISO 639-1). Content may be in a language the interface lacks (a case
 * asked in Persian, say), so this covers more than the interface's locales.
 */
const RIGHT_TO_LEFT = new Set(["ar", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"]);

/** The direction a language is written in, from a code such as `ar` or `en-GB`; unknown codes are ltr. */
export function textDirection(language: string): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(language.toLowerCase().split("-")[0] ?? "") ? "rtl" : "ltr";
}

type Catalogue = Record<string, string>;

function loadCatalogue(locale: Locale): Catalogue {
  return JSON.parse(readFileSync(new URL(`./messages/${locale}.json`, import.meta.url), "utf8")) as Catalogue;
}

const catalogues = new Map<Locale, Catalogue>(LOCALES.map((locale) => [locale, loadCatalogue(locale)]));
const compiled = new Map<string, IntlMessageFormat>();

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function catalogue(locale: Locale): Readonly<Catalogue> {
  return catalogues.get(locale) ?? {};
}

export type MessageValues = Record<string, string | number | Date>;

export interface Translator {
  locale: Locale;
  direction: "ltr" | "rtl";
  t(key: string, values?: MessageValues): string;
}

export function translator(locale: Locale): Translator {
  return {
    locale,
    direction: textDirection(locale),
    t(key, values) {
      const own = catalogues.get(locale)?.[key];
      const source = own ?? catalogues.get(DEFAULT_LOCALE)?.[key];
      if (source === undefined) return key;
      const messageLocale = own === undefined ? DEFAULT_LOCALE : locale;
      const cacheKey = `${messageLocale}\u0000${key}`;
      let format = compiled.get(cacheKey);
      if (!format) {
        format = new IntlMessageFormat(source, messageLocale);
        compiled.set(cacheKey, format);
      }
      const rightToLeft = textDirection(messageLocale) === "rtl";
      return String(format.format(rightToLeft && values ? isolateStrings(values) : values));
    },
  };
}

const FIRST_STRONG_ISOLATE = "\u2068";
const POP_DIRECTIONAL_ISOLATE = "\u2069";

/**
 * Text values inside a right-to-left message are isolated (Unicode FSI … PDI), so a Latin name, reference or
 * e-mail address keeps its own direction and does not reorder the sentence around it ("Back to {name}" with
 * "Benefits (pilot)" would otherwise show its parenthesis on the wrong side). Numbers and dates are formatted
 * by the message itself and stay as they are.
 */
export function isolateStrings(values: MessageValues): MessageValues {
  const isolated: MessageValues = {};
  for (const [name, value] of Object.entries(values)) {
    isolated[name] =
      typeof value === "string" ? `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}` : value;
  }
  return isolated;
}

/** Picks the best supported locale from an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const quality = parameters.find((parameter) => parameter.trim().startsWith("q="));
      return {
        language: tag.toLowerCase().split("-")[0] ?? "",
        quality: quality ? Number(quality.split("=")[1]) : 1,
      };
    })
    .filter((entry) => entry.language !== "" && Number.isFinite(entry.quality))
    .sort((a, b) => b.quality - a.quality);
  return ranked.map((entry) => entry.language).find(isLocale) ?? DEFAULT_LOCALE;
}
