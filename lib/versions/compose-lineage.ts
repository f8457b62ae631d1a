/**
 * Where each clause of version `to` came from in an earlier version `from`, by following
 * the lineage one version at a time (a clause split in version 3 and merged in version 4
 * still leads back to its clause in version 1). Pure: the caller passes every version in
 * between with its clauses' direct sources.
 *
 * A restored clause's source lies further back than the version before it (it was dropped
 * in between), so the walk leaves a source alone until it reaches that source's version.
 * A clause restored from a version older than `from` therefore ends at that older clause:
 * the ids returned are clauses of `from`, or of an older version for such a restoration.
 */
export function composeLineage(
  versions: { number: number; clauses: { id: string; sourceIds: string[] }[] }[],
  from: number,
  to: number,
): Map<string, string[]> {
  const versionOf = new Map<string, number>();
  const sourcesOf = new Map<string, string[]>();
  for (const v of versions) {
    for (const c of v.clauses) {
      versionOf.set(c.id, v.number);
      sourcesOf.set(c.id, c.sourceIds);
    }
  }
  const result = new Map<string, string[]>();
  for (const clause of versions.find((v) => v.number === to)?.clauses ?? []) {
    let ids = clause.sourceIds;
    for (let n = to - 1; n > from; n--) {
      ids = [
        ...new Set(
          ids.flatMap((id) => {
            const version = versionOf.get(id);
            if (version === undefined) return [];
            return version === n ? (sourcesOf.get(id) ?? []) : [id];
          }),
        ),
      ];
    }
    result.set(clause.id, ids);
  }
  return result;
}
