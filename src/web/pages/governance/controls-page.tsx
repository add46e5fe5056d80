import type {
  CompiledSetting,
  MappingTable,
  ObligationStatus,
  StoredControlSet,
} from "../../../domains/controls/index.ts";
import type { AiSystem } from "../../../domains/inventory/index.ts";
import type { Translator } from "../../../i18n/index.ts";
import {
  ErrorSummary,
  FieldError,
  type FormError,
  fieldAria,
  titleWithErrors,
} from "../../components/form-errors.tsx";
import { Layout, type PageContext } from "../../components/layout.tsx";
import { Notice } from "../../components/notice.tsx";
import { formatDate, Localized, label, localized } from "./shared.tsx";

/** A runtime setting's value in words. */
export function settingValueText(i18n: Translator, name: string, value: unknown): string {
  const { t, locale } = i18n;
  if (typeof value === "boolean") return value ? t("gov.yes") : t("gov.no");
  if (name === "reviewMode" && value && typeof value === "object") {
    const mode = value as { mode: string; percent?: number };
    return mode.mode === "sample"
      ? t("gov.reviewMode.samplePercent", { percent: mode.percent ?? 0 })
      : label(i18n, `gov.reviewMode.${mode.mode}`, mode.mode);
  }
  if (name === "retentionDays" && typeof value === "number") return t("gov.controls.days", { days: value });
  if (name === "disclosures" && Array.isArray(value)) {
    if (value.length === 0) return t("gov.controls.noDisclosures");
    return value
      .map((disclosure: { text: { en: string; fr: string } }) => localized(disclosure.text, locale).text)
      .join(" · ");
  }
  if (typeof value === "string") return label(i18n, `gov.settingValue.${value}`, value);
  return JSON.stringify(value);
}

/** A setting's value on the page: as `settingValueText`, but disclosures that fall back to English are marked. */
function SettingValue(props: { i18n: Translator; name: string; value: unknown }) {
  const { name, value, i18n } = props;
  if (name !== "disclosures" || !Array.isArray(value) || value.length === 0) {
    return <>{settingValueText(i18n, name, value)}</>;
  }
  return (
    <>
      {value.map((disclosure: { text: { en: string; fr: string } }, index) => (
        <>
          {index > 0 && " · "}
          <Localized text={disclosure.text} locale={i18n.locale} />
        </>
      ))}
    </>
  );
}

/** Obligations of an earlier control-set version that were met with a document. */
export interface EarlierEvidence {
  controlSet: StoredControlSet;
  obligations: ObligationStatus[];
}

/** An evidence document's name (a download link for those who may download it), type, size and digest. */
function EvidenceDocument(props: {
  i18n: Translator;
  document: NonNullable<ObligationStatus["document"]>;
  href: string;
  canDownload: boolean;
}) {
  const { t } = props.i18n;
  const { document } = props;
  return (
    <>
      {props.canDownload ? (
        <a href={props.href} download>
          {document.filename}
        </a>
      ) : (
        document.filename
      )}{" "}
      ({t(`gov.controls.mediaType.${document.mediaType}`)},{" "}
      {t("gov.controls.fileSize", { kb: Math.max(1, Math.round(document.size / 1024)) })}) — SHA-256{" "}
      <code>{document.sha256}</code>
    </>
  );
}

/**
 * The control set in force for a system: each enforced setting with its sources, and the obligations; then the
 * documents that met obligations of earlier versions (a new version starts with its obligations open).
 */
export function ControlsPage(props: {
  page: PageContext;
  system: AiSystem;
  controlSet: StoredControlSet | undefined;
  obligations: ObligationStatus[];
  earlierEvidence: EarlierEvidence[];
  mappingTable: MappingTable;
  canManage: boolean;
  canDownload: boolean;
  errors: FormError[];
  values: Record<string, string>;
  notice: "met" | undefined;
}) {
  const { i18n, csrfToken } = props.page;
  const { t, locale } = i18n;
  const { system, controlSet } = props;
  const title = t("gov.controls.title");
  const rows = new Map(props.mappingTable.rows.map((row) => [row.id, row]));
  return (
    <Layout
      page={props.page}
      title={titleWithErrors(i18n, `${title} – ${system.name}`, props.errors.length > 0)}
    >
      <p>
        <a href={`/governance/systems/${system.id}`}>{t("gov.form.backToSystem", { name: system.name })}</a>
      </p>
      <p class="caption">{system.name}</p>
      <h1>{title}</h1>
      <ErrorSummary i18n={i18n} errors={props.errors} />
      {props.notice === "met" && <Notice text={t("gov.controls.metNotice")} />}
      {!controlSet ? (
        <p>{t("gov.system.noControls")}</p>
      ) : (
        <>
          <dl class="summary-list">
            <div>
              <dt>{t("gov.controls.version")}</dt>
              <dd>{controlSet.version}</dd>
            </div>
            <div>
              <dt>{t("gov.controls.compiled")}</dt>
              <dd>{formatDate(locale, controlSet.createdAt)}</dd>
            </div>
            <div>
              <dt>{t("gov.controls.mappingTable")}</dt>
              <dd>{controlSet.controlSet.mappingTableVersion}</dd>
            </div>
            <div>
              <dt>{t("gov.controls.hash")}</dt>
              <dd>
                <code>{controlSet.controlSet.contentHash}</code>
              </dd>
            </div>
          </dl>

          <h2 id="settings-heading">{t("gov.controls.settingsTitle")}</h2>
          <table aria-labelledby="settings-heading">
            <thead>
              <tr>
                <th scope="col">{t("gov.controls.setting")}</th>
                <th scope="col">{t("gov.controls.value")}</th>
                <th scope="col">{t("gov.controls.sources")}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(controlSet.controlSet.settings).map(([name, setting]) => {
                const compiled = setting as CompiledSetting;
                return (
                  <tr>
                    <th scope="row">{label(i18n, `gov.setting.${name}`, name)}</th>
                    <td>
                      <SettingValue i18n={i18n} name={name} value={compiled.value} />
                    </td>
                    <td>
                      {compiled.sources.length === 0 ? (
                        t("gov.controls.baseline")
                      ) : (
                        <ul class="compact-list">
                          {compiled.sources.map((id) => {
                            const row = rows.get(id);
                            return (
                              <li>
                                <code>{id}</code>
                                {row && (
                                  <>
                                    {": "}
                                    <span lang="en" dir="ltr">
                                      {row.reference}
                                    </span>{" "}
                                    ({t(`gov.controls.basis.${row.basis}`)})
                                  </>
                                )}
                              </li>
                            );
                          })}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>

          <h2 id="obligations-heading">{t("gov.controls.obligationsTitle")}</h2>
          {props.obligations.length === 0 ? (
            <p>{t("gov.controls.noObligations")}</p>
          ) : (
            props.obligations.map((obligation, index) => {
              const position = controlSet.controlSet.obligations.findIndex(
                (o) => o.id === obligation.obligation,
              );
              const attestationId = `attestation-${position}`;
              const noteId = `note-${position}`;
              const documentId = `document-${position}`;
              return (
                <section class="obligation" aria-labelledby={`obligation-${index}`}>
                  <h3 id={`obligation-${index}`}>
                    <Localized text={obligation.title} locale={locale} />
                  </h3>
                  <dl class="summary-list">
                    <div>
                      <dt>{t("gov.controls.status")}</dt>
                      <dd>
                        <strong>{t(`gov.controls.status.${obligation.status}`)}</strong>
                        {obligation.evidenceKind &&
                          ` (${label(i18n, `gov.controls.evidence.${obligation.evidenceKind}`, obligation.evidenceKind)})`}
                      </dd>
                    </div>
                    {obligation.document && (
                      <div>
                        <dt>{t("gov.controls.document")}</dt>
                        <dd>
                          <EvidenceDocument
                            i18n={i18n}
                            document={obligation.document}
                            href={`/governance/systems/${system.id}/obligations/${encodeURIComponent(obligation.obligation)}/evidence`}
                            canDownload={props.canDownload}
                          />
                        </dd>
                      </div>
                    )}
                    <div>
                      <dt>{t("gov.controls.owner")}</dt>
                      <dd>{label(i18n, `gov.owner.${obligation.owner}`, obligation.owner)}</dd>
                    </div>
                    <div>
                      <dt>{t("gov.controls.due")}</dt>
                      <dd>
                        {obligation.dueDate
                          ? formatDate(locale, obligation.dueDate)
                          : t("gov.controls.noDue")}
                      </dd>
                    </div>
                    <div>
                      <dt>{t("gov.controls.references")}</dt>
                      <dd>
                        <span lang="en" dir="ltr">
                          {obligation.references.join("; ")}
                        </span>
                      </dd>
                    </div>
                  </dl>
                  {obligation.status === "open" && props.canManage && (
                    <form
                      method="post"
                      action={`/governance/systems/${system.id}/obligations/${encodeURIComponent(obligation.obligation)}`}
                      enctype="multipart/form-data"
                      novalidate
                    >
                      <input type="hidden" name="_csrf" value={csrfToken ?? ""} />
                      <p>{t("gov.controls.evidenceChoice")}</p>
                      <div
                        class={
                          props.errors.some((error) => error.field === attestationId)
                            ? "field field-invalid"
                            : "field"
                        }
                      >
                        <label for={attestationId}>{t("gov.controls.attestation")}</label>
                        <p id={`${attestationId}-hint`} class="hint">
                          {t("gov.controls.attestationHint")}
                        </p>
                        <FieldError i18n={i18n} field={attestationId} errors={props.errors} />
                        <textarea
                          id={attestationId}
                          name="attestation"
                          rows={3}
                          {...fieldAria(attestationId, props.errors, `${attestationId}-hint`)}
                        >
                          {props.values[attestationId] ?? ""}
                        </textarea>
                      </div>
                      <div
                        class={
                          props.errors.some((error) => error.field === documentId)
                            ? "field field-invalid"
                            : "field"
                        }
                      >
                        <label for={documentId}>{t("gov.controls.documentLabel")}</label>
                        <p id={`${documentId}-hint`} class="hint">
                          {t("gov.controls.documentHint")}
                        </p>
                        <FieldError i18n={i18n} field={documentId} errors={props.errors} />
                        <input
                          type="file"
                          id={documentId}
                          name="document"
                          accept=".pdf,.docx,.png,.jpg,.jpeg,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg,text/plain"
                          {...fieldAria(documentId, props.errors, `${documentId}-hint`)}
                        />
                      </div>
                      <div class="field">
                        <label for={noteId}>
                          {t("gov.controls.note")} ({t("form.optional")})
                        </label>
                        <textarea id={noteId} name="note" rows={2}>
                          {props.values[noteId] ?? ""}
                        </textarea>
                      </div>
                      <button type="submit" class="button-secondary">
                        {t("gov.controls.meet")}
                        <span class="visually-hidden">
                          : <Localized text={obligation.title} locale={locale} />
                        </span>
                      </button>
                    </form>
                  )}
                </section>
              );
            })
          )}
        </>
      )}
      {props.earlierEvidence.length > 0 && (
        <section aria-labelledby="earlier-evidence-heading">
          <h2 id="earlier-evidence-heading">{t("gov.controls.earlierEvidenceTitle")}</h2>
          <p>{t("gov.controls.earlierEvidenceLead")}</p>
          {props.earlierEvidence.map((earlier) => (
            <>
              <h3>
                {t("gov.controls.earlierVersion", {
                  version: earlier.controlSet.version,
                  date: formatDate(locale, earlier.controlSet.createdAt),
                })}
              </h3>
              <ul>
                {earlier.obligations.map(
                  (obligation) =>
                    obligation.document && (
                      <li>
                        <Localized text={obligation.title} locale={locale} />:{" "}
                        <EvidenceDocument
                          i18n={i18n}
                          document={obligation.document}
                          href={`/governance/systems/${system.id}/control-sets/${earlier.controlSet.version}/obligations/${encodeURIComponent(obligation.obligation)}/evidence`}
                          canDownload={props.canDownload}
                        />
                      </li>
                    ),
                )}
              </ul>
            </>
          ))}
        </section>
      )}
    </Layout>
  );
}
