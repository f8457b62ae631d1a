import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import type { Position } from "../../lib/generated/prisma/enums.ts";

type Answer = { position: Position | null; suggestion?: string; rating?: number };

/**
 * Writes one expert's response in one round directly (no validation: the numbers are the
 * point). `clauses` is indexed like the round's clause list.
 */
export async function writeResponse(
  db: PrismaClient,
  input: {
    roundId: string;
    panelMemberId: string;
    state: "DRAFT" | "SUBMITTED";
    text?: Answer & { reason?: string };
    overall?: Position | null;
    comments?: string;
    clauses: { clauseVersionId: string; answer: Answer }[];
  },
) {
  const response = await db.response.create({
    data: {
      roundId: input.roundId,
      panelMemberId: input.panelMemberId,
      state: input.state,
      submittedAt: input.state === "SUBMITTED" ? new Date() : null,
      textPosition: input.text?.position ?? null,
      textReason: input.text?.reason ?? "",
      textSuggestion: input.text?.suggestion ?? "",
      overallPosition: input.overall ?? null,
      generalComments: input.comments ?? "",
    },
    select: { id: true },
  });
  await db.clauseResponse.createMany({
    data: input.clauses.map((c) => ({
      responseId: response.id,
      clauseVersionId: c.clauseVersionId,
      position: c.answer.position,
      reason: c.answer.position === "CANNOT_LIVE_WITH" ? "Because." : "",
      suggestion: c.answer.suggestion ?? "",
      rating: c.answer.rating ?? null,
    })),
  });
  return response.id;
}

/** Seats experts in a round, as opening it does. */
export async function seatExperts(db: PrismaClient, roundId: string, panelMemberIds: string[]) {
  await db.roundParticipation.createMany({
    data: panelMemberIds.map((panelMemberId) => ({ roundId, panelMemberId })),
  });
}
