import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueExpertLink } from "@/lib/invitations/issue-expert-link.ts";
import { resolveExpertLink } from "@/lib/expert-link/resolve-expert-link.ts";
import { asMember } from "@/test/support/access.ts";
import { addMember, createStudyWithPanel } from "@/test/support/fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { closeRound, extendRound } from "./change-round.ts";
import { closeDueRounds } from "./close-due-rounds.ts";
import { getRoundDashboard } from "./get-round-dashboard.ts";
import { listRoundResponses } from "./list-round-responses.ts";
import { listRounds } from "./list-rounds.ts";
import { openRound } from "./open-round.ts";
import { remindNow, sendDueReminders } from "./send-reminders.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const DAY = 24 * 60 * 60 * 1000;
const input = (days = 7) => ({
  closesAt: new Date(Date.now() + days * DAY),
  reminderDays: [3, 1],
  collectRatings: false,
});

/** A study whose version 1 has two clauses and whose experts are: accepted ×2, invited, proposed. */
async function readyStudy() {
  const s = await createStudyWithPanel(t.db, { experts: 4 });
  const version = await t.db.version.findFirstOrThrow({ where: { studyId: s.studyId } });
  for (const [i, text] of ["First clause.", "Second clause."].entries()) {
    const clause = await t.db.clause.create({ data: { studyId: s.studyId } });
    await t.db.clauseVersion.create({
      data: { versionId: version.id, clauseId: clause.id, position: i + 1, text },
    });
  }
  const statuses = ["ACCEPTED", "ACCEPTED", "INVITED", "PROPOSED"] as const;
  const tokens: string[] = [];
  for (const [i, e] of s.experts.entries()) {
    await t.db.panelMember.update({ where: { id: e.id }, data: { status: statuses[i] } });
    if (statuses[i] !== "PROPOSED") tokens.push(await issueExpertLink(t.db, e.id));
  }
  return { ...s, versionId: version.id, tokens };
}

const emailsTo = (studyId: string, kind: "ROUND_OPENED" | "REMINDER") =>
  t.db.outboundEmail.findMany({
    where: { studyId, kind },
    select: { to: true, panelMemberId: true },
  });

describe("rounds", () => {
  it("opening locks the version and the protocol, seats the panel and emails each expert their existing link", async () => {
    const s = await readyStudy();
    const asOwner = await asMember(t.db, s.owner.id, s.studyId);
    const { number } = await openRound(t.db, asOwner, input());
    expect(number).toBe(1);
    expect(await t.db.version.findUniqueOrThrow({ where: { id: s.versionId } })).toMatchObject({
      status: "LOCKED",
    });
    const study = await t.db.study.findUniqueOrThrow({ where: { id: s.studyId } });
    expect(study.status).toBe("ACTIVE");
    expect(study.protocolLockedAt).not.toBeNull();
    // Round 1: accepted and invited experts, not the merely proposed one.
    expect((await emailsTo(s.studyId, "ROUND_OPENED")).map((e) => e.panelMemberId).sort()).toEqual(
      s.experts
        .slice(0, 3)
        .map((e) => e.id)
        .sort(),
    );
    // The links experts already hold keep working.
    for (const token of s.tokens) expect(await resolveExpertLink(t.db, token)).not.toBeNull();
    await expect(openRound(t.db, asOwner, input())).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await listRounds(t.db, asOwner)).rounds).toMatchObject([
      { number: 1, state: "OPEN", experts: 3, submitted: 0 },
    ]);
  });

  it("can be extended, closed early, and close by themselves after the deadline", async () => {
    const s = await readyStudy();
    const asOwner = await asMember(t.db, s.owner.id, s.studyId);
    await openRound(t.db, asOwner, input(2));
    const later = new Date(Date.now() + 5 * DAY);
    await extendRound(t.db, asOwner, 1, { closesAt: later });
    expect((await getRoundDashboard(t.db, asOwner, 1)).round.closesAt).toEqual(later);
    // The scheduler leaves it alone before the deadline, closes it after.
    expect(await closeDueRounds(t.db, new Date(later.getTime() - 1000))).toBe(0);
    expect(await closeDueRounds(t.db, new Date(later.getTime() + 60_000))).toBeGreaterThanOrEqual(
      1,
    );
    expect((await getRoundDashboard(t.db, asOwner, 1)).round.state).toBe("CLOSED");
    await expect(closeRound(t.db, asOwner, 1)).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const other = await readyStudy();
    const asOtherOwner = await asMember(t.db, other.owner.id, other.studyId);
    await openRound(t.db, asOtherOwner, input());
    await closeRound(t.db, asOtherOwner, 1);
    expect((await listRounds(t.db, asOtherOwner)).rounds[0]).toMatchObject({
      state: "CLOSED",
    });
  });

  it("remind each accepted expert who has not submitted, each reminder once", async () => {
    const s = await readyStudy();
    const closesAt = new Date(Date.now() + 7 * DAY);
    const asOwner = await asMember(t.db, s.owner.id, s.studyId);
    const { roundId } = await openRound(t.db, asOwner, { ...input(), closesAt });
    // Expert 2 has submitted: no reminders for them.
    await t.db.response.create({
      data: {
        roundId,
        panelMemberId: s.experts[1]!.id,
        state: "SUBMITTED",
        submittedAt: new Date(),
      },
    });
    const mine = async () => (await emailsTo(s.studyId, "REMINDER")).map((e) => e.panelMemberId);

    expect(await sendDueReminders(t.db, new Date(closesAt.getTime() - 5 * DAY))).toBe(0);
    await sendDueReminders(t.db, new Date(closesAt.getTime() - 3 * DAY + 1000));
    expect(await mine()).toEqual([s.experts[0]!.id]);
    await sendDueReminders(t.db, new Date(closesAt.getTime() - 2 * DAY));
    expect(await mine()).toHaveLength(1);
    await sendDueReminders(t.db, new Date(closesAt.getTime() - DAY + 1000));
    expect(await mine()).toEqual([s.experts[0]!.id, s.experts[0]!.id]);
    await sendDueReminders(t.db, new Date(closesAt.getTime() - 1000));
    expect(await mine()).toHaveLength(2);

    expect(await remindNow(t.db, asOwner, 1)).toBe(1);
    expect(await mine()).toHaveLength(3);
    const dashboard = await getRoundDashboard(t.db, asOwner, 1);
    expect(dashboard.counts).toEqual({ submitted: 1, draft: 0, notStarted: 2, total: 3 });
    expect(dashboard.experts.find((e) => e.id === s.experts[0]!.id)?.reminders).toHaveLength(3);
  });

  it("show facilitators who said what, clause by clause", async () => {
    const s = await readyStudy();
    const asOwner = await asMember(t.db, s.owner.id, s.studyId);
    const { roundId } = await openRound(t.db, asOwner, input());
    const clauses = await t.db.clauseVersion.findMany({
      where: { versionId: s.versionId },
      orderBy: { position: "asc" },
    });
    await t.db.response.create({
      data: {
        roundId,
        panelMemberId: s.experts[0]!.id,
        state: "SUBMITTED",
        submittedAt: new Date(),
        overallPosition: "CAN_LIVE_WITH",
        clauses: {
          create: [
            { clauseVersionId: clauses[1]!.id, position: "CANNOT_LIVE_WITH", reason: "Too narrow" },
          ],
        },
      },
    });
    // Submitted, then changed and not resubmitted: shown apart, still counted as submitted.
    await t.db.response.create({
      data: {
        roundId,
        panelMemberId: s.experts[1]!.id,
        state: "SUBMITTED",
        submittedAt: new Date(),
        draft: { generalComments: "second thoughts" },
        draftSavedAt: new Date(),
      },
    });
    const dashboard = await getRoundDashboard(t.db, asOwner, 1);
    expect(dashboard.counts).toEqual({ submitted: 2, draft: 0, notStarted: 1, total: 3 });
    expect(dashboard.experts.find((e) => e.id === s.experts[1]!.id)?.progress).toBe("CHANGED");
    const data = await listRoundResponses(t.db, asOwner, 1);
    expect(data.clauses.map((c) => c.position)).toEqual([1, 2]);
    expect(data.responses).toHaveLength(2);
    expect(data.responses[0]!.panelMember.email).toBe(s.experts[0]!.email);
    expect(data.responses[0]!.clauses[clauses[1]!.id]).toMatchObject({
      position: "CANNOT_LIVE_WITH",
      reason: "Too narrow",
    });
    // Someone off the team gets no access to the study, so never reaches the answers.
    const outsider = await createStudyWithPanel(t.db);
    await expect(asMember(t.db, outsider.owner.id, s.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(listRoundResponses(t.db, asOwner, 2)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuse facilitators of another study and observers, whatever ids they pass", async () => {
    const a = await readyStudy();
    const b = await readyStudy();
    const asOwnerOfB = await asMember(t.db, b.owner.id, b.studyId);
    await openRound(t.db, asOwnerOfB, input());
    // No access to b for a's owner, so none of b's round functions can be called for them…
    await expect(asMember(t.db, a.owner.id, b.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // …and their access to a, with b's round number, finds nothing of b's.
    const asOwnerOfA = await asMember(t.db, a.owner.id, a.studyId);
    await expect(closeRound(t.db, asOwnerOfA, 1)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const observer = await addMember(t.db, b.studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, b.studyId);
    await expect(closeRound(t.db, asObserver, 1)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(remindNow(t.db, asObserver, 1)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await listRounds(t.db, asOwnerOfB)).rounds[0]).toMatchObject({
      state: "OPEN",
    });
  });
});
