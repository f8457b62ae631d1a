import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { closeRound } from "@/lib/rounds/change-round.ts";
import { asMember } from "@/test/support/access.ts";
import { canLiveWithEverything, createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { responseSchema } from "./schemas.ts";
import { submitResponse } from "./submit-response.ts";

// The deadline guarantee under concurrency (issue 16): an answer being written when its
// round closes is either committed before the close or refused with "round closed". Writers
// take a shared advisory lock on the round and the close an exclusive one (round-write-lock.ts).
// On PostgreSQL the writes really overlap the close; the embedded database runs them one at a
// time through its single connection, which checks the same outcome serially.

const EXPERTS = 40;
let t: TestDb;
// The facilitator closes from elsewhere (another request, its own connection), not queued
// behind the experts' writes for the same pool.
let facilitator: PrismaClient;
beforeAll(async () => {
  t = await createTestDb();
  facilitator = t.url
    ? new PrismaClient({ adapter: new PrismaPg({ connectionString: t.url }) })
    : t.db;
});
afterAll(async () => {
  if (facilitator !== t.db) await facilitator.$disconnect();
  await t.close();
});

const submittedIds = async (roundId: string) =>
  (
    await facilitator.response.findMany({
      where: { roundId, state: "SUBMITTED" },
      select: { panelMemberId: true },
    })
  )
    .map((r) => r.panelMemberId)
    .sort();

describe("closing a round while answers are being written", () => {
  it(
    "leaves every answer committed before the close or refused",
    { timeout: 120_000 },
    async () => {
      const f = await createOpenRound(t.db, { experts: EXPERTS, clauses: 3 });
      const asOwner = await asMember(facilitator, f.ownerId, f.studyId);
      const values = canLiveWithEverything(f.clauses);
      const payload = responseSchema.parse(values);

      const submit = (m: (typeof f.members)[number]) =>
        submitResponse(t.db, m.token, 1, payload).then(() => m.id);
      let writes: Promise<string>[];
      let atClose: string[];
      if (t.url) {
        writes = f.members.map(submit);
        // Close as soon as the first answer is in: most of the others are still in flight.
        await Promise.race(writes);
        await closeRound(facilitator, asOwner, 1);
        atClose = await submittedIds(f.roundId);
      } else {
        // One connection: half the panel answers, then the close, then the other half.
        const early = f.members.slice(0, EXPERTS / 2).map(submit);
        await Promise.allSettled(early);
        await closeRound(facilitator, asOwner, 1);
        atClose = await submittedIds(f.roundId);
        writes = [...early, ...f.members.slice(EXPERTS / 2).map(submit)];
      }
      const outcomes = await Promise.allSettled(writes);

      const saved = outcomes
        .filter((o): o is PromiseFulfilledResult<string> => o.status === "fulfilled")
        .map((o) => o.value)
        .sort();
      const refused = outcomes.filter((o) => o.status === "rejected");
      for (const o of refused)
        expect(o.reason).toMatchObject({
          code: "CONFLICT",
          messageKey: "response.errors.closed",
        });
      // Every acknowledged answer was already committed when the close returned, and nothing
      // was written after it: the results are the answers in before the close, all of them.
      expect(atClose).toEqual(saved);
      expect(await submittedIds(f.roundId)).toEqual(saved);
      expect(saved.length + refused.length).toBe(EXPERTS);
      // The race really happened: some answers made it, some came too late.
      expect(saved.length).toBeGreaterThan(0);
      expect(refused.length).toBeGreaterThan(0);
      console.info(
        `deadline race: ${saved.length} committed before the close, ${refused.length} refused`,
      );
    },
  );
});
