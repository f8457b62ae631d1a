import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { TEXT_LOCATION, type SaveMappingInput } from "./schemas.ts";

/**
 * Sets where a characteristic appears in one version: the explanatory text and/or some of
 * its clauses, replacing what was recorded before. Ids of another study are NOT_FOUND.
 */
export async function saveCharacteristicMapping(
  db: PrismaClient,
  access: StudyAccess,
  input: SaveMappingInput,
): Promise<{ locations: number }> {
  authorize(access, "study.edit");
  const { studyId } = access;
  const { versionId, characteristicId } = input;
  return db.$transaction(async (tx) => {
    const [characteristic, version] = await Promise.all([
      tx.characteristic.findFirst({
        where: { id: characteristicId, studyId },
        select: { id: true },
      }),
      tx.version.findFirst({
        where: { id: versionId, studyId },
        select: { clauses: { select: { id: true } } },
      }),
    ]);
    if (!characteristic || !version) throw new AppError("NOT_FOUND");
    const clauseIds = new Set(version.clauses.map((c) => c.id));
    const wanted = [...new Set(input.locations)];
    if (wanted.some((l) => l !== TEXT_LOCATION && !clauseIds.has(l))) {
      throw new AppError("NOT_FOUND");
    }
    await tx.characteristicMapping.deleteMany({ where: { characteristicId, versionId } });
    await tx.characteristicMapping.createMany({
      data: wanted.map((l) => ({
        characteristicId,
        versionId,
        clauseVersionId: l === TEXT_LOCATION ? null : l,
      })),
    });
    return { locations: wanted.length };
  });
}
