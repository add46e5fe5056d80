// The case flow in a real browser (system Chromium): a citizen asks without JavaScript, a reviewer signs
// in with the keyboard and approves, the citizen reads the answer with its disclosure and sources; four-eyes
// review needs a second, different reviewer. axe checks WCAG 2.2 A/AA on every page of the flow, and on the
// review queue and a case's page in Arabic (right to left).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import type { User } from "../../src/domains/identity/index.ts";
import { ingestSource } from "../../src/domains/knowledge/index.ts";
import { createService, publishWorkflowVersion, submitCase } from "../../src/domains/workflow/index.ts";
import { translator } from "../../src/i18n/index.ts";
import { seedHousingBenefitService } from "../../src/operations/seed-demo.ts";
import { type RunningServer, startServer } from "../../src/web/server.ts";
import { arabicText, expectArabicPage, expectNoAxeViolations, launchBrowser } from "../support/browser.ts";
import { makeAgency, makeUser, TEST_PASSWORD } from "../support/factories.ts";
import { createTestRuntime, type TestRuntime } from "../support/test-runtime.ts";

const en = translator("en");
const QUESTION = "How do I claim housing benefit online?";
const PAGES = new URL("../../src/sample-service/housing-benefit/pages/", import.meta.url);

describe("case flow in a browser", { timeout: 150_000 }, () => {
  let runtime: TestRuntime | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let reviewer: User;
  let secondReviewer: User;
  let baseUrl: string;
  const noScriptContexts = new WeakMap<BrowserContext, BrowserContext>();
  /** The citizen's case from the first test, answered in the second. */
  let citizenCase: { reference: string; statusPath: string } | undefined;

  before(async () => {
    runtime = await createTestRuntime();
    const agency = await makeAgency(runtime);
    await seedHousingBenefitService(runtime, agency.id);
    const fourEyes = await createService(runtime, {
      agencyId: agency.id,
      slug: "rent-help",
      name: "Rent Help",
      actor: "system",
    });
    await publishWorkflowVersion(
      runtime,
      fourEyes,
      {
        languages: ["en"],
        defaultLanguage: "en",
        review: { mode: "four_eyes" },
        scope: { keywords: ["housing", "benefit", "claim", "online", "rent"] },
      },
      "system",
    );
    for (const file of ["01-what-is-housing-benefit.md", "03-how-to-claim-online.md"]) {
      const outcome = await ingestSource(
        runtime,
        { agencyId: agency.id, serviceId: fourEyes.id, sourceKey: file, actor: "system" },
        readFileSync(new URL(file, PAGES)),
        file,
        {
          owner: "Housing Benefit Team",
          classification: "public",
          legalBasis: "Published public information",
          approvedBy: "officer@test.example",
          reviewDate: null,
          expiresAt: null,
          language: "en",
        },
      );
      assert.notEqual(outcome.status, "failed", `ingesting ${file}`);
    }
    const qualified = { qualifications: ["genai-review-foundations"] };
    reviewer = await makeUser(runtime, agency.id, ["reviewer"], {
      ...qualified,
      email: "first@test.example",
    });
    secondReviewer = await makeUser(runtime, agency.id, ["reviewer"], {
      ...qualified,
      email: "second@test.example",
    });
    server = await startServer(runtime, { port: 0, host: "127.0.0.1" });
    baseUrl = server.url;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await runtime?.close();
  });

  async function withPage(
    run: (page: Page) => Promise<void>,
    options: BrowserContextOptions = {},
  ): Promise<void> {
    assert.ok(browser, "the browser started");
    const context = await browser.newContext({ locale: "en-GB", ...options });
    if (options.javaScriptEnabled === false) noScriptContexts.set(context, context);
    // Fail a step in seconds rather than wait for the suite's timeout.
    context.setDefaultTimeout(8000);
    try {
      await run(await context.newPage());
    } finally {
      await context.close();
    }
  }

  /**
   * axe runs as a script in the page, which a context without JavaScript cannot do: the page as the
   * citizen's browser received it is served again, byte for byte, to a JavaScript-enabled page and
   * checked there (the pages have no scripts, so the document is the same).
   */
  async function expectAccessible(page: Page, label: string): Promise<void> {
    if (!noScriptContexts.has(page.context())) return expectNoAxeViolations(page, label);
    assert.ok(browser);
    const html = await page.content();
    const url = page.url();
    const context = await browser.newContext({ locale: "en-GB" });
    try {
      const checker = await context.newPage();
      await checker.route(url, (route) =>
        route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
      );
      await checker.goto(url);
      await expectNoAxeViolations(checker, `${label} (served without JavaScript)`);
    } finally {
      await context.close();
    }
  }

  async function open(page: Page, path: string, expectedStatus = 200): Promise<void> {
    const response = await page.goto(`${baseUrl}${path}`);
    assert.equal(response?.status(), expectedStatus, `HTTP status of ${path}`);
  }

  async function heading(page: Page): Promise<string> {
    return ((await page.locator("h1").textContent()) ?? "").trim();
  }

  async function mainText(page: Page): Promise<string> {
    return (await page.locator("main").textContent()) ?? "";
  }

  /** Submits a form by clicking its button and returns the HTTP status of the page it leads to. */
  async function submit(page: Page, buttonName: string): Promise<number> {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === "POST"),
      page.getByRole("button", { name: buttonName, exact: true }).click(),
    ]);
    await page.waitForLoadState();
    return response.status();
  }

  async function tabTo(page: Page, selector: string): Promise<void> {
    for (let presses = 0; presses < 40; presses++) {
      if ((await page.locator(`${selector}:focus`).count()) === 1) return;
      await page.keyboard.press("Tab");
    }
    assert.fail(`${selector} is not reachable with the Tab key`);
  }

  /** Opens /review signed out, is sent to sign-in, and signs in with the keyboard only. */
  async function signInToReview(page: Page, user: User): Promise<void> {
    await open(page, "/review");
    assert.match(page.url(), /\/sign-in\?next=%2Freview$/);
    await tabTo(page, "input#email");
    await page.keyboard.type(user.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(TEST_PASSWORD);
    // The sign-in form does not carry `next` through its POST yet, so sign-in lands on the staff area;
    // the review queue is one link away in the main navigation.
    await Promise.all([page.waitForURL(/\/(staff|review)$/), page.keyboard.press("Enter")]);
    if (page.url().endsWith("/staff")) {
      await tabTo(page, `nav a[href="/review"]`);
      await Promise.all([page.waitForURL(`${baseUrl}/review`), page.keyboard.press("Enter")]);
    }
    assert.equal(await heading(page), en.t("review.queueTitle"));
  }

  /** Reloads the queue until the runner has drafted the case and it waits for review (at most ~15 s). */
  async function openCaseFromQueue(page: Page, reference: string): Promise<void> {
    const link = page.getByRole("link", { name: reference, exact: true });
    const deadline = Date.now() + 15_000;
    while ((await link.count()) === 0) {
      assert.ok(Date.now() < deadline, `case ${reference} never reached the review queue`);
      await page.waitForTimeout(300);
      await page.reload();
    }
    await Promise.all([page.waitForURL(/\/review\/cases\/[0-9a-f-]+$/), link.click()]);
    assert.equal(await heading(page), en.t("review.caseTitle", { reference }));
  }

  /** Reloads the citizen's status page until the answer is there (delivery is asynchronous). */
  async function waitForAnswer(page: Page, statusPath: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    await open(page, statusPath);
    while ((await page.locator("[data-status=answered]").count()) === 0) {
      assert.ok(Date.now() < deadline, "the approved answer was never delivered");
      await page.waitForTimeout(250);
      await open(page, statusPath);
    }
  }

  test("a citizen asks without JavaScript, gets a reference and follows the case", async () => {
    await withPage(
      async (page) => {
        await open(page, "/");
        await Promise.all([
          page.waitForURL(`${baseUrl}/services/housing-benefit/ask`),
          page.getByRole("link", { name: en.t("shell.askQuestion") }).click(),
        ]);
        assert.equal(await heading(page), en.t("ask.title", { service: "Housing Benefit" }));
        assert.ok((await mainText(page)).includes(en.t("ask.noticePrivacy")));
        assert.equal(
          await page.getByLabel(en.t("ask.languageLabel")).inputValue(),
          "en",
          "the UI language is pre-selected",
        );
        await expectAccessible(page, "ask page");

        // An empty question: an error summary linked to the field, the field marked invalid.
        const empty = await submit(page, en.t("ask.submit"));
        assert.equal(empty, 400);
        const alert = page.locator("main [role=alert]");
        assert.ok((await alert.textContent())?.includes(en.t("ask.errorEmpty")));
        assert.equal(await alert.locator("a").getAttribute("href"), "#question");
        const field = page.getByLabel(en.t("ask.questionLabel"));
        assert.equal(await field.getAttribute("aria-invalid"), "true");
        assert.match((await field.getAttribute("aria-describedby")) ?? "", /question-error/);
        await expectAccessible(page, "ask page with errors");

        await field.fill(QUESTION);
        const created = await submit(page, en.t("ask.submit"));
        assert.equal(created, 201);
        assert.equal(await heading(page), en.t("confirmation.title"));
        const reference = ((await page.getByTestId("reference").textContent()) ?? "").trim();
        assert.match(reference, /^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
        const secret = ((await page.getByTestId("secret").textContent()) ?? "").trim();
        const statusPath = `/status/${reference}/${secret}`;
        assert.equal(await page.getByTestId("status-link").getAttribute("href"), `${baseUrl}${statusPath}`);
        assert.ok((await mainText(page)).includes(en.t("confirmation.keepPrivate")));
        await expectAccessible(page, "confirmation page");
        citizenCase = { reference, statusPath };

        // The private link: in progress or with a member of staff, depending on how far the runner got.
        await Promise.all([
          page.waitForURL(`${baseUrl}${statusPath}`),
          page.getByTestId("status-link").click(),
        ]);
        const status = await page.locator(".status-message").textContent();
        assert.ok(
          [en.t("status.inProgress"), en.t("status.withAPerson")].includes((status ?? "").trim()),
          `status message: ${status}`,
        );
        await expectAccessible(page, "status page in progress");

        // The lookup form: errors first, then reference (any case, spaces) and code lead to the same page.
        await open(page, "/status");
        await expectAccessible(page, "status lookup");
        assert.equal(await submit(page, en.t("statusLookup.submit")), 400);
        assert.equal(await page.locator("main [role=alert] li").count(), 2);
        await expectAccessible(page, "status lookup with errors");
        await page.getByLabel(en.t("statusLookup.referenceLabel")).fill(` ${reference.toLowerCase()} `);
        await page.getByLabel(en.t("statusLookup.codeLabel")).fill(secret);
        await Promise.all([
          page.waitForURL(`${baseUrl}${statusPath}`),
          page.getByRole("button", { name: en.t("statusLookup.submit") }).click(),
        ]);
        assert.equal(await page.getByTestId("status-reference").textContent(), reference);

        // Error pages: a wrong code (same page as an unknown reference), an unknown service.
        await open(page, `/status/${reference}/wrong-code`, 404);
        assert.equal(await heading(page), en.t("status.notFoundTitle"));
        await expectAccessible(page, "status not found");
        await open(page, "/services/no-such-service/ask", 404);
        assert.equal(await heading(page), en.t("error.notFoundTitle"));
        await expectAccessible(page, "unknown service");
      },
      { javaScriptEnabled: false },
    );
  });

  test("a reviewer signs in with the keyboard, claims and approves; the citizen sees the answer", async () => {
    assert.ok(citizenCase, "the first test created the case");
    const { reference, statusPath } = citizenCase;
    await withPage(async (page) => {
      await signInToReview(page, reviewer);
      await openCaseFromQueue(page, reference);
      await page.goto(`${baseUrl}/review`);
      await expectAccessible(page, "review queue");
      await openCaseFromQueue(page, reference);
      assert.ok((await page.locator("ol.draft li").count()) > 0, "the draft is shown sentence by sentence");
      const citation = page.locator("ol.draft a.citation").first();
      const target = (await citation.getAttribute("href")) ?? "";
      assert.match(target, /^#passage-P\d+$/);
      assert.equal(await page.locator(target).count(), 1, "each citation links to its passage");
      await expectAccessible(page, "review case page with draft");

      // The queue and the case in Arabic, right to left; the English question, draft and passages stay
      // marked as English. Then back to English for the rest of the flow.
      const casePath = new URL(page.url()).pathname;
      await open(page, "/review?lang=ar");
      assert.equal(await heading(page), arabicText("review.queueTitle"));
      assert.equal(await page.getByRole("link", { name: reference, exact: true }).count(), 1);
      await expectArabicPage(page, "review queue in Arabic", arabicText("review.queueLead"));
      await open(page, casePath);
      assert.equal(await heading(page), arabicText("review.caseTitle", { reference }));
      assert.equal(await page.locator("ol.draft").getAttribute("lang"), "en");
      await expectArabicPage(
        page,
        "review case page in Arabic",
        arabicText("review.draftTitle"),
        arabicText("review.passagesTitle"),
      );
      await open(page, `${casePath}?lang=en`);

      await Promise.all([
        page.waitForURL(/\/original$/),
        page.getByRole("button", { name: en.t("review.showOriginal") }).click(),
      ]);
      assert.ok((await page.getByTestId("original-question").textContent())?.includes(QUESTION));
      await expectAccessible(page, "review case page with the original question");

      await Promise.all([
        page.waitForURL(/\?done=claimed$/),
        page.getByRole("button", { name: en.t("review.claimButton") }).click(),
      ]);
      assert.ok(
        (await page.getByTestId("claim-status").textContent())?.startsWith("You are working on this case"),
      );
      await Promise.all([
        page.waitForURL(/\?done=approved$/),
        page.getByRole("button", { name: en.t("review.approveButton") }).click(),
      ]);
      assert.equal(
        (await page.locator("main [role=status]").textContent())?.trim(),
        en.t("review.done.approved"),
      );
      await expectAccessible(page, "review case page after approval");
    });

    await withPage(
      async (page) => {
        await waitForAnswer(page, statusPath);
        assert.equal(await heading(page), en.t("status.answeredTitle"));
        assert.ok(((await page.locator(".answer").textContent()) ?? "").trim().length > 0);
        assert.equal(
          await page.getByTestId("disclosure").textContent(),
          en.t("disclosure.extractiveReviewed"),
        );
        assert.ok((await page.locator("ol.sources > li").count()) >= 1, "at least one source is cited");
        assert.equal(await page.locator("fieldset legend").textContent(), en.t("feedback.ratingLegend"));
        await expectAccessible(page, "status page answered");

        assert.equal(await submit(page, en.t("feedback.ratingSubmit")), 400, "no rating chosen");
        await expectAccessible(page, "rating error");
        await page.getByLabel(en.t("feedback.rating4")).check();
        assert.equal(await submit(page, en.t("feedback.ratingSubmit")), 200);
        assert.equal(
          (await page.locator("main [role=status]").textContent())?.trim(),
          en.t("feedback.thanksRating"),
        );
        await expectAccessible(page, "feedback confirmation");
      },
      { javaScriptEnabled: false },
    );
  });

  test("four-eyes review needs a second, different reviewer", async () => {
    assert.ok(runtime);
    const submitted = await submitCase(runtime, {
      serviceSlug: "rent-help",
      question: QUESTION,
      channel: "web",
    });
    await withPage(async (page) => {
      await signInToReview(page, reviewer);
      await openCaseFromQueue(page, submitted.reference);
      await Promise.all([
        page.waitForURL(/\?done=first-approval$/),
        page.getByRole("button", { name: en.t("review.approveButton") }).click(),
      ]);
      assert.equal(
        (await page.locator("main [role=status]").textContent())?.trim(),
        en.t("review.done.firstApproval"),
      );
      assert.equal(
        await page.getByTestId("case-state").textContent(),
        en.t("caseState.awaiting_second_review"),
      );
      assert.equal(
        await page.getByTestId("second-reviewer").textContent(),
        en.t("review.secondReviewerNeeded", { name: reviewer.displayName }),
      );

      const refused = await submit(page, en.t("review.approveSecondButton"));
      assert.equal(refused, 409);
      assert.ok(
        (await page.locator("main [role=alert]").textContent())?.includes(
          en.t("review.error.secondReviewer"),
        ),
      );
      await expectAccessible(page, "four-eyes refusal");
    });
    await withPage(async (page) => {
      await signInToReview(page, secondReviewer);
      await openCaseFromQueue(page, submitted.reference);
      await Promise.all([
        page.waitForURL(/\?done=approved$/),
        page.getByRole("button", { name: en.t("review.approveSecondButton") }).click(),
      ]);
    });
    await withPage(
      async (page) => {
        await waitForAnswer(page, `/status/${submitted.reference}/${submitted.secret}`);
        assert.equal(
          await page.getByTestId("disclosure").textContent(),
          en.t("disclosure.extractiveReviewedTwice"),
        );
        assert.match(en.t("disclosure.extractiveReviewedTwice"), /checked by two members of staff/);
      },
      { javaScriptEnabled: false },
    );
  });
});
