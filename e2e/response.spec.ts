import { expect, test, type Page } from "@playwright/test";
import {
  expectNoSeriousA11yViolations,
  expectNoSeriousA11yViolationsWithoutScripts,
} from "./support/axe.ts";
import { mailTo, waitForMail } from "./support/mail.ts";
import { e2eServers } from "./support/servers.ts";
import { signInAsNewFacilitator } from "./support/session.ts";
import { buildStudyWithAcceptedPanel } from "./support/study-builder.ts";

// Round 1 from the experts' side: answer, draft survives a reload, submit, change and
// resubmit, change again and leave (the submitted answer still counts); another expert
// without JavaScript, through the same states; a third who never answers gets exactly the
// scheduled reminder; after the deadline the form is closed and a late POST changes nothing.
const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

const DEADLINE_SECONDS = 90;

function localDateTimeWithSeconds(secondsFromNow: number): string {
  const d = new Date(Date.now() + secondsFromNow * 1000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

async function answer(page: Page, part: string, position: "can" | "cannot", reason = "") {
  const group = page.getByRole("group", { name: part });
  await group
    .getByLabel(position === "can" ? "I can live with it" : "I cannot live with it")
    .check();
  if (reason) await group.getByLabel("Reason").fill(reason);
}

/** The state after changes saved but not submitted, with the date of the answer that counts. */
async function expectUnsubmittedChanges(page: Page) {
  const status = page.getByText(/You have unsubmitted changes — submit to replace your answer of/);
  await expect(status).toBeVisible();
  await expect(status.locator("time")).toHaveText(/\d/);
}

test("experts answer round 1, with and without JavaScript, until the deadline closes it", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  await signInAsNewFacilitator(page, "responses");
  const { studyId, experts } = await buildStudyWithAcceptedPanel(page, browser, smtp.baseURL, [
    "Ada Answer",
    "Ben NoScript",
    "Cy Silent",
  ]);
  const [ada, ben, cy] = experts as [(typeof experts)[0], (typeof experts)[0], (typeof experts)[0]];

  await page.goto(`/studies/${studyId}/rounds`);
  await page.getByLabel("Closes at").fill(localDateTimeWithSeconds(DEADLINE_SECONDS));
  await page.getByLabel("Reminders (days before the deadline)").fill("1");
  await page.getByRole("button", { name: "Open round 1" }).click();
  await expect(page).toHaveURL(/\/rounds\/1$/);
  const openedAt = Date.now();

  // Ada, with JavaScript: from her study page to the round.
  const adaContext = await browser.newContext({ baseURL: smtp.baseURL });
  const adaPage = await adaContext.newPage();
  await adaPage.goto(ada.link);
  // Her pages are hers: no facilitators' sign-in where she has no account (the home page,
  // in the same browser, still offers it).
  const signIn = adaPage.getByRole("banner").getByRole("link", { name: "Sign in" });
  await expect(
    adaPage.getByRole("banner").getByRole("link", { name: "Livewith home" }),
  ).toBeVisible();
  await expect(signIn).toHaveCount(0);
  await adaPage.getByRole("link", { name: /Round 1 is open until/ }).click();
  await expect(
    adaPage.getByRole("heading", { name: "Round 1: can you live with this text?" }),
  ).toBeVisible();
  await expect(signIn).toHaveCount(0);
  const home = await adaContext.newPage();
  await home.goto("/");
  await expect(home.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await home.close();
  await expectNoSeriousA11yViolations(adaPage);
  await answer(adaPage, "The explanatory text", "can");
  await answer(adaPage, "Clause 1", "can");
  await answer(adaPage, "Clause 2", "cannot");
  // Autosave, then a reload mid-way finds the draft.
  await expect(adaPage.getByText(/^Saved/)).toBeVisible();
  await adaPage.reload();
  await expect(
    adaPage.getByRole("group", { name: "Clause 2" }).getByLabel("I cannot live with it"),
  ).toBeChecked();
  // Her progress, from the stored draft, with the way to what is still open.
  const progress = adaPage.getByRole("navigation", { name: "Your progress" });
  await expect(progress).toContainText("3 of 6 parts answered");
  await progress.getByRole("link", { name: "Clause 3" }).click();
  await expect(
    adaPage.getByRole("group", { name: "Clause 3" }).getByLabel("I can live with it"),
  ).toBeFocused();
  // "Cannot live with" needs a reason to submit.
  await answer(adaPage, "Clause 3", "can");
  await answer(adaPage, "Clause 4", "can");
  await adaPage
    .getByRole("group", { name: "The text as a whole" })
    .getByLabel("I can live with the text as a whole")
    .check();
  await expect(progress).toContainText("6 of 6 parts answered");
  await expect(progress).toContainText("Every part has an answer.");
  await adaPage.getByRole("button", { name: "Submit my answers" }).click();
  // The error summary names the part and leads to its reason field.
  const errorSummary = adaPage.getByRole("alert").filter({ hasText: "Please correct" });
  await errorSummary
    .getByRole("link", { name: "Clause 2: Say why you cannot live with it." })
    .click();
  await expect(adaPage.getByRole("group", { name: "Clause 2" }).getByLabel("Reason")).toBeFocused();
  await adaPage
    .getByRole("group", { name: "Clause 2" })
    .getByLabel("Reason")
    .fill("Profit is not the point; cost recovery is.");
  await adaPage.getByRole("button", { name: "Submit my answers" }).click();
  await expect(adaPage.getByText("Thank you: your answers are submitted.")).toBeVisible();
  // Later she changes an answer and submits it without a reason: refused, answers kept. Then
  // with the reason: accepted, not a conflict with her own answer (the refused submission
  // once sent the form back to the revision the page had loaded with).
  await answer(adaPage, "Clause 4", "cannot");
  await adaPage.getByRole("button", { name: "Submit my changes" }).click();
  await errorSummary
    .getByRole("link", { name: "Clause 4: Say why you cannot live with it." })
    .click();
  await expect(adaPage.getByRole("group", { name: "Clause 4" }).getByLabel("Reason")).toBeFocused();
  await adaPage
    .getByRole("group", { name: "Clause 4" })
    .getByLabel("Reason")
    .fill("Advice is a nice extra, not a defining feature.");
  await adaPage.getByRole("button", { name: "Submit my changes" }).click();
  // The thank-you of the first submit is still on the page, so wait for this submit's own
  // end (the page then focuses the status) before checking that it was no conflict. (What is
  // typed while a submit is on its way is kept: e2e/submit-in-flight.spec.ts.)
  await expect(adaPage.locator(":focus")).toContainText("Thank you: your answers are submitted.");
  await expect(adaPage.getByText("Your answers were changed elsewhere")).toHaveCount(0);
  // Then changes one more answer, lets autosave keep it, and leaves without submitting:
  // the answer she submitted keeps counting, and her page says so.
  const autosaved = adaPage.waitForResponse(
    (r) =>
      r.url().endsWith("/autosave") &&
      r.status() === 200 &&
      (r.request().postData() ?? "").includes("Second thoughts, never submitted."),
  );
  await answer(adaPage, "Clause 3", "cannot", "Second thoughts, never submitted.");
  await autosaved;
  await adaPage.reload();
  await expectUnsubmittedChanges(adaPage);
  await expect(
    adaPage.getByRole("group", { name: "Clause 3" }).getByLabel("I cannot live with it"),
  ).toBeChecked();
  // Her own page says the same, in one banner, and leads back to the changes.
  await adaPage.goto(ada.link);
  await expect(
    adaPage.getByText(/You have unsubmitted changes: your answers of .+ count/),
  ).toBeVisible();
  await expect(adaPage.getByText("You are on the panel")).toHaveCount(0);
  await adaPage.getByRole("link", { name: "Review and submit your changes to round 1" }).click();
  await expect(adaPage.getByRole("heading", { name: /^Round 1: can you live/ })).toBeVisible();

  // Ben, without JavaScript, on a phone: a plain form POST.
  const benContext = await browser.newContext({
    baseURL: smtp.baseURL,
    javaScriptEnabled: false,
    viewport: { width: 360, height: 800 },
  });
  const benPage = await benContext.newPage();
  await benPage.goto(`${ben.link}/rounds/1`);
  await expect(benPage).toHaveTitle("Your answers, round 1 · Livewith");
  await expectNoSeriousA11yViolationsWithoutScripts(benPage, browser);
  // A refused POST: the title says so, and the summary comes first after the heading, takes
  // focus (autofocus: no script needed) and names and links the part in error.
  await answer(benPage, "Clause 2", "cannot");
  await benPage.getByRole("button", { name: "Submit my answers" }).click();
  await expect(benPage).toHaveTitle("Error: Your answers, round 1 · Livewith");
  const summary = benPage.getByRole("alert").filter({ hasText: "Please correct the following" });
  await expect(summary).toBeFocused();
  await expect(benPage.locator("header:has(h1) + *")).toHaveAttribute("role", "alert");
  await summary.getByRole("link", { name: /^Clause 2: Say why/ }).click();
  await expect(benPage.getByRole("group", { name: "Clause 2" }).getByLabel("Reason")).toBeVisible();
  await expectNoSeriousA11yViolationsWithoutScripts(benPage, browser);
  for (const part of ["The explanatory text", "Clause 1", "Clause 2", "Clause 3", "Clause 4"])
    await answer(benPage, part, "can");
  await benPage
    .getByRole("group", { name: "The text as a whole" })
    .getByLabel("I can live with the text as a whole")
    .check();
  await benPage.getByRole("button", { name: "Submit my answers" }).click();
  await expect(benPage.getByText("Thank you: your answers are submitted.")).toBeVisible();
  await expect(benPage).toHaveTitle("Your answers, round 1 · Livewith");
  await expect(benPage.getByText(/^What happens next: the round closes on .*\d/)).toBeVisible();
  // Without JavaScript too: a saved change shows beside the answer that counts, and
  // submitting it replaces that answer.
  await answer(benPage, "Clause 3", "cannot", "A change of mind.");
  await benPage.getByRole("button", { name: "Save draft" }).click();
  await expect(benPage.getByText("Your draft is saved.")).toBeVisible();
  await expectUnsubmittedChanges(benPage);
  await benPage.getByRole("button", { name: "Submit my changes" }).click();
  await expect(benPage.getByText("Thank you: your answers are submitted.")).toBeVisible();
  await expect(benPage.getByText(/You have unsubmitted changes/)).toHaveCount(0);

  // The facilitator's live dashboard.
  await page.reload();
  await expect(page.getByTestId("count-submitted")).toHaveText("2");
  await expect(page.getByTestId("count-notStarted")).toHaveText("1");
  await expect(page.getByTestId(`round-expert-${ada.email}`)).toContainText(
    "Submitted, changes not submitted",
  );
  await expect(page.getByTestId(`round-expert-${ben.email}`)).not.toContainText(
    "changes not submitted",
  );
  // Facilitators may read who said what.
  await page.getByRole("link", { name: "Read the answers (who said what)" }).click();
  const adaAnswers = page.getByRole("article").filter({ hasText: "Ada Answer" });
  await expect(adaAnswers).toContainText("Reason: Profit is not the point; cost recovery is.");
  // Her submitted answer, not the change she left unsubmitted.
  await expect(adaAnswers).toContainText("changes not submitted");
  await expect(adaAnswers).not.toContainText("Second thoughts, never submitted.");
  // Both left every pre-filled rewording box (a two-paragraph explanatory text among them)
  // untouched, with and without JavaScript: neither suggested a rewording.
  for (const name of ["Ada Answer", "Ben NoScript"])
    await expect(page.getByRole("article").filter({ hasText: name })).not.toContainText(
      "Suggested wording",
    );
  await expectNoSeriousA11yViolations(page);
  await page.goBack();

  // After the deadline (plus the scheduler's next look) the round is closed.
  const wait = openedAt + (DEADLINE_SECONDS + 10) * 1000 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  await expect(async () => {
    await page.reload();
    await expect(page.getByText("Closed", { exact: true }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });

  // Ben's page was loaded before the deadline: his late POST is refused and changes nothing.
  await answer(benPage, "Clause 1", "cannot", "Too late to say this.");
  await benPage.getByRole("button", { name: /^Submit my (answers|changes)$/ }).click();
  await expect(
    benPage
      .getByText("This round is closed: your answers were not saved and nothing was changed.")
      .first(),
  ).toBeVisible();
  await benPage.goto(`${ben.link}/rounds/1`);
  await expect(
    benPage.getByRole("group", { name: "Clause 1" }).getByLabel("I can live with it"),
  ).toBeChecked();
  const late = await request.post(`${ada.link}/rounds/1/autosave`, {
    form: { revision: "99", intent: "save", overallPosition: "CANNOT_LIVE_WITH" },
    headers: { origin: smtp.baseURL },
  });
  expect(late.status()).toBe(409);
  await adaPage.reload();
  await expect(adaPage.getByText(/This round closed on/)).toBeVisible();
  await expect(
    adaPage.getByRole("group", { name: "Clause 4" }).getByLabel("I cannot live with it"),
  ).toBeChecked();

  // Cy never answered: exactly one reminder (the "1 day before" one), however often the scheduler ran.
  await waitForMail(cy.email, 3);
  const reminders = mailTo(cy.email).filter((m) => m.subject.startsWith("Reminder"));
  expect(reminders).toHaveLength(1);
  await expect(page.getByTestId("count-submitted")).toHaveText("2");
  await adaContext.close();
  await benContext.close();
});
