import type { Child } from "hono/jsx";
import { authorize, type User } from "../../domains/identity/index.ts";
import { LOCALES, type Translator, textDirection } from "../../i18n/index.ts";

export interface PageContext {
  i18n: Translator;
  /** The current path with its query, used to build language-switch links back to the same page. */
  currentPath: string;
  user: User | undefined;
  csrfToken: string | undefined;
}

function withLanguage(path: string, locale: string): string {
  const url = new URL(path, "http://local");
  url.searchParams.set("lang", locale);
  return `${url.pathname}${url.search}`;
}

/**
 * The accessible page shell: skip link, landmarks (header, nav, main, footer), a language switcher,
 * visible focus styles. It needs no JavaScript; every action is a link or a form.
 */
export function Layout(props: { page: PageContext; title: string; children: Child }) {
  const { i18n, currentPath, user, csrfToken } = props.page;
  const t = i18n.t;
  return (
    <html lang={i18n.locale} dir={i18n.direction}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – ${t("app.name")}`}</title>
        <link rel="stylesheet" href="/static/styles.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t("shell.skipToContent")}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href="/">
              <span class="brand-name">{t("app.name")}</span>
              <span class="brand-tagline">{t("app.tagline")}</span>
            </a>
            <nav aria-label={t("shell.languageSwitcher")} class="language-switcher">
              <ul>
                {LOCALES.map((locale) => (
                  <li>
                    {locale === i18n.locale ? (
                      <span aria-current="true" lang={locale} dir={textDirection(locale)}>
                        {t(`language.${locale}`)}
                      </span>
                    ) : (
                      <a
                        href={withLanguage(currentPath, locale)}
                        lang={locale}
                        dir={textDirection(locale)}
                        hreflang={locale}
                      >
                        {t(`language.${locale}`)}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <nav aria-label={t("shell.primaryNavigation")} class="primary-nav">
            <ul class="wrap">
              <li>
                <a href="/">{t("shell.home")}</a>
              </li>
              <li>
                <a href="/services/housing-benefit/ask">{t("shell.askQuestion")}</a>
              </li>
              <li>
                <a href="/status">{t("shell.checkCase")}</a>
              </li>
              <li>
                <a href="/api/docs">{t("shell.apiReference")}</a>
              </li>
              {user ? (
                <>
                  {authorize(user, "view-review-queue", {
                    type: "agency",
                    id: user.agencyId,
                    agencyId: user.agencyId,
                  }).allowed && (
                    <li>
                      <a href="/review">{t("shell.reviewQueue")}</a>
                    </li>
                  )}
                  <li>
                    <a href="/staff">{t("shell.staffArea")}</a>
                  </li>
                  <li>
                    <form method="post" action="/sign-out" class="inline-form">
                      <input type="hidden" name="_csrf" value={csrfToken ?? ""} />
                      <button type="submit" class="link-button">
                        {t("shell.signOut")}
                      </button>
                    </form>
                  </li>
                </>
              ) : (
                <li>
                  <a href="/sign-in">{t("shell.signIn")}</a>
                </li>
              )}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex={-1} class="wrap">
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t("shell.footer")}</p>
            <p>{t("shell.footerSource")}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
