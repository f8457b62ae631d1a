import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_FACILITATOR_EMAIL, DEMO_PUBLISHED_TITLE, demoPanel } from "../demo/demo-content.ts";
import { DEMO_PUBLISHED_SLUG } from "../demo/published-slug.ts";
import { adminQuery } from "../test/support/postgres.ts";
import { expertLinkFor } from "./support/expert-links.ts";
import { publishViaUi } from "./support/publish.ts";
import { e2eServers, isEmbedded, SECOND_SERVER_APP_NAME } from "./support/servers.ts";
import { signInAs } from "./support/session.ts";

// Two app servers on one PostgreSQL database, as behind a load balancer: a change made
// through A must reach B's cached public pages within about a second (B reads the shared
// generation every second, lib/cache/), even when B's database connections are cut.
const { smtp, second } = e2eServers();
test.use({ baseURL: smtp.baseURL });

// The bound, counted from the moment the change is committed (A shows it: A purges
// its own caches in the action itself). The design bound is one read interval (1 s) plus a
// render.
const WITHIN = { timeout: 2_000, intervals: [100] };
/** For A's own action to commit, from the click (a busy machine takes its time). */
const COMMITTED = { timeout: 15_000, intervals: [100] };
const studyPage = `/s/${DEMO_PUBLISHED_SLUG}`;

async function statusOn(server: APIRequestContext) {
  return (await server.get(studyPage)).status();
}

/** What the study page says of `name`: named, not named, or not there. */
async function naming(server: APIRequestContext, name: string) {
  const response = await server.get(studyPage);
  if (response.status() !== 200) return response.status();
  return (await response.text()).includes(name) ? "named" : "not named";
}

/** Waits for A to show the change (it is then committed), then for B within the bound. */
async function reachesBoth<T>(read: (server: APIRequestContext) => Promise<T>, expected: T) {
  await expect.poll(() => read(a), COMMITTED).toBe(expected);
  await expect.poll(() => read(b), WITHIN).toBe(expected);
}

let a: APIRequestContext;
let b: APIRequestContext;

test("a change through one server reaches the other's cached public pages", async ({
  page,
  browser,
}) => {
  test.skip(isEmbedded || !second, "two servers need a PostgreSQL database to share");
  test.setTimeout(120_000);
  a = (await browser.newContext({ baseURL: smtp.baseURL })).request;
  b = (await browser.newContext({ baseURL: second!.baseURL })).request;

  // B serves the published demo study, the second time from its caches.
  expect(await statusOn(b)).toBe(200);
  const cached = await b.get(studyPage);
  expect(cached.status()).toBe(200);
  const named = demoPanel[0]!.name; // agreed to be named in the acknowledgements
  expect(await cached.text()).toContain(named);

  // A's facilitator takes the pages down: B answers 404 within the bound…
  await signInAs(page, DEMO_FACILITATOR_EMAIL);
  await page.getByRole("link", { name: DEMO_PUBLISHED_TITLE }).click();
  await expect(page).toHaveURL(/\/studies\/[^/]+$/);
  const overview = page.url();
  await page.getByRole("button", { name: "Take the public pages down" }).click();
  await reachesBoth(statusOn, 404);
  // …and serves the study again once A publishes it again.
  await publishViaUi(page);
  await reachesBoth(statusOn, 200);

  // The named expert takes back their consent to be named, on their own page on A: B's
  // page stops naming them. (Their personal link, made here as the server makes one.)
  const token = await expertLinkFor(smtp, DEMO_PUBLISHED_SLUG, named);
  const expert = await browser.newPage({ baseURL: smtp.baseURL });
  await expert.goto(`/respond/${token}`);
  await expert.getByLabel(/Name me in the acknowledgements/).uncheck();
  await expert.getByRole("button", { name: "Save my consents" }).click();
  await reachesBoth((server) => naming(server, named), "not named");

  // B's database connections are cut while A takes the pages down: B still never serves
  // the study past the bound (it reconnects, or serves no cached page at all meanwhile).
  expect(await statusOn(b)).toBe(200);
  await adminQuery(
    second!.env.DATABASE_URL!,
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
     WHERE application_name = '${SECOND_SERVER_APP_NAME}' AND pid <> pg_backend_pid()`,
  );
  await page.goto(overview);
  await page.getByRole("button", { name: "Take the public pages down" }).click();
  await reachesBoth(statusOn, 404);
  // Leave the demo study as the other specs expect it.
  await publishViaUi(page);
  await expert.goto(`/respond/${token}`);
  await expert.getByLabel(/Name me in the acknowledgements/).check();
  await expert.getByRole("button", { name: "Save my consents" }).click();
  await reachesBoth((server) => naming(server, named), "named");
});
