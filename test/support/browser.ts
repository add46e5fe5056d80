import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { IntlMessageFormat } from "intl-messageformat";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { isolateStrings, textDirection } from "../../src/i18n/index.ts";

/** The system Chromium the browser suites drive (never downloaded). */
export const CHROMIUM_PATH = process.env.STEWARD_CHROMIUM ?? "/usr/bin/chromium";

/** The WCAG levels Steward's pages must meet: 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Starts headless Chromium with everything that talks to the network on its own switched off.
 * Create pages with `browser.newContext()` then `context.newPage()`: axe cannot analyse pages made
 * with `browser.newPage()`. Close the browser in an `after` hook or a `finally`.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not at ${CHROMIUM_PATH}; install it or set STEWARD_CHROMIUM`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Runs axe on the page as it is now and fails with every WCAG A/AA violation and the nodes concerned. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const report = results.violations.map((violation) => {
    const nodes = violation.nodes
      .map((node) => `    - ${node.target.join(" ")}: ${node.failureSummary?.replaceAll("\n", " ") ?? ""}`)
      .join("\n");
    return `  ${violation.id} (${violation.impact ?? "?"}): ${violation.help}\n${nodes}`;
  });
  assert.equal(
    results.violations.length,
    0,
    `axe found ${results.violations.length} violation(s) on ${label} (${page.url()}):\n${report.join("\n")}`,
  );
}

/** The Arabic catalogue as shipped, read from the file itself (no fallback to English as the app has). */
const ARABIC = JSON.parse(
  readFileSync(new URL("../../src/i18n/messages/ar.json", import.meta.url), "utf8"),
) as Record<string, string>;

/**
 * A message of src/i18n/messages/ar.json as a page shows it. Fails when the Arabic catalogue lacks the key
 * or leaves it in another script, so a page that falls back to English cannot pass for Arabic.
 */
export function arabicText(key: string, values?: Record<string, string | number>): string {
  const message = ARABIC[key];
  assert.ok(message !== undefined, `ar.json has no message ${key}`);
  assert.match(message, /\p{Script=Arabic}/u, `ar.json's ${key} is not in Arabic: ${message}`);
  return String(new IntlMessageFormat(message, "ar").format(values && isolateStrings(values)));
}

/**
 * Checks a page rendered in Arabic: `<html lang="ar" dir="rtl">`, the main content laid out right to left,
 * each of `texts` (from `arabicText`) in the main content, every element in another language laid out in
 * that language's direction (English in an Arabic page is isolated left to right), and no axe violation.
 */
export async function expectArabicPage(page: Page, label: string, ...texts: string[]): Promise<void> {
  assert.equal(await page.getAttribute("html", "lang"), "ar", `${label}: <html lang>`);
  assert.equal(await page.getAttribute("html", "dir"), "rtl", `${label}: <html dir>`);
  // Inline callbacks only: they run in the page, where tsx's helpers for named functions do not exist.
  const direction = await page
    .locator("main")
    .evaluate((main) => main.ownerDocument.defaultView?.getComputedStyle(main).direction);
  const text = (await page.locator("main").textContent()) ?? "";
  const languages = await page.locator("body [lang]").evaluateAll((elements) =>
    elements.map((element) => ({
      lang: element.getAttribute("lang") ?? "",
      direction: element.ownerDocument.defaultView?.getComputedStyle(element).direction,
      html: element.outerHTML.slice(0, element.outerHTML.indexOf(">") + 1),
    })),
  );
  assert.equal(direction, "rtl", `${label}: <main> is laid out right to left`);
  const shown = text.replace(/\s+/g, " ");
  for (const expected of texts) {
    assert.ok(shown.includes(expected.replace(/\s+/g, " ")), `${label} shows "${expected}"`);
  }
  const misdirected = languages
    .filter((element) => element.direction !== textDirection(element.lang))
    .map((element) => `${element.html} (${element.direction})`);
  assert.deepEqual(misdirected, [], `${label}: elements laid out against their language's direction`);
  await expectNoAxeViolations(page, label);
}

/** A short description of the element that has the keyboard focus (its opening tag), for messages. */
export async function describeFocus(page: Page): Promise<string> {
  const focused = page.locator(":focus");
  if ((await focused.count()) === 0) return "nothing (the document body)";
  const html = await focused.first().evaluate((element) => element.outerHTML);
  return html.slice(0, html.indexOf(">") + 1);
}

/** Fails unless the element matching `selector` has the keyboard focus. */
export async function expectFocused(page: Page, selector: string, label: string): Promise<void> {
  const count = await page.locator(`${selector}:focus`).count();
  assert.equal(
    count,
    1,
    `${label}: expected ${selector} to have focus, but it is on ${await describeFocus(page)}`,
  );
}

/**
 * Page helpers shared by the browser suites: a fresh context per test (own cookies, short step timeout),
 * navigation that checks the HTTP status, the page's heading, and keyboard-only focus moves.
 */
export function browserSession(browser: () => Browser | undefined, baseUrl: () => string) {
  return {
    async withPage(run: (page: Page) => Promise<void>, options: BrowserContextOptions = {}): Promise<void> {
      const current = browser();
      assert.ok(current, "the browser started");
      const context = await current.newContext({ locale: "en-GB", ...options });
      context.setDefaultTimeout(8000);
      try {
        await run(await context.newPage());
      } finally {
        await context.close();
      }
    },
    async open(page: Page, path: string, expectedStatus = 200): Promise<void> {
      const response = await page.goto(`${baseUrl()}${path}`);
      assert.equal(response?.status(), expectedStatus, `HTTP status of ${path}`);
    },
    async heading(page: Page): Promise<string> {
      return ((await page.locator("h1").textContent()) ?? "").trim();
    },
    /** Tabs from the current focus until `selector` has focus; fails if it is never reached. */
    async tabTo(page: Page, selector: string, maxPresses = 80): Promise<void> {
      for (let presses = 0; presses < maxPresses; presses++) {
        if ((await page.locator(`${selector}:focus`).count()) === 1) return;
        await page.keyboard.press("Tab");
      }
      assert.fail(`${selector} is not reachable with the Tab key`);
    },
  };
}
