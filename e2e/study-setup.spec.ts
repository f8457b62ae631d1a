import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";
import { linkIn, waitForMail } from "./support/mail.ts";
import { e2eServers } from "./support/servers.ts";
import { createStudyViaUi, signInAsNewFacilitator } from "./support/session.ts";

// The whole set-up journey of a study, from the facilitator's first form to two experts'
// answers, through the real SMTP path.
const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);
const AINO = { name: "Aino Virtanen", email: "aino.virtanen@panel.e2e.test" };
const BRAM = { name: "Bram Kowalczyk", email: "bram.kowalczyk@panel.e2e.test" };

async function importCsv(page: Page, studyId: string, file: string) {
  await page.goto(`/studies/${studyId}/panel/import`);
  await page.getByLabel("CSV file", { exact: true }).setInputFiles(fixture(file));
  await page.getByRole("button", { name: "Check and import" }).click();
}

async function addClause(page: Page, text: string) {
  await page.getByLabel("Wording of the new clause").fill(text);
  await page.getByRole("button", { name: "Add clause" }).click();
  await expect(page.getByLabel("Wording of the new clause")).toHaveValue("");
}

test("set up a study, invite a 50-expert panel, and experts accept or decline", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  await signInAsNewFacilitator(page, "setup");
  const studyId = await createStudyViaUi(page, `Tool libraries ${Date.now()}`);

  // Protocol: room for one nominee beyond the imported 50.
  await page.getByLabel("Panel cap").fill("60");
  await page.getByRole("button", { name: "Save protocol" }).click();
  await expect(page.getByText("Protocol saved.")).toBeVisible();

  // Version 1 with four clauses.
  await page
    .getByRole("navigation", { name: "Study sections" })
    .getByRole("link", { name: "Text" })
    .click();
  await page.getByLabel("Text shown before the clauses").fill("Tool libraries lend **equipment**.");
  await page.getByRole("button", { name: "Save explanatory text" }).click();
  for (const clause of [
    "Lends tools.",
    "Is not for profit.",
    "Keeps a catalogue.",
    "Offers safety advice.",
  ]) {
    await addClause(page, clause);
  }
  await expect(page.getByLabel(/^Wording of clause \d+$/)).toHaveCount(4);

  // Panel: a file with errors first (nothing is written), then the 50-row file.
  await importCsv(page, studyId, "panel-with-errors.csv");
  await expect(page.getByText(/Nothing was imported/)).toBeVisible();
  await expect(page.getByTestId("import-problem").first()).toBeVisible();
  await importCsv(page, studyId, "panel-50.csv");
  await expect(page.getByText("50 experts were imported as proposed.")).toBeVisible();

  // Invitations: one email per expert, each with a personal link.
  await page
    .getByRole("navigation", { name: "Study sections" })
    .getByRole("link", { name: "Invitations" })
    .click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Invite 50 proposed experts" }).click();
  await expect(page.getByText("50 invitations queued for sending.")).toBeVisible();
  const ainoLink = linkIn(await waitForMail(AINO.email), "/respond/");
  const bramLink = linkIn(await waitForMail(BRAM.email), "/respond/");
  expect(ainoLink).not.toBe(bramLink);

  // A GET of the link (a mail scanner) shows the page and changes nothing.
  const scanned = await request.get(ainoLink);
  expect(await scanned.text()).toContain("Will you take part?");
  await page.reload();
  await expect(page.getByTestId(`invitation-${AINO.email}`)).toContainText("Invited");

  // Aino accepts and agrees to be acknowledged; the page shows nobody else.
  const aino = await (await browser.newContext({ baseURL: smtp.baseURL })).newPage();
  await aino.goto(ainoLink);
  await expect(aino.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(aino);
  const html = await aino.content();
  expect(html).not.toContain(BRAM.email);
  expect(html).not.toContain(BRAM.name);
  await aino.getByRole("button", { name: "Accept and take part" }).click();
  await expect(aino.getByText("Tick this box to take part").first()).toBeVisible();
  await aino.getByLabel(/I agree to take part/).check();
  await aino.getByLabel(/Name me in the acknowledgements/).check();
  await aino.getByLabel("I have no conflict of interest to declare.").check();
  await aino.getByRole("button", { name: "Accept and take part" }).click();
  await expect(aino.getByText("You are on the panel")).toBeVisible();
  // …and nominates a peer.
  await aino.getByRole("textbox", { name: "Name", exact: true }).fill("Rosa Peer");
  await aino
    .getByRole("textbox", { name: "Email address", exact: true })
    .fill("rosa.peer@panel.e2e.test");
  await aino.getByRole("button", { name: "Send nomination" }).click();
  await expect(
    aino.getByText("Thank you: the facilitators will consider your nomination."),
  ).toBeVisible();

  // Bram declines.
  const bram = await (await browser.newContext({ baseURL: smtp.baseURL })).newPage();
  await bram.goto(bramLink);
  await bram.getByRole("button", { name: "Decline the invitation" }).click();
  await expect(bram.getByText("You declined")).toBeVisible();

  // The facilitator sees the statuses and the composition; adds the nominee.
  await page.goto(`/studies/${studyId}/panel`);
  await expect(page.getByTestId("panel-member").filter({ hasText: AINO.name })).toContainText(
    "Accepted",
  );
  await expect(page.getByTestId("panel-member").filter({ hasText: BRAM.name })).toContainText(
    "Declined",
  );
  await expect(page.getByText("49 of 60 places taken")).toBeVisible();
  await page.getByRole("button", { name: "Add Rosa Peer to the panel" }).click();
  await expect(page.getByTestId("panel-member").filter({ hasText: "Rosa Peer" })).toContainText(
    "Proposed",
  );
  await expect(page.getByText("50 of 60 places taken")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Sending again rotates a link: the old one then shows the neutral page.
  const carl = { name: "Chiara Mensah", email: "chiara.mensah@panel.e2e.test" };
  const firstLink = linkIn(await waitForMail(carl.email), "/respond/");
  await page.goto(`/studies/${studyId}/invitations`);
  await expect(page.getByTestId(`invitation-${AINO.email}`)).toContainText("Accepted");
  await expect(page.getByTestId(`invitation-${carl.email}`)).toContainText("Sent");
  await page.getByRole("button", { name: `Send the invitation to ${carl.name} again` }).click();
  await expect(page.getByText("Sent again with a new link.")).toBeVisible();
  const secondLink = linkIn(await waitForMail(carl.email, 2), "/respond/");
  expect(secondLink).not.toBe(firstLink);
  await aino.goto(firstLink);
  await expect(aino.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await aino.goto(secondLink);
  await expect(aino.getByText("Will you take part?")).toBeVisible();

  // Everyone who has not answered (not Aino, who accepted, nor Bram, who declined) at once.
  await page
    .getByRole("button", { name: "Send again to the 48 experts who have not answered" })
    .click();
  await expect(page.getByText("48 invitations queued again, each with a new link.")).toBeVisible();
  const thirdLink = linkIn(await waitForMail(carl.email, 3), "/respond/");
  await aino.goto(secondLink);
  await expect(aino.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await aino.goto(thirdLink);
  await expect(aino.getByText("Will you take part?")).toBeVisible();
  await aino.goto(ainoLink);
  await expect(aino.getByText("You are on the panel")).toBeVisible();
});
