import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RoundState } from "@/lib/generated/prisma/enums.ts";
import { asMember } from "@/test/support/access.ts";
import { createStudyWithPanel } from "@/test/support/fixtures.ts";
import { writeResponse } from "@/test/support/results-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getAgreementHeatmap } from "./get-agreement-heatmap.ts";

// The heatmap's columns and rows must come from the study's opened rounds in number order
// and from each version's clause numbers, not from the order the rows happen to be stored
// in. So every row here is written out of order: round 2 before round 1, and clauses in
// the order 3, 1, 2. Another study and a round never opened sit in the same tables.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const DAY = 86_400_000;

/** Version `number` of the study, its clauses written in the order given. */
async function version(
  studyId: string,
  number: number,
  clauses: { clauseId: string; position: number; text: string }[],
) {
  const v = await t.db.version.upsert({
    where: { studyId_number: { studyId, number } },
    create: { studyId, number, status: "LOCKED", lockedAt: new Date() },
    update: { status: "LOCKED", lockedAt: new Date() },
    select: { id: true },
  });
  const rows = [];
  for (const c of clauses) {
    rows.push(
      await t.db.clauseVersion.create({
        data: { versionId: v.id, ...c },
        select: { id: true, clauseId: true, position: true },
      }),
    );
  }
  return { id: v.id, clauses: rows };
}

async function round(studyId: string, versionId: string, number: number, state: RoundState) {
  const opened = state !== "SCHEDULED";
  return t.db.round.create({
    data: {
      studyId,
      versionId,
      number,
      state,
      openedAt: opened ? new Date() : null,
      closesAt: new Date(Date.now() + DAY),
      closedAt: state === "CLOSED" ? new Date() : null,
    },
    select: { id: true },
  });
}

/**
 * Clauses A, B, C. Version 1 numbers them A=1, B=2, C=3; version 2 renumbers them C=1,
 * A=2, B=3. Round 2 (on version 2) is written before round 1 (on version 1); round 3 is
 * scheduled on version 3, which adds clause D, and never opened.
 */
async function scrambledStudy() {
  const s = await createStudyWithPanel(t.db, { experts: 1 });
  const { studyId } = s;
  const [a, b, c, d] = await Promise.all(
    [1, 2, 3, 4].map(() => t.db.clause.create({ data: { studyId }, select: { id: true } })),
  );
  const v1 = await version(studyId, 1, [
    { clauseId: c!.id, position: 3, text: "C in v1." },
    { clauseId: a!.id, position: 1, text: "A in v1." },
    { clauseId: b!.id, position: 2, text: "B in v1." },
  ]);
  const v2 = await version(studyId, 2, [
    { clauseId: b!.id, position: 3, text: "B in v2." },
    { clauseId: c!.id, position: 1, text: "C in v2." },
    { clauseId: a!.id, position: 2, text: "A in v2." },
  ]);
  const v3 = await version(studyId, 3, [
    { clauseId: d!.id, position: 1, text: "D in v3." },
    { clauseId: a!.id, position: 2, text: "A in v3." },
  ]);
  const round2 = await round(studyId, v2.id, 2, "OPEN");
  const round1 = await round(studyId, v1.id, 1, "CLOSED");
  await round(studyId, v3.id, 3, "SCHEDULED");
  // One answer per round, on clause A only: "can" in round 1, "cannot" in round 2.
  const clauseA = (v: typeof v1) => v.clauses.find((x) => x.clauseId === a!.id)!.id;
  for (const [roundId, v, position] of [
    [round1.id, v1, "CAN_LIVE_WITH"],
    [round2.id, v2, "CANNOT_LIVE_WITH"],
  ] as const) {
    await writeResponse(t.db, {
      roundId,
      panelMemberId: s.experts[0]!.id,
      state: "SUBMITTED",
      clauses: [{ clauseVersionId: clauseA(v), answer: { position } }],
    });
  }
  const access = await asMember(t.db, s.owner.id, studyId);
  return { access, ids: { a: a!.id, b: b!.id, c: c!.id, d: d!.id } };
}

describe("the agreement heatmap", () => {
  it("has the study's opened rounds in number order, whatever order they were written in", async () => {
    const s = await scrambledStudy();
    // Another study with its own rounds 1 to 3, all opened, in the same tables.
    await scrambledStudy();
    const other = await t.db.round.findFirstOrThrow({
      where: { number: 3, studyId: { not: s.access.studyId } },
    });
    await t.db.round.update({
      where: { id: other.id },
      data: { state: "OPEN", openedAt: new Date() },
    });
    // Fresh statistics, as autovacuum keeps them: PostgreSQL then reads this small table in
    // storage order rather than through the (studyId, number) index, so only the query's
    // own ordering puts round 1 first.
    await t.db.$executeRaw`ANALYZE "Round"`;

    const heatmap = await getAgreementHeatmap(t.db, s.access);
    expect(heatmap.rounds).toEqual([1, 2]);
    // Clause D is only in the never-opened round 3: no row for it.
    expect(heatmap.rows.map((r) => r.clauseId)).not.toContain(s.ids.d);
    expect((await getAgreementHeatmap(t.db, s.access, 1)).rounds).toEqual([1]);
  });

  it("has its rows in the latest round's clause order, each cell in its round's column", async () => {
    const s = await scrambledStudy();
    const heatmap = await getAgreementHeatmap(t.db, s.access);
    // Version 2 (round 2) numbers them C, A, B.
    expect(heatmap.rows.map((r) => [r.clauseId, r.label, r.labelRound, r.text])).toEqual([
      [s.ids.c, 1, 2, "C in v2."],
      [s.ids.a, 2, 2, "A in v2."],
      [s.ids.b, 3, 2, "B in v2."],
    ]);
    const cells = (clauseId: string) =>
      heatmap.rows
        .find((r) => r.clauseId === clauseId)!
        .cells.map((c) => [c?.position, c?.canLiveWith, c?.answered]);
    // Columns are rounds 1 and 2: clause A moved from 1 to 2; its one answer per round.
    expect(cells(s.ids.a)).toEqual([
      [1, 1, 1],
      [2, 0, 1],
    ]);
    expect(cells(s.ids.c)).toEqual([
      [3, 0, 0],
      [1, 0, 0],
    ]);
  });

  it("takes its rows from round 1's clause order when only round 1 is asked for", async () => {
    const s = await scrambledStudy();
    const heatmap = await getAgreementHeatmap(t.db, s.access, 1);
    expect(heatmap.rows.map((r) => [r.clauseId, r.label, r.labelRound])).toEqual([
      [s.ids.a, 1, 1],
      [s.ids.b, 2, 1],
      [s.ids.c, 3, 1],
    ]);
  });
});
