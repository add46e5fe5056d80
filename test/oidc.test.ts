// OIDC sign-in against a real OpenID provider (oidc-provider) on 127.0.0.1, driven over plain HTTP.
import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { after, before, describe, test } from "node:test";
import type { User } from "../src/domains/identity/index.ts";
import { signInSucceeded } from "../src/domains/ledger/index.ts";
import { type RunningServer, startServer } from "../src/web/server.ts";
import { makeAgency, makeUser } from "./support/factories.ts";
import { freePort } from "./support/free-port.ts";
import {
  CookieJar,
  type ProviderAccount,
  signInAtProvider,
  startOidcProvider,
  type TestOidcProvider,
} from "./support/oidc-test-provider.ts";
import { createTestRuntime, type TestRuntime } from "./support/test-runtime.ts";

const SESSION_COOKIE = "steward_session";

interface OidcSetup {
  provider: TestOidcProvider;
  runtime: TestRuntime;
  server: RunningServer;
  /** Where people reach Steward (the server itself, or the public URL in front of it). */
  baseUrl: string;
  redirectUri: string;
  close(): Promise<void>;
}

/** A provider and a Steward server configured for each other, on fresh ports and a fresh database. */
async function startOidcSetup(
  options: {
    accounts?: Record<string, ProviderAccount>;
    conformIdTokenClaims?: boolean;
    publicUrl?: string;
  } = {},
): Promise<OidcSetup> {
  const port = await freePort();
  const baseUrl = options.publicUrl ?? `http://127.0.0.1:${port}`;
  const redirectUri = `${baseUrl}/auth/oidc/callback`;
  const provider = await startOidcProvider({
    redirectUris: [redirectUri],
    ...(options.accounts ? { accounts: options.accounts } : {}),
    ...(options.conformIdTokenClaims !== undefined
      ? { conformIdTokenClaims: options.conformIdTokenClaims }
      : {}),
  });
  let runtime: TestRuntime | undefined;
  try {
    runtime = await createTestRuntime({
      oidc: {
        issuer: new URL(provider.issuer),
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        allowInsecureHttp: true,
      },
      ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    });
    const server = await startServer(runtime, { port, host: "127.0.0.1" });
    const started = runtime;
    return {
      provider,
      runtime: started,
      server,
      baseUrl,
      redirectUri,
      async close() {
        await server.close();
        await started.close();
        await provider.close();
      },
    };
  } catch (error) {
    await runtime?.close();
    await provider.close();
    throw error;
  }
}

/** GET /auth/oidc/start on Steward; checks the authorisation request and returns its URL. */
async function startAtSteward(setup: OidcSetup, jar: CookieJar, query = ""): Promise<URL> {
  const response = await jar.fetch(`${setup.server.url}/auth/oidc/start${query}`);
  assert.equal(response.status, 302);
  const authorization = new URL(response.headers.get("location") ?? "");
  assert.equal(authorization.origin, setup.provider.issuer, "redirects to the provider");
  const parameters = authorization.searchParams;
  assert.equal(parameters.get("client_id"), setup.provider.clientId);
  assert.equal(parameters.get("redirect_uri"), setup.redirectUri);
  assert.equal(parameters.get("response_type"), "code");
  assert.equal(parameters.get("code_challenge_method"), "S256");
  assert.match(parameters.get("code_challenge") ?? "", /^[A-Za-z0-9_-]{43}$/);
  assert.ok((parameters.get("state") ?? "").length >= 32, "a random state");
  assert.ok((parameters.get("nonce") ?? "").length >= 32, "a random nonce");
  assert.ok(parameters.get("scope")?.split(" ").includes("openid"));
  return authorization;
}

/** Requests the callback on the Steward server (whatever public URL the provider redirected to). */
function callbackOnServer(setup: OidcSetup, callbackUrl: URL): URL {
  return new URL(`${callbackUrl.pathname}${callbackUrl.search}`, setup.server.url);
}

/** The whole flow up to (not including) Steward's callback. */
async function authorizeAs(setup: OidcSetup, jar: CookieJar, accountId: string, query = ""): Promise<URL> {
  const authorization = await startAtSteward(setup, jar, query);
  const callbackUrl = await signInAtProvider(jar, authorization, accountId, setup.redirectUri);
  assert.ok(callbackUrl.searchParams.get("code"), "the provider issued a code");
  assert.equal(callbackUrl.searchParams.get("state"), authorization.searchParams.get("state"));
  return callbackUrl;
}

async function assertRefused(setup: OidcSetup, jar: CookieJar, callbackUrl: URL): Promise<void> {
  const response = await jar.fetch(callbackOnServer(setup, callbackUrl));
  assert.equal(response.status, 303);
  assert.equal(response.headers.get("location"), "/sign-in?failed=oidc");
  assert.equal(jar.get(new URL(setup.server.url), SESSION_COOKIE), undefined, "no session was started");
  const staff = await jar.fetch(`${setup.server.url}/staff`);
  assert.equal(staff.status, 303, "still signed out");
  assert.match(staff.headers.get("location") ?? "", /^\/sign-in\?next=/);
}

/** Completes the callback and checks that `user` is signed in; returns where Steward sent them. */
async function assertSignedInAs(setup: OidcSetup, jar: CookieJar, callbackUrl: URL, user: User) {
  const response = await jar.fetch(callbackOnServer(setup, callbackUrl));
  assert.equal(response.status, 303, "the callback redirects");
  const location = response.headers.get("location");
  assert.notEqual(location, "/sign-in?failed=oidc", "the sign-in was refused");
  assert.ok(jar.get(new URL(setup.server.url), SESSION_COOKIE), "a session cookie was set");
  const staff = await jar.fetch(`${setup.server.url}/staff`);
  assert.equal(staff.status, 200);
  const html = await staff.text();
  assert.ok(html.includes(`Welcome, ${user.displayName}.`), "the staff page greets the user");
  assert.ok(html.includes(user.email), "the staff page shows the user's e-mail address");
  return location;
}

describe("OIDC sign-in with a real OpenID provider", { timeout: 60_000 }, () => {
  let setup: OidcSetup;
  let agencyId: string;
  let alice: User;

  before(async () => {
    setup = await startOidcSetup({
      accounts: {
        alice: { email: "alice@test.example", email_verified: true, name: "Alice" },
        stranger: { email: "stranger@test.example", email_verified: true },
        unverified: { email: "bob@test.example", email_verified: false },
        disabled: { email: "dora@test.example", email_verified: true },
        renamed: { email: "carol@test.example", email_verified: true },
        impostor: { email: "alice@test.example", email_verified: true },
      },
    });
    agencyId = (await makeAgency(setup.runtime)).id;
    alice = await makeUser(setup.runtime, agencyId, ["reviewer"], { email: "alice@test.example" });
  });

  after(async () => {
    await setup?.close();
  });

  test("signs in a provisioned account, links its subject and records the sign-in", async () => {
    const jar = new CookieJar();
    const callbackUrl = await authorizeAs(setup, jar, "alice");
    const location = await assertSignedInAs(setup, jar, callbackUrl, alice);
    assert.equal(location, "/staff");

    const [row] = await setup.runtime.database.query<{ oidc_subject: string | null }>(
      "SELECT oidc_subject FROM users WHERE id = $1",
      [alice.id],
    );
    assert.equal(row?.oidc_subject, `${setup.provider.issuer}|alice`);

    const events = await setup.runtime.database.query<{ payload: { userId: string; method: string } }>(
      "SELECT payload FROM ledger_events WHERE agency_id = $1 AND type = $2 ORDER BY seq",
      [agencyId, signInSucceeded.type],
    );
    assert.deepEqual(
      events.map((event) => event.payload),
      [{ userId: alice.id, method: "oidc" }],
    );
    const pending = await setup.runtime.database.query("SELECT state FROM oidc_logins");
    assert.equal(pending.length, 0, "the login state is used up");

    // The same authorisation response cannot be replayed, in this browser or another.
    await assertRefused(setup, new CookieJar(), callbackUrl);
    assert.deepEqual(setup.provider.serverErrors, []);
  });

  test("returns to the requested same-site page, never to another site", async () => {
    const jar = new CookieJar();
    const toDocs = await authorizeAs(setup, jar, "alice", "?next=%2Fapi%2Fdocs");
    assert.equal(await assertSignedInAs(setup, jar, toDocs, alice), "/api/docs");

    const other = new CookieJar();
    const offSite = await authorizeAs(setup, other, "alice", "?next=%2F%2Fevil.example%2F");
    assert.equal(await assertSignedInAs(setup, other, offSite, alice), "/staff");
  });

  test("refuses an identity whose e-mail address has no account", async () => {
    const jar = new CookieJar();
    await assertRefused(setup, jar, await authorizeAs(setup, jar, "stranger"));
    const page = await jar.fetch(`${setup.server.url}/sign-in?failed=oidc`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /role="alert"/);
    assert.ok(html.includes("account did not succeed"), "the page explains the refusal");
    const [count] = await setup.runtime.database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM users WHERE lower(email) = 'stranger@test.example'",
    );
    assert.equal(count?.n, 0, "no account is created on the fly");
  });

  test("refuses an e-mail address the provider has not verified", async () => {
    await makeUser(setup.runtime, agencyId, ["caseworker"], { email: "bob@test.example" });
    const jar = new CookieJar();
    await assertRefused(setup, jar, await authorizeAs(setup, jar, "unverified"));
  });

  test("refuses a disabled account", async () => {
    const dora = await makeUser(setup.runtime, agencyId, ["caseworker"], { email: "dora@test.example" });
    await setup.runtime.database.query("UPDATE users SET disabled_at = now() WHERE id = $1", [dora.id]);
    const jar = new CookieJar();
    await assertRefused(setup, jar, await authorizeAs(setup, jar, "disabled"));
  });

  test("refuses a callback with a tampered or unknown state, or a tampered code", async () => {
    const jar = new CookieJar();
    const genuine = await authorizeAs(setup, jar, "alice");

    const tamperedState = new URL(genuine);
    tamperedState.searchParams.set("state", `${genuine.searchParams.get("state")}x`);
    await assertRefused(setup, jar, tamperedState);

    const withoutState = new URL(genuine);
    withoutState.searchParams.delete("state");
    await assertRefused(setup, jar, withoutState);

    const invented = new URL("/auth/oidc/callback", setup.redirectUri);
    invented.searchParams.set("code", "made-up");
    invented.searchParams.set("state", "never-issued-by-steward");
    invented.searchParams.set("iss", setup.provider.issuer);
    await assertRefused(setup, jar, invented);

    // The refusals were about the state: the genuine response still signs in.
    await assertSignedInAs(setup, jar, genuine, alice);

    // A real state with a code the provider never issued: refused, and that state is used up.
    const other = new CookieJar();
    const second = await authorizeAs(setup, other, "alice");
    const tamperedCode = new URL(second);
    tamperedCode.searchParams.set("code", `${second.searchParams.get("code")}x`);
    await assertRefused(setup, other, tamperedCode);
    await assertRefused(setup, other, second);
  });

  test("keeps recognising a linked account after its e-mail address changes at the provider", async () => {
    const carol = await makeUser(setup.runtime, agencyId, ["auditor"], { email: "carol@test.example" });
    const first = new CookieJar();
    await assertSignedInAs(setup, first, await authorizeAs(setup, first, "renamed"), carol);

    setup.provider.accounts.set("renamed", { email: "carol.new@test.example", email_verified: true });
    const second = new CookieJar();
    await assertSignedInAs(setup, second, await authorizeAs(setup, second, "renamed"), carol);
  });

  test("refuses another provider subject that presents the e-mail address of an already linked account", async () => {
    // Make sure alice@test.example is linked to the subject "alice" first.
    const owner = new CookieJar();
    await assertSignedInAs(setup, owner, await authorizeAs(setup, owner, "alice"), alice);
    const jar = new CookieJar();
    await assertRefused(setup, jar, await authorizeAs(setup, jar, "impostor"));
  });
});

// Each test starts its own provider and server, so they can run side by side.
describe("OIDC sign-in with providers configured differently", { timeout: 60_000, concurrency: true }, () => {
  test("signs in when the provider puts the e-mail address only in the UserInfo response", async () => {
    const setup = await startOidcSetup({
      accounts: { erin: { email: "erin@test.example", email_verified: true } },
      conformIdTokenClaims: true,
    });
    try {
      const agency = await makeAgency(setup.runtime);
      const erin = await makeUser(setup.runtime, agency.id, ["reviewer"], { email: "erin@test.example" });
      const jar = new CookieJar();
      await assertSignedInAs(setup, jar, await authorizeAs(setup, jar, "erin"), erin);
    } finally {
      await setup.close();
    }
  });

  test("signs in behind a TLS-terminating reverse proxy (STEWARD_PUBLIC_URL differs from the request URL)", async () => {
    const setup = await startOidcSetup({
      accounts: { frank: { email: "frank@test.example", email_verified: true } },
      publicUrl: "https://steward.example",
    });
    try {
      const agency = await makeAgency(setup.runtime);
      await makeUser(setup.runtime, agency.id, ["reviewer"], { email: "frank@test.example" });
      const jar = new CookieJar();
      const callbackUrl = await authorizeAs(setup, jar, "frank");
      assert.equal(callbackUrl.origin, "https://steward.example");
      // Play the proxy: forward the browser's request to the server with the public Host header.
      const port = new URL(setup.server.url).port;
      const response = await new Promise<{ status: number; location: string | undefined; cookies: string[] }>(
        (resolve, reject) => {
          const forwarded = httpRequest(
            {
              host: "127.0.0.1",
              port,
              path: `${callbackUrl.pathname}${callbackUrl.search}`,
              headers: {
                host: "steward.example",
                "x-forwarded-proto": "https",
                "x-forwarded-host": "steward.example",
              },
            },
            (incoming) => {
              incoming.resume();
              resolve({
                status: incoming.statusCode ?? 0,
                location: incoming.headers.location,
                cookies: incoming.headers["set-cookie"] ?? [],
              });
            },
          );
          forwarded.on("error", reject);
          forwarded.end();
        },
      );
      assert.equal(response.status, 303);
      assert.equal(response.location, "/staff", `refused; the provider said: ${setup.provider.refusals}`);
      assert.ok(response.cookies.some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`)));
    } finally {
      await setup.close();
    }
  });
});
