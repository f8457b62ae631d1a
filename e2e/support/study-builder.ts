import { expect, type Browser, type Page } from "@playwright/test";
import { linkIn, uniqueEmail, waitForMail } from "./mail.ts";
import { createStudyViaUi } from "./session.ts";

export type BuiltExpert = { name: string; email: string; link: string };

/**
 * Through the UI, as a signed-in facilitator: a study with a four-clause version 1 and
 * `names.length` experts who were invited and accepted (each in their own browser), and
 * any further clauses after the four standard ones.
 */
export async function buildStudyWithAcceptedPanel(
  page: Page,
  browser: Browser,
  baseURL: string,
  names: string[],
  /** Experts who agree to be named in the publication, with the affiliation to print. */
  acknowledge: Record<string, string> = {},
  moreClauses: string[] = [],
) {
  const studyId = await createStudyViaUi(page, `Round study ${Date.now()}`);
  await page.goto(`/studies/${studyId}/text`);
  // Two paragraphs: browsers send a textarea's line breaks as CRLF, which once turned every
  // untouched "suggested rewording" box into a suggestion (issue 13).
  await page
    .getByLabel("Text shown before the clauses")
    .fill("Please read the **four** clauses.\n\nEach says what a tool library is.");
  await page.getByRole("button", { name: "Save explanatory text" }).click();
  for (const clause of [
    "Lends tools.",
    "Is not for profit.",
    "Keeps a catalogue.",
    "Offers safety advice.",
    ...moreClauses,
  ]) {
    await page.getByLabel("Wording of the new clause").fill(clause);
    await page.getByRole("button", { name: "Add clause" }).click();
    await expect(page.getByLabel("Wording of the new clause")).toHaveValue("");
  }

  await page.goto(`/studies/${studyId}/panel`);
  const form = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Add to panel" }) });
  const experts: BuiltExpert[] = [];
  for (const name of names) {
    const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, "."), "panel.e2e.test");
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Email address").fill(email);
    await form.getByRole("button", { name: "Add to panel" }).click();
    await expect(
      form
        .getByRole("status")
        .or(form.getByText(`${name} was added`))
        .first(),
    ).toBeVisible();
    experts.push({ name, email, link: "" });
  }

  await page.goto(`/studies/${studyId}/invitations`);
  await page.getByRole("button", { name: /^Invite \d+ proposed expert/ }).click();
  await expect(page.getByText(/invitations? queued for sending/)).toBeVisible();
  for (const expert of experts) {
    expert.link = linkIn(await waitForMail(expert.email), "/respond/");
    const context = await browser.newContext({ baseURL });
    const p = await context.newPage();
    await p.goto(expert.link);
    await p.getByLabel(/I agree to take part/).check();
    await p.getByLabel("I have no conflict of interest to declare.").check();
    if (expert.name in acknowledge) {
      await p.getByLabel(/Name me in the acknowledgements/).check();
      await p.getByLabel("Affiliation to print with your name").fill(acknowledge[expert.name]!);
    }
    await p.getByRole("button", { name: "Accept and take part" }).click();
    await expect(p.getByText("You are on the panel")).toBeVisible();
    await context.close();
  }
  return { studyId, experts };
}

/** A datetime-local value `days` from now (in the browser's zone, which the form reports). */
export function localDateTime(days: number): string {
  const d = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The study's panel member ids, as the facilitator's panel page holds them (none may leak). */
export async function panelMemberIds(page: Page, studyId: string): Promise<string[]> {
  await page.goto(`/studies/${studyId}/panel`);
  return [
    ...new Set(
      await page
        .locator('input[name="panelMemberId"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ),
  ];
}
