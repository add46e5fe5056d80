import { Layout, type PageContext } from "../components/layout.tsx";

export function ErrorPage(props: {
  page: PageContext;
  titleKey: string;
  leadKey: string;
  fields?: Record<string, string>;
}) {
  const { t } = props.page.i18n;
  return (
    <Layout page={props.page} title={t(props.titleKey)}>
      <h1>{t(props.titleKey)}</h1>
      <p>{t(props.leadKey)}</p>
      {props.fields && (
        <ul>
          {Object.entries(props.fields).map(([field, message]) => (
            <li>
              <code>{field}</code>: {message}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/">{t("error.backHome")}</a>
      </p>
    </Layout>
  );
}
