import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { Prisma } from "@/lib/generated/prisma/client.ts";
import { resolveExpertLink } from "@/lib/respond/resolve-expert-link.ts";
import { isAcceptingResponses } from "@/lib/rounds/round-window.ts";

export type LockedRound = {
  id: string;
  studyId: string;
  versionId: string;
  collectRatings: boolean;
  ratingScaleMax: number | null;
  explanatoryText: string;
};

/**
 * Call first inside the transaction of any write to a response. The expert's panel row is
 * locked FOR UPDATE (one expert's writes run one after the other, so the revision check and
 * the upsert cannot interleave) and the round row FOR SHARE (closing or extending a round
 * updates that row, so it waits for writes in flight and they see the deadline it sets).
 * The deadline is checked after both locks, with the clock read then.
 */
export async function lockResponseRound(
  tx: Prisma.TransactionClient,
  token: string,
  roundNumber: number,
  now?: Date,
): Promise<{ panelMemberId: string; round: LockedRound }> {
  const who = await resolveExpertLink(tx, token);
  if (!who) throw new AppError("NOT_FOUND");
  const [member] = await tx.$queryRaw<{ status: string }[]>`
    SELECT "status"::text AS "status" FROM "PanelMember" WHERE "id" = ${who.panelMemberId} FOR UPDATE`;
  if (member?.status !== "ACCEPTED")
    throw new AppError("FORBIDDEN", "not accepted", { messageKey: "response.errors.notAccepted" });
  // Scoped by the link's study: a round number of another study simply does not exist here.
  const [round] = await tx.$queryRaw<
    (LockedRound & { state: "SCHEDULED" | "OPEN" | "CLOSED"; closesAt: Date })[]
  >`
    SELECT r."id", r."studyId", r."versionId", r."state"::text AS "state", r."closesAt",
           r."collectRatings", s."ratingScaleMax", v."explanatoryText"
    FROM "Round" r
    JOIN "Study" s ON s."id" = r."studyId"
    JOIN "Version" v ON v."id" = r."versionId"
    WHERE r."studyId" = ${who.studyId} AND r."number" = ${roundNumber}
    FOR SHARE OF r`;
  if (!round || round.state === "SCHEDULED") throw new AppError("NOT_FOUND");
  if (!isAcceptingResponses(round, now ?? new Date()))
    throw new AppError("CONFLICT", "round closed", { messageKey: "response.errors.closed" });
  const { state: _state, closesAt: _closesAt, ...locked } = round;
  return { panelMemberId: who.panelMemberId, round: locked };
}
