import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asMember } from "@/test/support/access.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { closeRound, extendRound } from "./change-round.ts";
import { remindNow, sendDueReminders } from "./send-reminders.ts";

// Reminders and deadline changes, pinned where mutation testing found them loose: who is
// reminded and when, what the message carries, and what the audit log records.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const DAY = 24 * 60 * 60 * 1000;

/** An open round of three accepted experts, all seated, closing in `days`. */
async function seatedRound(days: number, reminderDays: number[] = [3]) {
  const f = await createOpenRound(t.db, {
    experts: 3,
    closesAt: new Date(Date.now() + days * DAY),
  });
  await t.db.round.update({ where: { id: f.roundId }, data: { reminderDays } });
  await t.db.roundParticipation.createMany({
    data: f.members.map((m) => ({ roundId: f.roundId, panelMemberId: m.id })),
  });
  const { closesAt } = await t.db.round.findUniqueOrThrow({ where: { id: f.roundId } });
  return { ...f, closesAt, asOwner: await asMember(t.db, f.ownerId, f.studyId) };
}

const reminders = (studyId: string) =>
  t.db.outboundEmail.findMany({
    where: { studyId, kind: "REMINDER" },
    select: { to: true, panelMemberId: true, sensitive: true, text: true },
  });

describe("reminders", () => {
  it("are due from the very instant of their day, not a moment later, and say which day", async () => {
    const f = await seatedRound(7, [3]);
    const dueAt = new Date(f.closesAt.getTime() - 3 * DAY);
    expect(await sendDueReminders(t.db, new Date(dueAt.getTime() - 1))).toBe(0);
    expect(await sendDueReminders(t.db, dueAt)).toBe(3);
    const slots = await t.db.roundParticipation.findMany({
      where: { roundId: f.roundId },
      select: { remindersSent: true },
    });
    expect(slots.map((s) => s.remindersSent)).toEqual([[3], [3], [3]]);
  });

  it("never go out once the deadline has passed, even while the round takes late answers", async () => {
    const f = await seatedRound(7, [1]);
    // Past the deadline, within the grace in which answers in flight still land.
    const late = new Date(f.closesAt.getTime() + 1_000);
    expect(await sendDueReminders(t.db, late)).toBe(0);
    expect(await reminders(f.studyId)).toEqual([]);
  });

  it("carry each expert's own link, sealed in the outbox, and skip an expert without one", async () => {
    const f = await seatedRound(7);
    const [revoked] = f.members;
    await t.db.expertLink.updateMany({
      where: { panelMemberId: revoked!.id },
      data: { revokedAt: new Date() },
    });
    expect(await remindNow(t.db, f.asOwner, 1, 0)).toBe(2);
    const queued = await reminders(f.studyId);
    expect(queued.map((m) => m.panelMemberId).sort()).toEqual(
      f.members
        .slice(1)
        .map((m) => m.id)
        .sort(),
    );
    // The link opens the expert's page: its body is sealed at rest, never stored readable.
    for (const m of queued) {
      expect(m.sensitive).toBe(true);
      expect(m.text).not.toContain("/respond/");
    }
  });

  it("are not sent by hand for a closed round", async () => {
    const f = await seatedRound(7);
    await closeRound(t.db, f.asOwner, 1);
    expect(await remindNow(t.db, f.asOwner, 1, 0)).toBe(0);
    expect(await reminders(f.studyId)).toEqual([]);
  });

  it("log one entry per batch sent by hand, with its count, however often it is clicked", async () => {
    const f = await seatedRound(7);
    expect(await remindNow(t.db, f.asOwner, 1, 0)).toBe(3);
    expect(await remindNow(t.db, f.asOwner, 1, 0)).toBe(0); // the same page clicked again
    const events = await t.db.auditEvent.findMany({
      where: { studyId: f.studyId, action: "round.remindedNow" },
      select: { targetType: true, targetId: true, data: true },
    });
    expect(events).toEqual([{ targetType: "Round", targetId: f.roundId, data: { count: 3 } }]);
  });
});

describe("changing a round's deadline or closing it early", () => {
  it("is recorded with what changed, and refused once the round is closed", async () => {
    const f = await seatedRound(7);
    const later = new Date(f.closesAt.getTime() + 2 * DAY);
    await extendRound(t.db, f.asOwner, 1, { closesAt: later });
    await closeRound(t.db, f.asOwner, 1);
    const events = await t.db.auditEvent.findMany({
      where: { studyId: f.studyId, action: { startsWith: "round." } },
      orderBy: { action: "asc" },
      select: { action: true, targetType: true, targetId: true, data: true },
    });
    expect(events).toEqual([
      { action: "round.closedEarly", targetType: "Round", targetId: f.roundId, data: null },
      {
        action: "round.deadlineChanged",
        targetType: "Round",
        targetId: f.roundId,
        data: { from: f.closesAt.toISOString(), to: later.toISOString() },
      },
    ]);
    await expect(extendRound(t.db, f.asOwner, 1, { closesAt: later })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "rounds.notOpen",
    });
  });
});
