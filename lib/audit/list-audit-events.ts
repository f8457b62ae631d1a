import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";

/** The study's audit log, newest first (facilitators and observers of the study only). */
export async function listAuditEvents(db: Db, access: StudyAccess, take = 200) {
  const { studyId } = access;
  const events = await db.auditEvent.findMany({
    where: { studyId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      action: true,
      actorKind: true,
      actorRef: true,
      createdAt: true,
      data: true,
      actorUser: { select: { email: true } },
    },
  });
  const expertIds = [
    ...new Set(events.map((e) => e.actorRef).filter((id): id is string => Boolean(id))),
  ];
  const experts = await db.panelMember.findMany({
    where: { studyId, id: { in: expertIds } },
    select: { id: true, name: true },
  });
  const names = new Map(experts.map((e) => [e.id, e.name]));
  return events.map((e) => ({
    id: e.id,
    action: e.action,
    createdAt: e.createdAt,
    actor:
      e.actorKind === "USER"
        ? (e.actorUser?.email ?? null)
        : e.actorKind === "EXPERT"
          ? (names.get(e.actorRef ?? "") ?? null)
          : null,
    actorKind: e.actorKind,
    reason:
      typeof (e.data as { reason?: unknown } | null)?.reason === "string"
        ? (e.data as { reason: string }).reason
        : null,
  }));
}

export type AuditEntry = Awaited<ReturnType<typeof listAuditEvents>>[number];
