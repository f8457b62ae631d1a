import { expect, type Page } from "@playwright/test";

/**
 * In the editor of a study whose round 1 closed on six clauses: starts version 2, rewords
 * clause 1, splits clause 3, removes the former clause 4, merges clauses 5 and 6, and adds
 * a clause, checking the editor after each step.
 */
export async function draftVersion2(page: Page, studyId: string) {
  await page.goto(`/studies/${studyId}/text`);
  await page.getByRole("button", { name: "Start version 2" }).click();
  await page.getByLabel("Wording of clause 1", { exact: true }).fill("Lends tools and equipment.");
  await page.getByRole("button", { name: "Save clause 1" }).click();
  await expect(page.getByText("Saved.").first()).toBeVisible();
  await page.getByRole("link", { name: "Split clause 3" }).click();
  await page.getByLabel("Second part (clause 4)").fill("Publishes the catalogue online.");
  await page.getByRole("button", { name: "Split clause 3" }).click();
  await expect(page.getByLabel("Wording of clause 4", { exact: true })).toHaveValue(
    "Publishes the catalogue online.",
  );
  await page.getByRole("link", { name: "Remove clause 5" }).click();
  await page.getByRole("button", { name: "Yes, remove clause 5" }).click();
  await expect(page.getByLabel("Wording of clause 5", { exact: true })).toHaveValue(
    "Is run by volunteers.",
  );
  await page.getByRole("link", { name: "Merge clause 5 with the next" }).click();
  await page
    .getByLabel("Wording of the merged clause")
    .fill("Is run by volunteers, whom it trains.");
  await page.getByRole("button", { name: "Merge clauses 5 and 6" }).click();
  await expect(page.getByLabel("Wording of clause 5", { exact: true })).toHaveValue(
    "Is run by volunteers, whom it trains.",
  );
  await page.getByLabel("Wording of the new clause").fill("Publishes an annual report.");
  await page.getByRole("button", { name: "Add clause" }).click();
  await expect(page.getByLabel("Wording of clause 6", { exact: true })).toHaveValue(
    "Publishes an annual report.",
  );
}
