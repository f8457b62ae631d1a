import fs from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";
import { e2eServers } from "./support/servers.ts";
import { createStudyViaUi, signInAsNewFacilitator } from "./support/session.ts";

const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

/** The count in a composition table, e.g. count(page, "By region", "Europe"). */
function count(page: Page, dimension: string, group: string): Locator {
  return page
    .getByRole("region", { name: dimension })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: group, exact: true }) })
    .getByRole("cell")
    .first();
}

async function upload(page: Page, studyId: string, file: string) {
  await page.goto(`/studies/${studyId}/panel/import`);
  await page.getByLabel("CSV file", { exact: true }).setInputFiles(fixture(file));
  await page.getByRole("button", { name: "Check and import" }).click();
}

test("a facilitator imports the panel from CSV, adds one by hand and excludes one", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAsNewFacilitator(page, "panel");
  const studyId = await createStudyViaUi(page, "Tool libraries: a panel");

  await page.goto(`/studies/${studyId}/panel`);
  await expect(page.getByRole("heading", { name: "No experts yet" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nothing to count yet" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The import page documents the columns and offers the template.
  await page.getByRole("link", { name: "Import from a CSV file" }).first().click();
  await expect(page.getByRole("heading", { name: "Import experts from a CSV file" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "expertise" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the CSV template" }).click();
  const template = fs.readFileSync((await (await download).path())!, "utf8");
  expect(template.split("\r\n")[0]).toBe(
    "name,email,organisation,country,region,sector,gender,expertise",
  );
  await expectNoSeriousA11yViolations(page);
  // Like the study's pages, the template is for members only.
  expect((await page.request.get("/studies/not-a-study/panel/template")).status()).toBe(404);

  // A file with errors: every problem listed by row, nothing written.
  await upload(page, studyId, "panel-with-errors.csv");
  await expect(page.getByText("Nothing was imported: 3 problems were found.")).toBeVisible();
  const problems = page.getByTestId("import-problem");
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toContainText(/^3\s*email\s*Enter a valid email address/);
  await expect(problems.nth(1)).toContainText(
    /^4\s*email\s*This email address is already in row 2 of the file/,
  );
  await expect(problems.nth(2)).toContainText(/^5\s*name\s*This field is required/);
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/studies/${studyId}/panel`);
  await expect(page.getByRole("heading", { name: "No experts yet" })).toBeVisible();

  // The valid file: 50 experts, and the composition counts the fixture's spread.
  await upload(page, studyId, "panel-50.csv");
  await expect(page).toHaveURL(new RegExp(`/studies/${studyId}/panel\\?imported=50$`));
  await expect(page.getByText("50 experts were imported as proposed.")).toBeVisible();
  await expect(page.getByTestId("panel-member")).toHaveCount(50);
  await expect(page.getByText("50 of 50 places taken")).toBeVisible();
  const expected: [string, string, number][] = [
    ["By region", "Europe", 14],
    ["By region", "Africa", 10],
    ["By region", "Asia", 10],
    ["By region", "Latin America", 8],
    ["By region", "North America", 5],
    ["By region", "Oceania", 3],
    ["By sector", "Academia", 15],
    ["By sector", "Civil society", 12],
    ["By sector", "Public sector", 10],
    ["By sector", "Industry", 8],
    ["By sector", "Community practice", 5],
    ["By gender", "woman", 22],
    ["By gender", "man", 21],
    ["By gender", "non-binary", 3],
    ["By gender", "Not given", 4],
  ];
  for (const [dimension, group, n] of expected)
    await expect(count(page, dimension, group)).toHaveText(String(n));
  await expectNoSeriousA11yViolations(page);

  // The panel is full, so adding by hand is refused until a place is freed.
  const form = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Add to panel" }) });
  await form.getByLabel("Name").fill("Zainab Haidari");
  await form.getByLabel("Email address").fill("Zainab.Haidari@panel.e2e.test");
  await form.getByLabel("Region").fill("Asia");
  await form.getByLabel("Sector").fill("Academia");
  await form.getByRole("button", { name: "Add to panel" }).click();
  await expect(form.getByText("The panel is full")).toBeVisible();

  // Exclude one, with a reason.
  const aino = page.getByTestId("panel-member").filter({ hasText: "Aino Virtanen" });
  await aino.getByText("Change status").click();
  await aino.getByRole("button", { name: "Exclude Aino Virtanen" }).click();
  await expect(aino.getByText("This field is required.").first()).toBeVisible();
  await aino.getByLabel("Reason for excluding").fill("Consults for a tool rental platform");
  await aino.getByRole("button", { name: "Exclude Aino Virtanen" }).click();
  await expect(aino.getByText("Excluded", { exact: true })).toBeVisible();
  await expect(aino.getByText("Reason: Consults for a tool rental platform")).toBeVisible();
  await expect(page.getByText("49 of 50 places taken")).toBeVisible();
  await expect(count(page, "By region", "Asia")).toHaveText("9");

  // The form kept what was typed; now there is a place.
  await expect(form.getByLabel("Name")).toHaveValue("Zainab Haidari");
  await form.getByRole("button", { name: "Add to panel" }).click();
  await expect(page.getByText("Zainab Haidari was added to the panel.")).toBeVisible();
  await expect(page.getByTestId("panel-member")).toHaveCount(51);
  const zainab = page.getByTestId("panel-member").filter({ hasText: "Zainab Haidari" });
  await expect(zainab).toContainText("zainab.haidari@panel.e2e.test");
  await expect(zainab).toContainText("Proposed");
  await expect(page.getByText("50 of 50 places taken")).toBeVisible();
  await expect(count(page, "By region", "Asia")).toHaveText("10");
  await expectNoSeriousA11yViolations(page);
});

test("the panel forms work without JavaScript", async ({ page, browser }) => {
  await signInAsNewFacilitator(page, "panel-nojs");
  const studyId = await createStudyViaUi(page, "Panel without scripts");
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const noJs = await context.newPage();
  await noJs.goto(`${smtp.baseURL}/studies/${studyId}/panel/import`);
  await noJs.getByLabel("Or paste the CSV text").fill("name,email\nAna,not-an-address\n");
  await noJs.getByRole("button", { name: "Check and import" }).click();
  await expect(noJs.getByTestId("import-problem")).toContainText("Enter a valid email address");
  // The pasted text comes back for correction.
  await noJs
    .getByLabel("Or paste the CSV text")
    .fill("name,email,region\nAna Quiroga,ana@panel.e2e.test,Latin America\n");
  await noJs.getByRole("button", { name: "Check and import" }).click();
  await expect(noJs.getByText("1 expert was imported as proposed.")).toBeVisible();

  await noJs.getByLabel("Name").fill("Bo Tan");
  await noJs.getByLabel("Email address").fill("bo@panel.e2e.test");
  await noJs.getByRole("button", { name: "Add to panel" }).click();
  await expect(noJs.getByText("Bo Tan was added to the panel.")).toBeVisible();
  await expect(noJs.getByTestId("panel-member")).toHaveCount(2);
  await expect(count(noJs, "By region", "Latin America")).toHaveText("1");
  await expect(count(noJs, "By region", "Not given")).toHaveText("1");

  // <details> opens without scripts; the exclusion needs its reason.
  const bo = noJs.getByTestId("panel-member").filter({ hasText: "Bo Tan" });
  await bo.getByText("Change status").click();
  await bo.getByLabel("Reason for excluding").fill("Sells lending software");
  await bo.getByRole("button", { name: "Exclude Bo Tan" }).click();
  await expect(
    noJs.getByTestId("panel-member").filter({ hasText: "Bo Tan" }).getByText("Excluded"),
  ).toBeVisible();
  await context.close();
});
