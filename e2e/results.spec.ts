import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";
import { allParts, answerRound, type Answers } from "./support/answer-round.ts";
import { waitForMail } from "./support/mail.ts";
import { justify, saveJustifications } from "./support/justify.ts";
import { e2eServers } from "./support/servers.ts";
import { signInAsNewFacilitator } from "./support/session.ts";
import {
  buildStudyWithAcceptedPanel,
  localDateTime,
  panelMemberIds,
  type BuiltExpert,
} from "./support/study-builder.ts";

// After round 1 closes: results with their charts and tables, the feedback digest with
// themes, and the summary sent to the panel, which experts read without learning who else
// is on the panel.
const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

async function cell(page: Page, caption: string, row: string, column: number) {
  const table = page.getByRole("table", { name: caption });
  return table
    .getByRole("row", { name: new RegExp(`^${row}`) })
    .getByRole("cell")
    .nth(column);
}

test("results, feedback themes and the summary sent to the panel", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signInAsNewFacilitator(page, "results");
  const { studyId, experts } = await buildStudyWithAcceptedPanel(page, browser, smtp.baseURL, [
    "Ines Results",
    "Jon Results",
    "Kai Results",
  ]);
  const [ines, jon, kai] = experts as [BuiltExpert, BuiltExpert, BuiltExpert];
  // Panel member ids, as the facilitator's panel page holds them: none may reach an expert.
  const memberIds = await panelMemberIds(page, studyId);
  expect(memberIds).toHaveLength(3);

  await page.goto(`/studies/${studyId}/rounds`);
  await page.getByLabel("Closes at").fill(localDateTime(7));
  await page.getByRole("button", { name: "Open round 1" }).click();
  await expect(page).toHaveURL(/\/rounds\/1$/);

  const parts = ["The explanatory text", "Clause 1", "Clause 2", "Clause 3", "Clause 4"];
  const all = (position: "can" | "cannot"): Answers => allParts(parts, position);
  const respond = (expert: BuiltExpert, answers: Answers, comment = "") =>
    answerRound(browser, smtp.baseURL, expert.link, 1, answers, comment);
  await respond(ines, {
    ...all("can"),
    "Clause 2": {
      position: "cannot",
      reason: "Cost recovery matters, not profit.",
      wording: "Recovers its costs.",
    },
  });
  await respond(
    jon,
    { ...all("can"), "Clause 2": { position: "cannot", reason: "Too narrow for co-ops." } },
    "A useful text overall.",
  );
  // Kai does not answer.

  await page.goto(`/studies/${studyId}/rounds/1`);
  await page.getByRole("button", { name: "Close the round now" }).click();
  await page.getByRole("button", { name: "Yes, close the round" }).click();
  await expect(page.getByText("Closed", { exact: true }).first()).toBeVisible();

  // Results: the table, the stacked bars, the heatmap table and the funnel (chart + table).
  await page.getByRole("link", { name: "Results", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Results of round 1" })).toBeVisible();
  const table = "Results per part, round 1";
  await expect(await cell(page, table, "Clause 2", 0)).toHaveText("0");
  await expect(await cell(page, table, "Clause 2", 1)).toHaveText("2");
  await expect(await cell(page, table, "Clause 2", 4)).toHaveText("No consensus");
  await expect(await cell(page, table, "Clause 1", 3)).toHaveText("100%");
  await expect(await cell(page, table, "Clause 1", 4)).toHaveText("Consensus");
  await expect(page.locator(".recharts-wrapper")).toHaveCount(2);
  const heatmap = "Share that can live with each clause, by round";
  await expect(await cell(page, heatmap, "Clause 2", 0)).toHaveText("0% of 2");
  await expect(await cell(page, heatmap, "Clause 4", 0)).toHaveText("100% of 2");
  await expect(page.getByTestId("funnel-invited")).toHaveText("3");
  await expect(page.getByTestId("funnel-tookPartAny")).toHaveText("2");
  await expect(page.getByTestId("funnel-flagged")).toHaveText("2");
  // The round's figures for a methods section: both took part, both could live with the
  // whole text, both objected to clause 2, nobody did neither.
  await expect(page.getByText("Consensus on the whole text", { exact: true })).toBeVisible();
  for (const [figure, count] of [
    ["respondents", "2"],
    ["canLiveWithWhole", "2"],
    ["flagging", "2"],
    ["neither", "0"],
  ] as const)
    await expect(page.getByTestId(`round-1-${figure}`)).toHaveText(count);
  await expect(
    page.getByRole("table", { name: "Response rate per round" }).getByRole("row").nth(1),
  ).toContainText("66.7%");
  await expectNoSeriousA11yViolations(page);

  // Feedback: tag two comments, filter by theme, quote one.
  await page.goto(`/studies/${studyId}/rounds/1/feedback`);
  await expect(page.getByText("Showing 3 of 3 items.")).toBeVisible();
  const inesItem = page.getByRole("article", { name: "Clause 2, Ines Results" });
  await inesItem.getByLabel("Themes").fill("Cost model, Scope");
  await inesItem.getByLabel("Addressed").check();
  await inesItem.getByRole("button", { name: "Save notes on Clause 2, Ines Results" }).click();
  await expect(inesItem.getByText("Saved.")).toBeVisible();
  const jonItem = page.getByRole("article", { name: "Clause 2, Jon Results" });
  await jonItem.getByLabel("Themes").fill("Scope");
  await jonItem.getByRole("button", { name: "Save notes on Clause 2, Jon Results" }).click();
  await expect(jonItem.getByText("Saved.")).toBeVisible();
  await jonItem.getByRole("button", { name: "Quote the reason" }).click();
  await expect(jonItem.getByText("Added to the summary draft.")).toBeVisible();
  await page.reload();
  await page.getByLabel("Theme", { exact: true }).selectOption("Scope");
  await page.getByLabel("Only items not yet addressed").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/theme=Scope/);
  await expect(page.getByText("Showing 1 of 3 items.")).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article").first()).toHaveAccessibleName("Clause 2, Jon Results");
  await expectNoSeriousA11yViolations(page);

  // The summary: write, preview, send.
  await page.goto(`/studies/${studyId}/rounds/1/summary`);
  await page.getByLabel("Your text (Markdown)").fill("Thank you. **Clause 2** will change.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  const preview = page.getByTestId("summary-preview");
  await expect(preview.getByRole("heading", { name: "Results of round 1" })).toBeVisible();
  await expect(preview.getByRole("row", { name: /^Clause 2/ })).toContainText("0");
  await expect(preview.getByText("Too narrow for co-ops.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Send to the panel" }).click();
  await expect(page.locator("#send-confirm-error")).toHaveText(/Tick the box to confirm/);
  await page.getByLabel(/I have read the preview/).check();
  // Version 2 is not drafted yet: the summary cannot say what changes, and says so.
  await expect(page.getByText("Version 2 has not been drafted yet")).toBeVisible();
  await page.getByRole("button", { name: "Send to the panel" }).click();
  await expect(page.locator("#send-without-changes-error")).toHaveText(
    /Version 2 has not been drafted/,
  );
  await page.getByLabel(/I have read the preview/).check();
  await page.getByLabel("Send it anyway, without the changes of version 2.").check();
  await page.getByRole("button", { name: "Send to the panel" }).click();
  await expect(page.getByText("Summary sent to 3 experts.")).toBeVisible();

  // Every accepted expert receives it; Kai's page shows it.
  for (const expert of experts) {
    // Invitation, round opened, summary.
    const mail = await waitForMail(expert.email, 3);
    expect(mail.subject).toMatch(/^Summary of round 1: /);
    expect(mail.text).toContain("Thank you. **Clause 2** will change.");
    expect(mail.text).toContain("Too narrow for co-ops.");
  }
  const kaiContext = await browser.newContext({ baseURL: smtp.baseURL });
  const kaiPage = await kaiContext.newPage();
  const landing = await kaiPage.goto(kai.link);
  const summary = kaiPage.getByRole("region", { name: "Summaries from the facilitators" });
  await expect(summary.getByText("Too narrow for co-ops.")).toBeVisible();
  await expect(summary.getByRole("row", { name: /^Clause 2/ })).toBeVisible();
  await expectNoSeriousA11yViolations(kaiPage);

  // The page source (HTML with its inline RSC payload) and the RSC payload on its own name
  // nobody else: no other expert's name, email or id.
  const html = (await landing!.text()) + (await kaiPage.content());
  const rsc = await (await kaiPage.request.get(kai.link, { headers: { RSC: "1" } })).text();
  expect(rsc.length).toBeGreaterThan(100);
  for (const other of [ines, jon]) {
    for (const source of [html, rsc]) {
      expect(source).not.toContain(other.name);
      expect(source).not.toContain(other.email);
    }
  }
  // The facilitators' themes are their notes: never on an expert's page.
  for (const source of [html, rsc]) expect(source).not.toContain("Cost model");
  for (const id of memberIds) {
    expect(html).not.toContain(id);
    expect(rsc).not.toContain(id);
  }
  await kaiContext.close();

  // Version 2: a copy of version 1 to revise; clause 2 is reworded; round 2 opens on it.
  await page.goto(`/studies/${studyId}/text`);
  await page.getByRole("button", { name: "Start version 2" }).click();
  await expect(page.getByRole("heading", { name: /Version 2/ })).toBeVisible();
  await page.getByLabel("Wording of clause 2", { exact: true }).fill("Recovers its costs.");
  await page.getByRole("button", { name: "Save clause 2" }).click();
  await expect(page.getByLabel("Wording of clause 2", { exact: true })).toHaveValue(
    "Recovers its costs.",
  );
  // The editor shows what changed, by clause, with words marked as removed and added.
  const changes = page.getByRole("list", { name: "Changes" });
  await expect(changes.getByRole("listitem")).toHaveCount(1);
  await expect(changes).toContainText("reworded (was clause 2)");
  await expect(changes.locator("del")).toHaveText("[removed: Is not for profit]");
  await expect(changes.locator("ins")).toHaveText("[added: Recovers its costs]");
  await expectNoSeriousA11yViolations(page);
  // Round 2 opens only once the change says why, citing the feedback it answers.
  await page.goto(`/studies/${studyId}/rounds`);
  await page.getByLabel("Closes at").fill(localDateTime(7));
  await page.getByRole("button", { name: "Open round 2" }).click();
  await expect(
    page.getByText(/Version 2 has 1 change without a justification/).first(),
  ).toBeVisible();
  await page.goto(`/studies/${studyId}/text/justify`);
  await justify(page, "Clause 2: reworded (was clause 2)", "Both experts asked for it.", [
    "Accepted",
    "Partly accepted",
  ]);
  await saveJustifications(page, 1);
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/studies/${studyId}/rounds`);
  await page.getByLabel("Closes at").fill(localDateTime(7));
  await page.getByRole("button", { name: "Open round 2" }).click();
  await expect(page).toHaveURL(/\/rounds\/2$/);

  // Jon answers round 2 first; Ines then sees her own round-1 answers and the round-1
  // group result, the summary, and nothing of round 2's answers.
  await answerRound(browser, smtp.baseURL, jon.link, 2, all("can"));
  const inesContext = await browser.newContext({ baseURL: smtp.baseURL });
  const inesPage = await inesContext.newPage();
  await inesPage.goto(`${ines.link}/rounds/2`);
  const clause2 = inesPage.getByRole("group", { name: "Clause 2" });
  await expect(clause2).toContainText("Wording then (clause 2): Is not for profit.");
  await expect(clause2).toContainText(
    "The panel: 0 could live with it, 2 could not, 0 gave no answer (2 submitted responses).",
  );
  await expect(clause2).toContainText("You answered: cannot live with it");
  await expect(clause2).toContainText("Your reason: Cost recovery matters, not profit.");
  await expect(inesPage.getByText("Summary of round 1 sent to the panel")).toBeVisible();
  await expect(inesPage.getByText("Too narrow for co-ops.")).toBeVisible();
  // Jon's round-2 answer exists, but no round-2 figure appears anywhere.
  await expect(inesPage.getByText(/1 submitted response/)).toHaveCount(0);
  await expect(inesPage.getByText(/In round 2/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(inesPage);
  await inesContext.close();
});
