import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";

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
