import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";

/**
 * Starts drafting version N+1 as a copy of version N, once every round on N has closed.
 * Each clause keeps its identity (Clause) and records where it came from (ClauseOrigin),
 * so history stays readable when later edits renumber, reword or remove clauses. A second
 * click finds the draft already there and returns it.
 */
export async function createNextVersion(
  db: PrismaClient,
  access: StudyAccess,
): Promise<{ number: number; created: boolean }> {
  authorize(access, "study.edit");
  const { studyId, userId } = access;
  return db.$transaction(async (tx) => {
    // The study row lock serialises this with opening a round and with itself.
    await tx.$queryRaw`SELECT 1 FROM "Study" WHERE "id" = ${studyId} FOR UPDATE`;
    const latest = await tx.version.findFirst({
      where: { studyId },
      orderBy: { number: "desc" },
      select: {
        id: true,
        number: true,
        status: true,
        explanatoryText: true,
        clauses: { select: { id: true, clauseId: true, position: true, text: true } },
        rounds: { where: { state: { not: "CLOSED" } }, select: { id: true } },
      },
    });
    if (!latest) throw new AppError("NOT_FOUND");
    if (latest.status === "DRAFT") return { number: latest.number, created: false };
    if (latest.rounds.length > 0)
      throw new AppError("CONFLICT", "a round on the version is still open", {
        messageKey: "text.errors.roundStillOpen",
        values: { number: latest.number },
      });
    const next = await tx.version.create({
      data: { studyId, number: latest.number + 1, explanatoryText: latest.explanatoryText },
      select: { id: true, number: true },
    });
    for (const c of latest.clauses) {
      await tx.clauseVersion.create({
        data: {
          versionId: next.id,
          clauseId: c.clauseId,
          position: c.position,
          text: c.text,
          origins: { create: { sourceId: c.id } },
        },
      });
    }
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "version.created",
      targetType: "Version",
      targetId: next.id,
      data: { number: next.number, from: latest.number },
    });
    return { number: next.number, created: true };
  });
}
