import {
  ErrorSummary,
  FieldError,
  type FormError,
  fieldAria,
  languageName,
  titleWithErrors,
} from "../components/form-errors.tsx";
import { Layout, type PageContext } from "../components/layout.tsx";

export interface AskPageProps {
  page: PageContext;
  service: { slug: string; name: string };
  languages: string[];
  maxLength: number;
  values: { question: string; language: string };
  errors?: FormError[];
}

/** The citizen's question form: what happens to the question is said before they write it. */
export function AskPage(props: AskPageProps) {
  const { i18n } = props.page;
  const { t } = i18n;
  const errors = props.errors ?? [];
  const title = t("ask.title", { service: props.service.name });
  return (
    <Layout page={props.page} title={titleWithErrors(i18n, title, errors.length > 0)}>
      <h1>{title}</h1>
      <ErrorSummary i18n={i18n} errors={errors} />
      <section class="notice" aria-labelledby="ask-notice-title">
        <h2 id="ask-notice-title">{t("ask.noticeTitle")}</h2>
        <ul>
          <li>{t("ask.noticeAi")}</li>
          <li>{t("ask.noticeReview")}</li>
          <li>{t("ask.noticePrivacy")}</li>
          <li>{t("ask.noticeData")}</li>
          <li>
            <strong>{t("ask.noticePerson")}</strong>
          </li>
        </ul>
      </section>
      <form method="post" action={`/services/${encodeURIComponent(props.service.slug)}/ask`} novalidate>
        <div class={errors.some((error) => error.field === "question") ? "field field-invalid" : "field"}>
          <label for="question">{t("ask.questionLabel")}</label>
          <p id="question-hint" class="hint">
            {t("ask.questionHint", { max: props.maxLength })}
          </p>
          <FieldError i18n={i18n} field="question" errors={errors} />
          <textarea
            id="question"
            name="question"
            rows={8}
            {...fieldAria("question", errors, "question-hint")}
          >
            {props.values.question}
          </textarea>
        </div>
        {props.languages.length > 1 && (
          <div class={errors.some((error) => error.field === "language") ? "field field-invalid" : "field"}>
            <label for="language">{t("ask.languageLabel")}</label>
            <p id="language-hint" class="hint">
              {t("ask.languageHint")}
            </p>
            <FieldError i18n={i18n} field="language" errors={errors} />
            <select id="language" name="language" {...fieldAria("language", errors, "language-hint")}>
              <option value="" selected={props.values.language === ""}>
                {t("ask.languageAutomatic")}
              </option>
              {props.languages.map((code) => (
                <option value={code} lang={code} selected={props.values.language === code}>
                  {languageName(i18n, code)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <button type="submit">{t("ask.submit")}</button>
        </div>
      </form>
    </Layout>
  );
}
