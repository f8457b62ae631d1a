import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { hashText } from "./hash-text.ts";

export type RestorableClause = {
  /** The clause's last wording: the ClauseVersion a restore copies and links to. */
  clauseVersionId: string;
  clauseId: string;
  text: string;
  textHash: string;
  /** The version it was last in, and its number there. */
  versionNumber: number;
  position: number;
};

/**
 * The clauses of earlier versions that the draft does not hold (by identity), each with
 * its wording in the last version it was in: what "Restore" can bring back. Most recently
 * dropped first. Any member may see them; restoring one is what takes "study.edit".
 */
export async function listRestorableClauses(
  db: Db,
  access: StudyAccess,
  draft: { id: string; number: number },
): Promise<RestorableClause[]> {
  const { studyId } = access;
  const rows = await db.clauseVersion.findMany({
    where: {
      version: { studyId, number: { lt: draft.number } },
      clause: { studyId, versions: { none: { versionId: draft.id } } },
    },
    orderBy: [{ version: { number: "desc" } }, { position: "asc" }],
    select: {
      id: true,
      clauseId: true,
      text: true,
      position: true,
      version: { select: { number: true } },
    },
  });
  const seen = new Set<string>();
  const out: RestorableClause[] = [];
  for (const row of rows) {
    // Newest version first, so the first row of each identity is its last wording.
    if (seen.has(row.clauseId)) continue;
    seen.add(row.clauseId);
    out.push({
      clauseVersionId: row.id,
      clauseId: row.clauseId,
      text: row.text,
      textHash: hashText(row.text),
      versionNumber: row.version.number,
      position: row.position,
    });
  }
  return out;
}
