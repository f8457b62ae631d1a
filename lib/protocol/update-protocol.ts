import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { authorize, type StudyAccess } from "@/lib/guards.ts";
import { PROTOCOL_FIELDS, protocolColumns, type UpdateProtocolInput } from "./schemas.ts";
import { PUBLIC_PAGES, type Affected } from "@/lib/actions/affected.ts";

/**
 * Saves the protocol. Before the first round opens this is a plain edit; afterwards the
 * protocol is locked and every changed field becomes a recorded deviation with a reason.
 */
export async function updateProtocol(
  db: PrismaClient,
  access: StudyAccess,
  input: UpdateProtocolInput,
): Promise<{ deviations: number; affects: readonly Affected[] }> {
  authorize(access, "study.edit");
  const { studyId, userId } = access;
  return db.$transaction(async (tx) => {
    // Read inside the transaction: a round may have opened since the form was loaded.
    const current = await tx.study.findUniqueOrThrow({
      where: { id: studyId },
      select: protocolColumns,
    });
    // A threshold only belongs to a SHARE rule: under "no objection" the stored one is kept
    // (it is unused), so a value left in the form neither changes it nor counts as a deviation.
    const next = {
      partsRule: input.partsRule,
      consensusThreshold:
        input.partsRule === "SHARE"
          ? (input.consensusThreshold ?? current.consensusThreshold)
          : current.consensusThreshold,
      wholeRule: input.wholeRule,
      wholeThreshold:
        input.wholeRule === "SHARE"
          ? (input.wholeThreshold ?? current.wholeThreshold)
          : current.wholeThreshold,
      plannedRounds: input.plannedRounds,
      plannedRoundDays: input.plannedRoundDays,
      panelCap: input.panelCap,
      anonymityStatement: input.anonymityStatement,
      ratingScaleMax: input.ratingScaleMax,
      ratingMedianMin: input.ratingScaleMax ? input.ratingMedianMin : null,
      ratingIqrMax: input.ratingScaleMax ? input.ratingIqrMax : null,
      ...reportingDetails(input),
    };
    const changed = PROTOCOL_FIELDS.filter((f) => normalise(current[f]) !== normalise(next[f]));
    if (changed.length === 0) return { deviations: 0, affects: [] };

    const locked = current.protocolLockedAt !== null;
    if (locked && !input.deviationReason) {
      throw new AppError("INVALID", "reason required", {
        field: "deviationReason",
        messageKey: "protocol.reasonRequired",
      });
    }
    await tx.study.update({ where: { id: studyId }, data: next });
    if (locked) {
      await tx.protocolDeviation.createMany({
        data: changed.map((field) => ({
          studyId,
          field,
          // Json columns: wrap so that "none" (null) is stored as a value, not SQL NULL.
          before: { value: normalise(current[field]) },
          after: { value: normalise(next[field]) },
          reason: input.deviationReason,
          createdById: userId,
        })),
      });
    }
    await recordAuditEvent(tx, {
      studyId,
      actorUserId: userId,
      action: locked ? "protocol.deviation" : "protocol.updated",
      data: { fields: changed, ...(locked ? { reason: input.deviationReason } : {}) },
    });
    // The consensus rule is shown (and applied) on the published pages.
    return { deviations: locked ? changed.length : 0, affects: PUBLIC_PAGES };
  });
}

/**
 * The reporting details as stored. The ethics fields that do not belong to the chosen status
 * are cleared (a body and reference only for an approval, a reason only when none was
 * needed), so the report never states an approval next to an exemption.
 */
function reportingDetails(input: UpdateProtocolInput) {
  const approved = input.ethicsStatus === "APPROVED";
  return {
    registryName: input.registryName,
    registrationId: input.registrationId,
    ethicsStatus: input.ethicsStatus,
    ethicsBody: approved ? input.ethicsBody : "",
    ethicsReference: approved ? input.ethicsReference : "",
    ethicsExemption: input.ethicsStatus === "NOT_REQUIRED" ? input.ethicsExemption : "",
    funding: input.funding,
    pilotTesting: input.pilotTesting,
    steeringGroup: input.steeringGroup,
  };
}

// Decimals arrive as Prisma.Decimal from the database and as numbers from the form.
function normalise(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  return Number(String(value));
}
