import type { AiaScore, StoredAssessment } from "../../../domains/assessment/index.ts";
import type { AiSystem } from "../../../domains/inventory/index.ts";
import { ErrorSummary, type FormError, titleWithErrors } from "../../components/form-errors.tsx";
import { Layout, type PageContext } from "../../components/layout.tsx";
import { Notice } from "../../components/notice.tsx";
import { EnglishText, Localized, roman } from "./shared.tsx";

function number(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** The outcome of an assessment, explained: where the level comes from, who signed, what follows. */
export function AssessmentResultPage(props: {
  page: PageContext;
  assessment: StoredAssessment;
  system: AiSystem;
  score: AiaScore | undefined;
  /** Form page number of each questionnaire page id that is visible now. */
  pageNumbers: Record<string, number>;
  requiredSigners: number;
  signerNames: string[];
  canSign: boolean;
  hasSigned: boolean;
  canEdit: boolean;
  errors: FormError[];
  notice: "signed" | undefined;
}) {
  const { i18n, csrfToken } = props.page;
  const { t, locale } = i18n;
  const { assessment, system, score } = props;
  const result = assessment.result;
  const title = t("gov.result.title");
  const questionnaireName = t(`gov.questionnaire.${assessment.questionnaire}`, {
    version: assessment.questionnaireVersion,
  });
  return (
    <Layout
      page={props.page}
      title={titleWithErrors(i18n, `${title} – ${system.name}`, props.errors.length > 0)}
    >
      <p>
        <a href={`/governance/systems/${system.id}`}>{t("gov.form.backToSystem", { name: system.name })}</a>
      </p>
      <p class="caption">
        {questionnaireName} — {system.name}
      </p>
      <h1>{title}</h1>
      <ErrorSummary i18n={i18n} errors={props.errors} />
      {props.notice === "signed" && <Notice text={t("gov.signOff.notice")} />}
      <p>
        {t("gov.assessment.statusIs", { status: t(`gov.status.${assessment.status}`) })}
        {assessment.status === "draft" && props.canEdit && (
          <>
            {" "}
            <a href={`/governance/assessments/${assessment.id}`}>{t("gov.result.continueDraft")}</a>
          </>
        )}
      </p>

      {score && (
        <>
          {assessment.status === "draft" && <p class="notice notice-warning">{t("gov.result.preview")}</p>}
          <div class="level-panel">
            <p class="level">{t("gov.level", { level: roman(score.level) })}</p>
            <p>{t(`gov.result.levelMeaning.${score.level}`)}</p>
          </div>
          <h2>{t("gov.result.scoresTitle")}</h2>
          <dl class="summary-list">
            <div>
              <dt>{t("gov.result.rawImpact")}</dt>
              <dd>
                {t("gov.result.outOf", {
                  value: number(locale, score.rawImpactScore),
                  max: number(locale, score.maxRawImpactScore),
                })}
              </dd>
            </div>
            <div>
              <dt>{t("gov.result.mitigation")}</dt>
              <dd>
                {t("gov.result.outOf", {
                  value: number(locale, score.mitigationScore),
                  max: number(locale, score.maxMitigationScore),
                })}
              </dd>
            </div>
            <div>
              <dt>{t("gov.result.reduction")}</dt>
              <dd>
                {score.mitigationReductionApplied
                  ? t("gov.result.reductionApplied", { threshold: number(locale, score.mitigationThreshold) })
                  : t("gov.result.reductionNotApplied", {
                      threshold: number(locale, score.mitigationThreshold),
                    })}
              </dd>
            </div>
            <div>
              <dt>{t("gov.result.current")}</dt>
              <dd>{number(locale, score.currentScore)}</dd>
            </div>
            <div>
              <dt>{t("gov.result.thresholds")}</dt>
              <dd>
                <ul class="compact-list">
                  <li>
                    {t("gov.result.thresholdUpTo", {
                      level: "I",
                      max: number(locale, score.levelThresholds.levelI),
                    })}
                  </li>
                  <li>
                    {t("gov.result.thresholdUpTo", {
                      level: "II",
                      max: number(locale, score.levelThresholds.levelII),
                    })}
                  </li>
                  <li>
                    {t("gov.result.thresholdUpTo", {
                      level: "III",
                      max: number(locale, score.levelThresholds.levelIII),
                    })}
                  </li>
                  <li>
                    {t("gov.result.thresholdAbove", {
                      level: "IV",
                      min: number(locale, score.levelThresholds.levelIII),
                    })}
                  </li>
                </ul>
              </dd>
            </div>
          </dl>

          {score.warnings.length > 0 && (
            <div class="notice notice-warning">
              <h2>{t("gov.result.warningsTitle")}</h2>
              <p>{t("gov.review.hiddenLead")}</p>
            </div>
          )}

          <h2 id="contributions-heading">{t("gov.result.contributionsTitle")}</h2>
          <p>{t("gov.result.contributionsLead")}</p>
          {score.contributions.length === 0 ? (
            <p>{t("gov.result.noContributions")}</p>
          ) : (
            <table class="contributions" aria-labelledby="contributions-heading">
              <thead>
                <tr>
                  <th scope="col">{t("gov.result.question")}</th>
                  <th scope="col">{t("gov.result.answer")}</th>
                  <th scope="col">{t("gov.result.area")}</th>
                  <th scope="col">{t("gov.result.points")}</th>
                  <th scope="col">{t("gov.result.page")}</th>
                </tr>
              </thead>
              <tbody>
                {score.contributions.map((contribution) => {
                  const pageNumber = props.pageNumbers[contribution.pageId];
                  return (
                    <tr>
                      <td>
                        <Localized text={contribution.questionTitle} locale={locale} />
                      </td>
                      <td>
                        {contribution.answerText.map((text, index) => (
                          <>
                            {index > 0 && "; "}
                            <Localized text={text} locale={locale} />
                          </>
                        ))}
                      </td>
                      <td>{t(`gov.area.${contribution.area}`)}</td>
                      <td>
                        {t("gov.result.pointsOf", {
                          points: contribution.points,
                          max: contribution.maxPoints,
                        })}
                      </td>
                      <td>
                        {pageNumber !== undefined && assessment.status === "draft" && props.canEdit ? (
                          <a href={`/governance/assessments/${assessment.id}?page=${pageNumber}`}>
                            <Localized text={contribution.pageTitle} locale={locale} />
                          </a>
                        ) : (
                          <Localized text={contribution.pageTitle} locale={locale} />
                        )}
                        {!contribution.visible && (
                          <>
                            {" "}
                            <strong>{t("gov.result.hiddenCounted")}</strong>
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}

      {result?.kind === "eu-ai-act" && (
        <>
          <div class="level-panel">
            <p class="level">{t(`gov.eu.category.${result.category}`)}</p>
          </div>
          <h2>{t("gov.eu.reasonsTitle")}</h2>
          {result.reasons.length === 0 ? (
            <p>{t("gov.eu.noReasons")}</p>
          ) : (
            <ul>
              {result.reasons.map((reason) => (
                <li>
                  <EnglishText text={reason} locale={locale} />
                </li>
              ))}
            </ul>
          )}
          <h2>{t("gov.eu.obligationsTitle")}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("gov.controls.obligation")}</th>
                <th scope="col">{t("gov.controls.references")}</th>
              </tr>
            </thead>
            <tbody>
              {result.obligations.map((obligation) => (
                <tr>
                  <td>
                    <Localized text={obligation.title} locale={locale} />
                  </td>
                  <td>
                    <span lang="en" dir="ltr">
                      {obligation.articles.join(", ")}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <section aria-labelledby="sign-off-heading">
        <h2 id="sign-off-heading">{t("gov.signOff.title")}</h2>
        <p>{props.requiredSigners === 2 ? t("gov.signOff.needsTwo") : t("gov.signOff.needsOne")}</p>
        <p>
          {props.signerNames.length > 0
            ? t("gov.signOff.signedBy", { names: props.signerNames.join(", ") })
            : t("gov.signOff.noneYet")}
        </p>
        {assessment.status === "submitted" && props.hasSigned && (
          <p class="notice">{t("gov.signOff.waitingSecond")}</p>
        )}
        {assessment.status === "submitted" && props.canSign && (
          <form method="post" action={`/governance/assessments/${assessment.id}/sign-off`}>
            <input type="hidden" name="_csrf" value={csrfToken ?? ""} />
            <p>{t("gov.signOff.lead")}</p>
            <button type="submit" id="sign-off">
              {t("gov.signOff.submit")}
            </button>
          </form>
        )}
        {assessment.status === "signed-off" && <p>{t("gov.signOff.inEffect")}</p>}
      </section>

      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{t("gov.result.moreTitle")}</h2>
        <ul>
          <li>
            <a href={`/governance/systems/${system.id}/controls`}>{t("gov.system.controlsLink")}</a>
          </li>
          <li>
            <a href={`/governance/assessments/${assessment.id}/export.json`} download>
              {t("gov.result.exportJson")}
            </a>
          </li>
          <li>
            <a href={`/governance/assessments/${assessment.id}/export.pdf`} download>
              {t("gov.result.exportPdf")}
            </a>
          </li>
        </ul>
      </section>
    </Layout>
  );
}
