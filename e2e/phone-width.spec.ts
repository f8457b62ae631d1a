import { expect, test, type Page } from "@playwright/test";
import {
  DEMO_CLOSED_SLUG,
  DEMO_FACILITATOR_EMAIL,
  DEMO_STUDY_SLUG,
  demoPanel,
} from "../demo/demo-content.ts";
import { DEMO_PUBLISHED_SLUG } from "../demo/published-slug.ts";
import { expertLinkFor } from "./support/expert-links.ts";
import { e2eServers, isEmbedded } from "./support/servers.ts";
import { signInAs } from "./support/session.ts";

// Every page of the demo studies, as facilitators, experts and the public reach them by
// following links, fits a phone: at 320 px (WCAG's reflow width) and 360 px nothing makes
// the page itself scroll sideways (wide tables scroll inside their own box), and no page
// logs an error in the browser's console.
const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

const WIDTHS = [320, 360];
/** Enough for every page of the three demo studies, and a stop if links ever multiply. */
const MAX_PAGES = 250;
/** Not pages: files, the API, the local mailbox, leaving. */
const NOT_PAGES = [/^\/api\//, /^\/dev\//, /^\/signin/, /\/(export|download)s?(\/|$|\?)/, /\.\w+$/];

type Visit = { problems: string[]; links: string[] };

async function visit(page: Page, path: string): Promise<Visit> {
  const problems: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  };
  const onError = (error: Error) => problems.push(`page error: ${error.message}`);
  page.on("console", onConsole);
  page.on("pageerror", onError);
  try {
    await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
    const response = await page.goto(path);
    if (!response || !(response.headers()["content-type"] ?? "").startsWith("text/html"))
      return { problems, links: [] };
    if (response.status() >= 400) problems.push(`status ${response.status()}`);
    // Hydration runs after the load event; its errors must be heard.
    await page.waitForTimeout(200);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(() => {
        const viewport = window.innerWidth;
        const wide = document.documentElement.scrollWidth;
        if (wide <= viewport) return null;
        // For the report: the outermost elements that reach past the viewport and are not
        // inside a box that scrolls or clips them (their text, or themselves).
        const clipped = (el: Element) => {
          for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
            if (getComputedStyle(up).overflowX !== "visible") return true;
          return false;
        };
        const reaches = (el: Element) =>
          el.getBoundingClientRect().right > viewport + 1 || el.scrollWidth > el.clientWidth + 1;
        const culprits = [...document.body.querySelectorAll("*")]
          .filter((el) => reaches(el) && !clipped(el))
          .filter(
            (el) =>
              !el.parentElement ||
              !reaches(el.parentElement) ||
              el.scrollWidth > el.clientWidth + 1,
          )
          .slice(0, 3)
          .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">`);
        return `${wide} px wide: ${culprits.join(", ")}`;
      });
      if (overflow) problems.push(`at ${width} px, ${overflow}`);
    }
    problems.push(...(await titleProblems(page, path)));
    const links = await page.$$eval("a[href]:not([download])", (anchors) =>
      anchors.map((a) => a.getAttribute("href") ?? ""),
    );
    return { problems, links };
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onError);
  }
}

/**
 * A study workspace page's title names the page, its round if any and the study (the
 * layout's heading), so that a tab or a screen reader's first words say where you are.
 */
async function titleProblems(page: Page, path: string): Promise<string[]> {
  const study = /^\/studies\/(?!new)[^/?]+/.test(path);
  if (!study) return [];
  const title = await page.title();
  const heading = (await page.locator("header h1").first().textContent())?.trim();
  if (!heading) return ["no study heading"];
  const round = /\/rounds\/(\d+)/.exec(path)?.[1];
  const missing = [heading, round ? `Round ${round}` : ""].filter((p) => !title.includes(p));
  return missing.length ? [`title "${title}" does not name ${missing.join(", ")}`] : [];
}

/** Visits every page reachable from `start` within `scope`; returns the problems by page. */
async function crawl(page: Page, start: string[], scope: RegExp) {
  const origin = new URL(smtp.baseURL).origin;
  const queue = [...start];
  const seen = new Set(queue);
  const found: Record<string, string[]> = {};
  while (queue.length && seen.size <= MAX_PAGES) {
    const path = queue.shift()!;
    const { problems, links } = await visit(page, path).catch((error: Error) => ({
      problems: [`could not open: ${error.message.split("\n")[0]}`],
      links: [],
    }));
    if (problems.length) found[path] = problems;
    for (const href of links) {
      const url = new URL(href, origin + path);
      if (url.origin !== origin) continue;
      const next = url.pathname + url.search;
      if (seen.has(next) || !scope.test(url.pathname)) continue;
      if (NOT_PAGES.some((pattern) => pattern.test(url.pathname + url.search))) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  expect(seen.size, "the crawl stopped at its cap").toBeLessThanOrEqual(MAX_PAGES);
  test.info().annotations.push({ type: "pages visited", description: String(seen.size) });
  return { visited: seen.size, found };
}

test.describe("every page on a phone", () => {
  test.describe.configure({ timeout: 600_000 });

  test("the facilitators' pages of the demo studies", async ({ page }) => {
    await signInAs(page, DEMO_FACILITATOR_EMAIL);
    const { visited, found } = await crawl(page, ["/", "/studies"], /^\/(studies(\/|$)|$)/);
    // The three demo studies' workspaces: dozens of pages, not a crawl that went nowhere.
    expect(visited).toBeGreaterThan(40);
    expect(found).toEqual({});
  });

  test("the experts' and the public's pages", async ({ page }) => {
    test.skip(isEmbedded, "expert links are made in the server's PostgreSQL database");
    const name = demoPanel[0]!.name;
    const starts = [`/s/${DEMO_PUBLISHED_SLUG}`];
    for (const slug of [DEMO_STUDY_SLUG, DEMO_CLOSED_SLUG, DEMO_PUBLISHED_SLUG])
      starts.push(`/respond/${await expertLinkFor(smtp, slug, name)}`);
    const { visited, found } = await crawl(page, starts, /^\/(s|respond)\//);
    expect(visited).toBeGreaterThan(10);
    expect(found).toEqual({});
  });
});
