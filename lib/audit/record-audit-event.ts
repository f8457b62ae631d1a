import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { Prisma } from "@/lib/generated/prisma/client.ts";

export type AuditInput = {
  studyId: string;
  action: string;
  actorUserId?: string | null;
  /** For expert actions: the panel member id (seen by facilitators only). */
  expertId?: string;
  targetType?: string;
  targetId?: string;
  data?: Prisma.InputJsonValue;
};

/** Appends to the study's audit log. Call inside the transaction of the change it records. */
export async function recordAuditEvent(db: Db, input: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      studyId: input.studyId,
      action: input.action,
      actorKind: input.expertId ? "EXPERT" : input.actorUserId ? "USER" : "SYSTEM",
      actorUserId: input.actorUserId ?? null,
      actorRef: input.expertId ?? null,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      data: input.data,
    },
  });
}
