import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";
import { e2eServers } from "./support/servers.ts";
import { createStudyViaUi, signInAsNewFacilitator } from "./support/session.ts";

const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

/** The clauses in the editor, in order, each under its number. */
async function expectClauses(page: Page, texts: string[]) {
  await expect(page.getByLabel(/^Wording of clause \d+$/)).toHaveCount(texts.length);
  for (const [index, text] of texts.entries()) {
    await expect(page.getByLabel(`Wording of clause ${index + 1}`, { exact: true })).toHaveValue(
      text,
    );
  }
}

async function addClause(page: Page, text: string, expected: string[]) {
  await page.getByLabel("Wording of the new clause").fill(text);
  await page.getByRole("button", { name: "Add clause" }).click();
  await expectClauses(page, expected);
  await expect(page.getByLabel("Wording of the new clause")).toHaveValue("");
}

test("a facilitator drafts version 1 and previews it as experts will see it", async ({ page }) => {
  await signInAsNewFacilitator(page, "text-editor");
  const studyId = await createStudyViaUi(page, "A definition to draft");
  await page
    .getByRole("navigation", { name: "Study sections" })
    .getByRole("link", { name: "Text" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/studies/${studyId}/text$`));
  await expect(page.getByRole("heading", { name: "Version 1" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No clauses yet" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page
    .getByLabel("Text shown before the clauses")
    .fill("Read this **carefully** first.\n\nSee [the guide](https://example.org/guide).");
  await page.getByRole("button", { name: "Save explanatory text" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const [alpha, beta, gamma, delta] = ["Alpha clause", "Beta clause", "Gamma clause", "Delta"];
  await addClause(page, alpha!, [alpha!]);
  await addClause(page, beta!, [alpha!, beta!]);
  await addClause(page, gamma!, [alpha!, beta!, gamma!]);
  await addClause(page, delta!, [alpha!, beta!, gamma!, delta!]);
  await expect(page.getByRole("heading", { name: "No clauses yet" })).toHaveCount(0);
  // At the ends the move buttons are there but disabled.
  await expect(page.getByRole("button", { name: "Move up: clause 1" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Move down: clause 4" })).toBeDisabled();

  const beta2 = "Beta clause, <b>reworded</b> with **stars**";
  await page.getByLabel("Wording of clause 2", { exact: true }).fill(beta2);
  await page.getByRole("button", { name: "Save clause 2" }).click();
  await expectClauses(page, [alpha!, beta2, gamma!, delta!]);

  await page.getByRole("button", { name: "Move up: clause 4" }).click();
  await expectClauses(page, [alpha!, beta2, delta!, gamma!]);

  // Removing asks first, on the page itself.
  await page.getByRole("link", { name: "Remove clause 1" }).click();
  const confirm = page.getByRole("group", { name: "Remove clause 1?" });
  await expect(confirm).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole("button", { name: "Yes, remove clause 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/studies/${studyId}/text$`));
  await expectClauses(page, [beta2, delta!, gamma!]);
  await addClause(page, alpha!, [beta2, delta!, gamma!, alpha!]);

  // Keyboard only: from clause 4's save button, Tab reaches "Move up" and Enter moves it.
  await page.getByRole("button", { name: "Save clause 4" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Move up: clause 4" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expectClauses(page, [beta2, delta!, alpha!, gamma!]);
  // Focus stays on the moved clause's button, so pressing again keeps moving it.
  await expect(page.getByRole("button", { name: "Move up: clause 3" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Preview" }).click();
  await expect(page).toHaveURL(new RegExp(`/studies/${studyId}/text/preview$`));
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.locator("strong", { hasText: "carefully" })).toBeVisible();
  await expect(preview.getByRole("link", { name: "the guide" })).toHaveAttribute(
    "href",
    "https://example.org/guide",
  );
  const items = preview.locator("ol > li");
  await expect(items).toHaveText([beta2, delta!, alpha!, gamma!]);
  for (let i = 0; i < 4; i++) await expect(items.nth(i)).toHaveAttribute("value", String(i + 1));
  // Clause text is shown as typed, never as markup.
  await expect(preview.locator("ol b, ol strong")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("the editor works without JavaScript", async ({ page, browser }) => {
  await signInAsNewFacilitator(page, "text-nojs");
  const studyId = await createStudyViaUi(page, "A definition drafted without scripts");
  const context = await browser.newContext({
    baseURL: smtp.baseURL,
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const noJs = await context.newPage();
  await noJs.goto(`/studies/${studyId}/text`);

  await noJs.getByLabel("Wording of the new clause").fill("   ");
  await noJs.getByRole("button", { name: "Add clause" }).click();
  await expect(noJs.getByRole("alert")).toContainText("This field is required.");

  for (const [index, text] of ["First", "Second"].entries()) {
    await noJs.getByLabel("Wording of the new clause").fill(text);
    await noJs.getByRole("button", { name: "Add clause" }).click();
    await expect(noJs.getByLabel(`Wording of clause ${index + 1}`)).toHaveValue(text);
  }
  await noJs.getByRole("button", { name: "Move down: clause 1" }).click();
  await expectClauses(noJs, ["Second", "First"]);

  await noJs.getByRole("link", { name: "Remove clause 2" }).click();
  await expect(noJs).toHaveURL(/\?remove=/);
  await noJs.getByRole("button", { name: "Yes, remove clause 2" }).click();
  // The browser keeps the fragment of the confirmation page across the redirect.
  await expect(noJs).toHaveURL(new RegExp(`/studies/${studyId}/text(#[\\w-]*)?$`));
  await expectClauses(noJs, ["Second"]);
  await context.close();
});
