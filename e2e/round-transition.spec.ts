import { expect, test, type Locator } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";
import { allParts, answerRound } from "./support/answer-round.ts";
import { waitForMail } from "./support/mail.ts";
import { e2eServers } from "./support/servers.ts";
import { signInAsNewFacilitator } from "./support/session.ts";
import { buildStudyWithAcceptedPanel, localDateTime } from "./support/study-builder.ts";

// Issue 13, part 7: one page takes a facilitator from a closed round to the next one open,
// in order, and the summary sent on the way includes the justified changes. The clicks
// and choices a facilitator makes are counted, so the figure in the closing note is real.
const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

const parts = ["The explanatory text", "Clause 1", "Clause 2", "Clause 3", "Clause 4"];

test("the between-rounds page walks from round 1 closed to round 2 open", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signInAsNewFacilitator(page, "transition");
  const { studyId, experts } = await buildStudyWithAcceptedPanel(page, browser, smtp.baseURL, [
    "Ivy Step",
    "Jay Step",
  ]);
  await page.goto(`/studies/${studyId}/rounds`);
  // The deadline starts at the protocol's planned round length (14 days).
  await expect(page.getByLabel("Closes at")).toHaveValue(/^\d{4}-\d\d-\d\dT17:00$/);
  await page.getByLabel("Closes at").fill(localDateTime(7));
  await page.getByRole("button", { name: "Open round 1" }).click();
  await expect(page).toHaveURL(/\/rounds\/1$/);
  for (const expert of experts)
    await answerRound(browser, smtp.baseURL, expert.link, 1, {
      ...allParts(parts, "can"),
      "Clause 2": { position: "cannot", reason: `Too narrow, says ${expert.name.split(" ")[0]}.` },
    });

  // From here on, every click and choice the facilitator makes is counted.
  const count = { clicks: 0, fields: 0, choices: 0 };
  const click = async (target: Locator) => {
    count.clicks++;
    await target.click();
  };
  const fill = async (target: Locator, text: string) => {
    count.fields++;
    await target.fill(text);
  };
  const step = (name: RegExp) => page.getByRole("listitem").filter({ hasText: name });
  const expectStatus = (name: RegExp, value: string) =>
    expect(step(name)).toHaveAttribute("data-status", value);

  await page.reload();
  await click(page.getByRole("link", { name: "Next steps: from round 1 to round 2" }));
  await expect(page.getByRole("heading", { name: "From round 1 to round 2" })).toBeVisible();
  await expectStatus(/^1\. Close round 1/, "next");
  await expectStatus(/^7\. Open round 2/, "waiting");
  await expectNoSeriousA11yViolations(page);

  await click(step(/^1\. Close round 1/).getByRole("button", { name: "Close the round now" }));
  await click(page.getByRole("button", { name: "Yes, close the round" }));
  await expectStatus(/^1\. Close round 1/, "done");
  await expect(step(/^2\. Read the results/)).toContainText("1 part did not reach consensus");
  await expect(step(/^3\. Read the feedback/)).toContainText("2 feedback items");
  // (Not counted: a look at the Rounds page meanwhile.) Before version 2 exists it says what
  // is missing, with the way there, and not what opening round 2 would do.
  const transition = page.url();
  await page.goto(`/studies/${studyId}/rounds`);
  const blocked = page.getByRole("status").filter({ hasText: /next version has no clauses yet/ });
  await expect(blocked.getByRole("link", { name: "Text page" })).toHaveAttribute(
    "href",
    `/studies/${studyId}/text`,
  );
  await expect(page.getByText(/goes to \d+ accepted expert/)).toHaveCount(0);
  await page.goto(transition);

  await click(page.getByRole("button", { name: "Start version 2" }));
  await click(page.getByRole("link", { name: "Edit version 2" }));
  await fill(
    page.getByLabel("Wording of clause 2", { exact: true }),
    "Charges at most what it costs.",
  );
  await click(page.getByRole("button", { name: "Save clause 2" }));
  await expect(page.getByText("Saved.").first()).toBeVisible();

  await click(page.getByRole("link", { name: "Justify changes" }).first());
  const change = page.getByRole("region", { name: "Clause 2: reworded (was clause 2)" });
  await fill(change.getByLabel("Justification"), "Both experts found it too narrow.");
  for (const box of await change.getByRole("checkbox").all()) {
    if (!(await box.isVisible())) continue;
    count.clicks++;
    await box.check();
  }
  count.choices++;
  await change.getByLabel("What was done with the ticked feedback").selectOption("Accepted");
  await click(page.getByRole("button", { name: "Save all justifications" }));
  await expect(page.getByText("Saved: 1 justification.")).toBeVisible();
  await expect(page.getByText("1 of 1 change justified.")).toBeVisible();

  await click(page.getByRole("link", { name: "Next steps: from round 1 to round 2" }));
  await expectStatus(/^5\. Justify the changes/, "done");
  await expectStatus(/^6\. Send the summary/, "next");
  await click(page.getByRole("link", { name: "Summary for the panel" }));
  await fill(page.getByLabel("Your text (Markdown)"), "Thank you both. Clause 2 changes.");
  await click(page.getByRole("button", { name: "Save draft" }));
  await expect(page.getByText("Draft saved.")).toBeVisible();
  // The changes are justified: no "send anyway" is asked for.
  await expect(page.getByLabel(/Send it anyway/)).toHaveCount(0);
  await click(page.getByLabel(/I have read the preview/));
  await click(page.getByRole("button", { name: "Send to the panel" }));
  await expect(page.getByText("Summary sent to 2 experts.")).toBeVisible();

  await click(page.getByRole("link", { name: "Next steps: from round 1 to round 2" }));
  await expectStatus(/^6\. Send the summary/, "done");
  await expectStatus(/^7\. Open round 2/, "next");
  // The deadline is already filled in from the protocol.
  await click(page.getByRole("button", { name: "Open round 2" }));
  await expect(page).toHaveURL(/\/rounds\/2$/);

  // The summary the panel received says what changes in version 2, and why.
  // Invitation, round 1 opened, then the summary.
  const summary = await waitForMail(experts[0]!.email, 3);
  expect(summary.subject).toMatch(/^Summary of round 1: /);
  expect(summary.text).toContain("What changes in version 2, and why");
  expect(summary.text).toContain("Both experts found it too narrow.");

  // Sign-in, inputs and the count, for the closing note of issue 13.
  console.log(
    `round transition: ${count.clicks} clicks, ${count.fields} typed fields, ${count.choices} dropdowns`,
  );
  expect(count.choices).toBe(1);
  expect(count.clicks).toBeLessThanOrEqual(17);
});
