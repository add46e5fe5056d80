import type { ApiTokenSummary } from "../../domains/identity/index.ts";
import { Layout, type PageContext } from "../components/layout.tsx";

export interface LedgerCheck {
  ok: boolean;
  eventsChecked: number;
  problem?: string;
}

export function StaffHomePage(props: {
  page: PageContext;
  agencyName: string;
  tokens: ApiTokenSummary[];
  canVerifyLedger: boolean;
  ledgerCheck?: LedgerCheck;
  notice?: string;
}) {
  const { t, locale } = props.page.i18n;
  const user = props.page.user!;
  const date = (value: Date | null) =>
    value
      ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(value))
      : "";
  const roles = user.roles.map((role) => t(`role.${role}`)).join(", ") || t("staff.noRoles");
  return (
    <Layout page={props.page} title={t("staff.title")}>
      <h1>{t("staff.title")}</h1>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <p>{t("staff.welcome", { name: user.displayName })}</p>
      <p>{t("staff.agency", { agency: props.agencyName })}</p>
      <p>{t("staff.roles", { roles })}</p>

      {props.canVerifyLedger && (
        <section aria-labelledby="ledger-heading">
          <h2 id="ledger-heading">{t("staff.ledgerTitle")}</h2>
          {props.ledgerCheck && (
            <p class={props.ledgerCheck.ok ? "notice" : "error-summary"} role="status">
              {props.ledgerCheck.ok
                ? t("staff.ledgerOk", { count: props.ledgerCheck.eventsChecked })
                : t("staff.ledgerBroken", { problem: props.ledgerCheck.problem ?? "" })}
            </p>
          )}
          <form method="post" action="/staff/ledger/verify">
            <input type="hidden" name="_csrf" value={props.page.csrfToken ?? ""} />
            <button type="submit">{t("staff.ledgerVerify")}</button>
          </form>
        </section>
      )}

      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t("staff.tokensTitle")}</h2>
        <p>{t("staff.tokensLead", { email: user.email })}</p>
        {props.tokens.length === 0 ? (
          <p>{t("staff.tokensNone")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("staff.tokenName")}</th>
                <th scope="col">{t("staff.tokenCreated")}</th>
                <th scope="col">{t("staff.tokenLastUsed")}</th>
                <th scope="col">{t("staff.tokenStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {props.tokens.map((token) => (
                <tr>
                  <td>{token.name}</td>
                  <td>{date(token.createdAt)}</td>
                  <td>{token.lastUsedAt ? date(token.lastUsedAt) : t("staff.tokenNeverUsed")}</td>
                  <td>
                    {token.revokedAt ? (
                      t("staff.tokenRevoked")
                    ) : (
                      <form method="post" action={`/staff/tokens/${token.id}/revoke`} class="inline-form">
                        <input type="hidden" name="_csrf" value={props.page.csrfToken ?? ""} />
                        {t("staff.tokenActive")}{" "}
                        <button
                          type="submit"
                          class="button-secondary"
                          aria-label={t("staff.tokenRevokeLabel", { name: token.name })}
                        >
                          {t("staff.tokenRevoke")}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Layout>
  );
}
