import { expect, type Page } from "@playwright/test";
import { linkIn, mailTo, uniqueEmail, waitForMail } from "./mail.ts";
import { ALLOWED_DOMAIN } from "./servers.ts";

/**
 * Signs a brand-new facilitator in on the "smtp" server (page must use its baseURL),
 * through the real path: form → SMTP sink → confirmation page → button.
 */
export async function signInAsNewFacilitator(page: Page, tag = "facilitator"): Promise<string> {
  const email = uniqueEmail(tag, ALLOWED_DOMAIN);
  await signInAs(page, email);
  return email;
}

/** Signs `email` in on the "smtp" server (page must use its baseURL): a new or known account. */
export async function signInAs(page: Page, email: string): Promise<void> {
  // A known account may have signed in before in this run (the demo facilitator, in more
  // than one spec): its link is in the next message, not the first.
  const before = mailTo(email).length;
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email$/);
  const mail = await waitForMail(email, before + 1);
  await page.goto(linkIn(mail, "/signin/confirm"));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/studies$/);
}

/** Creates a study through the UI and returns its id (from the URL). */
export async function createStudyViaUi(page: Page, title: string): Promise<string> {
  await page.goto("/studies/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create study" }).click();
  await expect(page).toHaveURL(/\/studies\/[^/]+\/protocol$/);
  const match = page.url().match(/\/studies\/([^/]+)\/protocol/);
  return match![1]!;
}
