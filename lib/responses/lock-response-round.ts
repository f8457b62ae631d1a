import "server-only";
import { AppError } from "@/lib/errors.ts";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { resolveExpertLink } from "@/lib/respond/resolve-expert-link.ts";
import { isAcceptingResponses } from "@/lib/rounds/round-window.ts";
import { roundWriteLockSql } from "@/lib/rounds/round-write-lock.ts";

export type LockedRound = {
  id: string;
  studyId: string;
  versionId: string;
  collectRatings: boolean;
  ratingScaleMax: number | null;
  explanatoryText: string;
  /** The texts of the version's clauses by id: what an answer may refer to. */
  clauseTexts: Map<string, string>;
};

/**
 * Call first inside the transaction of any write to a response. One statement locks the
 * expert's panel row FOR UPDATE (one expert's writes run one after the other, so the
 * revision check and the upsert cannot interleave) and takes the round's shared write lock
 * (see round-write-lock.ts: a close waits for writes in flight). The round is read by the
 * next statement, whose snapshot is taken once that lock is held, so it sees any close or
 * deadline change committed before; the deadline is checked then, with the clock read then.
 */
export async function lockResponseRound(
  tx: Prisma.TransactionClient,
  token: string,
  roundNumber: number,
  now?: Date,
): Promise<{ panelMemberId: string; round: LockedRound }> {
  const who = await resolveExpertLink(tx, token);
  if (!who) throw new AppError("NOT_FOUND");
  // Scoped by the link's study: a round number of another study simply does not exist here.
  const [member] = await tx.$queryRaw<{ status: string; roundId: string | null }[]>`
    SELECT m."status"::text AS "status", r."id" AS "roundId",
           ${roundWriteLockSql(Prisma.sql`r."id"`)} AS "locked"
    FROM "PanelMember" m
    LEFT JOIN "Round" r ON r."studyId" = m."studyId" AND r."number" = ${roundNumber}
    WHERE m."id" = ${who.panelMemberId}
    FOR UPDATE OF m`;
  if (member?.status !== "ACCEPTED")
    throw new AppError("FORBIDDEN", "not accepted", { messageKey: "response.errors.notAccepted" });
  if (!member.roundId) throw new AppError("NOT_FOUND");
  // The version's clauses come along (one round trip fewer per answer): a version's clauses
  // never change once a round uses it, so reading them here is as good as reading them later.
  const [round] = await tx.$queryRaw<
    (Omit<LockedRound, "clauseTexts"> & {
      state: "SCHEDULED" | "OPEN" | "CLOSED";
      closesAt: Date;
      clauses: { id: string; text: string }[] | null;
    })[]
  >`
    SELECT r."id", r."studyId", r."versionId", r."state"::text AS "state", r."closesAt",
           r."collectRatings", s."ratingScaleMax", v."explanatoryText",
           (SELECT json_agg(json_build_object('id', c."id", 'text', c."text"))
            FROM "ClauseVersion" c WHERE c."versionId" = r."versionId") AS "clauses"
    FROM "Round" r
    JOIN "Study" s ON s."id" = r."studyId"
    JOIN "Version" v ON v."id" = r."versionId"
    WHERE r."id" = ${member.roundId}`;
  if (!round || round.state === "SCHEDULED") throw new AppError("NOT_FOUND");
  if (!isAcceptingResponses(round, now ?? new Date()))
    throw new AppError("CONFLICT", "round closed", { messageKey: "response.errors.closed" });
  const { state: _state, closesAt: _closesAt, clauses, ...rest } = round;
  const clauseTexts = new Map((clauses ?? []).map((c) => [c.id, c.text]));
  return { panelMemberId: who.panelMemberId, round: { ...rest, clauseTexts } };
}
