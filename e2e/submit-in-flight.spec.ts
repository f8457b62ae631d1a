import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { loadForm, post } from "../bench/expert-form.ts";
import { startExtraServer } from "./support/extra-server.ts";
import { e2eServers, isEmbedded, testClientUrl } from "./support/servers.ts";
import { signInAsNewFacilitator } from "./support/session.ts";
import { buildStudyWithAcceptedPanel } from "./support/study-builder.ts";
import { openRound } from "./support/two-round-study.ts";

// An expert's submission takes time on a slow link or a busy server: what they type
// meanwhile must not be lost (issue 16), neither when the submission comes back nor when
// the server turns it away as busy and the page retries.
const { smtp, second } = e2eServers();
test.use({ baseURL: smtp.baseURL });

/** The writers' lock of lib/rounds/internal/round-write-lock.ts, taken exclusively. */
const ROUND_ANSWERS = 16_001;
const SUBMITTED = "Thank you: your answers are submitted.";

async function canLiveWithEverything(page: Page) {
  for (const radio of await page.getByLabel("I can live with it", { exact: true }).all())
    await radio.check();
  await page.getByLabel("I can live with the text as a whole").check();
}

test("what an expert types while their submission is on its way is kept and saved", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signInAsNewFacilitator(page, "in-flight");
  const { studyId, experts } = await buildStudyWithAcceptedPanel(page, browser, smtp.baseURL, [
    "Ines Inflight",
  ]);
  await openRound(page, studyId, 1);
  const expert = await (await browser.newContext({ baseURL: smtp.baseURL })).newPage();
  await expert.goto(`${experts[0]!.link}/rounds/1`);
  await canLiveWithEverything(expert);

  // The submission is held on its way (a slow link) until the expert has typed on.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let sent!: () => void;
  const onItsWay = new Promise<void>((resolve) => (sent = resolve));
  await expert.route(/\/rounds\/1$/, async (route) => {
    if (route.request().method() === "POST") {
      sent();
      await held;
    }
    await route.continue();
  });
  await expert.getByRole("button", { name: "Submit my answers" }).click();
  await onItsWay;
  const comments = expert.getByLabel("General comments");
  const typed = "Typed while the submission was on its way.";
  await comments.fill(typed);
  // The pause after typing ends while the submission is still held: autosave waits for it.
  await expert.waitForTimeout(2_000);
  const autosaved = expert.waitForResponse(
    (r) => r.url().endsWith("/autosave") && (r.request().postData() ?? "").includes(typed),
  );
  release();

  // The submission comes back: the answer is submitted, and the form still shows the text.
  await expect(expert.locator(":focus")).toContainText(SUBMITTED);
  await expect(comments).toHaveValue(typed);
  // Autosave then keeps it as a draft beside the submitted answer, not as a conflict.
  expect((await autosaved).status()).toBe(200);
  await expect(expert.getByText("Your answers were changed elsewhere")).toHaveCount(0);
  await expert.reload();
  await expect(expert.getByLabel("General comments")).toHaveValue(typed);
  await expect(
    expert.getByText(/You have unsubmitted changes — submit to replace your answer of/),
  ).toBeVisible();
});

test("a submission the server turns away as busy is retried by the page, with what was typed meanwhile", async ({
  page,
  browser,
}) => {
  test.skip(isEmbedded || !second, "the extra server shares the suite's PostgreSQL database");
  test.setTimeout(240_000);
  await signInAsNewFacilitator(page, "busy");
  const { studyId, experts } = await buildStudyWithAcceptedPanel(page, browser, smtp.baseURL, [
    "Bo Busy",
    "Hal Holder",
  ]);
  await openRound(page, studyId, 1);
  const respondPath = (link: string) => `${new URL(link).pathname}/rounds/1`;

  // A server with a single database connection: one submission held inside its transaction
  // saturates it, as a whole panel submitting at once saturates a real pool.
  const server = await startExtraServer(2, { DATABASE_POOL_SIZE: "1" });
  // The shared database under the test's own name: e2e/two-servers.spec.ts cuts the
  // second server's connections by theirs, perhaps while this test runs beside it.
  const db = new pg.Client({ connectionString: testClientUrl(second!) });
  await db.connect();
  try {
    const expert = await (await browser.newContext({ baseURL: server.base })).newPage();
    await expert.goto(respondPath(experts[0]!.link));
    await canLiveWithEverything(expert);
    const holderForm = await loadForm(server.base, respondPath(experts[1]!.link));

    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM "Round" WHERE "studyId" = $1 AND number = 1`,
      [studyId],
    );
    await db.query("SELECT pg_advisory_lock($1::int, hashtext($2))", [ROUND_ANSWERS, rows[0]!.id]);
    const holder = post(server.base, server.base + respondPath(experts[1]!.link), holderForm);
    await expert.waitForTimeout(1_000);

    // Bo submits: no connection comes free in time, so the server answers "busy" and the
    // page says it will retry.
    await expert.getByRole("button", { name: "Submit my answers" }).click();
    // (Autosave, waiting for a connection too, may say so on its status line as well.)
    await expect(
      expert.getByText("Busy — your answers are saved on this device, retrying.").first(),
    ).toBeVisible({ timeout: 30_000 });
    const typed = "Typed while the server was busy.";
    await expert.getByLabel("General comments").fill(typed);

    // The database frees up: the held submission lands, and the page's retry goes through.
    await db.query("SELECT pg_advisory_unlock($1::int, hashtext($2))", [
      ROUND_ANSWERS,
      rows[0]!.id,
    ]);
    expect((await holder).ok).toBe(true);
    await expect(expert.getByText(SUBMITTED)).toBeVisible({ timeout: 60_000 });
    await expect(expert.getByLabel("General comments")).toHaveValue(typed);
    const stored = await db.query<{ name: string; state: string }>(
      `SELECT m.name, r.state::text AS state
         FROM "Response" r JOIN "PanelMember" m ON m.id = r."panelMemberId"
        WHERE r."roundId" = $1 ORDER BY m.name`,
      [rows[0]!.id],
    );
    expect(stored.rows.map((r) => [r.name, r.state])).toEqual([
      ["Bo Busy", "SUBMITTED"],
      ["Hal Holder", "SUBMITTED"],
    ]);
  } finally {
    await db.end();
    server.stop();
  }
});
