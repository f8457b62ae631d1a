/**
 * Where each clause of version `to` came from in an earlier version `from`, by following
 * the lineage one version at a time (a clause split in version 3 and merged in version 4
 * still leads back to its clause in version 1). Pure: the caller passes every version in
 * between with its clauses' direct sources.
 */
export function composeLineage(
  versions: { number: number; clauses: { id: string; sourceIds: string[] }[] }[],
  from: number,
  to: number,
): Map<string, string[]> {
  const byNumber = new Map(versions.map((v) => [v.number, v]));
  const sourcesIn = (number: number) =>
    new Map(byNumber.get(number)?.clauses.map((c) => [c.id, c.sourceIds]) ?? []);
  const result = new Map<string, string[]>();
  for (const clause of byNumber.get(to)?.clauses ?? []) {
    let ids = clause.sourceIds;
    for (let n = to - 1; n > from; n--) {
      const sources = sourcesIn(n);
      ids = [...new Set(ids.flatMap((id) => sources.get(id) ?? []))];
    }
    result.set(clause.id, ids);
  }
  return result;
}
