import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { CookieJar, redirectTarget } from "./cookie-jar.ts";

/** What the provider says about one of its accounts (the `sub` is the account id). */
export interface ProviderAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestOidcProvider {
  /** The issuer identifier, e.g. `http://127.0.0.1:43210` (no trailing slash). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The provider's accounts by id; tests may add or change entries between sign-ins. */
  accounts: Map<string, ProviderAccount>;
  /** Errors the provider reported as `server_error` (should stay empty). */
  serverErrors: unknown[];
  /** Requests the provider refused at its token or authorisation endpoint, as `event: message` lines. */
  refusals: string[];
  close(): Promise<void>;
}

/**
 * A real OpenID provider (the certified `oidc-provider` package) on 127.0.0.1 with one confidential
 * client, PKCE required, and its development login/consent pages, which `signInAtProvider` drives.
 * `conformIdTokenClaims: true` (the package's default) puts scope claims such as `email` only in the
 * UserInfo response, as OpenID Connect Core 5.4 describes; `false` also puts them in the ID token.
 */
export async function startOidcProvider(options: {
  redirectUris: string[];
  accounts?: Record<string, ProviderAccount>;
  conformIdTokenClaims?: boolean;
}): Promise<TestOidcProvider> {
  const accounts = new Map(Object.entries(options.accounts ?? {}));
  const clientId = "steward-test";
  const clientSecret = randomBytes(24).toString("base64url");
  const serverErrors: unknown[] = [];
  const refusals: string[] = [];

  let handler:
    | ((request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => void)
    | undefined;
  const server = createServer((request, response) => {
    if (handler) handler(request, response);
    else response.writeHead(503).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        // openid-client's default for a client with a secret.
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    conformIdTokenClaims: options.conformIdTokenClaims ?? false,
    jwks: { keys: [{ ...signingKey, kid: "test-signing-key", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    async findAccount(_context: unknown, id: string) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...accounts.get(id) }) };
    },
  });
  provider.on("server_error", (_context: unknown, error: unknown) => serverErrors.push(error));
  for (const event of ["grant.error", "authorization.error"]) {
    provider.on(event, (_context: unknown, error: unknown) => {
      const { message, error_detail } = error as { message?: string; error_detail?: string };
      refusals.push(`${event}: ${message ?? ""} (${error_detail ?? "no detail"})`);
    });
  }
  handler = provider.callback();

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    serverErrors,
    refusals,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function formOf(html: string): { action: string; prompt: string } {
  const action = /<form[^>]*\saction="([^"]+)"/.exec(html)?.[1];
  const prompt = /name="prompt" value="([a-z]+)"/.exec(html)?.[1];
  if (!action || !prompt)
    throw new Error(`no interaction form in the provider's page:\n${html.slice(0, 500)}`);
  return { action: action.replaceAll("&amp;", "&").replaceAll("&#x2F;", "/"), prompt };
}

/**
 * Follows an authorisation request through the provider as a person would: signs in as `accountId` on
 * the login page, approves the consent page, and returns the redirect back to the client (the callback URL
 * with `code`, `state` and `iss`) without requesting it. `jar` holds the provider's cookies.
 */
export async function signInAtProvider(
  jar: CookieJar,
  authorizationUrl: URL,
  accountId: string,
  redirectUri: string,
): Promise<URL> {
  let url = authorizationUrl;
  for (let hop = 0; hop < 15; hop++) {
    if (`${url.origin}${url.pathname}` === redirectUri) return url;
    const response = await jar.fetch(url);
    if (response.status >= 300 && response.status < 400) {
      url = redirectTarget(response, url);
      continue;
    }
    const body = await response.text();
    if (response.status !== 200)
      throw new Error(`provider answered HTTP ${response.status} at ${url}: ${body}`);
    const form = formOf(body);
    const fields: Record<string, string> =
      form.prompt === "login"
        ? { prompt: "login", login: accountId, password: "any" }
        : { prompt: form.prompt };
    const submitted = await jar.postForm(new URL(form.action, url), fields);
    url = redirectTarget(submitted, url);
  }
  throw new Error("too many redirects at the provider");
}

export { CookieJar };
