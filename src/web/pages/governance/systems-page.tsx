import type { EuRiskCategory } from "../../../domains/assessment/index.ts";
import type { AiSystem } from "../../../domains/inventory/index.ts";
import {
  ErrorSummary,
  FieldError,
  type FormError,
  fieldAria,
  titleWithErrors,
} from "../../components/form-errors.tsx";
import { Layout, type PageContext } from "../../components/layout.tsx";
import { roman } from "./shared.tsx";

export interface SystemRow {
  system: AiSystem;
  level: 1 | 2 | 3 | 4 | null;
  euCategory: EuRiskCategory | null;
  services: string[];
}

export type RegisterValues = Partial<
  Record<"name" | "purpose" | "accountableOfficial" | "affectedPeople" | "models" | "dataSources", string>
>;

/** The agency's inventory of AI systems, and the form that registers a new one. */
export function SystemsPage(props: {
  page: PageContext;
  agencyName: string;
  systems: SystemRow[];
  canManage: boolean;
  errors: FormError[];
  values: RegisterValues;
}) {
  const { i18n } = props.page;
  const { t } = i18n;
  const title = t("gov.systems.title");
  const pageTitle = titleWithErrors(i18n, title, props.errors.length > 0);
  return (
    <Layout page={props.page} title={pageTitle}>
      <h1>{title}</h1>
      <p class="lead">{t("gov.systems.lead", { agency: props.agencyName })}</p>
      {props.systems.length === 0 ? (
        <p>{t("gov.systems.none")}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t("gov.systems.name")}</th>
              <th scope="col">{t("gov.systems.lifecycle")}</th>
              <th scope="col">{t("gov.systems.level")}</th>
              <th scope="col">{t("gov.systems.services")}</th>
            </tr>
          </thead>
          <tbody>
            {props.systems.map((row) => (
              <tr>
                <th scope="row">
                  <a href={`/governance/systems/${row.system.id}`}>
                    <bdi>{row.system.name}</bdi>
                  </a>
                </th>
                <td>{t(`gov.lifecycle.${row.system.lifecycle}`)}</td>
                <td>
                  {row.level !== null
                    ? t("gov.level", { level: roman(row.level) })
                    : t("gov.systems.noLevel")}
                  {row.euCategory && (
                    <>
                      <br />
                      {t(`gov.eu.category.${row.euCategory}`)}
                    </>
                  )}
                </td>
                <td>{row.services.length > 0 ? row.services.join(", ") : t("gov.systems.noServices")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {props.canManage && (
        <section aria-labelledby="register-heading">
          <h2 id="register-heading">{t("gov.register.title")}</h2>
          <p>{t("gov.register.lead")}</p>
          <ErrorSummary i18n={i18n} errors={props.errors} />
          <form method="post" action="/governance/systems" novalidate>
            <input type="hidden" name="_csrf" value={props.page.csrfToken ?? ""} />
            <TextField page={props.page} name="name" errors={props.errors} value={props.values.name} />
            <TextField
              page={props.page}
              name="purpose"
              errors={props.errors}
              value={props.values.purpose}
              multiline
            />
            <TextField
              page={props.page}
              name="accountableOfficial"
              errors={props.errors}
              value={props.values.accountableOfficial}
            />
            <TextField
              page={props.page}
              name="affectedPeople"
              errors={props.errors}
              value={props.values.affectedPeople}
              multiline
            />
            <TextField
              page={props.page}
              name="models"
              errors={props.errors}
              value={props.values.models}
              multiline
              hint
            />
            <TextField
              page={props.page}
              name="dataSources"
              errors={props.errors}
              value={props.values.dataSources}
              multiline
              hint
            />
            <button type="submit">{t("gov.register.submit")}</button>
          </form>
        </section>
      )}
    </Layout>
  );
}

function TextField(props: {
  page: PageContext;
  name: string;
  errors: FormError[];
  value: string | undefined;
  multiline?: boolean;
  hint?: boolean;
}) {
  const { i18n } = props.page;
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  const aria = fieldAria(props.name, props.errors, hintId);
  const invalid = props.errors.some((error) => error.field === props.name);
  return (
    <div class={invalid ? "field field-invalid" : "field"}>
      <label for={props.name}>{i18n.t(`gov.register.${props.name}`)}</label>
      {props.hint && (
        <p id={hintId} class="hint">
          {i18n.t("gov.register.onePerLine")}
        </p>
      )}
      <FieldError i18n={i18n} field={props.name} errors={props.errors} />
      {props.multiline ? (
        <textarea id={props.name} name={props.name} rows={3} {...aria}>
          {props.value ?? ""}
        </textarea>
      ) : (
        <input id={props.name} name={props.name} type="text" value={props.value ?? ""} {...aria} />
      )}
    </div>
  );
}
