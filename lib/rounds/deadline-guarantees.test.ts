import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { checkDeadlineLead } from "./check-deadline-lead.ts";
import { closeDueRounds } from "./close-due-rounds.ts";
import { GRACE_SECONDS } from "./round-window.ts";

// Deadlines, pinned where mutation testing found them loose: the grace after a deadline,
// closing only the rounds that are due (and recording each), and the minimum lead time.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("the scheduler's close", () => {
  it("closes only rounds past their deadline and grace, and records each close", async () => {
    const deadline = new Date("2031-06-01T12:00:00Z");
    const due = await createOpenRound(t.db, { experts: 0, closesAt: deadline });
    const later = await createOpenRound(t.db, {
      experts: 0,
      closesAt: new Date(deadline.getTime() + 3_600_000),
    });
    const state = async (roundId: string) =>
      (await t.db.round.findUniqueOrThrow({ where: { id: roundId } })).state;

    // Within the grace after the deadline, answers still arrive: nothing closes.
    const inGrace = new Date(deadline.getTime() + (GRACE_SECONDS - 1) * 1000);
    expect(await closeDueRounds(t.db, inGrace)).toBe(0);
    expect(await state(due.roundId)).toBe("OPEN");

    const after = new Date(deadline.getTime() + (GRACE_SECONDS + 1) * 1000);
    expect(await closeDueRounds(t.db, after)).toBe(1);
    expect(await state(due.roundId)).toBe("CLOSED");
    expect(await state(later.roundId)).toBe("OPEN");
    const events = await t.db.auditEvent.findMany({
      where: { studyId: { in: [due.studyId, later.studyId] } },
      select: { action: true, targetType: true, targetId: true },
    });
    expect(events.filter((e) => e.action.startsWith("round."))).toEqual([
      { action: "round.closed", targetType: "Round", targetId: due.roundId },
    ]);
    // Run again: nothing left to close, nothing recorded twice.
    expect(await closeDueRounds(t.db, after)).toBe(0);
  });
});

describe("a new deadline", () => {
  it("must leave at least the minimum lead time (an hour by default)", () => {
    const now = new Date("2031-06-01T12:00:00Z");
    const lead = 3600 * 1000;
    expect(() => checkDeadlineLead(new Date(now.getTime() + lead), now)).not.toThrow();
    let refused: unknown;
    try {
      checkDeadlineLead(new Date(now.getTime() + lead - 1), now);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: "INVALID",
      field: "closesAt",
      messageKey: "rounds.deadlineTooSoon",
    });
  });
});
