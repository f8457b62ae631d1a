import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { ChangeClass } from "@/lib/generated/prisma/enums.ts";
import { describeTarget } from "@/lib/justifications/describe-target.ts";
import { loadVersionChanges } from "./load-version-changes.ts";

export type JustifiedChanges = {
  version: number;
  items: { heading: string; changeClass: ChangeClass; text: string }[];
};

/**
 * The justified changes of the version drafted after round `roundNumber` (its version
 * plus one), for the summary of that round. Null while there is no such version or
 * nothing in it is justified yet. No authorization: for checked callers (getJustifiedChanges,
 * sending the summary) and the demo data.
 */
export async function listJustifiedChanges(
  db: Db,
  studyId: string,
  roundNumber: number,
): Promise<JustifiedChanges | null> {
  const round = await db.round.findUnique({
    where: { studyId_number: { studyId, number: roundNumber } },
    select: { version: { select: { number: true } } },
  });
  if (!round) return null;
  const changes = await loadVersionChanges(db, studyId, round.version.number + 1);
  const items = (changes?.targets ?? []).flatMap((target) =>
    target.justification
      ? [
          {
            heading: describeTarget(target),
            changeClass: target.justification.changeClass,
            text: target.justification.text,
          },
        ]
      : [],
  );
  return changes && items.length ? { version: changes.version.number, items } : null;
}
