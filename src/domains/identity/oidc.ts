import * as client from "openid-client";
import type { OidcConfig } from "../../config.ts";
import type { IdentityContext } from "./context.ts";
import { findUserByEmail, linkOidcSubject, type User } from "./users.ts";

/**
 * OpenID Connect sign-in (authorisation code flow with PKCE, state and nonce).
 * Accounts are provisioned by an administrator; OIDC proves who the person is, and the account
 * decides what they may do. An unknown identity is refused, never created on the fly.
 */
export class OidcSignIn {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(
    private readonly settings: OidcConfig,
    private readonly redirectUri: string,
  ) {}

  private discover(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        this.settings.issuer,
        this.settings.clientId,
        this.settings.clientSecret,
        undefined,
        this.settings.allowInsecureHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  async start(context: Pick<IdentityContext, "database">, returnTo: string): Promise<URL> {
    const configuration = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    await context.database.query(
      "INSERT INTO oidc_logins (state, code_verifier, nonce, return_to) VALUES ($1, $2, $3, $4)",
      [state, codeVerifier, nonce, returnTo],
    );
    return client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: "openid email profile",
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
  }

  /** Completes the flow. Returns the signed-in user, or the reason the sign-in was refused. */
  async finish(
    context: Pick<IdentityContext, "database" | "now">,
    callbackUrl: URL,
  ): Promise<
    | { ok: true; user: User; returnTo: string }
    | { ok: false; reason: "unknown-state" | "oidc-error" | "unknown-user" }
  > {
    const state = callbackUrl.searchParams.get("state") ?? "";
    const [login] = await context.database.query<{
      code_verifier: string;
      nonce: string;
      return_to: string;
      created_at: Date;
    }>("DELETE FROM oidc_logins WHERE state = $1 RETURNING code_verifier, nonce, return_to, created_at", [
      state,
    ]);
    if (!login || context.now().getTime() - new Date(login.created_at).getTime() > 10 * 60 * 1000) {
      return { ok: false, reason: "unknown-state" };
    }
    let claims: client.IDToken | undefined;
    let userInfo: { email?: unknown; email_verified?: unknown } = {};
    try {
      const configuration = await this.discover();
      // The token request must name the registered redirect URI, not the URL this process saw
      // (behind a TLS-terminating proxy those differ): keep the registered URI, take the query.
      const registered = new URL(this.redirectUri);
      registered.search = callbackUrl.search;
      const tokens = await client.authorizationCodeGrant(configuration, registered, {
        pkceCodeVerifier: login.code_verifier,
        expectedState: state,
        expectedNonce: login.nonce,
      });
      claims = tokens.claims();
      // OpenID Connect Core 5.4: scope claims may come only from the UserInfo endpoint.
      if (claims && typeof claims.email !== "string") {
        userInfo = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      }
    } catch {
      return { ok: false, reason: "oidc-error" };
    }
    if (!claims) return { ok: false, reason: "oidc-error" };
    const emailClaim = claims.email ?? userInfo.email;
    const verified = (claims.email === undefined ? userInfo.email_verified : claims.email_verified) === true;
    const email = typeof emailClaim === "string" && verified ? emailClaim : undefined;
    const subject = `${claims.iss}|${claims.sub}`;
    const [bySubject] = await context.database.query<{ email: string }>(
      "SELECT email FROM users WHERE oidc_subject = $1",
      [subject],
    );
    const user = await findUserByEmail(context, bySubject?.email ?? email ?? "");
    if (!user || user.disabled) return { ok: false, reason: "unknown-user" };
    // An account already linked to another identity is never taken over through a matching e-mail
    // (a recycled address at the provider, say).
    if (!bySubject && user.oidcSubject !== null && user.oidcSubject !== subject) {
      return { ok: false, reason: "unknown-user" };
    }
    await linkOidcSubject(context, user.id, subject);
    const { passwordHash: _password, oidcSubject: _subject, ...publicUser } = user;
    return { ok: true, user: publicUser, returnTo: login.return_to };
  }
}
