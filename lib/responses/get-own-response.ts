import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import { resolveExpertLink } from "@/lib/expert-link/resolve-expert-link.ts";
import { getResponseSnapshot, type ResponseSnapshot } from "./get-response-snapshot.ts";

/** The expert's own stored response in a round of their study (for a tab checking it is current). */
export async function getOwnResponse(
  db: Db,
  token: string,
  roundNumber: number,
): Promise<ResponseSnapshot | null> {
  const who = await resolveExpertLink(db, token);
  if (!who) throw new AppError("NOT_FOUND");
  const round = await db.round.findFirst({
    where: { studyId: who.studyId, number: roundNumber, state: { in: ["OPEN", "CLOSED"] } },
    select: { id: true },
  });
  if (!round) throw new AppError("NOT_FOUND");
  return getResponseSnapshot(db, round.id, who.panelMemberId);
}
