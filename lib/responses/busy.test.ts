import { setTimeout as sleep } from "node:timers/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSWER_TRANSACTION } from "@/lib/db/transaction-limits.ts";
import { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { responseSchema } from "./schemas.ts";
import { submitResponse } from "./submit-response.ts";

// Issue 16: when every pooled connection stays busy past the answer's maxWait, the expert
// got the generic error. It is now the BUSY answer (503, "busy, retry"), nothing is written,
// and the same request sent again succeeds.

let t: TestDb;
// A pool of one connection, so one long transaction saturates it (the embedded database has
// a single connection anyway).
let small: PrismaClient;
beforeAll(async () => {
  t = await createTestDb();
  small = t.url
    ? new PrismaClient({ adapter: new PrismaPg({ connectionString: t.url, max: 1 }) })
    : t.db;
});
afterAll(async () => {
  if (small !== t.db) await small.$disconnect();
  await t.close();
});

describe("a submission when the database is saturated", () => {
  it(
    "is refused as BUSY, writes nothing, and succeeds when retried",
    { timeout: 60_000 },
    async () => {
      const f = await createOpenRound(t.db, { experts: 1 });
      const token = f.members[0]!.token;
      const payload = responseSchema.parse({
        revision: "0",
        intent: "submit",
        overallPosition: "CAN_LIVE_WITH",
      });
      const hold = ANSWER_TRANSACTION.maxWait + 2_000;
      const hog = small.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          await sleep(hold);
        },
        { timeout: hold + 5_000 },
      );
      await sleep(200);
      await expect(submitResponse(small, token, 1, payload)).rejects.toMatchObject({
        code: "BUSY",
        status: 503,
        messageKey: "response.errors.busy",
      });
      await hog;
      expect(await t.db.response.count({ where: { roundId: f.roundId } })).toBe(0);
      const retried = await submitResponse(small, token, 1, payload);
      expect(retried).toMatchObject({ status: "saved", response: { state: "SUBMITTED" } });
    },
  );
});
