import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PanelMemberStatus } from "@/lib/generated/prisma/enums.ts";
import { createNextVersion } from "@/lib/versions/create-next-version.ts";
import { asMember } from "@/test/support/access.ts";
import { createStudyWithPanel } from "@/test/support/fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { closeRound } from "./change-round.ts";
import { openRound } from "./open-round.ts";

// What opening a round writes besides the round itself: who is seated (round 1 differs
// from later rounds), whether ratings are asked for, the protocol lock (round 1 only) and
// the audit trail, each read back from the database.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const DAY = 86_400_000;
const input = (collectRatings = false) => ({
  closesAt: new Date(Date.now() + 7 * DAY),
  reminderDays: [2],
  collectRatings,
});

/** A study with a draft version 1 of two clauses and one expert per status given. */
async function draftStudy(statuses: PanelMemberStatus[], ratingScaleMax: number | null = null) {
  const s = await createStudyWithPanel(t.db, { experts: statuses.length });
  await t.db.study.update({ where: { id: s.studyId }, data: { ratingScaleMax } });
  const version = await t.db.version.findFirstOrThrow({ where: { studyId: s.studyId } });
  for (const position of [1, 2]) {
    const clause = await t.db.clause.create({ data: { studyId: s.studyId } });
    await t.db.clauseVersion.create({
      data: { versionId: version.id, clauseId: clause.id, position, text: `Clause ${position}.` },
    });
  }
  for (const [i, e] of s.experts.entries()) {
    await t.db.panelMember.update({ where: { id: e.id }, data: { status: statuses[i] } });
  }
  const access = await asMember(t.db, s.owner.id, s.studyId);
  return { ...s, access };
}

/** Closes the open round and drafts the next version, unchanged: ready for the next round. */
async function readyForNext(s: Awaited<ReturnType<typeof draftStudy>>, number: number) {
  await closeRound(t.db, s.access, number);
  await createNextVersion(t.db, s.access);
}

const seatedIn = async (roundId: string) =>
  (
    await t.db.roundParticipation.findMany({
      where: { roundId },
      select: { panelMemberId: true },
    })
  )
    .map((p) => p.panelMemberId)
    .sort();

const emailedFor = async (studyId: string, number: number) =>
  (
    await t.db.outboundEmail.findMany({
      where: {
        studyId,
        kind: "ROUND_OPENED",
        dedupeKey: { startsWith: `round-opened:${studyId}:${number}:` },
      },
      select: { panelMemberId: true },
    })
  )
    .map((e) => e.panelMemberId)
    .sort();

describe("opening a round seats", () => {
  it("accepted and invited experts in round 1, only accepted ones in round 2", async () => {
    const s = await draftStudy(["ACCEPTED", "INVITED", "PROPOSED", "DECLINED"]);
    const [accepted, invited] = s.experts;
    const one = await openRound(t.db, s.access, input());
    const both = [accepted!.id, invited!.id].sort();
    expect(await seatedIn(one.roundId)).toEqual(both);
    expect(await emailedFor(s.studyId, 1)).toEqual(both);
    expect(one.notified).toBe(2);

    // The invited expert never answered the invitation: round 2 leaves them out.
    await readyForNext(s, 1);
    const two = await openRound(t.db, s.access, input());
    expect(two.number).toBe(2);
    expect(await seatedIn(two.roundId)).toEqual([accepted!.id]);
    expect(await emailedFor(s.studyId, 2)).toEqual([accepted!.id]);
    expect(two.notified).toBe(1);
  });
});

describe("the emails that open a round", () => {
  it("carry each expert's personal link sealed in the outbox, never readable there", async () => {
    const s = await draftStudy(["ACCEPTED", "ACCEPTED"]);
    await openRound(t.db, s.access, input());
    const emails = await t.db.outboundEmail.findMany({
      where: { studyId: s.studyId, kind: "ROUND_OPENED" },
      select: { sensitive: true, text: true, html: true },
    });
    expect(emails).toHaveLength(2);
    for (const email of emails) {
      expect(email.sensitive).toBe(true);
      expect(email.text).not.toContain("/respond/");
      expect(email.html ?? "").not.toContain("/respond/");
    }
  });
});

describe("opening a round asks for ratings", () => {
  const collected = async (roundId: string) =>
    (await t.db.round.findUniqueOrThrow({ where: { id: roundId } })).collectRatings;

  it("when asked to and the study has a rating scale", async () => {
    const s = await draftStudy(["ACCEPTED"], 9);
    expect(await collected((await openRound(t.db, s.access, input(true))).roundId)).toBe(true);
  });

  it("not when the study has a rating scale but the facilitators did not ask", async () => {
    const s = await draftStudy(["ACCEPTED"], 9);
    expect(await collected((await openRound(t.db, s.access, input(false))).roundId)).toBe(false);
  });

  it("not when asked to but the study has no rating scale to rate on", async () => {
    const s = await draftStudy(["ACCEPTED"], null);
    expect(await collected((await openRound(t.db, s.access, input(true))).roundId)).toBe(false);
  });
});

describe("the protocol lock", () => {
  it("is set by round 1 and left as it was by round 2", async () => {
    const s = await draftStudy(["ACCEPTED"]);
    const before = Date.now();
    await openRound(t.db, s.access, input());
    const lockedAt = async () =>
      (await t.db.study.findUniqueOrThrow({ where: { id: s.studyId } })).protocolLockedAt;
    expect((await lockedAt())!.getTime()).toBeGreaterThanOrEqual(before);

    // A lock date clearly in the past, so that a second "now" could not pass for it.
    const locked = new Date("2020-01-02T03:04:05.000Z");
    await t.db.study.update({ where: { id: s.studyId }, data: { protocolLockedAt: locked } });
    await readyForNext(s, 1);
    await openRound(t.db, s.access, input());
    expect(await lockedAt()).toEqual(locked);
  });
});

describe("the audit trail", () => {
  it("records who opened which round, its deadline and how many experts it reached", async () => {
    const s = await draftStudy(["ACCEPTED", "INVITED", "PROPOSED"]);
    const closesAt = new Date(Date.now() + 5 * DAY);
    const { roundId } = await openRound(t.db, s.access, { ...input(), closesAt });
    const events = await t.db.auditEvent.findMany({
      where: { studyId: s.studyId, action: "round.opened" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorKind: "USER",
      actorUserId: s.owner.id,
      targetType: "Round",
      targetId: roundId,
    });
    expect(events[0]!.data).toEqual({ number: 1, closesAt: closesAt.toISOString(), experts: 2 });
  });
});
