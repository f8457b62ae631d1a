import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PanelMemberStatus, StudyStatus } from "@/lib/generated/prisma/enums.ts";
import { createNextVersion } from "@/lib/versions/create-next-version.ts";
import { asMember } from "@/test/support/access.ts";
import { createStudyWithPanel } from "@/test/support/fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { closeRound } from "./change-round.ts";
import { openRound } from "./open-round.ts";

// Each refusal of openRound is asserted by its messageKey, not only its code: the checks
// run one after the other, so without a check the next one (or the database) would often
// still refuse with CONFLICT, and only the key tells the facilitator what to do.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const DAY = 86_400_000;
const input = () => ({
  closesAt: new Date(Date.now() + 7 * DAY),
  reminderDays: [1],
  collectRatings: false,
});

/** A study whose draft version 1 has `clauses` clauses and one expert per status given. */
async function draftStudy(statuses: PanelMemberStatus[], clauses = 2) {
  const s = await createStudyWithPanel(t.db, { experts: statuses.length });
  const version = await t.db.version.findFirstOrThrow({ where: { studyId: s.studyId } });
  for (let i = 1; i <= clauses; i++) {
    const clause = await t.db.clause.create({ data: { studyId: s.studyId } });
    await t.db.clauseVersion.create({
      data: { versionId: version.id, clauseId: clause.id, position: i, text: `Clause ${i}.` },
    });
  }
  for (const [i, e] of s.experts.entries()) {
    await t.db.panelMember.update({ where: { id: e.id }, data: { status: statuses[i] } });
  }
  const access = await asMember(t.db, s.owner.id, s.studyId);
  return { ...s, versionId: version.id, access };
}

const roundCount = (studyId: string) => t.db.round.count({ where: { studyId } });

describe("openRound refuses", () => {
  it.each<StudyStatus>(["COMPLETED", "PUBLISHED", "ARCHIVED"])(
    "a study that is %s, and leaves it so",
    async (status) => {
      // Everything else is ready: only the study's status stands in the way.
      const s = await draftStudy(["ACCEPTED"]);
      await t.db.study.update({ where: { id: s.studyId }, data: { status } });
      await expect(openRound(t.db, s.access, input())).rejects.toMatchObject({
        code: "CONFLICT",
        messageKey: "rounds.studyClosed",
      });
      expect(await roundCount(s.studyId)).toBe(0);
      const study = await t.db.study.findUniqueOrThrow({ where: { id: s.studyId } });
      expect(study).toMatchObject({ status, protocolLockedAt: null });
    },
  );

  it("a second round while one is open", async () => {
    const s = await draftStudy(["ACCEPTED"]);
    await openRound(t.db, s.access, input());
    // A draft version 2 with a clause is ready to go: the open round alone is the reason.
    const v2 = await t.db.version.create({ data: { studyId: s.studyId, number: 2 } });
    const clause = await t.db.clause.findFirstOrThrow({ where: { studyId: s.studyId } });
    await t.db.clauseVersion.create({
      data: { versionId: v2.id, clauseId: clause.id, position: 1, text: "Clause 1." },
    });
    await expect(openRound(t.db, s.access, input())).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "rounds.alreadyOpen",
    });
    expect(await roundCount(s.studyId)).toBe(1);
  });

  it("when the latest version already went to the panel", async () => {
    const s = await draftStudy(["ACCEPTED"]);
    await openRound(t.db, s.access, input());
    await closeRound(t.db, s.access, 1);
    // No version 2 drafted: version 1 is locked and there is nothing new to send.
    await expect(openRound(t.db, s.access, input())).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "rounds.noDraftVersion",
    });
    expect(await roundCount(s.studyId)).toBe(1);
  });

  it("when the study has no version at all", async () => {
    const s = await draftStudy(["ACCEPTED"], 0);
    await t.db.version.delete({ where: { id: s.versionId } });
    await expect(openRound(t.db, s.access, input())).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "rounds.noDraftVersion",
    });
  });

  it("a draft version without a clause, and leaves it a draft", async () => {
    const s = await draftStudy(["ACCEPTED"], 0);
    await expect(openRound(t.db, s.access, input())).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "rounds.emptyVersion",
    });
    expect(await roundCount(s.studyId)).toBe(0);
    expect(await t.db.version.findUniqueOrThrow({ where: { id: s.versionId } })).toMatchObject({
      status: "DRAFT",
    });
  });

  it("a later round when no expert has accepted", async () => {
    // Round 1 went to invited experts only; none of them has accepted since.
    const s = await draftStudy(["INVITED", "INVITED"]);
    await openRound(t.db, s.access, input());
    await closeRound(t.db, s.access, 1);
    await createNextVersion(t.db, s.access);
    await expect(openRound(t.db, s.access, input())).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "rounds.noPanel",
    });
    expect(await roundCount(s.studyId)).toBe(1);
  });
});

describe("openRound does not refuse", () => {
  it("round 1 with invited experts only: they may still accept", async () => {
    const s = await draftStudy(["INVITED", "PROPOSED"]);
    expect(await openRound(t.db, s.access, input())).toMatchObject({ number: 1 });
    const seated = await t.db.roundParticipation.findMany({
      where: { round: { studyId: s.studyId } },
      select: { panelMemberId: true },
    });
    expect(seated).toEqual([{ panelMemberId: s.experts[0]!.id }]);
  });

  it("a later round with one accepted expert among invited ones", async () => {
    const s = await draftStudy(["INVITED", "ACCEPTED"]);
    await openRound(t.db, s.access, input());
    await closeRound(t.db, s.access, 1);
    await createNextVersion(t.db, s.access);
    expect(await openRound(t.db, s.access, input())).toMatchObject({ number: 2 });
  });
});
