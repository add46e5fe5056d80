import {
  type AiaWarning,
  type Question,
  questionnaireFor,
  type StoredAssessment,
} from "../../../domains/assessment/index.ts";
import type { AiSystem } from "../../../domains/inventory/index.ts";
import {
  ErrorSummary,
  FieldError,
  type FormError,
  fieldAria,
  titleWithErrors,
} from "../../components/form-errors.tsx";
import { Layout, type PageContext } from "../../components/layout.tsx";
import { Notice } from "../../components/notice.tsx";
import type { VisiblePage } from "../../routes/governance-routes.tsx";
import { type LinkedError, LinkedErrorSummary, Localized, localized } from "./shared.tsx";

function questionnaireName(page: PageContext, assessment: StoredAssessment): string {
  return page.i18n.t(`gov.questionnaire.${assessment.questionnaire}`, {
    version: assessment.questionnaireVersion,
  });
}

/** One page of a questionnaire: only the questions the saved answers make visible, prefilled. */
export function AssessmentFormPage(props: {
  page: PageContext;
  assessment: StoredAssessment;
  system: AiSystem;
  formPage: VisiblePage;
  number: number;
  total: number;
  values: Record<string, unknown>;
  errors: FormError[];
  hiddenAnswersCounted: number;
  notice: "more" | undefined;
}) {
  const { i18n, csrfToken } = props.page;
  const { t, locale } = i18n;
  const { assessment, formPage } = props;
  const pageTitle = localized(formPage.title, locale).text;
  const last = props.number === props.total;
  return (
    <Layout
      page={props.page}
      title={titleWithErrors(
        i18n,
        `${pageTitle} (${t("gov.form.progress", { number: props.number, total: props.total })}) – ${questionnaireName(props.page, assessment)}`,
        props.errors.length > 0,
      )}
    >
      <p>
        <a href={`/governance/systems/${props.system.id}`}>
          {t("gov.form.backToSystem", { name: props.system.name })}
        </a>
      </p>
      <p class="caption">
        {questionnaireName(props.page, assessment)} — {props.system.name}
      </p>
      <h1>
        <Localized text={formPage.title} locale={locale} />
      </h1>
      <p class="progress">{t("gov.form.progress", { number: props.number, total: props.total })}</p>
      <ErrorSummary i18n={i18n} errors={props.errors} />
      {props.notice === "more" && <Notice text={t("gov.form.moreQuestions")} />}
      {props.hiddenAnswersCounted > 0 && (
        <div class="notice notice-warning">
          <p>
            {t("gov.form.hiddenWarning", { count: props.hiddenAnswersCounted })}{" "}
            <a href={`/governance/assessments/${assessment.id}/review`}>{t("gov.form.hiddenWarningLink")}</a>
          </p>
        </div>
      )}
      <form method="post" action={`/governance/assessments/${assessment.id}?page=${props.number}`} novalidate>
        <input type="hidden" name="_csrf" value={csrfToken ?? ""} />
        {formPage.questions.map((question) => (
          <QuestionField
            page={props.page}
            question={question}
            value={props.values[question.id]}
            errors={props.errors}
          />
        ))}
        <div class="button-row">
          <button type="submit" name="action" value="continue">
            {last ? t("gov.form.saveAndReview") : t("gov.form.saveAndContinue")}
          </button>
          {props.number > 1 && (
            <button type="submit" name="action" value="back" class="button-secondary">
              {t("gov.form.back")}
            </button>
          )}
          <button type="submit" name="action" value="later" class="button-secondary">
            {t("gov.form.saveLater")}
          </button>
        </div>
      </form>
    </Layout>
  );
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return typeof value === "string" ? [value] : [];
}

function QuestionField(props: {
  page: PageContext;
  question: Question;
  value: unknown;
  errors: FormError[];
}) {
  const { i18n } = props.page;
  const { t, locale } = i18n;
  const { question } = props;
  const id = `q-${question.id}`;
  const invalid = props.errors.some((error) => error.field === id);
  const hintId = question.required ? `${id}-hint` : undefined;
  const hint = question.required && (
    <p id={hintId} class="hint">
      {t("gov.form.required")}
    </p>
  );
  const selected = asList(props.value);
  const wrapper = invalid ? "field field-invalid" : "field";

  if (question.type === "radiogroup" || question.type === "checkbox") {
    const type = question.type === "radiogroup" ? "radio" : "checkbox";
    return (
      <div class={wrapper}>
        <fieldset {...fieldAria(id, props.errors, hintId)}>
          <legend>
            <Localized text={question.title} locale={locale} />
          </legend>
          {hint}
          {question.type === "checkbox" && <p class="hint">{t("gov.form.selectAll")}</p>}
          <FieldError i18n={i18n} field={id} errors={props.errors} />
          <div class="choices">
            {question.choices.map((choice, index) => {
              const optionId = index === 0 ? id : `${id}-${index}`;
              return (
                <div class={type}>
                  <input
                    type={type}
                    id={optionId}
                    name={question.id}
                    value={choice.value}
                    checked={selected.includes(choice.value)}
                  />
                  <label for={optionId}>
                    <Localized text={choice.text} locale={locale} />
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    );
  }
  const title = <Localized text={question.title} locale={locale} />;
  if (question.type === "dropdown") {
    return (
      <div class={wrapper}>
        <label for={id}>{title}</label>
        {hint}
        <FieldError i18n={i18n} field={id} errors={props.errors} />
        <select id={id} name={question.id} {...fieldAria(id, props.errors, hintId)}>
          <option value="">{t("gov.form.choose")}</option>
          {question.choices.map((choice) => {
            const text = localized(choice.text, locale);
            return (
              <option
                value={choice.value}
                selected={selected[0] === choice.value}
                lang={text.lang}
                dir={text.lang && "ltr"}
              >
                {text.text}
              </option>
            );
          })}
        </select>
      </div>
    );
  }
  const text = selected[0] ?? "";
  return (
    <div class={wrapper}>
      <label for={id}>{title}</label>
      {hint}
      <FieldError i18n={i18n} field={id} errors={props.errors} />
      {question.type === "comment" ? (
        <textarea id={id} name={question.id} rows={4} {...fieldAria(id, props.errors, hintId)}>
          {text}
        </textarea>
      ) : (
        <input id={id} name={question.id} type="text" value={text} {...fieldAria(id, props.errors, hintId)} />
      )}
    </div>
  );
}

/** Before submitting: every visible page with how much of it is answered, warnings, and the submit button. */
export function AssessmentReviewPage(props: {
  page: PageContext;
  assessment: StoredAssessment;
  system: AiSystem;
  pages: VisiblePage[];
  warnings: AiaWarning[];
  errors: LinkedError[];
  importErrors: FormError[];
  notice: "imported" | undefined;
}) {
  const { i18n, csrfToken } = props.page;
  const { t, locale } = i18n;
  const { assessment } = props;
  const title = t("gov.review.title");
  const questionnaire = questionnaireFor(assessment.questionnaire, assessment.questionnaireVersion);
  const answered = (question: Question) => {
    const value = assessment.answers[question.id];
    return Array.isArray(value) ? value.length > 0 : typeof value === "string" && value.trim() !== "";
  };
  const hidden = props.warnings.filter((warning) => warning.code === "hidden_answer_counted");
  return (
    <Layout
      page={props.page}
      title={titleWithErrors(
        i18n,
        `${title} – ${props.system.name}`,
        props.errors.length > 0 || props.importErrors.length > 0,
      )}
    >
      <p>
        <a href={`/governance/systems/${props.system.id}`}>
          {t("gov.form.backToSystem", { name: props.system.name })}
        </a>
      </p>
      <p class="caption">
        {questionnaireName(props.page, assessment)} — {props.system.name}
      </p>
      <h1>{title}</h1>
      <LinkedErrorSummary i18n={i18n} errors={props.errors} title={t("gov.review.errorsTitle")} />
      <ErrorSummary i18n={i18n} errors={props.importErrors} />
      {props.notice === "imported" && <Notice text={t("gov.import.notice")} />}
      <p>{t("gov.review.lead")}</p>
      <table>
        <caption class="visually-hidden">{t("gov.review.pagesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("gov.review.page")}</th>
            <th scope="col">{t("gov.review.answered")}</th>
          </tr>
        </thead>
        <tbody>
          {props.pages.map((page, position) => (
            <tr>
              <td>
                <a href={`/governance/assessments/${assessment.id}?page=${position + 1}`}>
                  {t("gov.review.pageLink", { number: position + 1 })}{" "}
                  <Localized text={page.title} locale={locale} />
                </a>
              </td>
              <td>
                {t("gov.review.answeredCount", {
                  answered: page.questions.filter(answered).length,
                  total: page.questions.length,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.warnings.some((warning) => warning.code === "no_phase_selected") && (
        <p class="notice notice-warning">{t("gov.review.noPhase")}</p>
      )}
      {hidden.length > 0 && (
        <div class="notice notice-warning">
          <h2>{t("gov.review.hiddenTitle")}</h2>
          <p>{t("gov.review.hiddenLead")}</p>
          <ul>
            {hidden.map((warning) => {
              const question = questionnaire.questionById.get(warning.questionId);
              return (
                <li>
                  {question ? <Localized text={question.title} locale={locale} /> : warning.questionId}{" "}
                  {t("gov.review.hiddenItem", {
                    page: question ? localized(question.pageTitle, locale).text : warning.pageId,
                    points: warning.points,
                    area: t(`gov.area.${warning.area}`),
                  })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <form method="post" action={`/governance/assessments/${assessment.id}/submit`}>
        <input type="hidden" name="_csrf" value={csrfToken ?? ""} />
        <p>{t("gov.review.submitLead")}</p>
        <button type="submit">{t("gov.review.submit")}</button>
      </form>
      {assessment.questionnaire === "aia" && (
        <ImportAnswersForm page={props.page} assessmentId={assessment.id} errors={props.importErrors} />
      )}
    </Layout>
  );
}

/** Upload of the file saved by Canada's official AIA tool; its answers replace the draft's. */
function ImportAnswersForm(props: { page: PageContext; assessmentId: string; errors: FormError[] }) {
  const { i18n, csrfToken } = props.page;
  const { t } = i18n;
  const id = "import-file";
  const invalid = props.errors.some((error) => error.field === id);
  return (
    <section aria-labelledby="import-heading" id="import">
      <h2 id="import-heading">{t("gov.import.title")}</h2>
      <form
        method="post"
        action={`/governance/assessments/${props.assessmentId}/import`}
        enctype="multipart/form-data"
        novalidate
      >
        <input type="hidden" name="_csrf" value={csrfToken ?? ""} />
        <div class={invalid ? "field field-invalid" : "field"}>
          <label for={id}>{t("gov.import.label")}</label>
          <p id={`${id}-hint`} class="hint">
            {t("gov.import.hint")}
          </p>
          {invalid && (
            <div id={`${id}-error`} class="field-error">
              {props.errors.map((error) => (
                <p>
                  <span class="visually-hidden">{t("form.errorPrefix")} </span>
                  {error.message}
                </p>
              ))}
            </div>
          )}
          <input
            type="file"
            id={id}
            name="file"
            accept=".json,application/json"
            {...fieldAria(id, props.errors, `${id}-hint`)}
          />
        </div>
        <button type="submit" class="button-secondary">
          {t("gov.import.submit")}
        </button>
      </form>
    </section>
  );
}
