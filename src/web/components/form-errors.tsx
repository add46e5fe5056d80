import type { Translator } from "../../i18n/index.ts";

/** One problem with a form: the id of the field it concerns (for the link) and the message. */
export interface FormError {
  field: string;
  message: string;
}

/**
 * The error summary at the top of a form: announced at once (role=alert), each message a link that
 * moves focus to the field concerned.
 */
export function ErrorSummary(props: { i18n: Translator; errors: FormError[] }) {
  if (props.errors.length === 0) return null;
  const { t } = props.i18n;
  return (
    <div class="error-summary" role="alert" tabindex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t("form.errorSummaryTitle")}</h2>
      <ul>
        {props.errors.map((error) => (
          <li>
            <a href={`#${error.field}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message shown next to a field; its id is `{field}-error`, for the field's aria-describedby. */
export function FieldError(props: { i18n: Translator; field: string; errors: FormError[] }) {
  const error = props.errors.find((candidate) => candidate.field === props.field);
  if (!error) return null;
  return (
    <p id={`${props.field}-error`} class="field-error">
      <span class="visually-hidden">{props.i18n.t("form.errorPrefix")} </span>
      {error.message}
    </p>
  );
}

/** The aria attributes of a field: hint and error described, invalid when it has an error. */
export function fieldAria(field: string, errors: FormError[], hintId?: string) {
  const invalid = errors.some((error) => error.field === field);
  const describedBy = [hintId, invalid ? `${field}-error` : undefined].filter(Boolean).join(" ");
  return {
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    ...(invalid ? { "aria-invalid": "true" as const } : {}),
  };
}

/** A language's own name (from the catalogue), or its code when the catalogue has none. */
export function languageName(i18n: Translator, code: string): string {
  const key = `language.${code}`;
  const name = i18n.t(key);
  return name === key ? code : name;
}

/** A translated label for a code, or `fallback` when the catalogue has no message for it. */
export function translatedOr(
  i18n: Translator,
  key: string,
  fallback: string,
  values?: Record<string, string>,
): string {
  const text = i18n.t(key, values);
  return text === key ? fallback : text;
}

/** The document title, prefixed with "Error:" when the page shows errors (WCAG 3.3.1). */
export function titleWithErrors(i18n: Translator, title: string, hasErrors: boolean): string {
  return hasErrors ? i18n.t("form.errorTitle", { title }) : title;
}
