import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { Position, VersionStatus } from "@/lib/generated/prisma/enums.ts";

// Building blocks of the demo studies: rows written directly, as the real flows would
// leave them, so the demo shows every page without anyone clicking through two rounds.

export type DemoAnswer = { position: Position; reason?: string; suggestion?: string };

/** A version with its clauses; `sources` gives each clause's lineage (clause version ids). */
export async function createDemoVersion(
  db: Db,
  input: {
    studyId: string;
    number: number;
    status: VersionStatus;
    lockedAt: Date;
    explanatoryText: string;
    clauses: { text: string; clauseId?: string; sources?: string[] }[];
  },
) {
  const version = await db.version.create({
    data: {
      studyId: input.studyId,
      number: input.number,
      explanatoryText: input.explanatoryText,
      status: input.status,
      lockedAt: input.lockedAt,
    },
    select: { id: true },
  });
  const clauses: { id: string; clauseId: string }[] = [];
  for (const [index, c] of input.clauses.entries()) {
    const clauseId =
      c.clauseId ??
      (await db.clause.create({ data: { studyId: input.studyId }, select: { id: true } })).id;
    clauses.push(
      await db.clauseVersion.create({
        data: {
          versionId: version.id,
          clauseId,
          position: index + 1,
          text: c.text,
          origins: { create: (c.sources ?? []).map((sourceId) => ({ sourceId })) },
        },
        select: { id: true, clauseId: true },
      }),
    );
  }
  return { id: version.id, clauses };
}

/**
 * A closed round in which each member is seated and answers as `answer` says (null: no
 * response). Returns the round's id.
 */
export async function createDemoRound(
  db: Db,
  input: {
    studyId: string;
    versionId: string;
    number: number;
    openedAt: Date;
    closedAt: Date;
    memberIds: string[];
    clauseIds: string[];
    answer: (member: number, clause: number) => DemoAnswer | null;
    comment?: (member: number) => string;
  },
): Promise<string> {
  const round = await db.round.create({
    data: {
      studyId: input.studyId,
      versionId: input.versionId,
      number: input.number,
      state: "CLOSED",
      openedAt: input.openedAt,
      closesAt: input.closedAt,
      closedAt: input.closedAt,
    },
    select: { id: true },
  });
  const span = input.closedAt.getTime() - input.openedAt.getTime();
  for (const [i, panelMemberId] of input.memberIds.entries()) {
    await db.roundParticipation.create({ data: { roundId: round.id, panelMemberId } });
    const answers = input.clauseIds.map((_, j) => input.answer(i, j));
    if (answers.some((a) => a === null)) continue;
    await db.response.create({
      data: {
        roundId: round.id,
        panelMemberId,
        state: "SUBMITTED",
        submittedAt: new Date(
          input.openedAt.getTime() + (span * (i + 1)) / (input.memberIds.length + 2),
        ),
        textPosition: "CAN_LIVE_WITH",
        overallPosition: answers.some((a) => a!.position === "CANNOT_LIVE_WITH")
          ? "CANNOT_LIVE_WITH"
          : "CAN_LIVE_WITH",
        generalComments: input.comment?.(i) ?? "",
        clauses: {
          create: answers.map((a, j) => ({
            clauseVersionId: input.clauseIds[j]!,
            position: a!.position,
            reason: a!.reason ?? "",
            suggestion: a!.suggestion ?? "",
          })),
        },
      },
    });
  }
  return round.id;
}
