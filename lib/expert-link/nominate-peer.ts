import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { requireExpert } from "./require-expert.ts";
import type { NominatePeerInput } from "./schemas.ts";

const MAX_NOMINATIONS = 10;

/**
 * An accepted expert suggests a peer. Nothing is sent to the nominee: a facilitator adds
 * or dismisses the nomination, and the nominee is never told who nominated them.
 */
export async function nominatePeer(
  db: PrismaClient,
  token: string,
  input: NominatePeerInput,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const who = await requireExpert(tx, token);
    const { member } = who;
    if (member.status !== "ACCEPTED")
      throw new AppError("FORBIDDEN", "not accepted", {
        messageKey: "respond.nominateAfterAccept",
      });
    if (input.email === member.email) {
      throw new AppError("INVALID", "self", { field: "email", messageKey: "respond.nominateSelf" });
    }
    const made = await tx.nomination.count({ where: { nominatorId: who.panelMemberId } });
    if (made >= MAX_NOMINATIONS) {
      throw new AppError("CONFLICT", "too many", {
        messageKey: "respond.tooManyNominations",
        values: { max: MAX_NOMINATIONS },
      });
    }
    const nomination = await tx.nomination.create({
      data: {
        studyId: who.studyId,
        nominatorId: who.panelMemberId,
        name: input.name,
        email: input.email,
        reason: input.reason,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      studyId: who.studyId,
      expertId: who.panelMemberId,
      action: "expert.nominated",
      targetType: "Nomination",
      targetId: nomination.id,
    });
  });
}
