import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  expectNoSeriousA11yViolations,
  expectNoSeriousA11yViolationsWithoutScripts,
} from "./support/axe.ts";
import { e2eServers } from "./support/servers.ts";
import { signInAsNewFacilitator } from "./support/session.ts";
import { buildStudyWithAcceptedPanel } from "./support/study-builder.ts";

// An expert answers a whole round on a 360 px phone with the keyboard alone (a switch or a
// keyboard user): every control is reached by Tab in order, radios are chosen with Space
// and the arrow keys, the rewording box opens with Enter (and axe finds nothing serious
// with it open), and the page never scrolls sideways. Once with JavaScript and once without.
const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

const PARTS = ["The explanatory text", "Clause 1", "Clause 2", "Clause 3", "Clause 4"];

/** Presses Tab until `target` has focus: it must be in the page's tab order. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 150; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reached with Tab: ${target.toString()}`);
}

async function answerWithKeys(page: Page, axe: () => Promise<void>) {
  for (const part of PARTS) {
    const group = page.getByRole("group", { name: part });
    await tabTo(page, group.getByLabel("I can live with it"));
    if (part === "Clause 2") {
      // The arrow moves to, and chooses, "cannot live with"; the reason comes next.
      await page.keyboard.press("ArrowDown");
      await expect(group.getByLabel("I cannot live with it")).toBeChecked();
      await tabTo(page, group.getByLabel("Reason"));
      await page.keyboard.type("Too broad for small towns.");
      await tabTo(page, group.getByText("Suggest a rewording"));
      await page.keyboard.press("Enter");
      const box = group.getByLabel("Suggested rewording");
      await tabTo(page, box);
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type("A library of tools lent to neighbours.");
      // The page as it stands with a rewording box open.
      await axe();
    } else {
      await page.keyboard.press("Space");
      await expect(group.getByLabel("I can live with it")).toBeChecked();
    }
  }
  const whole = page.getByRole("group", { name: "The text as a whole" });
  await tabTo(page, whole.getByLabel("I can live with the text as a whole"));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Submit my answers" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Thank you: your answers are submitted.")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test("an expert answers a round by keyboard alone on a phone, with and without JavaScript", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signInAsNewFacilitator(page, "keyboard");
  const { studyId, experts } = await buildStudyWithAcceptedPanel(page, browser, smtp.baseURL, [
    "Kim Keys",
    "Lee NoScript",
  ]);
  await page.goto(`/studies/${studyId}/rounds`);
  await page.getByRole("button", { name: "Open round 1" }).click();
  await expect(page).toHaveURL(/\/rounds\/1$/);

  for (const [expert, javaScriptEnabled] of [
    [experts[0]!, true],
    [experts[1]!, false],
  ] as const) {
    const context = await browser.newContext({
      baseURL: smtp.baseURL,
      javaScriptEnabled,
      viewport: { width: 360, height: 740 },
    });
    const phone = await context.newPage();
    await phone.goto(`${expert.link}/rounds/1`);
    await answerWithKeys(phone, () =>
      javaScriptEnabled
        ? expectNoSeriousA11yViolations(phone)
        : expectNoSeriousA11yViolationsWithoutScripts(phone, browser),
    );
    // What was typed arrived: the reason and the rewording are in the stored answer.
    await phone.reload();
    const clause = phone.getByRole("group", { name: "Clause 2" });
    await expect(clause.getByLabel("I cannot live with it")).toBeChecked();
    await expect(clause.getByLabel("Reason")).toHaveValue("Too broad for small towns.");
    await expect(clause.getByLabel("Suggested rewording", { exact: true })).toHaveValue(
      "A library of tools lent to neighbours.",
    );
    await context.close();
  }
});
