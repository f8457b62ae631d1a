import { expect, test } from "@playwright/test";
import pg from "pg";
import { loadForm, post } from "../bench/expert-form.ts";
import { startExtraServer } from "./support/extra-server.ts";
import { e2eServers, isEmbedded, testClientUrl } from "./support/servers.ts";
import { signInAsNewFacilitator } from "./support/session.ts";
import { buildStudyWithAcceptedPanel } from "./support/study-builder.ts";
import { openRound } from "./support/two-round-study.ts";

// A server asked to stop (a deploy, a scale-down) finishes what it is doing and exits: the
// requests in flight get their answers (an expert's submission is stored and acknowledged),
// and the exit comes within ten seconds. A third server on the shared PostgreSQL database,
// started and stopped by this spec alone.
const { smtp, second } = e2eServers();
test.use({ baseURL: smtp.baseURL });

/** The writers' lock of lib/rounds/internal/round-write-lock.ts, taken exclusively. */
const ROUND_ANSWERS = 16_001;

test("a stopping server answers the requests in flight, then exits within ten seconds", async ({
  page,
  browser,
}) => {
  test.skip(isEmbedded || !second, "the extra server shares the suite's PostgreSQL database");
  test.setTimeout(180_000);
  // An expert with a round to answer, set up through the first server.
  await signInAsNewFacilitator(page, "stopping");
  const { studyId, experts } = await buildStudyWithAcceptedPanel(page, browser, smtp.baseURL, [
    "Sam Stopping",
  ]);
  await openRound(page, studyId, 1);
  await expect(page).toHaveURL(/\/rounds\/1$/);
  const respondPath = `${new URL(experts[0]!.link).pathname}/rounds/1`;

  const { base, process: server, exited, stop } = await startExtraServer(1);
  // The shared database under the test's own name: e2e/two-servers.spec.ts cuts the
  // second server's connections by theirs, perhaps while this test runs beside it.
  const db = new pg.Client({ connectionString: testClientUrl(second!) });
  await db.connect();
  try {
    const form = await loadForm(base, respondPath);
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM "Round" WHERE "studyId" = $1 AND number = 1`,
      [studyId],
    );
    // Hold the expert's submission inside its transaction (it waits for the round's writers'
    // lock) and the readiness check's query (on its table), so both are in flight for sure…
    await db.query("SELECT pg_advisory_lock($1::int, hashtext($2))", [ROUND_ANSWERS, rows[0]!.id]);
    await db.query("BEGIN");
    await db.query('LOCK TABLE "_prisma_migrations" IN ACCESS EXCLUSIVE MODE');
    const submission = post(base, base + respondPath, form);
    const inFlight = fetch(`${base}/api/health`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // …when the server is told to stop.
    const stoppedAt = Date.now();
    server.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    // It takes no new request…
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
    // The submission is still waiting: nothing is stored yet.
    const before = await db.query(`SELECT 1 FROM "Response" WHERE "roundId" = $1`, [rows[0]!.id]);
    expect(before.rowCount).toBe(0);
    // …and answers those in flight once their queries can run: the readiness saying it is no
    // longer ready, the submission stored and acknowledged.
    await db.query("COMMIT");
    await db.query("SELECT pg_advisory_unlock($1::int, hashtext($2))", [
      ROUND_ANSWERS,
      rows[0]!.id,
    ]);
    const answer = await inFlight;
    expect(answer.status).toBe(503);
    expect(await answer.json()).toMatchObject({ draining: true, database: "up" });
    expect((await submission).ok).toBe(true);
    const stored = await db.query<{ state: string }>(
      `SELECT a.state::text AS state FROM "Response" a JOIN "Round" r ON r.id = a."roundId"
       WHERE r.id = $1`,
      [rows[0]!.id],
    );
    expect(stored.rows).toEqual([{ state: "SUBMITTED" }]);
    expect(await exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
  } finally {
    await db.end();
    stop();
  }
});
