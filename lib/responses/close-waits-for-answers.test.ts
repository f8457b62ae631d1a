import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { closeRound } from "@/lib/rounds/change-round.ts";
import { asMember } from "@/test/support/access.ts";
import { canLiveWithEverything, createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { responseSchema } from "./schemas.ts";
import { submitResponse } from "./submit-response.ts";

// The deadline guarantee, deterministically (issue 17): an answer held inside its transaction,
// after it has found the round open, is not overtaken by the close. The close waits for it
// (the round's exclusive writers' lock, lib/rounds/internal/round-write-lock.ts), so the
// answer is committed before the close, never after. deadline-guarantee.test.ts races a
// burst of answers against a close; this one holds a single answer at the worst moment.
// PostgreSQL only: holding a statement needs a second connection.

let t: TestDb;
let facilitator: PrismaClient;
beforeAll(async () => {
  t = await createTestDb();
  if (t.url) facilitator = new PrismaClient({ adapter: new PrismaPg({ connectionString: t.url }) });
});
afterAll(async () => {
  await facilitator?.$disconnect();
  await t.close();
});

describe.skipIf(!process.env.DATABASE_URL)("a close while an answer is in flight", () => {
  it("waits for the answer, which is committed before the close", { timeout: 60_000 }, async () => {
    const f = await createOpenRound(t.db, { experts: 1, clauses: 2 });
    const asOwner = await asMember(facilitator, f.ownerId, f.studyId);
    const values = canLiveWithEverything(f.clauses);

    // Hold the answer at its write: the clause answers' table is locked against inserts
    // (reads, and the close, do not need it).
    const holder = new pg.Client({ connectionString: t.url! });
    await holder.connect();
    let closed = false;
    try {
      await holder.query("BEGIN");
      await holder.query(`LOCK TABLE "ClauseResponse" IN EXCLUSIVE MODE`);
      const answer = submitResponse(t.db, f.members[0]!.token, 1, responseSchema.parse(values));
      // The answer has found the round open and waits at its write.
      await expect
        .poll(
          async () => {
            const { rows } = await holder.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            );
            return rows[0]!.n;
          },
          { timeout: 10_000 },
        )
        .toBe(1);
      const close = closeRound(facilitator, asOwner, 1).then(() => {
        closed = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      // The close has not overtaken the answer in flight…
      expect(closed).toBe(false);
      await holder.query("COMMIT");
      // …and once the answer is in, the close goes through, with the answer counted.
      await expect(answer).resolves.toMatchObject({ status: "saved" });
      await close;
    } finally {
      await holder.end().catch(() => {});
    }
    const round = await t.db.round.findUniqueOrThrow({ where: { id: f.roundId } });
    expect(round.state).toBe("CLOSED");
    const stored = await t.db.response.findMany({ where: { roundId: f.roundId } });
    expect(stored.map((r) => r.state)).toEqual(["SUBMITTED"]);
  });
});
