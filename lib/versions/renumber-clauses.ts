import "server-only";
import type { Db } from "@/lib/db/app-db.ts";

/**
 * Rewrites a version's clause positions as 1..n, in their current order or in the order
 * `reorder` returns for the current ids. Call inside the transaction that changes the
 * clauses, after requireDraftVersion, so the order is read from the rows as they are now:
 * a change prepared on a stale page can never leave gaps or duplicate numbers.
 */
export async function renumberClauses(
  tx: Db,
  versionId: string,
  reorder: (ids: string[]) => string[] = (ids) => ids,
): Promise<string[]> {
  const current = await tx.clauseVersion.findMany({
    where: { versionId },
    // Ties (only a bug could create them) are broken by age, so the result is stable.
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, position: true },
  });
  const ordered = reorder(current.map((c) => c.id));
  const positionOf = new Map(current.map((c) => [c.id, c.position]));
  for (const [index, id] of ordered.entries()) {
    if (positionOf.get(id) === index + 1) continue;
    await tx.clauseVersion.update({ where: { id }, data: { position: index + 1 } });
  }
  return ordered;
}
