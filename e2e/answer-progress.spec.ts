import { expect, test, type Page } from "@playwright/test";
import { e2eServers } from "./support/servers.ts";
import { signInAsNewFacilitator } from "./support/session.ts";
import { buildStudyWithAcceptedPanel } from "./support/study-builder.ts";
import { openRound } from "./support/two-round-study.ts";

// "N of M parts answered" reads the form. Answers put into it by the page itself — a copy
// kept on the device during an outage, or a newer version saved in another tab — fire no
// input event, and the line must count them all the same (issue 20).
const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

const progressOf = (page: Page) => page.getByRole("navigation", { name: "Your progress" });
const answered = (n: number) => new RegExp(`^${n} of \\d+ parts answered`);

async function canLiveWithFirst(page: Page, count: number) {
  const radios = await page.getByLabel("I can live with it", { exact: true }).all();
  for (const radio of radios.slice(0, count)) await radio.check();
}

test("the progress line counts answers the page puts back itself", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAsNewFacilitator(page, "progress");
  const { studyId, experts } = await buildStudyWithAcceptedPanel(page, browser, smtp.baseURL, [
    "Pia Progress",
  ]);
  await openRound(page, studyId, 1);
  const round = `${experts[0]!.link}/rounds/1`;
  const context = await browser.newContext({ baseURL: smtp.baseURL });

  // An outage: autosave cannot reach the server, the answers stay on the device.
  const offline = await context.newPage();
  await offline.route(/\/autosave$/, (route) => route.abort());
  await offline.goto(round);
  await expect(progressOf(offline).locator("p").first()).toHaveText(answered(0));
  await canLiveWithFirst(offline, 2);
  await expect(progressOf(offline).locator("p").first()).toHaveText(answered(2));
  await offline.reload();
  // Put back from the device copy, and counted, though the server holds no answer.
  await expect(offline.getByLabel("I can live with it", { exact: true }).nth(1)).toBeChecked();
  await expect(progressOf(offline).locator("p").first()).toHaveText(answered(2));
  await offline.close();

  // Two tabs on another device: the older one loads the newer answers saved in the other.
  const device = await browser.newContext({ baseURL: smtp.baseURL });
  const stale = await device.newPage();
  await stale.goto(round);
  const online = await device.newPage();
  const saved = online.waitForResponse((r) => r.url().endsWith("/autosave"));
  await online.goto(round);
  await canLiveWithFirst(online, 3);
  await saved;
  await expect(progressOf(online).locator("p").first()).toHaveText(answered(3));
  await stale.getByLabel("General comments").fill("Typed in the older tab.");
  await expect(stale.getByText("Your answers were changed elsewhere").first()).toBeVisible();
  await stale.getByRole("button", { name: "Load the newer version" }).click();
  await expect(stale.getByLabel("I can live with it", { exact: true }).nth(2)).toBeChecked();
  await expect(progressOf(stale).locator("p").first()).toHaveText(answered(3));
});
