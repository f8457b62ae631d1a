import { expect, test } from "@playwright/test";
import { DEMO_CLOSED_TITLE } from "../demo/demo-content.ts";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";
import { e2eServers } from "./support/servers.ts";

const { smtp, local } = e2eServers();

test.describe("without SMTP: the local mailbox", () => {
  test.use({ baseURL: local.baseURL });

  // Tagged @embedded: the demo as a newcomer first runs it, on the embedded database, so
  // CI's embedded pass runs it too.
  test(
    "the demo facilitator signs in through /dev/mail and sees the demo study",
    { tag: "@embedded" },
    async ({ page }) => {
      await page.goto("/signin");
      // The app's icons: no 404 for the browser's own favicon request on every page.
      await expect(page.locator('head link[rel="icon"]').first()).toBeAttached();
      for (const [path, type] of [
        ["/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)/],
        ["/icon.svg", /^image\/svg\+xml/],
        ["/apple-icon.png", /^image\/png/],
      ] as const) {
        const icon = await page.request.get(path);
        expect(icon.status(), path).toBe(200);
        expect(icon.headers()["content-type"], path).toMatch(type);
      }
      await page.getByLabel("Email address").fill("demo@livewith.local");
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      await expect(page).toHaveURL(/\/signin\/check-email$/);
      await page.getByRole("link", { name: "local mailbox" }).click();

      await expect(page.getByRole("heading", { name: "Local mailbox" })).toBeVisible();
      const message = page
        .getByRole("article")
        .filter({ hasText: "To demo@livewith.local" })
        .first();
      await expect(message).toBeVisible();
      await message.getByRole("link", { name: /\/signin\/confirm/ }).click();
      await page.getByRole("button", { name: "Sign in" }).click();

      await expect(page.getByRole("heading", { name: "Your studies" })).toBeVisible();
      await page
        .getByRole("link", { name: "What is a neighbourhood tool library?", exact: true })
        .click();
      await expect(
        page.getByRole("heading", { level: 1, name: "What is a neighbourhood tool library?" }),
      ).toBeVisible();
      await expect(page.getByText("lends tools and equipment to members")).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      // The second demo study has a closed round with results to explore.
      await page.goto("/studies");
      await page.getByRole("link", { name: DEMO_CLOSED_TITLE }).click();
      await page.getByRole("link", { name: "Rounds", exact: true }).click();
      await page
        .getByRole("link", { name: /Round 1/ })
        .first()
        .click();
      await page.getByRole("link", { name: "Results", exact: true }).click();
      await expect(
        page.getByRole("table", { name: "Results per part, round 1" }).getByRole("row", {
          name: /^Clause 2/,
        }),
      ).toContainText("No consensus");
    },
  );
});

test.describe("the local mailbox is not there", () => {
  test("once SMTP_URL is set (404)", async ({ request }) => {
    const res = await request.get(`${smtp.baseURL}/dev/mail`);
    expect(res.status()).toBe(404);
    expect(await res.text()).not.toContain("Local mailbox");
  });
});
