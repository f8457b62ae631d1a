import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client.ts";
import { AppError } from "@/lib/errors.ts";
import { ACTIVE_PANEL_STATUSES } from "../panel-rules.ts";

export type PanelPlaces = { cap: number; taken: number; free: number };

/**
 * Call first inside the transaction of any change to a study's panel. It locks the study's
 * row, so two changes to one panel (an import and an add, say) run one after the other and
 * each sees the other's rows: checking the cap and then inserting is safe only under this lock.
 */
export async function lockPanel(
  tx: Prisma.TransactionClient,
  studyId: string,
): Promise<PanelPlaces> {
  const [study] = await tx.$queryRaw<{ panelCap: number; status: string }[]>`
    SELECT "panelCap", "status"::text AS "status" FROM "Study" WHERE "id" = ${studyId} FOR UPDATE`;
  if (!study) throw new AppError("NOT_FOUND");
  // The panel of a finished study is part of its record.
  if (study.status !== "DRAFT" && study.status !== "ACTIVE")
    throw new AppError("CONFLICT", "study closed", { messageKey: "panel.errors.studyClosed" });
  const taken = await tx.panelMember.count({
    where: { studyId, status: { in: [...ACTIVE_PANEL_STATUSES] } },
  });
  return { cap: study.panelCap, taken, free: Math.max(0, study.panelCap - taken) };
}
