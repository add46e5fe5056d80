import { Layout, type PageContext } from "../components/layout.tsx";

export function SignInPage(props: {
  page: PageContext;
  failed?: "password" | "oidc";
  signedOut?: boolean;
  email?: string;
  oidcEnabled: boolean;
  /** Where to go after signing in (a same-site path), kept through the form. */
  next?: string | undefined;
}) {
  const { t } = props.page.i18n;
  return (
    <Layout page={props.page} title={t("signIn.title")}>
      <h1>{t("signIn.title")}</h1>
      {props.signedOut && (
        <p class="notice" role="status">
          {t("signIn.signedOut")}
        </p>
      )}
      {props.failed && (
        <div class="error-summary" role="alert" tabindex={-1}>
          <p>{t(props.failed === "oidc" ? "signIn.oidcFailed" : "signIn.failed")}</p>
        </div>
      )}
      <p>{t("signIn.lead")}</p>
      {props.oidcEnabled && (
        <>
          <p>
            <a class="button" href="/auth/oidc/start">
              {t("signIn.withOidc")}
            </a>
          </p>
          <p>{t("signIn.or")}</p>
        </>
      )}
      <form
        method="post"
        action={props.next ? `/sign-in?next=${encodeURIComponent(props.next)}` : "/sign-in"}
        novalidate
      >
        <label for="email">{t("signIn.email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value={props.email ?? ""}
        />
        <label for="password">{t("signIn.password")}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <div>
          <button type="submit">{t("signIn.submit")}</button>
        </div>
      </form>
    </Layout>
  );
}
