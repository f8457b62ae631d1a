import { expect, test, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { pdfText } from "../test/support/pdf-text.ts";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";
import { e2eServers } from "./support/servers.ts";
import { signInAsNewFacilitator } from "./support/session.ts";
import { addSourcesViaUi, threeSources } from "./support/sources.ts";
import { buildTwoRoundStudy } from "./support/two-round-study.ts";

// The acceptance: after two rounds and two versions, the facilitator records the
// sources, writes what only they can write, and downloads the report as PDF and Word; both
// files carry the figures, the rule, the versions, the justifications and the named
// experts, and never a name that was not agreed to.
const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

async function generate(page: Page, format: "PDF" | "Word (DOCX)"): Promise<Buffer> {
  const files = page.getByRole("region", { name: "Download the report" });
  await files.getByRole("button", { name: `Generate ${format}` }).click();
  const link = files.getByRole("link", {
    name: new RegExp(`^Download ${format.replace(/[()]/g, "\\$&")} \\(\\d+ kB\\)$`),
  });
  // Generous: the report is long and the file is made in the background on a shared machine.
  await expect(link).toBeVisible({ timeout: 120_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^livewith-report\.(pdf|docx)$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

test("the report of a two-round study, as PDF and Word", async ({ page, browser }) => {
  test.setTimeout(480_000);
  await signInAsNewFacilitator(page, "report");
  const { studyId } = await buildTwoRoundStudy(page, browser, smtp.baseURL);

  await page.goto(`/studies/${studyId}/sources`);
  await addSourcesViaUi(page, threeSources);

  // What only the facilitators know goes into the protocol; it is locked (two rounds ran),
  // so the details are recorded as a deviation with a reason.
  await page.goto(`/studies/${studyId}/protocol`);
  await page.getByLabel("Registry", { exact: true }).fill("OSF Registries");
  await page.getByLabel("Registration identifier").fill("osf.io/e2e42");
  await page.getByLabel("Ethics approval").selectOption({ label: "Not required" });
  await page.getByLabel("Why no approval was needed").fill("Experts were consulted anonymously.");
  await page.getByLabel("Funding").fill("No external funding.");
  await page.getByLabel(/^Reason for the change/).fill("Reporting details for the journal.");
  await page.getByRole("button", { name: "Record the change" }).click();
  await expect(page.getByText(/deviations were recorded/)).toBeVisible();

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
    .fill("Four experts is a small panel.");
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(limitations).toContainText("Written by the facilitators");

  // Every ACCORD item, by section, with its state; the CREDES items alongside.
  const accord = page.getByRole("table", { name: /^ACCORD: the 35 items/ });
  await expect(accord.locator("th[scope=rowgroup]")).toHaveText([
    "Title",
    "Introduction",
    "Methods",
    "Results",
    "Discussion",
    "Other information",
  ]);
  await expect(accord.locator("tbody th[scope=row]")).toHaveCount(35);
  await expect(accord.getByRole("row", { name: /^M1 / })).toContainText("From the data");
  await expect(accord.getByRole("row", { name: /^D1 / })).toContainText("Not reported");
  await expect(accord.getByRole("row", { name: /^D2 / })).toContainText("Written");
  // The summaries are ours: the published checklists are linked for their own wording.
  await expect(page.getByRole("link", { name: "ACCORD", exact: true })).toHaveAttribute(
    "href",
    "https://doi.org/10.1371/journal.pmed.1004326",
  );
  const credes = page.getByRole("table", { name: /^CREDES/ });
  await expect(credes.locator("tbody th[scope=row]")).toHaveCount(16);

  const report = page.getByRole("article", { name: "The report" });
  await expect(
    report.getByRole("img", { name: /^Invited: 4 → Accepted: 4 → Round 1: 4 of 4/ }),
  ).toBeVisible();
  await expect(report.getByRole("row", { name: /^Certification/ }).first()).toContainText("100%");
  await expectNoSeriousA11yViolations(page);

  const pdf = (await pdfText(await generate(page, "PDF"))).replace(/\s+/g, " ");
  const xml = strFromU8(
    unzipSync(new Uint8Array(await generate(page, "Word (DOCX)")))["word/document.xml"]!,
  );
  // The file list survives a reload: both files are there to download again.
  await page.reload();
  await expect(page.getByRole("link", { name: /^Download PDF/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Download Word/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  for (const [name, text] of [
    ["PDF", pdf],
    ["DOCX", xml],
  ] as const) {
    for (const expected of [
      // Participation, per round and in the flow of participants.
      "Round 1: 4 of 4 (100%)",
      "Round 2: 3 of 4 (75%)",
      // The protocol's rules for the parts and the whole text, and each round's figures.
      "at least 75% of the experts who answered it can live with it",
      "The text as a whole reaches consensus when at least 75%",
      "Consensus on the whole text",
      "Could not live with a part or suggested a rewording",
      "Version 1 (",
      "Version 2 (",
      "Lends tools and equipment.",
      "Offers safety advice.",
      "Equipment added, as asked.",
      "Online catalogues get their own clause.",
      "Kept: the panel is split on fees; see round 2.",
      "Ana Public, Uni A",
      "Cleo Public",
      "Four experts is a small panel.",
      "Characteristics by frequency",
      // The ACCORD items: from the protocol, from the settings, or plainly not reported.
      "The study was registered with OSF Registries under osf.io/e2e42.",
      "No ethics approval was sought: Experts were consulted anonymously.",
      "Format of the questionnaire",
      "Handling of non-answers",
      "Appendix D: summaries sent between rounds",
      "Not reported.",
    ]) {
      expect(text, `${name} has “${expected}”`).toContain(expected);
    }
    for (const hidden of ["Ben Hidden", "Dev Hidden"]) {
      expect(text, `${name} never names ${hidden}`).not.toContain(hidden);
    }
  }
  expect(pdf).toContain("Flow of participants");

  // Only the study's facilitators reach the files.
  const fileUrl = await page.getByRole("link", { name: /^Download PDF/ }).getAttribute("href");
  const anonymous = await browser.newContext({ baseURL: smtp.baseURL });
  expect((await anonymous.request.get(fileUrl!)).status()).toBe(401);
  const stranger = await anonymous.newPage();
  await signInAsNewFacilitator(stranger, "stranger");
  expect((await stranger.request.get(fileUrl!)).status()).toBe(404);
  expect((await stranger.request.get(fileUrl!.replace(/\/file$/, ""))).status()).toBe(404);
  await anonymous.close();
});
