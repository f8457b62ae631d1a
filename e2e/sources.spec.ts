import { expect, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";
import { e2eServers } from "./support/servers.ts";
import { createStudyViaUi, signInAsNewFacilitator } from "./support/session.ts";

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
  for (const [citation, characteristics] of [
    ["Agency A (2023). Guidelines.", "Certification, Assessment"],
    ["Council B (2024). Recommendation.", "certification, Duration"],
    ["Network C (2022). Charter.", "Certification, quality assurance"],
  ] as const) {
    await page.getByLabel("Text of the definition").fill(`A definition from ${citation}`);
    await page.getByLabel("Citation").fill(citation);
    await page.getByLabel("Characteristics it mentions").fill(characteristics);
    await page.getByRole("button", { name: "Add source" }).click();
    await expect(page.getByText(citation, { exact: true })).toBeVisible();
  }
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

  // The report takes the sources into its appendix and shows what is still to write.
  await page
    .getByRole("navigation", { name: "Study sections" })
    .getByRole("link", { name: "Report" })
    .click();
  const checklist = page.getByRole("table", {
    name: "Reporting items and where their content comes from",
  });
  const limitations = checklist.getByRole("row", { name: /^Limitations/ });
  await expect(limitations).toContainText("Still empty");
  await expect(
    checklist.getByRole("row", { name: /^Protocol and definition of consensus/ }),
  ).toContainText("From the data");
  await page.getByText("Edit “Limitations”").click();
  await page
    .getByLabel("Your text for “Limitations” (Markdown)")
    .fill("Only three sources were found.");
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(limitations).toContainText("Written by the facilitators");
  const report = page.getByRole("article", { name: "The report" });
  await expect(report).toContainText("Only three sources were found.");
  await expect(report.getByRole("row", { name: /^Certification/ }).first()).toContainText("100%");
  await expectNoSeriousA11yViolations(page);
  const md = await (await page.request.get(`/studies/${studyId}/report/report.md`)).text();
  expect(md).toContain("## Appendix C: source definitions");
  expect(md).toContain("Only three sources were found.");
  const docx = await page.request.get(`/studies/${studyId}/report/report.docx`);
  expect(docx.headers()["content-type"]).toContain("wordprocessingml");
  const xml = strFromU8(unzipSync(new Uint8Array(await docx.body()))["word/document.xml"]!);
  expect(xml).toContain("Only three sources were found.");
  expect(xml).toContain("Characteristics by frequency");
});
