import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { saveResponseDraft } from "./save-response-draft.ts";
import { responseSchema } from "./schemas.ts";
import { submitResponse } from "./submit-response.ts";

// Issue 16: a submission wrote one upsert per clause, one round trip each, inside the
// transaction that holds the expert's row lock. The write is now set-based: the number of
// statements does not grow with the number of clauses.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ countQueries: true });
});
afterAll(() => t.close());

/** A complete answer to every clause of a round with `clauses` clauses. */
async function answeredRound(clauses: number) {
  const f = await createOpenRound(t.db, { clauses });
  const values: Record<string, string> = { overallPosition: "CAN_LIVE_WITH", revision: "0" };
  f.clauses.forEach((c, i) => {
    values[`clause.${c.id}.position`] = i % 2 ? "CAN_LIVE_WITH" : "CANNOT_LIVE_WITH";
    values[`clause.${c.id}.reason`] = `Reason ${i}`;
  });
  return { f, values };
}

async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  t.queries.statements.length = 0;
  await run();
  return [...t.queries.statements];
}

describe("a submission's write", () => {
  it("sends as many statements for 20 clauses as for 3, and stores every clause", async () => {
    const counts: Record<number, { draft: number; submit: number }> = {};
    for (const n of [3, 20]) {
      const { f, values } = await answeredRound(n);
      const token = f.members[0]!.token;
      const draft = await statementsOf(() =>
        saveResponseDraft(t.db, token, 1, responseSchema.parse({ ...values, intent: "save" })),
      );
      const submit = await statementsOf(() =>
        submitResponse(
          t.db,
          token,
          1,
          responseSchema.parse({ ...values, revision: "1", intent: "submit" }),
        ),
      );
      counts[n] = { draft: draft.length, submit: submit.length };
      // A second submission updates the rows the first one wrote (the ON CONFLICT path).
      const stored = await t.db.clauseResponse.findMany({
        where: { response: { roundId: f.roundId, state: "SUBMITTED" } },
        select: { clauseVersionId: true, reason: true },
      });
      expect(stored).toHaveLength(n);
      expect(new Set(stored.map((s) => s.reason)).size).toBe(n);
    }
    console.info(`statements per write (clauses: counts) ${JSON.stringify(counts)}`);
    expect(counts[3]!.submit).toBeGreaterThan(0);
    expect(counts[20]).toEqual(counts[3]);
    // The link and locks, the round with the stored answer, the write (answer, clause
    // answers and audit event in one statement), COMMIT: each round trip holds a pooled
    // connection and the expert's lock while hundreds submit at once.
    expect(counts[3]!.submit).toBeLessThanOrEqual(4);
    expect(counts[3]!.draft).toBeLessThanOrEqual(4);
  });

  it("updates changed clause answers in place on resubmission", async () => {
    const { f, values } = await answeredRound(4);
    const token = f.members[0]!.token;
    await submitResponse(t.db, token, 1, responseSchema.parse({ ...values, intent: "submit" }));
    const c = f.clauses[2]!.id;
    const changed = { ...values, [`clause.${c}.reason`]: "Changed reason", revision: "1" };
    await submitResponse(t.db, token, 1, responseSchema.parse({ ...changed, intent: "submit" }));
    const rows = await t.db.clauseResponse.findMany({
      where: { response: { roundId: f.roundId } },
      select: { clauseVersionId: true, reason: true, position: true },
    });
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.clauseVersionId === c)).toEqual({
      clauseVersionId: c,
      reason: "Changed reason",
      position: "CANNOT_LIVE_WITH",
    });
  });
});
