import { expect, type Page } from "@playwright/test";

/** On the study's Sources page: records each definition with its citation and tags. */
export async function addSourcesViaUi(
  page: Page,
  sources: readonly (readonly [citation: string, characteristics: string])[],
) {
  for (const [citation, characteristics] of sources) {
    await page.getByLabel("Text of the definition").fill(`A definition from ${citation}`);
    await page.getByLabel("Citation").fill(citation);
    await page.getByLabel("Characteristics it mentions").fill(characteristics);
    await page.getByRole("button", { name: "Add source" }).click();
    await expect(page.getByText(citation, { exact: true })).toBeVisible();
  }
}

export const threeSources = [
  ["Agency A (2023). Guidelines.", "Certification, Assessment"],
  ["Council B (2024). Recommendation.", "certification, Duration"],
  ["Network C (2022). Charter.", "Certification, quality assurance"],
] as const;
