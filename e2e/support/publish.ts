import { expect, type Page } from "@playwright/test";

/** The study's public address (its slug), as its overview page announces it. */
export async function publicSlug(page: Page, studyId: string): Promise<string> {
  await page.goto(`/studies/${studyId}`);
  const line = await page.getByText(/Once published, it will be at/).textContent();
  return line!.match(/\/s\/([^\s.]+)/)![1]!;
}

/** On the study's overview page: publishes it, confirming as the form asks. */
export async function publishViaUi(page: Page) {
  await page.getByLabel("I understand that this makes the study public.").check();
  await page.getByRole("button", { name: "Publish the study" }).click();
  await expect(page.getByText(/^Published .* at/)).toBeVisible();
}
