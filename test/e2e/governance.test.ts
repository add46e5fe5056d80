// The governance pages in a real browser (system Chromium): a governance officer walks the first pages of
// the AIA form with the keyboard and without JavaScript, saves, and resumes later with the answers kept;
// another screens a system against the EU AI Act through the form without JavaScript and reads its result;
// axe checks WCAG 2.2 A/AA on the inventory, a system, the form (also with errors), the review, the AIA and
// EU screening results and the control set, and (in Arabic, right to left) on the inventory, a system, the
// AIA and EU results and the control set.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import {
  questionnaireFor,
  saveAssessmentDraft,
  startAssessment,
  submitStoredAssessment,
} from "../../src/domains/assessment/index.ts";
import { signOffAndApply } from "../../src/domains/controls/index.ts";
import type { User } from "../../src/domains/identity/index.ts";
import { type AiSystem, registerAiSystem } from "../../src/domains/inventory/index.ts";
import { translator } from "../../src/i18n/index.ts";
import { type RunningServer, startServer } from "../../src/web/server.ts";
import {
  arabicText,
  browserSession,
  expectArabicPage,
  expectFocused,
  expectNoAxeViolations,
  launchBrowser,
} from "../support/browser.ts";
import { makeAgency, makeUser, TEST_PASSWORD } from "../support/factories.ts";
import { createTestRuntime, type TestRuntime } from "../support/test-runtime.ts";

const en = translator("en");
const FIXTURES = new URL("../../src/domains/assessment/fixtures/aia-reference/", import.meta.url);

describe("governance pages in a browser", { timeout: 150_000 }, () => {
  let runtime: TestRuntime | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let officer: User;
  let system: AiSystem;
  let assessedSystem: AiSystem;
  let screenedSystem: AiSystem;
  let signedOffId: string;
  let baseUrl: string;

  before(async () => {
    runtime = await createTestRuntime();
    const agency = await makeAgency(runtime);
    officer = await makeUser(runtime, agency.id, ["governance_officer"], { email: "officer@test.example" });
    system = await registerAiSystem(runtime, agency.id, `user:${officer.id}`, {
      name: "Enquiry assistant",
      purpose: "Drafts answers to residents' questions for staff to check",
      accountableOfficial: "Director of Services",
      affectedPeople: "Residents who ask questions",
      models: ["local-model"],
    });
    assessedSystem = await registerAiSystem(runtime, agency.id, `user:${officer.id}`, {
      name: "Assessed assistant",
      purpose: "Summarises case files for caseworkers",
      accountableOfficial: "Head of Casework",
      affectedPeople: "Applicants",
    });
    screenedSystem = await registerAiSystem(runtime, agency.id, `user:${officer.id}`, {
      name: "Benefit eligibility assistant",
      purpose: "Suggests whether applicants are eligible for housing benefit",
      accountableOfficial: "Head of Benefits",
      affectedPeople: "Applicants for housing benefit",
    });
    let assessment = await startAssessment(runtime, agency.id, assessedSystem.id, "aia", officer.id);
    assessment = await saveAssessmentDraft(
      runtime,
      assessment,
      JSON.parse(readFileSync(new URL("answers-000.json", FIXTURES), "utf8")) as Record<string, unknown>,
      0,
      true,
    );
    await submitStoredAssessment(runtime, agency.id, assessment, officer.id);
    await signOffAndApply(runtime, officer, assessment.id);
    signedOffId = assessment.id;
    server = await startServer(runtime, { port: 0, host: "127.0.0.1" });
    baseUrl = server.url;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await runtime?.close();
  });

  const { withPage, open, heading, tabTo } = browserSession(
    () => browser,
    () => baseUrl,
  );

  /** Signs in with the keyboard only; lands on the staff area. */
  async function signIn(page: Page): Promise<void> {
    await open(page, "/sign-in");
    await tabTo(page, "input#email");
    await page.keyboard.type(officer.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(TEST_PASSWORD);
    await Promise.all([page.waitForURL(/\/staff$/), page.keyboard.press("Enter")]);
  }

  /** Presses Enter on the focused button and waits for the page it leads to. */
  async function pressAndWait(page: Page, url: RegExp): Promise<void> {
    await Promise.all([page.waitForURL(url), page.keyboard.press("Enter")]);
    await page.waitForLoadState();
  }

  test("an officer walks the first AIA pages with the keyboard, without JavaScript, and resumes later", async () => {
    await withPage(
      async (page) => {
        await signIn(page);
        await open(page, `/governance/systems/${system.id}`);
        assert.equal(await heading(page), "Enquiry assistant");
        await tabTo(page, `button:text-is("${en.t("gov.system.startAia")}")`);
        await pressAndWait(page, /\/governance\/assessments\/[0-9a-f-]+\?page=1$/);
        const formUrl = page.url();
        assert.equal(await heading(page), "Project Details");
        assert.ok(
          (await page.locator(".progress").textContent())?.includes(
            en.t("gov.form.progress", { number: 1, total: 9 }),
          ),
        );

        // Page 1: the project's title, then the phase (a radio group: Tab into it, arrow to "Design").
        await tabTo(page, "#q-projectDetailsTitle");
        await page.keyboard.type("Benefit enquiries");
        await tabTo(page, "#q-projectDetailsPhase");
        await page.keyboard.press("Space");
        assert.equal(await page.locator("#q-projectDetailsPhase").isChecked(), true);
        await tabTo(page, `button[value="continue"]`);
        await pressAndWait(page, /\?page=2$/);
        assert.equal(await heading(page), "Reasons for Automation");
        assert.ok(
          (await page.locator(".progress").textContent())?.includes(
            en.t("gov.form.progress", { number: 2, total: 13 }),
          ),
          "choosing the design phase adds its pages",
        );

        // Page 2: tick the first two boxes of the first checkbox group, then save and finish later.
        const group = page
          .locator("fieldset")
          .filter({ has: page.locator('input[type="checkbox"]') })
          .first();
        const boxes = group.locator('input[type="checkbox"]');
        const firstBox = (await boxes.nth(0).getAttribute("id")) ?? "";
        const secondBox = (await boxes.nth(1).getAttribute("id")) ?? "";
        await tabTo(page, `[id="${firstBox}"]`);
        await page.keyboard.press("Space");
        await page.keyboard.press("Tab");
        await expectFocused(page, `[id="${secondBox}"]`, "the next box");
        await page.keyboard.press("Space");
        await tabTo(page, `button[value="later"]`);
        await pressAndWait(page, new RegExp(`/governance/systems/${system.id}\\?notice=saved$`));
        assert.ok(
          (await page.locator("[role=status]").textContent())?.includes(en.t("gov.system.notice.saved")),
        );

        // Later: the assessment link resumes on page 2 with the boxes still ticked.
        await page.getByRole("link", { name: en.t("gov.questionnaire.aia", { version: "1.0.1" }) }).click();
        await page.waitForURL(/\?page=2$/);
        assert.equal(await page.locator(`[id="${firstBox}"]`).isChecked(), true);
        assert.equal(await page.locator(`[id="${secondBox}"]`).isChecked(), true);
        await page.reload();
        assert.equal(await page.locator(`[id="${secondBox}"]`).isChecked(), true);

        // Back to page 1 with the keyboard: its answers are there too.
        await tabTo(page, `button[value="back"]`);
        await pressAndWait(page, /\?page=1$/);
        assert.equal(await page.locator("#q-projectDetailsTitle").inputValue(), "Benefit enquiries");
        assert.equal(await page.locator("#q-projectDetailsPhase").isChecked(), true);
        assert.ok(formUrl.endsWith("?page=1"));
      },
      { javaScriptEnabled: false },
    );
  });

  /** Ticks the choices of a question the way an officer does: by the question's legend and the choices' labels. */
  async function answer(page: Page, questionId: string, ...values: string[]): Promise<void> {
    const question = questionnaireFor("eu-ai-act").questionById.get(questionId);
    assert.ok(question, `the screening asks ${questionId}`);
    const group = page.getByRole("group", { name: question.title.en, exact: true });
    for (const value of values) {
      const choice = question.choices.find((candidate) => candidate.value === value);
      assert.ok(choice, `${questionId} offers ${value}`);
      await group.getByLabel(choice.text.en, { exact: true }).check();
    }
  }

  /** Clicks the button named `name` and waits for the page it leads to. */
  async function clickAndWait(page: Page, name: string, url: RegExp): Promise<void> {
    await Promise.all([page.waitForURL(url), page.getByRole("button", { name }).click()]);
  }

  test("an officer screens a system against the EU AI Act without JavaScript; its result passes axe", async () => {
    let resultPath = "";
    await withPage(
      async (page) => {
        await signIn(page);
        await open(page, `/governance/systems/${screenedSystem.id}`);
        await clickAndWait(
          page,
          en.t("gov.system.startEu"),
          /\/governance\/assessments\/[0-9a-f-]+\?page=1$/,
        );
        const saveAndContinue = en.t("gov.form.saveAndContinue");

        await answer(page, "prohibitedPractices", "none");
        await clickAndWait(page, saveAndContinue, /\?page=2$/);
        // Eligibility for public assistance is an Annex III area, and the task is not merely preparatory.
        await answer(page, "annexIProduct", "no");
        await answer(page, "annexIIIAreas", "essential-services");
        await answer(page, "narrowTaskOnly", "no");
        await clickAndWait(page, saveAndContinue, /\?page=3$/);
        await answer(page, "interactsWithPeople", "yes");
        await answer(page, "generatesContent", "no");
        await answer(page, "emotionOrBiometricCategorisation", "no");
        await clickAndWait(page, saveAndContinue, /\?page=4$/);
        await answer(page, "publicBody", "yes");
        await answer(page, "usedOnWorkers", "no");
        await answer(page, "decidesAboutPeople", "yes");
        await clickAndWait(page, en.t("gov.form.saveAndReview"), /\/review$/);
        await clickAndWait(page, en.t("gov.review.submit"), /\/result$/);

        assert.equal(await heading(page), en.t("gov.result.title"));
        assert.equal(
          (await page.locator(".level-panel .level").textContent())?.trim(),
          en.t("gov.eu.category.high-risk"),
        );
        const reasons = await page
          .locator(`h2:text-is("${en.t("gov.eu.reasonsTitle")}") + ul > li`)
          .allTextContents();
        assert.deepEqual(reasons, [
          "Annex III: essential-services",
          "Art. 50 transparency duties: eu.art50.ai_interaction",
        ]);
        // The deployer's duties of a high-risk public body deciding about people, plus Art. 50(1); neither
        // Art. 5 (no prohibited practice) nor Art. 26(7) (not used on workers).
        const articles = await page
          .locator(`h2:text-is("${en.t("gov.eu.obligationsTitle")}") + table tbody td:nth-child(2)`)
          .allTextContents();
        assert.deepEqual(articles, [
          "Art. 4",
          "Art. 26(1)",
          "Art. 26(2), Art. 14",
          "Art. 26(4)",
          "Art. 26(5)",
          "Art. 26(5), Art. 73",
          "Art. 26(6)",
          "Art. 26(11)",
          "Art. 26(8), Art. 49",
          "Art. 27",
          "Art. 86",
          "Art. 50(1)",
        ]);
        assert.ok(
          (await page.locator("#sign-off-heading + p").textContent())?.includes(en.t("gov.signOff.needsTwo")),
          "a high-risk system needs two officers' sign-off",
        );
        resultPath = new URL(page.url()).pathname;
      },
      { javaScriptEnabled: false },
    );
    // axe runs as a script in the page, so it checks the same result with JavaScript on.
    await withPage(async (page) => {
      await signIn(page);
      await open(page, resultPath);
      await expectNoAxeViolations(page, "the EU AI Act screening result");
      await open(page, `${resultPath}?lang=fr`);
      assert.equal(
        (await page.locator(".level-panel .level").textContent())?.trim(),
        translator("fr").t("gov.eu.category.high-risk"),
      );
      await expectNoAxeViolations(page, "the EU AI Act screening result in French");
      await open(page, `${resultPath}?lang=ar`);
      await expectArabicPage(
        page,
        "the EU AI Act screening result in Arabic",
        arabicText("gov.eu.category.high-risk"),
        arabicText("gov.eu.obligationsTitle"),
      );
    });
  });

  test("axe finds no WCAG 2.2 A/AA violation on the governance pages", async () => {
    await withPage(async (page) => {
      await signIn(page);
      await open(page, "/governance/systems");
      await expectNoAxeViolations(page, "the AI systems list");

      await page.getByRole("button", { name: en.t("gov.register.submit") }).click();
      await page.waitForLoadState();
      assert.ok(await page.locator(".error-summary").isVisible());
      await expectNoAxeViolations(page, "the register form with errors");

      await open(page, `/governance/systems/${assessedSystem.id}`);
      await expectNoAxeViolations(page, "a system's page");

      await open(page, `/governance/systems/${system.id}`);
      await page.getByRole("button", { name: en.t("gov.system.startAia") }).click();
      await page.waitForURL(/\?page=1$/);
      await expectNoAxeViolations(page, "the first page of the AIA form");
      await page.locator("#q-projectDetailsPhase").check();
      await page.getByRole("button", { name: en.t("gov.form.saveAndContinue") }).click();
      await page.waitForURL(/\?page=2$/);
      const formUrl = page.url().replace(/\?page=2$/, "");
      await open(page, `${formUrl.slice(baseUrl.length)}?page=3`);
      await expectNoAxeViolations(page, "the risk profile page");

      // A value the form never offers (as a tampered request would send) gives the error summary.
      await page.locator("#q-riskProfile1").evaluate((input) => {
        const radio = input as unknown as { value: string; checked: boolean };
        radio.value = "item9-9";
        radio.checked = true;
      });
      const [response] = await Promise.all([
        page.waitForResponse((candidate) => candidate.request().method() === "POST"),
        page.getByRole("button", { name: en.t("gov.form.saveAndContinue") }).click(),
      ]);
      await page.waitForLoadState();
      assert.equal(response.status(), 400);
      assert.ok(await page.locator(".error-summary a[href='#q-riskProfile1']").isVisible());
      await expectNoAxeViolations(page, "a form page with errors");

      await open(page, `${formUrl.slice(baseUrl.length)}/review`);
      await expectNoAxeViolations(page, "the review page");

      await open(page, `/governance/assessments/${signedOffId}/result`);
      assert.ok((await page.locator("main").textContent())?.includes(en.t("gov.level", { level: "I" })));
      await expectNoAxeViolations(page, "the result page");

      await open(page, `/governance/systems/${assessedSystem.id}/controls`);
      await expectNoAxeViolations(page, "the control set page");
      const form = page.locator("form[action*='/obligations/']").first();
      assert.ok((await form.count()) > 0, "level I has open obligations with evidence forms");
      await form.locator("button[type=submit]").click();
      await page.waitForLoadState();
      assert.ok(await page.locator(".error-summary").isVisible());
      await expectNoAxeViolations(page, "the control set page with an evidence error");

      await open(page, "/governance/systems?lang=fr");
      await expectNoAxeViolations(page, "the AI systems list in French");

      // In Arabic, right to left (the language cookie carries the choice from page to page).
      const levelI = arabicText("gov.level", { level: "I" });
      await open(page, "/governance/systems?lang=ar");
      assert.equal(await heading(page), arabicText("gov.systems.title"));
      await expectArabicPage(page, "the AI systems list in Arabic", arabicText("gov.register.title"), levelI);
      await open(page, `/governance/systems/${assessedSystem.id}`);
      await expectArabicPage(
        page,
        "a system's page in Arabic",
        arabicText("gov.system.assessmentsTitle"),
        arabicText("gov.status.signed-off"),
      );
      await open(page, `/governance/assessments/${signedOffId}/result`);
      assert.equal(await heading(page), arabicText("gov.result.title"));
      await expectArabicPage(page, "the result page in Arabic", levelI, arabicText("gov.signOff.inEffect"));
      await open(page, `/governance/systems/${assessedSystem.id}/controls`);
      assert.equal(await heading(page), arabicText("gov.controls.title"));
      await expectArabicPage(
        page,
        "the control set page in Arabic",
        arabicText("gov.controls.settingsTitle"),
        arabicText("gov.controls.obligationsTitle"),
      );
    });
  });
});
