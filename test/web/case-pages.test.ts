// The case-flow pages in process (no browser): validation paths, not-found without enumeration, the JSON
// form of the private status link, and the review desk's permission and error paths.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { CaseRunner, caseForCitizen, submitCase } from "../../src/domains/workflow/index.ts";
import { translator } from "../../src/i18n/index.ts";
import { seedHousingBenefitService } from "../../src/operations/seed-demo.ts";
import { createApp } from "../../src/web/app.ts";
import { makeAgency, makeServiceWithPages, makeUser, TEST_PASSWORD } from "../support/factories.ts";
import { createTestRuntime, type TestRuntime } from "../support/test-runtime.ts";

const ORIGIN = "http://localhost";
const en = translator("en");
const fr = translator("fr");

function form(values: Record<string, string>) {
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN },
    body: new URLSearchParams(values).toString(),
  };
}

/** Decodes the few HTML entities hono/jsx escapes, so that catalogue text can be searched for. */
function text(html: string): string {
  return html
    .replaceAll("&#39;", "'")
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

describe("case-flow pages", () => {
  let runtime: TestRuntime;
  let app: ReturnType<typeof createApp>["app"];
  let agencyId: string;

  before(async () => {
    runtime = await createTestRuntime();
    app = createApp(runtime, { version: "test" }).app;
    agencyId = (await makeAgency(runtime)).id;
    await seedHousingBenefitService(runtime, agencyId);
  });
  after(() => runtime.close());

  test("the question form states how AI and personal data are handled, in English and French", async () => {
    const response = await app.request("/services/housing-benefit/ask");
    assert.equal(response.status, 200);
    const html = text(await response.text());
    for (const key of [
      "ask.noticeAi",
      "ask.noticeReview",
      "ask.noticePrivacy",
      "ask.noticeData",
      "ask.noticePerson",
    ]) {
      assert.ok(html.includes(en.t(key)), key);
    }
    assert.ok(html.includes(en.t("ask.questionHint", { max: 2000 })));
    assert.ok(html.indexOf(en.t("ask.noticeAi")) < html.indexOf("<form"), "the notice comes before the form");
    const french = text(await (await app.request("/services/housing-benefit/ask?lang=fr")).text());
    assert.ok(french.includes(fr.t("ask.noticePrivacy")));
    assert.match(french, /<option value="fr" lang="fr" selected="">/, "the page's language is pre-selected");
  });

  test("an unknown service is a 404 page", async () => {
    const response = await app.request("/services/no-such-service/ask");
    assert.equal(response.status, 404);
    assert.ok((await response.text()).includes(en.t("error.notFoundTitle")));
  });

  test("an empty question re-renders the form with an accessible error", async () => {
    const response = await app.request(
      "/services/housing-benefit/ask",
      form({ question: "   ", language: "" }),
    );
    assert.equal(response.status, 400);
    const html = text(await response.text());
    assert.match(html, /role="alert"/);
    assert.ok(html.includes(`<a href="#question">${en.t("ask.errorEmpty")}</a>`));
    assert.match(
      html,
      /<textarea id="question" name="question" rows="8" aria-describedby="question-hint question-error" aria-invalid="true">/,
    );
  });

  test("an oversized question says the limit and keeps the text", async () => {
    const question = `Housing benefit ${"a".repeat(2100)}`;
    const response = await app.request("/services/housing-benefit/ask", form({ question }));
    assert.equal(response.status, 400);
    const html = text(await response.text());
    assert.ok(html.includes(en.t("ask.errorTooLong", { max: 2000, count: question.length })));
    assert.ok(html.includes(question), "the typed text is kept");
  });

  test("a question is received: reference, code and private link, never in a redirect", async () => {
    const response = await app.request(
      "/services/housing-benefit/ask",
      form({ question: "How do I claim housing benefit online?", language: "en" }),
    );
    assert.equal(response.status, 201);
    assert.equal(response.headers.get("location"), null);
    assert.equal(response.headers.get("cache-control"), "no-store");
    const html = text(await response.text());
    const link = html.match(/href="(http:\/\/localhost\/status\/([0-9A-Z-]+)\/([A-Za-z0-9_-]+))"/);
    assert.ok(link, "the private status link is shown");
    assert.ok(html.includes(link[2]!), "the reference is shown");
    assert.ok(html.includes(en.t("confirmation.keepPrivate")));
    const status = await app.request(`/status/${link[2]}/${link[3]}`);
    assert.equal(status.status, 200);
    assert.ok(text(await status.text()).includes(en.t("status.inProgress")));
  });

  test("the status lookup redirects to the private link; a wrong code looks like an unknown reference", async () => {
    const submitted = await submitCase(runtime, {
      serviceSlug: "housing-benefit",
      question: "How long does a decision take?",
      channel: "web",
    });
    const lookup = await app.request(
      "/status",
      form({ reference: ` ${submitted.reference.toLowerCase()} `, code: submitted.secret }),
    );
    assert.equal(lookup.status, 303);
    assert.equal(lookup.headers.get("location"), `/status/${submitted.reference}/${submitted.secret}`);

    const empty = await app.request("/status", form({ reference: "", code: "" }));
    assert.equal(empty.status, 400);
    const emptyHtml = text(await empty.text());
    assert.ok(emptyHtml.includes(en.t("statusLookup.errorReference")));
    assert.ok(emptyHtml.includes(en.t("statusLookup.errorCode")));

    const wrong = await app.request(`/status/${submitted.reference}/not-the-code`);
    const unknown = await app.request("/status/ZZZZZ-ZZZZZ/not-the-code");
    assert.equal(wrong.status, 404);
    assert.equal(unknown.status, 404);
    assert.equal(
      (await wrong.text()).replaceAll(submitted.reference, ""),
      (await unknown.text()).replaceAll("ZZZZZ-ZZZZZ", ""),
      "the two pages are the same",
    );
  });

  test("the private link answers JSON when asked, with the translated disclosure once answered", async () => {
    const reviewer = await makeUser(runtime, agencyId, ["reviewer"]);
    const submitted = await submitCase(runtime, {
      serviceSlug: "housing-benefit",
      question: "How do I claim housing benefit online?",
      channel: "api",
    });
    const path = `/status/${submitted.reference}/${submitted.secret}`;
    const pending = await app.request(path, { headers: { accept: "application/json" } });
    assert.equal(pending.status, 200);
    assert.deepEqual(
      { ...((await pending.json()) as Record<string, unknown>), language: undefined, reference: undefined },
      {
        state: "in-progress",
        answer: null,
        citations: [],
        disclosure: null,
        emergency: false,
        language: undefined,
        reference: undefined,
      },
    );

    const runner = new CaseRunner(runtime, { leaseSeconds: 30, workers: 1, maxAttempts: 3 });
    runner.start();
    try {
      await waitFor(
        async () =>
          (await caseForCitizen(runtime, submitted.reference, submitted.secret)).state === "awaiting_review",
      );
      const { decideCase } = await import("../../src/domains/workflow/index.ts");
      await decideCase(runtime, reviewer, submitted.caseId, { action: "approve" });
      runner.wake();
      await waitFor(
        async () =>
          (await caseForCitizen(runtime, submitted.reference, submitted.secret)).state === "delivered",
      );
    } finally {
      await runner.stop();
    }
    const answered = (await (
      await app.request(path, { headers: { accept: "application/json" } })
    ).json()) as {
      state: string;
      answer: string;
      citations: { title: string }[];
      disclosure: string;
    };
    assert.equal(answered.state, "answered");
    assert.ok(answered.answer.length > 0);
    assert.ok(answered.citations.length > 0);
    assert.equal(answered.disclosure, en.t("disclosure.extractiveReviewed"));

    const html = text(await (await app.request(path)).text());
    assert.ok(html.includes(en.t("disclosure.extractiveReviewed")));
    assert.ok(html.includes(en.t("feedback.ratingLegend")));

    const badRating = await app.request(`${path}/feedback`, form({ kind: "rating", rating: "9" }));
    assert.equal(badRating.status, 400);
    assert.ok(text(await badRating.text()).includes(en.t("feedback.errorRating")));
    const rating = await app.request(`${path}/feedback`, form({ kind: "rating", rating: "4" }));
    assert.equal(rating.status, 200);
    assert.ok(text(await rating.text()).includes(en.t("feedback.thanksRating")));
    const emptyAppeal = await app.request(`${path}/feedback`, form({ kind: "appeal", comment: " " }));
    assert.equal(emptyAppeal.status, 400);
    const appeal = await app.request(
      `${path}/feedback`,
      form({ kind: "appeal", comment: "It does not answer my question." }),
    );
    assert.equal(appeal.status, 200);
    const appealed = text(await appeal.text());
    assert.ok(appealed.includes(en.t("feedback.thanksAppeal")));
    assert.ok(appealed.includes(en.t("status.withAPerson")));
  });

  test("the review desk needs sign-in and the reviewer role", async () => {
    const anonymous = await app.request("/review");
    assert.equal(anonymous.status, 303);
    assert.equal(anonymous.headers.get("location"), "/sign-in?next=%2Freview");

    const caseworker = await makeUser(runtime, agencyId, ["caseworker"]);
    const refused = await app.request("/review", { headers: await signIn(caseworker.email) });
    assert.equal(refused.status, 403);

    const reviewer = await makeUser(runtime, agencyId, ["reviewer"]);
    const headers = await signIn(reviewer.email);
    const queue = await app.request("/review?state=not-a-state&older=abc", { headers: headers });
    assert.equal(queue.status, 200, "unparseable filters are ignored");
    const missing = await app.request("/review/cases/not-a-uuid", { headers: headers });
    assert.equal(missing.status, 404);
    const otherAgency = await app.request("/review/cases/00000000-0000-4000-8000-000000000000", {
      headers: headers,
    });
    assert.equal(otherAgency.status, 404);
  });

  test("an emergency shows the emergency numbers first; a handed-off case can be answered by staff", async () => {
    const submitted = await submitCase(runtime, {
      serviceSlug: "housing-benefit",
      question: "I have nowhere to sleep tonight",
      channel: "web",
    });
    // As the input guard leaves it: handed to a person for an emergency, with no draft.
    await runtime.database.query(
      "UPDATE cases SET state = 'handed_off', handoff_reason = 'emergency' WHERE id = $1",
      [submitted.caseId],
    );
    const path = `/status/${submitted.reference}/${submitted.secret}`;
    const citizen = text(await (await app.request(path)).text());
    assert.ok(citizen.includes(en.t("status.emergencyDanger")));
    assert.ok(citizen.includes(en.t("status.emergencyHomeless")));
    assert.ok(citizen.includes(en.t("status.withAPerson")));
    assert.ok(citizen.indexOf(en.t("status.emergencyTitle")) < citizen.indexOf(en.t("status.withAPerson")));

    const reviewer = await makeUser(runtime, agencyId, ["reviewer"], {
      qualifications: ["genai-review-foundations"],
    });
    const headers = await signIn(reviewer.email);
    const casePath = `/review/cases/${submitted.caseId}`;
    const page = text(await (await app.request(casePath, { headers })).text());
    assert.ok(page.includes(en.t("handoff.emergency")));
    assert.ok(page.includes(en.t("review.writeTitle")));
    const csrf = page.match(/name="_csrf" value="([^"]+)"/)?.[1];
    assert.ok(csrf);
    const post = (values: Record<string, string>) => {
      const request = form({ _csrf: csrf, ...values });
      return app.request(`${casePath}/decision`, { ...request, headers: { ...request.headers, ...headers } });
    };
    const empty = await post({ action: "edit", text: "  " });
    assert.equal(empty.status, 400);
    assert.ok(text(await empty.text()).includes(`<a href="#text">${en.t("review.error.editEmpty")}</a>`));
    const approve = await post({ action: "approve" });
    assert.equal(approve.status, 409, "there is no draft to approve");
    assert.ok(text(await approve.text()).includes(en.t("review.error.noDraft")));
    const written = await post({
      action: "edit",
      text: "Call us on 0800 111 2222 now: we will find you a place tonight.",
    });
    assert.equal(written.status, 303);
    assert.equal(written.headers.get("location"), `${casePath}?done=written`);
    const noCsrf = await app.request(`${casePath}/decision`, {
      ...form({ action: "escalate" }),
      headers: { ...form({}).headers, ...headers },
    });
    assert.equal(noCsrf.status, 403, "staff forms need the session's CSRF token");
  });

  test("a reviewer is offered the original question only where the service's policy allows it", async () => {
    await makeServiceWithPages(runtime, agencyId, "originals-withheld", { mode: "all" });
    const question = "My name is Maria Gonzalez. Can students claim housing benefit?";
    const reviewer = await makeUser(runtime, agencyId, ["reviewer"]);
    const headers = await signIn(reviewer.email);
    const open = async (serviceSlug: string) => {
      const submitted = await submitCase(runtime, { serviceSlug, question, channel: "web" });
      const path = `/review/cases/${submitted.caseId}`;
      const page = text(await (await app.request(path, { headers })).text());
      const csrf = page.match(/name="_csrf" value="([^"]+)"/)?.[1];
      assert.ok(csrf);
      const request = form({ _csrf: csrf });
      const reveal = await app.request(`${path}/original`, {
        ...request,
        headers: { ...request.headers, ...headers },
      });
      return { page, path, reveal };
    };

    const withheld = await open("originals-withheld");
    assert.ok(withheld.page.includes(en.t("review.originalsWithheld")));
    assert.ok(!withheld.page.includes(`action="${withheld.path}/original"`));
    assert.ok(!withheld.page.includes("Maria Gonzalez"));
    assert.equal(withheld.reveal.status, 403);
    assert.ok(!text(await withheld.reveal.text()).includes("Maria Gonzalez"));

    const allowed = await open("housing-benefit");
    assert.ok(!allowed.page.includes(en.t("review.originalsWithheld")));
    assert.ok(allowed.page.includes(`action="${allowed.path}/original"`));
    assert.equal(allowed.reveal.status, 200);
    assert.ok(text(await allowed.reveal.text()).includes(question));
  });

  /** Signs in through the form; returns the headers that carry the session cookie. */
  async function signIn(email: string): Promise<Record<string, string>> {
    const response = await app.request("/sign-in", form({ email, password: TEST_PASSWORD }));
    assert.equal(response.status, 303);
    const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("steward_session="));
    assert.ok(session);
    return { cookie: session.split(";")[0]! };
  }
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail("timed out waiting");
}
