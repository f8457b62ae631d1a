import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";
import { linkIn, mailTo, uniqueEmail, waitForMail } from "./support/mail.ts";
import { ALLOWED_DOMAIN, e2eServers } from "./support/servers.ts";

const { smtp } = e2eServers();
test.use({ baseURL: smtp.baseURL });

async function requestLink(page: import("@playwright/test").Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email$/);
  return (await page.locator("main").innerText()).trim();
}

test("a facilitator signs in through the emailed link, confirmed by a button", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("facilitator", ALLOWED_DOMAIN);
  await page.goto("/signin");
  await expectNoSeriousA11yViolations(page);
  await requestLink(page, email);
  await expectNoSeriousA11yViolations(page);

  const mail = await waitForMail(email);
  expect(mail.subject).toContain("sign-in link");
  const link = linkIn(mail, "/signin/confirm");

  // A plain GET of the link (what a mail scanner does) shows the page and signs nobody in.
  const scanned = await request.get(link);
  expect(scanned.status()).toBe(200);
  expect(await scanned.text()).toContain("Confirm sign-in");
  const afterScan = await request.get("/studies", { maxRedirects: 0 });
  expect(afterScan.status()).toBe(307);
  expect(afterScan.headers()["location"]).toContain("/signin");
  // Nor does a GET of next-auth's own callback URL: it only leads to the same page.
  const callback = link.replace("/signin/confirm", "/api/auth/callback/email");
  const viaCallback = await request.get(callback, { maxRedirects: 0 });
  expect(viaCallback.status()).toBe(303);
  expect(viaCallback.headers()["location"]).toContain("/signin/confirm");
  expect((await request.get("/studies", { maxRedirects: 0 })).status()).toBe(307);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Confirm sign-in" })).toBeVisible();
  await expect(page.getByText(`You are about to sign in as ${email}.`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/studies$/);
  await expect(page.getByRole("heading", { name: "Your studies" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  // The link works once.
  await page.context().clearCookies();
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/signin\/error/);
  await expect(page.getByText("expired or has already been used")).toBeVisible();
});

test("an address that may not sign in gets the identical response and no mail", async ({
  page,
  request,
}) => {
  const allowed = uniqueEmail("known", ALLOWED_DOMAIN);
  const unknown = uniqueEmail("stranger", "elsewhere.e2e.test");

  const allowedText = await requestLink(page, allowed);
  const unknownText = await requestLink(page, unknown);
  expect(unknownText).toBe(allowedText);

  // The same at the HTTP level: status and redirect target do not depend on the address.
  const responses = [];
  for (const email of [allowed, unknown]) {
    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await request.post("/api/auth/signin/email", {
      form: { email, csrfToken: csrf.csrfToken, callbackUrl: "/studies", json: "true" },
    });
    responses.push({ status: res.status(), body: await res.text() });
  }
  expect(responses[1]).toEqual(responses[0]);

  await waitForMail(allowed, 2);
  // By the time the allowed address has both of its messages, a message to the other
  // would have been delivered too (same queue, same worker).
  await page.waitForTimeout(1500);
  expect(mailTo(unknown)).toHaveLength(0);
});
