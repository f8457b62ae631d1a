import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";
import { linkIn, mailTo, waitForMail } from "./support/mail.ts";
import { e2eServers } from "./support/servers.ts";
import { signInAsNewFacilitator } from "./support/session.ts";
import { buildStudyWithAcceptedPanel, localDateTime } from "./support/study-builder.ts";

const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

test("a facilitator opens a round, watches it, reminds, extends and closes it", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await signInAsNewFacilitator(page, "rounds");
  const { studyId, experts } = await buildStudyWithAcceptedPanel(page, browser, smtp.baseURL, [
    "Ana Round",
    "Ben Round",
  ]);

  await page.goto(`/studies/${studyId}/rounds`);
  await expect(page.getByRole("heading", { name: "No rounds yet" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // A deadline too soon is refused with a clear message.
  await page.getByLabel("Closes at").fill(localDateTime(0));
  await page.getByRole("button", { name: "Open round 1" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct" })).toContainText(
    "Choose a later deadline",
  );
  await page.getByLabel("Closes at").fill(localDateTime(7));
  await page.getByRole("button", { name: "Open round 1" }).click();

  await expect(page).toHaveURL(new RegExp(`/studies/${studyId}/rounds/1$`));
  await expect(page.getByTestId("count-notStarted")).toHaveText("2");
  await expectNoSeriousA11yViolations(page);
  // Each expert is emailed the same personal link they already hold.
  for (const expert of experts) {
    const opened = await waitForMail(expert.email, 2);
    expect(opened.subject).toContain("Round 1 is open");
    expect(linkIn(opened, "/respond/")).toBe(expert.link);
  }

  await page.getByRole("button", { name: "Send a reminder now" }).click();
  await expect(page.getByText("2 reminders queued.")).toBeVisible();
  for (const expert of experts)
    expect((await waitForMail(expert.email, 3)).subject).toContain("Reminder");

  await page.getByLabel("New deadline").fill(localDateTime(10));
  await page.getByRole("button", { name: "Change the deadline" }).click();
  await expect(page.getByText("Deadline changed.")).toBeVisible();

  // The protocol is now locked: a change needs a reason.
  await page.goto(`/studies/${studyId}/protocol`);
  await expect(
    page.getByText("The protocol was locked when the first round opened."),
  ).toBeVisible();
  await expect(page.getByLabel("Reason for the change")).toBeVisible();

  await page.goto(`/studies/${studyId}/rounds/1`);
  await page.getByRole("button", { name: "Close the round now" }).click();
  await page.getByRole("button", { name: "Yes, close the round" }).click();
  await expect(page.getByText("Closed", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Send a reminder now" })).toHaveCount(0);
  // Nothing more is sent once closed.
  expect(mailTo(experts[0]!.email)).toHaveLength(3);
});
