import { expect, type Page } from "@playwright/test";

/**
 * Fills one change's justification on the justify page: cites its first feedback items,
 * the first disposition for all of them at once and any other as that item's own. Saved
 * with the page's one button (saveJustifications).
 */
export async function justify(
  page: Page,
  change: string,
  text: string,
  dispositions: string[] = [],
) {
  const region = page.getByRole("region", { name: change });
  await region.getByLabel("Justification").fill(text);
  const [shared] = dispositions;
  if (shared)
    await region.getByLabel("What was done with the ticked feedback").selectOption(shared);
  for (const [i, disposition] of dispositions.entries()) {
    await region.getByRole("checkbox").nth(i).check();
    if (disposition !== shared)
      await region.getByLabel("For this item only:").nth(i).selectOption(disposition);
  }
}

export async function saveJustifications(page: Page, count: number) {
  await page.getByRole("button", { name: "Save all justifications" }).click();
  await expect(
    page.getByText(`Saved: ${count} justification${count === 1 ? "" : "s"}.`),
  ).toBeVisible();
}
