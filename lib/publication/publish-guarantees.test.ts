import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNextVersion } from "@/lib/versions/create-next-version.ts";
import { getVersionForEditing } from "@/lib/versions/get-version-for-editing.ts";
import { removeClause } from "@/lib/versions/remove-clause.ts";
import { asMember } from "@/test/support/access.ts";
import { createStudyWithPanel } from "@/test/support/fixtures.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { publishStudy, unpublishStudy } from "./publish-study.ts";

// What may be published, and what the audit log says about it. Each case pins one refusal
// or one decision of publishStudy, so that a loosened check shows up here.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** A study whose round 1 (on locked version 1, two clauses) is closed: publishable. */
async function closedStudy() {
  const r = await createOpenRound(t.db, { experts: 1, clauses: 2 });
  await t.db.round.update({
    where: { id: r.roundId },
    data: { state: "CLOSED", closedAt: new Date() },
  });
  return { ...r, asOwner: await asMember(t.db, r.ownerId, r.studyId) };
}

async function addRound(studyId: string, versionId: string, state: "OPEN" | "SCHEDULED") {
  await t.db.round.create({
    data: {
      studyId,
      versionId,
      number: 2,
      state,
      openedAt: state === "OPEN" ? new Date() : null,
      closesAt: new Date(Date.now() + 86_400_000),
    },
  });
}

describe("publishStudy refuses", () => {
  it("a study that has never closed a round", async () => {
    const { studyId, owner } = await createStudyWithPanel(t.db);
    const asOwner = await asMember(t.db, owner.id, studyId);
    await expect(publishStudy(t.db, asOwner)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "publication.errors.noRound",
    });
  });

  // Both kinds of round in progress block on their own: a scheduled round alone counts,
  // so a sum that subtracted one from the other would let it through.
  it.each(["OPEN", "SCHEDULED"] as const)("while a round is %s", async (state) => {
    const s = await closedStudy();
    await addRound(s.studyId, s.versionId, state);
    await expect(publishStudy(t.db, s.asOwner)).rejects.toMatchObject({
      messageKey: "publication.errors.roundInProgress",
    });
    expect(
      (await t.db.study.findUniqueOrThrow({ where: { id: s.studyId } })).publishedAt,
    ).toBeNull();
  });

  it("a draft final text without any clause", async () => {
    const s = await closedStudy();
    await t.db.version.create({ data: { studyId: s.studyId, number: 2, status: "DRAFT" } });
    await expect(publishStudy(t.db, s.asOwner)).rejects.toMatchObject({
      messageKey: "rounds.emptyVersion",
    });
  });

  // Removing a clause is a change like any other: the draft is a new final text, not an
  // untouched copy, so its removal must be justified before it can be published.
  it("a draft that only removes a clause, until the removal is justified", async () => {
    const s = await closedStudy();
    await createNextVersion(t.db, s.asOwner);
    const draft = await getVersionForEditing(t.db, s.asOwner);
    await removeClause(t.db, s.asOwner, { clauseVersionId: draft.clauses[1]!.id });
    await expect(publishStudy(t.db, s.asOwner)).rejects.toMatchObject({
      messageKey: "justify.errors.missing",
    });
  });
});

describe("publishStudy publishes", () => {
  // Rounds are counted per study: somebody else's open round is none of this study's business.
  it("even while another study has a round open", async () => {
    const other = await createOpenRound(t.db);
    const s = await closedStudy();
    expect(await publishStudy(t.db, s.asOwner)).toMatchObject({ finalVersion: 1 });
    expect((await t.db.round.findUniqueOrThrow({ where: { id: other.roundId } })).state).toBe(
      "OPEN",
    );
  });

  // A locked latest version is final as it is, even when its text equals the one before:
  // only a DRAFT copy is left out, and a locked version is never re-locked.
  it("a locked latest version as the final text, even one identical to its predecessor", async () => {
    const s = await closedStudy();
    await createNextVersion(t.db, s.asOwner);
    await t.db.version.update({
      where: { studyId_number: { studyId: s.studyId, number: 2 } },
      data: { status: "LOCKED", lockedAt: new Date() },
    });
    expect(await publishStudy(t.db, s.asOwner)).toMatchObject({ finalVersion: 2 });
  });

  it("and records who published which final version, then who took it down", async () => {
    const s = await closedStudy();
    await publishStudy(t.db, s.asOwner);
    await unpublishStudy(t.db, s.asOwner);
    const events = await t.db.auditEvent.findMany({
      where: { studyId: s.studyId, action: { startsWith: "study." } },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorUserId: true, targetType: true, targetId: true, data: true },
    });
    expect(events).toEqual([
      {
        action: "study.published",
        actorUserId: s.ownerId,
        targetType: "Study",
        targetId: s.studyId,
        data: { finalVersion: 1 },
      },
      {
        action: "study.unpublished",
        actorUserId: s.ownerId,
        targetType: "Study",
        targetId: s.studyId,
        data: null,
      },
    ]);
  });
});
