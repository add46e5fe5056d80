import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { makeAgency, makeUser, TEST_PASSWORD } from "../../test/support/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../test/support/test-runtime.ts";
import { createApiToken } from "../domains/identity/index.ts";
import { createApp } from "./app.ts";

const ORIGIN = "http://localhost";

describe("HTTP application", () => {
  let runtime: TestRuntime;
  let app: ReturnType<typeof createApp>["app"];
  let agencyA: { id: string };
  let agencyB: { id: string };
  let auditorToken: string;
  let reviewerToken: string;
  let reviewerEmail: string;

  before(async () => {
    runtime = await createTestRuntime();
    app = createApp(runtime, { version: "test" }).app;
    agencyA = await makeAgency(runtime);
    agencyB = await makeAgency(runtime);
    const auditor = await makeUser(runtime, agencyA.id, ["auditor"]);
    const reviewer = await makeUser(runtime, agencyA.id, ["reviewer"]);
    reviewerEmail = reviewer.email;
    await makeUser(runtime, agencyB.id, ["auditor"]);
    auditorToken = (await createApiToken(runtime, auditor, "t")).token;
    reviewerToken = (await createApiToken(runtime, reviewer, "t")).token;
  });
  after(() => runtime.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  test("GET /healthz reports status and the database kind", async () => {
    const response = await app.request("/healthz");
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      status: "ok",
      database: runtime.database.kind,
      version: "test",
    });
  });

  test("pages carry security headers and the accessible shell", async () => {
    const response = await app.request("/");
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-security-policy") ?? "", /default-src 'self'/);
    assert.equal(response.headers.get("x-content-type-options"), "nosniff");
    assert.equal(response.headers.get("x-frame-options"), "SAMEORIGIN");
    const html = await response.text();
    assert.match(html, /<a class="skip-link" href="#main">/);
    assert.match(html, /<main id="main"/);
    assert.match(html, /<html lang="en" dir="ltr">/);
  });

  test("language comes from ?lang, then the cookie, then Accept-Language; Arabic is right-to-left", async () => {
    const french = await app.request("/?lang=fr");
    assert.match(await french.text(), /<html lang="fr" dir="ltr">.*Accueil/s);
    assert.match(french.headers.get("set-cookie") ?? "", /lang=fr/);
    assert.match(
      await (await app.request("/", { headers: { cookie: "lang=ar" } })).text(),
      /<html lang="ar" dir="rtl">/,
    );
    assert.match(
      await (await app.request("/", { headers: { "accept-language": "de, fr;q=0.8" } })).text(),
      /lang="fr"/,
    );
  });

  test("unknown routes get a 404 page, or JSON under /api", async () => {
    const page = await app.request("/no/such/page");
    assert.equal(page.status, 404);
    assert.match(await page.text(), /Page not found/);
    const api = await app.request("/api/v1/nothing");
    assert.equal(api.status, 404);
    assert.equal(((await api.json()) as { error: { code: string } }).error.code, "not_found");
  });

  test("the OpenAPI document and the reference page list the same operations", async () => {
    const document = (await (await app.request("/api/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, object>;
    };
    assert.equal(document.openapi, "3.1.0");
    assert.ok(document.paths["/api/v1/ledger/events"]);
    const page = await (await app.request("/api/docs")).text();
    for (const path of Object.keys(document.paths)) assert.ok(page.includes(path), path);
  });

  test("GET /metrics exposes Prometheus counters", async () => {
    await app.request("/");
    const text = await (await app.request("/metrics")).text();
    assert.match(text, /steward_http_requests_total\{method="GET",route="\/",status="200"\} \d+/);
  });

  test("API calls need a valid token; roles decide; agencies never see each other's ledger", async () => {
    assert.equal((await app.request("/api/v1/me")).status, 401);
    assert.equal((await app.request("/api/v1/me", { headers: bearer("stw_not-a-token") })).status, 401);
    const me = (await (await app.request("/api/v1/me", { headers: bearer(reviewerToken) })).json()) as {
      email: string;
    };
    assert.equal(me.email, reviewerEmail);
    assert.equal(
      (await app.request("/api/v1/ledger/verify", { headers: bearer(reviewerToken) })).status,
      403,
    );
    const events = (await (
      await app.request("/api/v1/ledger/events?limit=1000", { headers: bearer(auditorToken) })
    ).json()) as {
      events: { event: { agency: string } }[];
    };
    assert.ok(events.events.length > 0);
    assert.ok(events.events.every((entry) => entry.event.agency === agencyA.id));
    const denied = await runtime.database.query(
      "SELECT 1 FROM ledger_events WHERE agency_id = $1 AND type = 'access-denied'",
      [agencyA.id],
    );
    assert.ok(denied.length >= 1, "a refusal is itself recorded");
  });

  test("bad input gets a 400 with field-level messages, never a stack trace", async () => {
    const post = (body: string, type = "application/json") =>
      app.request("/api/v1/tokens", {
        method: "POST",
        headers: { ...bearer(reviewerToken), "content-type": type },
        body,
      });
    const malformed = await post("{not json");
    assert.equal(malformed.status, 400);
    const malformedBody = (await malformed.json()) as { error: { code: string; message: string } };
    assert.equal(malformedBody.error.code, "malformed_json");
    const invalid = await post(JSON.stringify({ name: "", extra: 1 }));
    assert.equal(invalid.status, 400);
    const fields = ((await invalid.json()) as { error: { fields: Record<string, string> } }).error.fields;
    assert.ok(fields.name || fields["(body)"]);
    const query = await app.request("/api/v1/ledger/events?limit=5000", { headers: bearer(auditorToken) });
    assert.equal(query.status, 400);
    const queryBody = JSON.stringify(await query.json());
    assert.match(queryBody, /"limit"/);
    assert.doesNotMatch(queryBody, /at .*\.ts:\d+/);
    const created = await post(JSON.stringify({ name: "laptop" }));
    assert.equal(created.status, 201);
  });

  test("password sign-in sets a session; staff pages need one; forms need the CSRF token", async () => {
    const redirect = await app.request("/staff");
    assert.equal(redirect.status, 303);
    assert.match(redirect.headers.get("location") ?? "", /^\/sign-in\?next=/);

    const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
    const formHeaders = { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN };
    const wrong = await app.request("/sign-in", {
      method: "POST",
      headers: formHeaders,
      body: form({ email: reviewerEmail, password: "nope-nope-nope" }),
    });
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /not right/);

    const crossSite = await app.request("/sign-in", {
      method: "POST",
      headers: { ...formHeaders, origin: "http://evil.example" },
      body: form({ email: reviewerEmail, password: TEST_PASSWORD }),
    });
    assert.equal(crossSite.status, 403);

    const signedIn = await app.request("/sign-in", {
      method: "POST",
      headers: formHeaders,
      body: form({ email: reviewerEmail, password: TEST_PASSWORD }),
    });
    assert.equal(signedIn.status, 303);
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    assert.match(signedIn.headers.get("set-cookie") ?? "", /HttpOnly/i);
    const staff = await app.request("/staff", { headers: { cookie } });
    assert.equal(staff.status, 200);
    const html = await staff.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    assert.ok(csrf);

    const noToken = await app.request("/sign-out", {
      method: "POST",
      headers: { ...formHeaders, cookie },
      body: form({}),
    });
    assert.equal(noToken.status, 403);
    const sessionJson = await app.request("/api/v1/tokens", {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ name: "x" }),
    });
    assert.equal(sessionJson.status, 403, "a session-authenticated JSON call needs X-CSRF-Token");
    const signedOut = await app.request("/sign-out", {
      method: "POST",
      headers: { ...formHeaders, cookie },
      body: form({ _csrf: csrf }),
    });
    assert.equal(signedOut.status, 303);
    assert.equal((await app.request("/staff", { headers: { cookie } })).status, 303, "the session has ended");
  });

  test("sign-in attempts are rate limited", async () => {
    const limited = createApp(runtime, { version: "test" }).app;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await limited.request("/sign-in", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN },
        body: "email=nobody%40test.example&password=whatever-whatever",
      });
      statuses.push(response.status);
    }
    assert.equal(statuses.filter((status) => status === 401).length, 10);
    assert.equal(statuses.at(-1), 429);
  });
});
