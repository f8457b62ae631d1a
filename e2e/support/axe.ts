import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

/** Fails on serious or critical accessibility violations (WCAG 2.1 A/AA rules). */
export async function expectNoSeriousA11yViolations(page: Page) {
  // After a client-side navigation Next streams the new <title> in a moment later; check
  // the settled page (a page that never gets a title still fails here).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

/**
 * axe needs scripts, so for a page served to a browser without JavaScript: take the markup
 * that page received, drop its scripts, and check it in a scriptable page on the same origin.
 */
export async function expectNoSeriousA11yViolationsWithoutScripts(
  noScriptPage: Page,
  browser: Browser,
) {
  const html = (await noScriptPage.content()).replace(/<script[\s\S]*?<\/script>/gi, "");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL("/api/health", noScriptPage.url()).toString());
  await page.setContent(html, { waitUntil: "load" });
  await expectNoSeriousA11yViolations(page);
  await context.close();
}
