import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";
import { e2eServers } from "./support/servers.ts";
import { createStudyViaUi, signInAsNewFacilitator } from "./support/session.ts";
import { addSourcesViaUi, threeSources } from "./support/sources.ts";

// The evidence behind version 1: source definitions, tagged with characteristics, give a
// frequency table and a mapping onto the text.
const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

test("source definitions, their characteristics and where the text covers them", async ({
  page,
}) => {
  await signInAsNewFacilitator(page, "sources");
  const studyId = await createStudyViaUi(page, `Sources study ${Date.now()}`);
  await page.goto(`/studies/${studyId}/text`);
  for (const clause of ["Is assessed.", "Leads to a certificate."]) {
    await page.getByLabel("Wording of the new clause").fill(clause);
    await page.getByRole("button", { name: "Add clause" }).click();
    await expect(page.getByLabel("Wording of the new clause")).toHaveValue("");
  }

  await page
    .getByRole("navigation", { name: "Study sections" })
    .getByRole("link", { name: "Sources" })
    .click();
  await expect(page.getByText("No source definition recorded yet.")).toBeVisible();
  await addSourcesViaUi(page, threeSources);
  const frequency = page.getByRole("table", { name: /How many of the 3 sources/ });
  await expect(frequency.getByRole("row")).toHaveText([
    /Characteristic/,
    /Certification\s*3\s*100%/,
    /Assessment\s*1\s*33%/,
    /Duration\s*1\s*33%/,
    /quality assurance\s*1\s*33%/,
  ]);

  const mapping = page.getByRole("table", {
    name: /Characteristics and where version 1 covers them/,
  });
  const certification = mapping.getByRole("row", { name: /^Certification/ });
  await expect(certification).toContainText("does not appear");
  await certification.getByText("Change where Certification appears").click();
  await certification.getByLabel("clause 2").check();
  await certification.getByRole("button", { name: "Save places of Certification" }).click();
  await expect(certification).toContainText("clause 2");
  await expect(certification).not.toContainText("does not appear");
  await expectNoSeriousA11yViolations(page);
});
