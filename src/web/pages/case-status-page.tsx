import type { CitizenCaseView } from "../../domains/workflow/index.ts";
import { textDirection } from "../../i18n/index.ts";
import {
  ErrorSummary,
  FieldError,
  type FormError,
  fieldAria,
  languageName,
  titleWithErrors,
} from "../components/form-errors.tsx";
import { Layout, type PageContext } from "../components/layout.tsx";
import { Notice } from "../components/notice.tsx";

export const FEEDBACK_COMMENT_MAX = 2000;

export interface CaseStatusPageProps {
  page: PageContext;
  view: CitizenCaseView;
  /** Where the feedback forms post (the private status path + /feedback). */
  feedbackAction: string;
  notice?: string | undefined;
  errors?: FormError[];
  values?: { appeal?: string; talk?: string };
}

/** Emergency numbers first, in a box that cannot be missed: the case was handed to a person. */
function EmergencyHelp(props: { page: PageContext }) {
  const { t } = props.page.i18n;
  return (
    <section class="emergency" aria-labelledby="emergency-title">
      <h2 id="emergency-title">{t("status.emergencyTitle")}</h2>
      <p>
        <strong>{t("status.emergencyDanger")}</strong>
      </p>
      <p>
        <strong>{t("status.emergencyHomeless")}</strong>
      </p>
      <p>{t("status.emergencyHandedOff")}</p>
    </section>
  );
}

/** The citizen's private view of their case: status, answer with how it was made and its sources, feedback. */
export function CaseStatusPage(props: CaseStatusPageProps) {
  const { i18n } = props.page;
  const { t } = i18n;
  const { view } = props;
  const errors = props.errors ?? [];
  const title = view.status === "answered" ? t("status.answeredTitle") : t("status.title");
  return (
    <Layout page={props.page} title={titleWithErrors(i18n, title, errors.length > 0)}>
      <h1>{title}</h1>
      <Notice text={props.notice} />
      <ErrorSummary i18n={i18n} errors={errors} />
      {view.emergency && <EmergencyHelp page={props.page} />}
      <dl class="summary-list">
        <div>
          <dt>{t("statusLookup.referenceLabel")}</dt>
          <dd data-testid="status-reference">{view.reference}</dd>
        </div>
        <div>
          <dt>{t("review.service")}</dt>
          <dd>{view.serviceName}</dd>
        </div>
      </dl>
      {view.status === "in-progress" && (
        <p class="status-message" data-status="in-progress">
          {t("status.inProgress")}
        </p>
      )}
      {view.status === "with-a-person" && (
        <p class="status-message" data-status="with-a-person">
          {t("status.withAPerson")}
        </p>
      )}
      {view.status === "answered" && (
        <>
          {view.languageFallback && (
            <p class="notice">
              {t("status.languageFallback", { language: languageName(i18n, view.language) })}
            </p>
          )}
          <div class="answer" lang={view.language} dir={textDirection(view.language)} data-status="answered">
            {(view.answer ?? "").split(/\n{2,}/).map((paragraph) => (
              <p>{paragraph}</p>
            ))}
          </div>
          {view.disclosureKey && (
            <section class="notice disclosure" aria-labelledby="disclosure-title">
              <h2 id="disclosure-title">{t("status.disclosureTitle")}</h2>
              <p data-testid="disclosure">{t(view.disclosureKey)}</p>
            </section>
          )}
          {view.citations.length > 0 && (
            <section aria-labelledby="sources-title">
              <h2 id="sources-title">{t("status.sourcesTitle")}</h2>
              <ol class="sources">
                {view.citations.map((citation) => (
                  <li>
                    <h3 class="source-title">
                      <span lang={view.language} dir={textDirection(view.language)}>
                        {citation.title}
                      </span>{" "}
                      <span class="source-version">
                        ({t("status.sourceVersion", { version: citation.sourceVersion })})
                      </span>
                    </h3>
                    {citation.headingPath.length > 1 && (
                      <p class="heading-path" lang={view.language} dir={textDirection(view.language)}>
                        {citation.headingPath.join(" › ")}
                      </p>
                    )}
                    <blockquote lang={view.language} dir={textDirection(view.language)}>
                      <p>{citation.excerpt}</p>
                    </blockquote>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </>
      )}
      {view.status !== "with-a-person" && (
        <section aria-labelledby="talk-title" class="feedback-form">
          <h2 id="talk-title">{t("feedback.talkTitle")}</h2>
          <p>{t("feedback.talkLead")}</p>
          <form method="post" action={props.feedbackAction} novalidate>
            <input type="hidden" name="kind" value="talk-to-person" />
            <label for="talk-comment">{t("feedback.talkCommentLabel")}</label>
            <FieldError i18n={i18n} field="talk-comment" errors={errors} />
            <textarea id="talk-comment" name="comment" rows={3} {...fieldAria("talk-comment", errors)}>
              {props.values?.talk ?? ""}
            </textarea>
            <div>
              <button type="submit">{t("feedback.talkSubmit")}</button>
            </div>
          </form>
        </section>
      )}
      {view.canAppeal && (
        <>
          <section aria-labelledby="appeal-title" class="feedback-form">
            <h2 id="appeal-title">{t("feedback.appealTitle")}</h2>
            <p id="appeal-hint">{t("feedback.appealLead")}</p>
            <form method="post" action={props.feedbackAction} novalidate>
              <input type="hidden" name="kind" value="appeal" />
              <label for="appeal-comment">{t("feedback.appealLabel")}</label>
              <FieldError i18n={i18n} field="appeal-comment" errors={errors} />
              <textarea
                id="appeal-comment"
                name="comment"
                rows={4}
                {...fieldAria("appeal-comment", errors, "appeal-hint")}
              >
                {props.values?.appeal ?? ""}
              </textarea>
              <div>
                <button type="submit">{t("feedback.appealSubmit")}</button>
              </div>
            </form>
          </section>
          <section aria-labelledby="rating-title" class="feedback-form">
            <h2 id="rating-title">{t("feedback.ratingTitle")}</h2>
            <form method="post" action={props.feedbackAction} novalidate>
              <input type="hidden" name="kind" value="rating" />
              <fieldset
                {...(errors.some((error) => error.field === "rating-1")
                  ? { "aria-describedby": "rating-1-error" }
                  : {})}
              >
                <legend>{t("feedback.ratingLegend")}</legend>
                <FieldError i18n={i18n} field="rating-1" errors={errors} />
                <div class="radios">
                  {[1, 2, 3, 4, 5].map((value) => (
                    <div class="radio">
                      <input type="radio" id={`rating-${value}`} name="rating" value={String(value)} />
                      <label for={`rating-${value}`}>{t(`feedback.rating${value}`)}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
              <div>
                <button type="submit">{t("feedback.ratingSubmit")}</button>
              </div>
            </form>
          </section>
        </>
      )}
    </Layout>
  );
}

/** The same answer for an unknown reference and a wrong code, so that references cannot be guessed. */
export function CaseNotFoundPage(props: { page: PageContext }) {
  const { t } = props.page.i18n;
  return (
    <Layout page={props.page} title={t("status.notFoundTitle")}>
      <h1>{t("status.notFoundTitle")}</h1>
      <p>{t("status.notFoundLead")}</p>
      <p>
        <a href="/status">{t("status.tryAgain")}</a>
      </p>
      <p>{t("ask.noticePerson")}</p>
    </Layout>
  );
}
