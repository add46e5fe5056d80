// The page shell in a real browser (system Chromium): WCAG 2.2 AA checks with axe on every kind of
// page, keyboard use, languages and directions (Arabic right to left, checked against its catalogue), and
// signing in with and without JavaScript.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser } from "playwright-core";
import type { User } from "../../src/domains/identity/index.ts";
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
const fr = translator("fr");

describe("page shell in a browser", { timeout: 120_000 }, () => {
  let runtime: TestRuntime | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let user: User;
  let baseUrl: string;

  before(async () => {
    runtime = await createTestRuntime();
    const agency = await makeAgency(runtime);
    user = await makeUser(runtime, agency.id, ["reviewer", "auditor"], { email: "reviewer@test.example" });
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

  test("public pages have no WCAG 2.2 A/AA violations", async () => {
    await withPage(async (page) => {
      const pages: [path: string, status: number, title: string][] = [
        ["/", 200, en.t("home.title")],
        ["/sign-in", 200, en.t("signIn.title")],
        ["/api/docs", 200, en.t("api.title")],
        ["/no-such-page", 404, en.t("error.notFoundTitle")],
        ["/sign-in?failed=oidc", 200, en.t("signIn.title")],
        ["/sign-in?signed-out=1", 200, en.t("signIn.title")],
      ];
      for (const [path, status, title] of pages) {
        await open(page, path, status);
        assert.equal(await page.getAttribute("html", "lang"), "en");
        assert.equal(await page.getAttribute("html", "dir"), "ltr");
        assert.equal(await heading(page), title, `main heading of ${path}`);
        assert.equal(await page.locator("main#main").count(), 1, `${path} has one main landmark`);
        await expectNoAxeViolations(page, path);
      }
    });
  });

  test("French pages are in French, and the choice is remembered", async () => {
    await withPage(async (page) => {
      await open(page, "/?lang=fr");
      assert.equal(await page.getAttribute("html", "lang"), "fr");
      assert.equal(await page.getAttribute("html", "dir"), "ltr");
      assert.equal(await heading(page), fr.t("home.title"));
      assert.equal((await page.locator(".skip-link").textContent())?.trim(), fr.t("shell.skipToContent"));
      await expectNoAxeViolations(page, "/?lang=fr");

      await open(page, "/sign-in");
      assert.equal(await page.getAttribute("html", "lang"), "fr", "the language cookie is used");
      assert.equal(await heading(page), fr.t("signIn.title"));
      await expectNoAxeViolations(page, "/sign-in in French");
    });
  });

  test("Arabic pages are laid out right to left, and the choice is remembered", async () => {
    await withPage(async (page) => {
      await open(page, "/?lang=ar");
      assert.equal(await heading(page), arabicText("home.title"));
      await expectArabicPage(page, "/?lang=ar");

      await open(page, "/sign-in");
      assert.equal(await heading(page), arabicText("signIn.title"), "the language cookie is used");
      assert.equal(await page.getByLabel(arabicText("signIn.email")).count(), 1);
      await expectArabicPage(page, "/sign-in in Arabic", arabicText("signIn.lead"));
    });
  });

  test("the first Tab reaches the skip link, which moves focus to the main content", async () => {
    await withPage(async (page) => {
      await open(page, "/");
      await page.keyboard.press("Tab");
      await expectFocused(page, "a.skip-link", "first Tab");
      const box = await page.locator("a.skip-link").boundingBox();
      assert.ok(box && box.y >= 0 && box.height > 0, "the focused skip link is visible on screen");

      await page.keyboard.press("Enter");
      await expectFocused(page, "main#main", "after activating the skip link");
      assert.ok(page.url().endsWith("#main"));

      // The next Tab continues inside the main content, not back in the header.
      await page.keyboard.press("Tab");
      assert.equal(await page.locator("main :focus").count(), 1, "the next Tab stays in main");
    });
  });

  test("staff sign in with the keyboard through the real form, and sign out", async () => {
    await withPage(async (page) => {
      await open(page, "/staff", 200); // redirected to the sign-in page
      assert.match(page.url(), /\/sign-in\?next=%2Fstaff$/);

      await tabTo(page, "input#email");
      await page.keyboard.type(user.email);
      await page.keyboard.press("Tab");
      await expectFocused(page, "input#password", "Tab after the e-mail field");
      await page.keyboard.type(TEST_PASSWORD);
      await Promise.all([page.waitForURL(`${baseUrl}/staff`), page.keyboard.press("Enter")]);

      assert.equal(await heading(page), en.t("staff.title"));
      assert.ok(
        (await page.locator("main").textContent())?.includes(
          en.t("staff.welcome", { name: user.displayName }),
        ),
      );
      await expectNoAxeViolations(page, "/staff");

      // The auditor role may verify the ledger; the result is announced and the page stays accessible.
      await Promise.all([
        page.waitForURL(`${baseUrl}/staff/ledger/verify`),
        page.getByRole("button", { name: en.t("staff.ledgerVerify") }).click(),
      ]);
      assert.equal(await page.locator("main [role=status]").count(), 1);
      await expectNoAxeViolations(page, "/staff/ledger/verify");

      await Promise.all([
        page.waitForURL(`${baseUrl}/sign-in?signed-out=1`),
        page.getByRole("button", { name: en.t("shell.signOut") }).click(),
      ]);
      assert.equal(
        (await page.locator("main [role=status]").textContent())?.trim(),
        en.t("signIn.signedOut"),
      );
      await open(page, "/staff");
      assert.match(page.url(), /\/sign-in\?next=/, "signed out for real");
    });
  });

  test("a failed sign-in explains itself accessibly and keeps the e-mail address", async () => {
    await withPage(async (page) => {
      await open(page, "/sign-in");
      await page.getByLabel(en.t("signIn.email")).fill(user.email);
      await page.getByLabel(en.t("signIn.password")).fill("not the password");
      const [response] = await Promise.all([
        page.waitForResponse((candidate) => candidate.request().method() === "POST"),
        page.getByRole("button", { name: en.t("signIn.submit") }).click(),
      ]);
      assert.equal(response.status(), 401);
      await page.waitForLoadState();
      const alert = page.locator("main [role=alert]");
      assert.equal((await alert.textContent())?.trim(), en.t("signIn.failed"));
      assert.equal(await page.getByLabel(en.t("signIn.email")).inputValue(), user.email);
      assert.equal(await page.getByLabel(en.t("signIn.password")).inputValue(), "", "no password echoed");
      await expectNoAxeViolations(page, "sign-in failure");
    });
  });

  test("everything works without JavaScript", async () => {
    await withPage(
      async (page) => {
        await open(page, "/");
        await Promise.all([
          page.waitForURL(`${baseUrl}/sign-in`),
          page
            .locator("main")
            .getByRole("link", { name: en.t("shell.signIn") })
            .click(),
        ]);
        await page.getByLabel(en.t("signIn.email")).fill(user.email);
        await page.getByLabel(en.t("signIn.password")).fill(TEST_PASSWORD);
        await Promise.all([
          page.waitForURL(`${baseUrl}/staff`),
          page.getByRole("button", { name: en.t("signIn.submit") }).click(),
        ]);
        assert.equal(await heading(page), en.t("staff.title"));
      },
      { javaScriptEnabled: false },
    );
  });
});
