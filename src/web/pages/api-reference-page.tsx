import { type ApiAuth, apiOperations } from "../api-catalogue.ts";
import { Layout, type PageContext } from "../components/layout.tsx";

const AUTH_KEYS: Record<ApiAuth, string> = {
  public: "api.authPublic",
  bearer: "api.authBearer",
  "session-or-bearer": "api.authBearer",
};

export function ApiReferencePage(props: { page: PageContext }) {
  const { t } = props.page.i18n;
  return (
    <Layout page={props.page} title={t("api.title")}>
      <h1>{t("api.title")}</h1>
      <p>{t("api.lead", { url: "/api/openapi.json" })}</p>
      <p>
        <a href="/api/openapi.json">/api/openapi.json</a>
      </p>
      <table>
        <caption class="visually-hidden">{t("api.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("api.method")}</th>
            <th scope="col">{t("api.path")}</th>
            <th scope="col">{t("api.summary")}</th>
            <th scope="col">{t("api.auth")}</th>
          </tr>
        </thead>
        <tbody>
          {apiOperations.map((operation) => (
            <tr>
              <td>
                <code>{operation.method.toUpperCase()}</code>
              </td>
              <td>
                <code>{operation.path.replace(/:([A-Za-z]+)/g, "{$1}")}</code>
              </td>
              <td>{t(operation.summaryKey)}</td>
              <td>{t(AUTH_KEYS[operation.auth])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
