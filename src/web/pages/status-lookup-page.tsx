import {
  ErrorSummary,
  FieldError,
  type FormError,
  fieldAria,
  titleWithErrors,
} from "../components/form-errors.tsx";
import { Layout, type PageContext } from "../components/layout.tsx";

/** The citizen enters the reference and code they were given (no account needed). */
export function StatusLookupPage(props: {
  page: PageContext;
  values: { reference: string; code: string };
  errors?: FormError[];
}) {
  const { i18n } = props.page;
  const { t } = i18n;
  const errors = props.errors ?? [];
  const title = t("statusLookup.title");
  return (
    <Layout page={props.page} title={titleWithErrors(i18n, title, errors.length > 0)}>
      <h1>{title}</h1>
      <ErrorSummary i18n={i18n} errors={errors} />
      <p>{t("statusLookup.lead")}</p>
      <form method="post" action="/status" novalidate>
        <div class="field">
          <label for="reference">{t("statusLookup.referenceLabel")}</label>
          <p id="reference-hint" class="hint">
            {t("statusLookup.referenceHint")}
          </p>
          <FieldError i18n={i18n} field="reference" errors={errors} />
          <input
            id="reference"
            name="reference"
            type="text"
            autocomplete="off"
            spellcheck={false}
            autocapitalize="characters"
            class="input-short"
            value={props.values.reference}
            {...fieldAria("reference", errors, "reference-hint")}
          />
        </div>
        <div class="field">
          <label for="code">{t("statusLookup.codeLabel")}</label>
          <FieldError i18n={i18n} field="code" errors={errors} />
          <input
            id="code"
            name="code"
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={props.values.code}
            {...fieldAria("code", errors)}
          />
        </div>
        <div>
          <button type="submit">{t("statusLookup.submit")}</button>
        </div>
      </form>
    </Layout>
  );
}
