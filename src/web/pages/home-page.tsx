import { Layout, type PageContext } from "../components/layout.tsx";

export function HomePage(props: { page: PageContext }) {
  const { t } = props.page.i18n;
  return (
    <Layout page={props.page} title={t("home.title")}>
      <h1>{t("home.title")}</h1>
      <p class="lead">{t("home.lead")}</p>
      <h2>{t("home.principlesTitle")}</h2>
      <ul class="principles">
        <li>{t("home.principle.oversight")}</li>
        <li>{t("home.principle.evidence")}</li>
        <li>{t("home.principle.transparency")}</li>
        <li>{t("home.principle.privacy")}</li>
      </ul>
      <h2>{t("home.staffTitle")}</h2>
      <p>{t("home.staffLead")}</p>
      <p>
        <a class="button" href="/sign-in">
          {t("shell.signIn")}
        </a>
      </p>
    </Layout>
  );
}
