import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStudyWithPanel } from "@/test/support/fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getPublicStudy } from "./get-public-study.ts";

// The public history is read from rows whose storage order is not the history's order:
// a version's row is rewritten when it is locked, a clause's when it is edited or
// renumbered. This study is written in such an order on purpose (version 1 locked last,
// clauses written 3, 1, 2), then the tables are analysed so that PostgreSQL reads them in
// storage order, as it does small tables with fresh statistics: only the query's own
// ordering gives versions by number and clauses by position.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

type Written = { id: string; clauseId: string; position: number };

/** Writes a version's clauses in the order given, each with its lineage. */
async function clauses(
  versionId: string,
  rows: { clauseId: string; position: number; text: string; sourceId?: string }[],
) {
  const out: Record<string, Written> = {};
  for (const { sourceId, ...row } of rows) {
    out[row.clauseId] = await t.db.clauseVersion.create({
      data: { versionId, ...row, ...(sourceId ? { origins: { create: { sourceId } } } : {}) },
      select: { id: true, clauseId: true, position: true },
    });
  }
  return out;
}

/**
 * Clauses A, B, C. Version 1: A, B, C. Version 2 rewords C and drops B. Version 3 (the
 * published final text) sharpens A and restores B from version 1.
 */
async function publishedStudy() {
  const { studyId } = await createStudyWithPanel(t.db);
  const [a, b, c] = await Promise.all(
    [1, 2, 3].map(async () => (await t.db.clause.create({ data: { studyId } })).id),
  );
  const v1 = await t.db.version.findFirstOrThrow({ where: { studyId, number: 1 } });
  const one = await clauses(v1.id, [
    { clauseId: c!, position: 3, text: "Gamma." },
    { clauseId: a!, position: 1, text: "Alpha." },
    { clauseId: b!, position: 2, text: "Beta." },
  ]);
  const v2 = await t.db.version.create({
    data: { studyId, number: 2, status: "LOCKED", lockedAt: new Date(), basedOnId: v1.id },
  });
  const two = await clauses(v2.id, [
    { clauseId: c!, position: 2, text: "Gamma, reworded.", sourceId: one[c!]!.id },
    { clauseId: a!, position: 1, text: "Alpha.", sourceId: one[a!]!.id },
  ]);
  const v3 = await t.db.version.create({
    data: { studyId, number: 3, status: "PUBLISHED", lockedAt: new Date(), basedOnId: v2.id },
  });
  const three = await clauses(v3.id, [
    { clauseId: c!, position: 3, text: "Gamma, reworded.", sourceId: two[c!]!.id },
    { clauseId: a!, position: 1, text: "Alpha, sharpened.", sourceId: two[a!]!.id },
    { clauseId: b!, position: 2, text: "Beta.", sourceId: one[b!]!.id },
  ]);
  // Version 1 is locked last: its row is now stored after those of versions 2 and 3.
  await t.db.version.update({
    where: { id: v1.id },
    data: { status: "LOCKED", lockedAt: new Date() },
  });
  const study = await t.db.study.update({
    where: { id: studyId },
    data: { status: "PUBLISHED", publishedAt: new Date() },
    select: { slug: true },
  });
  await t.db.$executeRaw`ANALYZE "Version"`;
  await t.db.$executeRaw`ANALYZE "ClauseVersion"`;
  await t.db.$executeRaw`ANALYZE "ClauseOrigin"`;
  return { slug: study.slug, ids: { a: a!, b: b!, c: c! }, one, two, three };
}

describe("the public history of a study", () => {
  it("lists the versions in order and each version's clauses by number", async () => {
    const s = await publishedStudy();
    const study = (await getPublicStudy(t.db, s.slug))!;
    expect(study.versions.map((v) => [v.number, v.status])).toEqual([
      [1, "LOCKED"],
      [2, "LOCKED"],
      [3, "PUBLISHED"],
    ]);
    const { a, b, c } = s.ids;
    expect(study.versions.map((v) => v.clauses.map((x) => [x.number, x.clauseId]))).toEqual([
      [
        [1, a],
        [2, b],
        [3, c],
      ],
      [
        [1, a],
        [2, c],
      ],
      [
        [1, a],
        [2, b],
        [3, c],
      ],
    ]);
  });

  it("gives each clause the clauses it came from", async () => {
    const s = await publishedStudy();
    const study = (await getPublicStudy(t.db, s.slug))!;
    const sources = (n: number) =>
      Object.fromEntries(
        study.versions[n - 1]!.clauses.map((x) => [x.clauseId, x.sourceIds] as const),
      );
    const { a, b, c } = s.ids;
    expect(sources(1)).toEqual({ [a]: [], [b]: [], [c]: [] });
    expect(sources(2)).toEqual({ [a]: [s.one[a]!.id], [c]: [s.one[c]!.id] });
    // B came back from version 1, over version 2 which had dropped it.
    expect(sources(3)).toEqual({
      [a]: [s.two[a]!.id],
      [b]: [s.one[b]!.id],
      [c]: [s.two[c]!.id],
    });
  });

  it("says where a restored clause came from, and only for a restored one", async () => {
    const s = await publishedStudy();
    const study = (await getPublicStudy(t.db, s.slug))!;
    const changes = study.versions[2]!.changes;
    expect(changes.map((x) => [x.kind, x.restoredFrom])).toEqual([
      ["EDITED", undefined],
      ["RESTORED", 1],
    ]);
    // "RESTORED only" (PublicChange): the other changes have no restoredFrom at all.
    expect(changes[0]).not.toHaveProperty("restoredFrom");
    for (const change of study.versions[1]!.changes) {
      expect(change).not.toHaveProperty("restoredFrom");
    }
    expect(study.versions[1]!.changes.map((x) => x.kind)).toEqual(["EDITED", "REMOVED"]);
  });
});
