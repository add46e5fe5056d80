import { languageName } from "../components/form-errors.tsx";
import { Layout, type PageContext } from "../components/layout.tsx";

export interface ConfirmationPageProps {
  page: PageContext;
  serviceName: string;
  reference: string;
  secret: string;
  statusUrl: string;
  language: string;
  languageFallback: boolean;
  requestedLanguage: string | undefined;
}

/** Shown once, right after a question is sent: the only time the private code is displayed. */
export function ConfirmationPage(props: ConfirmationPageProps) {
  const { i18n } = props.page;
  const { t } = i18n;
  return (
    <Layout page={props.page} title={t("confirmation.title")}>
      <div class="confirmation-panel">
        <h1>{t("confirmation.title")}</h1>
        <p>{t("confirmation.lead", { service: props.serviceName })}</p>
        <dl class="reference-block">
          <dt>{t("confirmation.referenceLabel")}</dt>
          <dd class="reference" data-testid="reference">
            {props.reference}
          </dd>
        </dl>
      </div>
      <div class="notice notice-warning">
        <h2>{t("confirmation.secretLabel")}</h2>
        <p class="secret">
          <code data-testid="secret">{props.secret}</code>
        </p>
        <p>
          <strong>{t("confirmation.keepPrivate")}</strong>
        </p>
        <p>{t("confirmation.saveNow")}</p>
      </div>
      <h2>{t("confirmation.linkLabel")}</h2>
      <p>
        <a href={props.statusUrl} data-testid="status-link" class="status-link">
          {props.statusUrl}
        </a>
      </p>
      <p>
        {props.languageFallback && props.requestedLanguage
          ? t("confirmation.languageFallback", {
              requested: languageName(i18n, props.requestedLanguage),
              language: languageName(i18n, props.language),
            })
          : t("confirmation.language", { language: languageName(i18n, props.language) })}
      </p>
      <p>{t("confirmation.next")}</p>
    </Layout>
  );
}
