import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { createNextVersion } from "../../lib/versions/create-next-version.ts";
import { removeClause } from "../../lib/versions/remove-clause.ts";
import { asMember } from "./access.ts";
import { seatExperts, writeResponse } from "./results-fixtures.ts";
import { createOpenRound } from "./round-fixtures.ts";

/**
 * The replay's shape in small: version 1 has clauses 1–3 and went to round 1 (clause 2:
 * two of three experts can live with it); version 2 dropped clause 2 and went to round 2;
 * version 3 is a fresh draft (a copy of version 2) that clause 2 can be restored into.
 * Answers are written directly; the rounds are closed.
 */
export async function createStudyWithDroppedClause(db: PrismaClient) {
  const r = await createOpenRound(db, { experts: 3, clauses: 3 });
  const { studyId } = r;
  const { userId: ownerId } = await db.membership.findFirstOrThrow({ where: { studyId } });
  const asOwner = await asMember(db, ownerId, studyId);
  const answerAll = async (roundId: string, clauseVersionIds: string[], cannot?: string) => {
    for (const [i, member] of r.members.entries()) {
      await writeResponse(db, {
        roundId,
        panelMemberId: member.id,
        state: "SUBMITTED",
        clauses: clauseVersionIds.map((id) => ({
          clauseVersionId: id,
          answer: { position: id === cannot && i === 0 ? "CANNOT_LIVE_WITH" : "CAN_LIVE_WITH" },
        })),
      });
    }
  };
  const memberIds = r.members.map((m) => m.id);
  const v1 = r.clauses.map((c) => c.id);
  await seatExperts(db, r.roundId, memberIds);
  await answerAll(r.roundId, v1, v1[1]);
  await db.round.update({
    where: { id: r.roundId },
    data: { state: "CLOSED", closedAt: new Date() },
  });

  await createNextVersion(db, asOwner);
  const v2 = await db.version.findFirstOrThrow({
    where: { studyId, number: 2 },
    select: { id: true, clauses: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  await removeClause(db, asOwner, { clauseVersionId: v2.clauses[1]!.id });
  await db.version.update({
    where: { id: v2.id },
    data: { status: "LOCKED", lockedAt: new Date() },
  });
  const round2 = await db.round.create({
    data: {
      studyId,
      versionId: v2.id,
      number: 2,
      state: "CLOSED",
      openedAt: new Date(),
      closesAt: new Date(),
      closedAt: new Date(),
    },
    select: { id: true },
  });
  await seatExperts(db, round2.id, memberIds);
  await answerAll(round2.id, [v2.clauses[0]!.id, v2.clauses[2]!.id]);

  await createNextVersion(db, asOwner);
  const draft = await db.version.findFirstOrThrow({
    where: { studyId, number: 3 },
    select: { id: true },
  });
  return {
    studyId,
    ownerId,
    /** The owner's access to the study, for the lib functions a test calls. */
    asOwner,
    members: r.members,
    /** Version 1's clauses (ClauseVersion id, identity, wording), clause 2 the dropped one. */
    v1Clauses: r.clauses,
    round1Id: r.roundId,
    draftId: draft.id,
  };
}
