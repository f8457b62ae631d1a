import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import type { AddSourceInput } from "./schemas.ts";

/**
 * Records a source definition with the characteristics it mentions. Characteristics are
 * the study's own list: a name used before (in any letter case) is the same one.
 */
export async function addSourceDefinition(
  db: PrismaClient,
  access: StudyAccess,
  input: AddSourceInput,
): Promise<{ id: string }> {
  authorize(access, "study.edit");
  const { studyId, userId } = access;
  return db.$transaction(async (tx) => {
    const existing = await tx.characteristic.findMany({
      where: { studyId },
      select: { id: true, name: true },
    });
    const byName = new Map(existing.map((c) => [c.name.toLowerCase(), c.id]));
    const ids: string[] = [];
    for (const name of input.characteristics) {
      let characteristicId = byName.get(name.toLowerCase());
      if (!characteristicId) {
        characteristicId = (
          await tx.characteristic.create({ data: { studyId, name }, select: { id: true } })
        ).id;
        byName.set(name.toLowerCase(), characteristicId);
      }
      ids.push(characteristicId);
    }
    const source = await tx.sourceDefinition.create({
      data: {
        studyId,
        text: input.text,
        citation: input.citation,
        jurisdiction: input.jurisdiction,
        sector: input.sector,
        characteristics: { create: ids.map((characteristicId) => ({ characteristicId })) },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: "source.added",
      targetType: "SourceDefinition",
      targetId: source.id,
      data: { characteristics: input.characteristics.length },
    });
    return source;
  });
}
