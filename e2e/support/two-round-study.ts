import { expect, type Browser, type Page } from "@playwright/test";
import { allParts, answerRound } from "./answer-round.ts";
import { expectNoSeriousA11yViolations } from "./axe.ts";
import { draftVersion2 } from "./draft-version-2.ts";
import { buildStudyWithAcceptedPanel, localDateTime, panelMemberIds } from "./study-builder.ts";
import { justify, saveJustifications } from "./justify.ts";

// The study behind the publication and report journeys, built through the UI: four experts
// (Ana and Cleo agree to be named, Ben and Dev do not), two closed rounds, and a version 2
// with every kind of change, each justified against the panel's feedback.

const v1Parts = ["The explanatory text", ...[1, 2, 3, 4, 5, 6].map((n) => `Clause ${n}`)];

export async function openRound(page: Page, studyId: string, number: number) {
  await page.goto(`/studies/${studyId}/rounds`);
  await page.getByLabel("Closes at").fill(localDateTime(7));
  await page.getByRole("button", { name: `Open round ${number}` }).click();
}

export async function closeRound(page: Page, studyId: string, number: number) {
  await page.goto(`/studies/${studyId}/rounds/${number}`);
  await page.getByRole("button", { name: "Close the round now" }).click();
  await page.getByRole("button", { name: "Yes, close the round" }).click();
  await expect(page.getByText("Closed", { exact: true }).first()).toBeVisible();
}

export async function buildTwoRoundStudy(page: Page, browser: Browser, baseURL: string) {
  const { studyId, experts } = await buildStudyWithAcceptedPanel(
    page,
    browser,
    baseURL,
    ["Ana Public", "Ben Hidden", "Cleo Public", "Dev Hidden"],
    { "Ana Public": "Uni A", "Cleo Public": "" },
    ["Is run by volunteers.", "Trains its volunteers."],
  );
  const [ana, ben, cleo, dev] = experts as [
    (typeof experts)[0],
    (typeof experts)[0],
    (typeof experts)[0],
    (typeof experts)[0],
  ];
  const memberIds = await panelMemberIds(page, studyId);
  expect(memberIds).toHaveLength(4);

  // Round 1: clause 2 is contested; clauses 1 and 3 draw one reason each.
  await openRound(page, studyId, 1);
  await expect(page).toHaveURL(/\/rounds\/1$/);
  const can = allParts(v1Parts, "can");
  const notForProfit = (reason: string) => ({ position: "cannot" as const, reason });
  await answerRound(browser, baseURL, ana.link, 1, {
    ...can,
    "Clause 2": notForProfit("Deposits are not fees."),
  });
  await answerRound(browser, baseURL, ben.link, 1, {
    ...can,
    "Clause 2": notForProfit("Surpluses fund repairs."),
    "Clause 3": { position: "cannot", reason: "The catalogue should be online." },
  });
  await answerRound(browser, baseURL, cleo.link, 1, {
    ...can,
    "Clause 2": notForProfit("Too narrow for co-ops."),
  });
  await answerRound(browser, baseURL, dev.link, 1, {
    ...can,
    "Clause 1": { position: "cannot", reason: "Equipment too, not only tools." },
  });
  await closeRound(page, studyId, 1);

  // Version 2: reword 1, leave contested 2, split 3, remove 4, merge 5 and 6, add one.
  await draftVersion2(page, studyId);
  await expect(page.getByText(/6 changes still need a justification/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Justify every change but the contested clause 2: round 2 still refuses to open.
  await openRound(page, studyId, 2);
  await expect(
    page.getByText(/Version 2 has 6 changes without a justification/).first(),
  ).toBeVisible();
  await page.goto(`/studies/${studyId}/text/justify`);
  await expect(page.getByRole("region", { name: "Clause 2: unchanged" })).toContainText(
    "No consensus in round 1",
  );
  await justify(page, "Clause 1: reworded (was clause 1)", "Equipment added, as asked.", [
    "Accepted",
  ]);
  await justify(
    page,
    "Clauses 3 and 4: split from clause 3",
    "Online catalogues get their own clause.",
    ["Accepted"],
  );
  await justify(page, "Clause 5: merged from clauses 5 and 6", "One clause on volunteers.");
  await justify(page, "Clause 6: new", "Funders ask for reporting.");
  await justify(page, "Former clause 4: removed", "Safety advice is out of scope.");
  await saveJustifications(page, 5);
  await openRound(page, studyId, 2);
  await expect(
    page.getByText(/Version 2 has 1 change without a justification/).first(),
  ).toBeVisible();
  await page.goto(`/studies/${studyId}/text/justify`);
  await justify(page, "Clause 2: unchanged", "Kept: the panel is split on fees; see round 2.", [
    "Partly accepted",
    "Declined",
    "Out of scope",
  ]);
  await saveJustifications(page, 1);
  await expect(page.getByText("6 of 6 changes justified.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await openRound(page, studyId, 2);
  await expect(page).toHaveURL(/\/rounds\/2$/);

  // Round 2: clause 2 stays contested; Dev does not answer.
  await answerRound(browser, baseURL, ana.link, 2, can);
  for (const [expert, reason] of [
    [ben, "Still too narrow."],
    [cleo, "Profit can be reinvested."],
  ] as const) {
    await answerRound(browser, baseURL, expert.link, 2, {
      ...can,
      "Clause 2": notForProfit(reason),
    });
  }
  await closeRound(page, studyId, 2);
  return { studyId, experts, memberIds };
}
