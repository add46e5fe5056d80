import type { StoredAssessment } from "../../../domains/assessment/index.ts";
import type { StoredControlSet } from "../../../domains/controls/index.ts";
import type { AiSystem, Lifecycle } from "../../../domains/inventory/index.ts";
import type { Service } from "../../../domains/workflow/index.ts";
import {
  ErrorSummary,
  FieldError,
  type FormError,
  fieldAria,
  titleWithErrors,
} from "../../components/form-errors.tsx";
import { Layout, type PageContext } from "../../components/layout.tsx";
import { Notice } from "../../components/notice.tsx";
import { formatDate, roman } from "./shared.tsx";

export interface AssessmentSummary {
  assessment: StoredAssessment;
  createdAt: Date;
  signerNames: string[];
}

const NOTICES = ["registered", "linked", "lifecycle", "saved"];

/** One AI system: what it is, the services it powers, its lifecycle, assessments and controls. */
export function SystemPage(props: {
  page: PageContext;
  system: AiSystem;
  agencyName: string;
  services: Service[];
  nextStates: readonly Lifecycle[];
  assessments: AssessmentSummary[];
  controlSet: StoredControlSet | undefined;
  openObligations: number;
  canManage: boolean;
  canEdit: boolean;
  errors: FormError[];
  notice: string | undefined;
}) {
  const { i18n, csrfToken } = props.page;
  const { t, locale } = i18n;
  const { system } = props;
  const linked = props.services.filter((service) => system.serviceIds.includes(service.id));
  const unlinked = props.services.filter((service) => !system.serviceIds.includes(service.id));
  const lifecycleErrors = props.errors.filter((error) => error.field === "lifecycle-to");
  const serviceErrors = props.errors.filter((error) => error.field === "serviceId");
  return (
    <Layout page={props.page} title={titleWithErrors(i18n, system.name, props.errors.length > 0)}>
      <p>
        <a href="/governance/systems">{t("gov.systems.back")}</a>
      </p>
      <h1>
        <bdi>{system.name}</bdi>
      </h1>
      <ErrorSummary i18n={i18n} errors={props.errors} />
      {props.notice && NOTICES.includes(props.notice) && (
        <Notice text={t(`gov.system.notice.${props.notice}`)} />
      )}

      {/* What officers typed is in whichever language they wrote it: `dir="auto"` lays it out by its text. */}
      <dl class="summary-list">
        <div>
          <dt>{t("gov.system.purpose")}</dt>
          <dd dir="auto">{system.purpose}</dd>
        </div>
        <div>
          <dt>{t("gov.system.agency")}</dt>
          <dd>{props.agencyName}</dd>
        </div>
        <div>
          <dt>{t("gov.register.accountableOfficial")}</dt>
          <dd dir="auto">{system.accountableOfficial}</dd>
        </div>
        <div>
          <dt>{t("gov.register.affectedPeople")}</dt>
          <dd dir="auto">{system.affectedPeople}</dd>
        </div>
        <div>
          <dt>{t("gov.system.models")}</dt>
          <dd>{system.models.length > 0 ? system.models.join(", ") : t("gov.system.noneListed")}</dd>
        </div>
        <div>
          <dt>{t("gov.system.dataSources")}</dt>
          <dd>
            {system.dataSources.length > 0 ? system.dataSources.join(", ") : t("gov.system.noneListed")}
          </dd>
        </div>
        <div>
          <dt>{t("gov.systems.lifecycle")}</dt>
          <dd>{t(`gov.lifecycle.${system.lifecycle}`)}</dd>
        </div>
      </dl>

      <section aria-labelledby="services-heading">
        <h2 id="services-heading">{t("gov.system.servicesTitle")}</h2>
        {linked.length === 0 ? (
          <p>{t("gov.systems.noServices")}</p>
        ) : (
          <ul>
            {linked.map((service) => (
              <li>{service.name}</li>
            ))}
          </ul>
        )}
        {props.canManage && unlinked.length > 0 && (
          <form method="post" action={`/governance/systems/${system.id}/services`}>
            <input type="hidden" name="_csrf" value={csrfToken ?? ""} />
            <div class={serviceErrors.length > 0 ? "field field-invalid" : "field"}>
              <label for="serviceId">{t("gov.system.linkService")}</label>
              <FieldError i18n={i18n} field="serviceId" errors={props.errors} />
              <select id="serviceId" name="serviceId" {...fieldAria("serviceId", props.errors)}>
                {unlinked.map((service) => (
                  <option value={service.id}>{service.name}</option>
                ))}
              </select>
            </div>
            <button type="submit" class="button-secondary">
              {t("gov.system.linkSubmit")}
            </button>
          </form>
        )}
      </section>

      <section aria-labelledby="lifecycle-heading">
        <h2 id="lifecycle-heading">{t("gov.system.lifecycleTitle")}</h2>
        <p>
          {t("gov.system.lifecycleNow", { state: t(`gov.lifecycle.${system.lifecycle}`) })}{" "}
          {t("gov.system.lifecycleRule")}
        </p>
        {props.canManage &&
          (props.nextStates.length === 0 ? (
            <p>{t("gov.system.lifecycleFinal")}</p>
          ) : (
            <form method="post" action={`/governance/systems/${system.id}/lifecycle`}>
              <input type="hidden" name="_csrf" value={csrfToken ?? ""} />
              <div class={lifecycleErrors.length > 0 ? "field field-invalid" : "field"}>
                <label for="lifecycle-to">{t("gov.system.lifecycleChange")}</label>
                <FieldError i18n={i18n} field="lifecycle-to" errors={props.errors} />
                <select id="lifecycle-to" name="to" {...fieldAria("lifecycle-to", props.errors)}>
                  {props.nextStates.map((state) => (
                    <option value={state}>{t(`gov.lifecycle.${state}`)}</option>
                  ))}
                </select>
              </div>
              <button type="submit" class="button-secondary">
                {t("gov.system.lifecycleSubmit")}
              </button>
            </form>
          ))}
      </section>

      <section aria-labelledby="assessments-heading">
        <h2 id="assessments-heading">{t("gov.system.assessmentsTitle")}</h2>
        {props.assessments.length === 0 ? (
          <p>{t("gov.system.noAssessments")}</p>
        ) : (
          <table>
            <caption class="visually-hidden">{t("gov.system.assessmentsTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("gov.assessment.questionnaire")}</th>
                <th scope="col">{t("gov.assessment.started")}</th>
                <th scope="col">{t("gov.assessment.status")}</th>
                <th scope="col">{t("gov.assessment.outcome")}</th>
                <th scope="col">{t("gov.assessment.signers")}</th>
              </tr>
            </thead>
            <tbody>
              {props.assessments.map(({ assessment, createdAt, signerNames }) => {
                const result = assessment.result;
                const href =
                  assessment.status === "draft"
                    ? `/governance/assessments/${assessment.id}`
                    : `/governance/assessments/${assessment.id}/result`;
                return (
                  <tr>
                    <td>
                      <a href={href}>
                        {t(`gov.questionnaire.${assessment.questionnaire}`, {
                          version: assessment.questionnaireVersion,
                        })}
                      </a>
                      {props.canEdit &&
                        assessment.status === "draft" &&
                        assessment.questionnaire === "aia" && (
                          <>
                            {" · "}
                            <a href={`/governance/assessments/${assessment.id}/review#import`}>
                              {t("gov.system.importAia")}
                            </a>
                          </>
                        )}
                    </td>
                    <td>{formatDate(locale, createdAt)}</td>
                    <td>{t(`gov.status.${assessment.status}`)}</td>
                    <td>
                      {result?.kind === "aia"
                        ? t("gov.level", { level: roman(result.level) })
                        : result?.kind === "eu-ai-act"
                          ? t(`gov.eu.category.${result.category}`)
                          : "—"}
                    </td>
                    <td>{signerNames.length > 0 ? signerNames.join(", ") : t("gov.assessment.noSigners")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {props.canEdit && (
          <div class="button-row">
            <form method="post" action={`/governance/systems/${system.id}/assessments`} class="inline-form">
              <input type="hidden" name="_csrf" value={csrfToken ?? ""} />
              <input type="hidden" name="kind" value="aia" />
              <button type="submit">{t("gov.system.startAia")}</button>
            </form>{" "}
            <form method="post" action={`/governance/systems/${system.id}/assessments`} class="inline-form">
              <input type="hidden" name="_csrf" value={csrfToken ?? ""} />
              <input type="hidden" name="kind" value="eu-ai-act" />
              <button type="submit" class="button-secondary">
                {t("gov.system.startEu")}
              </button>
            </form>
          </div>
        )}
      </section>

      <section aria-labelledby="controls-heading">
        <h2 id="controls-heading">{t("gov.controls.title")}</h2>
        {props.controlSet ? (
          <>
            <p>
              {t("gov.system.controlsSummary", {
                version: props.controlSet.version,
                review: t(`gov.reviewMode.${props.controlSet.controlSet.settings.reviewMode.value.mode}`),
                open: props.openObligations,
              })}
            </p>
            <p>
              <a href={`/governance/systems/${system.id}/controls`}>{t("gov.system.controlsLink")}</a>
            </p>
          </>
        ) : (
          <p>{t("gov.system.noControls")}</p>
        )}
      </section>
    </Layout>
  );
}
