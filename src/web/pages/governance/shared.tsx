import type { LocalizedText } from "../../../domains/assessment/index.ts";
import type { Locale, Translator } from "../../../i18n/index.ts";

export const ROMAN = ["I", "II", "III", "IV"] as const;

/** An impact level as the Directive writes it: I, II, III or IV. */
export function roman(level: 1 | 2 | 3 | 4): string {
  return ROMAN[level - 1] ?? String(level);
}

/**
 * Questionnaire texts exist in English and French. Other interface languages (and missing French
 * texts) fall back to English, marked with `lang` so assistive technology pronounces them correctly
 * (and with `dir="ltr"` wherever it is shown, so it stays left to right inside Arabic pages).
 */
export function localized(text: LocalizedText, locale: Locale): { text: string; lang: string | undefined } {
  if (locale === "fr" && text.fr.trim() !== "") return { text: text.fr, lang: undefined };
  if (locale === "en") return { text: text.en, lang: undefined };
  return { text: text.en, lang: "en" };
}

/** A questionnaire text in the interface language, with a `lang` attribute when it falls back. */
export function Localized(props: { text: LocalizedText; locale: Locale }) {
  const { text, lang } = localized(props.text, props.locale);
  return lang ? (
    <span lang={lang} dir="ltr">
      {text}
    </span>
  ) : (
    // biome-ignore lint/complexity/noUselessFragments: a component returns an element, not a bare string
    <>{text}</>
  );
}

/** Text produced in English by the domain (e.g. EU screening reasons), marked as such elsewhere. */
export function EnglishText(props: { text: string; locale: Locale }) {
  return props.locale === "en" ? (
    // biome-ignore lint/complexity/noUselessFragments: a component returns an element, not a bare string
    <>{props.text}</>
  ) : (
    <span lang="en" dir="ltr">
      {props.text}
    </span>
  );
}

/** A translated label for a code, or the code itself when the catalogue has none. */
export function label(i18n: Translator, key: string, fallback: string): string {
  const text = i18n.t(key);
  return text === key ? fallback : text;
}

export interface LinkedError {
  /** Where the message links: `#field` on the same page, or another page's address. */
  href: string;
  message: string;
}

/** An error summary whose links may lead to other pages (e.g. a missing answer on page 4). */
export function LinkedErrorSummary(props: { i18n: Translator; errors: LinkedError[]; title?: string }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{props.title ?? props.i18n.t("form.errorSummaryTitle")}</h2>
      <ul>
        {props.errors.map((error) => (
          <li>
            <a href={error.href}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function formatDate(locale: Locale, value: Date | string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(value));
}
