import { expect, test } from "@playwright/test";
import { allParts, answerRound } from "./support/answer-round.ts";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";
import { publicSlug, publishViaUi } from "./support/publish.ts";
import { e2eServers } from "./support/servers.ts";
import { signInAsNewFacilitator } from "./support/session.ts";
import { justify, saveJustifications } from "./support/justify.ts";
import { buildTwoRoundStudy, closeRound, openRound } from "./support/two-round-study.ts";

// Issue 13's acceptance for restored clauses: "Offers safety advice." is clause 4 of
// version 1, removed in version 2 and restored in version 3, which goes to round 3 and is
// published. The public sees where it came back from and its results in rounds 1 and 3.
const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

test("a clause removed in version 2 is restored in version 3, with its history", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  await signInAsNewFacilitator(page, "restore");
  const { studyId, experts } = await buildTwoRoundStudy(page, browser, smtp.baseURL);

  await page.goto(`/studies/${studyId}/text`);
  await page.getByRole("button", { name: "Start version 3" }).click();
  await expect(page.getByRole("heading", { name: "Clause 4 of version 1" })).toBeVisible();
  await page.getByLabel("Where to put clause 4 of version 1").selectOption("Before clause 4");
  await page.getByRole("button", { name: "Restore clause 4 of version 1" }).click();
  await expect(page.getByLabel("Wording of clause 4", { exact: true })).toHaveValue(
    "Offers safety advice.",
  );
  await expect(page.getByRole("heading", { name: "Clause 4 of version 1" })).toHaveCount(0);
  const changes = page.getByRole("list", { name: "Changes" });
  await expect(changes.getByRole("listitem")).toHaveCount(1);
  await expect(changes.getByText("restored from version 1")).toBeVisible();

  // The restoration and the clause still contested in round 2 are owed a reason.
  await page.goto(`/studies/${studyId}/text/justify`);
  await justify(page, "Clause 4: restored from version 1", "Strong feedback: safety was lost.");
  await justify(page, "Clause 2: unchanged", "Kept: fees are not profit.");
  await saveJustifications(page, 2);
  await expect(page.getByText("2 of 2 changes justified.")).toBeVisible();

  await openRound(page, studyId, 3);
  await expect(page).toHaveURL(/\/rounds\/3$/);
  const v3Parts = ["The explanatory text", ...[1, 2, 3, 4, 5, 6, 7].map((n) => `Clause ${n}`)];
  const [ana, ben] = experts as [(typeof experts)[0], (typeof experts)[0]];
  await answerRound(browser, smtp.baseURL, ana.link, 3, allParts(v3Parts, "can"));
  await answerRound(browser, smtp.baseURL, ben.link, 3, {
    ...allParts(v3Parts, "can"),
    "Clause 4": { position: "cannot", reason: "Advice is a liability." },
  });
  await closeRound(page, studyId, 3);

  const slug = await publicSlug(page, studyId);
  await publishViaUi(page);

  const anonymous = await browser.newContext({ baseURL: smtp.baseURL });
  const visitor = await anonymous.newPage();
  await visitor.goto(`/s/${slug}/v/3`);
  const changed = visitor.getByRole("region", { name: "What changed from version 2, and why" });
  const restored = changed
    .getByRole("listitem")
    .filter({ has: visitor.getByRole("heading", { name: "Clause 4: restored from version 1" }) });
  await expect(restored).toContainText("Strong feedback: safety was lost.");
  // Compared with its wording in version 1: nothing inserted or deleted.
  await expect(restored.locator("ins, del")).toHaveCount(0);

  await visitor.getByRole("link", { name: "History of clause 4" }).click();
  await expect(visitor.getByRole("heading", { name: "The history of clause 4" })).toBeVisible();
  const versions = visitor.getByRole("region", { name: "In each version" }).getByRole("listitem");
  await expect(versions).toHaveText([
    /^Version 1\s*clause 4 of the starting text\s*Offers safety advice\.$/,
    /^Version 2\s*dropped$/,
    /^Version 3\s*clause 4, restored from version 1\s*Offers safety advice\.$/,
  ]);
  const rounds = visitor.getByRole("table", { name: /^How many experts could live with/ });
  await expect(rounds.getByRole("row")).toHaveText([
    /^Round/,
    // Round 1: all four could live with it; round 2 was on version 2, without it.
    /^Round 1 \(version 1, clause 4\)\s*4\s*0\s*0\s*100%/,
    /^Round 3 \(version 3, clause 4\)\s*1\s*1\s*0\s*50%/,
  ]);
  await expectNoSeriousA11yViolations(visitor);

  const clauseUrl = visitor.url();
  expect((await anonymous.request.get(`${clauseUrl}x`)).status()).toBe(404);
  const json = await (await anonymous.request.get(`/s/${slug}/text.json`)).json();
  const [v1, , v3] = json.versions;
  expect(v3.clauses[3]).toMatchObject({
    clauseId: v1.clauses[3].clauseId,
    derivedFrom: [v1.clauses[3].id],
  });
  expect(new URL(v3.clauses[3].history).pathname).toBe(new URL(clauseUrl).pathname);
  await anonymous.close();
});
