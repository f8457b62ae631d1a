import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asMember } from "@/test/support/access.ts";
import { addMember } from "@/test/support/fixtures.ts";
import { writeResponse } from "@/test/support/results-fixtures.ts";
import { createOpenRound, openNextRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { exportStudyData } from "./export-study-data.ts";
import { neutraliseCell } from "./neutralise-cell.ts";
import { pseudonym } from "./pseudonym.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const SECRET = "test-secret-0123456789-0123456789-abcdef";

describe("data exports", () => {
  it("exports one row per expert × round × clause, matching the database", async () => {
    const r = await createOpenRound(t.db, { experts: 3, clauses: 2 });
    const { studyId } = r;
    const [a, b, c] = r.members;
    await t.db.roundParticipation.createMany({
      data: r.members.map((m) => ({ roundId: r.roundId, panelMemberId: m.id })),
    });
    await writeResponse(t.db, {
      roundId: r.roundId,
      panelMemberId: a!.id,
      state: "SUBMITTED",
      clauses: [
        { clauseVersionId: r.clauses[0]!.id, answer: { position: "CAN_LIVE_WITH", rating: 8 } },
        {
          clauseVersionId: r.clauses[1]!.id,
          answer: { position: "CANNOT_LIVE_WITH", suggestion: '=HYPERLINK("http://x")' },
        },
      ],
    });
    // b's answer is an unsent draft: not data. c never answered.
    await writeResponse(t.db, {
      roundId: r.roundId,
      panelMemberId: b!.id,
      state: "DRAFT",
      clauses: [{ clauseVersionId: r.clauses[0]!.id, answer: { position: "CANNOT_LIVE_WITH" } }],
    });
    const round2 = await openNextRound(t.db, studyId, r);
    await t.db.roundParticipation.create({
      data: { roundId: round2.roundId, panelMemberId: a!.id },
    });
    await writeResponse(t.db, {
      roundId: round2.roundId,
      panelMemberId: a!.id,
      state: "SUBMITTED",
      clauses: round2.clauses.map((cl) => ({
        clauseVersionId: cl.id,
        answer: { position: "CAN_LIVE_WITH" as const },
      })),
    });
    const owner = await t.db.membership.findFirstOrThrow({ where: { studyId } });
    const asOwner = await asMember(t.db, owner.userId, studyId);

    const file = await exportStudyData(t.db, asOwner, "dataset.csv", SECRET);
    expect(file.filename).toMatch(/-dataset\.csv$/);
    const rows = parse(file.body, { columns: true, bom: true }) as Record<string, string>[];
    // Round 1: 3 seated × 2 clauses; round 2: 1 seated × 2 clauses.
    expect(rows).toHaveLength(8);
    const pa = pseudonym(SECRET, studyId, a!.id);
    const ofA = rows.filter((row) => row.expert === pa && row.round === "1");
    expect(
      ofA.map((row) => [row.clause_number, row.position, row.rating, row.suggested_wording]),
    ).toEqual([
      ["1", "can_live_with", "8", ""],
      ["2", "cannot_live_with", "", '\'=HYPERLINK("http://x")'],
    ]);
    expect(ofA[1]!.reason).toBe("Because.");
    const ofB = rows.filter((row) => row.expert === pseudonym(SECRET, studyId, b!.id));
    expect(ofB.map((row) => [row.responded, row.position])).toEqual([
      ["false", ""],
      ["false", ""],
    ]);
    // Clauses are named by their identity, which round 2's reordered copy keeps.
    const round2Rows = rows.filter((row) => row.round === "2");
    expect(round2Rows.map((row) => row.expert)).toEqual([pa, pa]);
    expect(new Set(round2Rows.map((row) => row.clause_id))).toEqual(
      new Set(r.clauses.map((cl) => cl.clauseId)),
    );
    // Nobody's name, email or panel id is in the dataset.
    const experts = await t.db.panelMember.findMany({ where: { studyId } });
    for (const expert of experts) {
      for (const secret of [expert.name, expert.email, expert.id]) {
        expect(file.body).not.toContain(secret);
      }
    }
    // c was seated and never answered: rows with no position, not missing rows.
    const ofC = rows.filter((row) => row.expert === pseudonym(SECRET, studyId, c!.id));
    expect(ofC.map((row) => [row.round, row.responded, row.position])).toEqual([
      ["1", "false", ""],
      ["1", "false", ""],
    ]);

    const json = await exportStudyData(t.db, asOwner, "dataset.json", SECRET);
    const parsed = JSON.parse(json.body) as { rows: { expert: string; rating: number | null }[] };
    expect(parsed.rows).toHaveLength(8);
    expect(parsed.rows[0]).toMatchObject({ expert: pa, rating: 8 });

    // The identity key: owners and facilitators only; observers and strangers are refused.
    const key = await exportStudyData(t.db, asOwner, "identity-key.csv", SECRET);
    const keyRows = parse(key.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(keyRows).toHaveLength(3);
    expect(keyRows.find((row) => row.expert === pa)?.email).toBe(
      experts.find((e) => e.id === a!.id)!.email,
    );
    const observer = await addMember(t.db, studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, studyId);
    await expect(
      exportStudyData(t.db, asObserver, "identity-key.csv", SECRET),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportStudyData(t.db, asObserver, "dataset.csv", SECRET)).resolves.toMatchObject({
      filename: expect.stringMatching(/dataset\.csv$/),
    });
    const stranger = await addMember(t.db, (await createOpenRound(t.db)).studyId, "OWNER");
    // A stranger gets no access to the study, so no export can be made for them.
    await expect(asMember(t.db, stranger.id, studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("gives stable pseudonyms within a study, different ones across studies and secrets", () => {
    expect(pseudonym(SECRET, "s1", "m1")).toBe(pseudonym(SECRET, "s1", "m1"));
    expect(pseudonym(SECRET, "s1", "m1")).toMatch(/^E-[0-9A-F]{12}$/);
    expect(pseudonym(SECRET, "s2", "m1")).not.toBe(pseudonym(SECRET, "s1", "m1"));
    expect(pseudonym(`${SECRET}x`, "s1", "m1")).not.toBe(pseudonym(SECRET, "s1", "m1"));
    expect(pseudonym(SECRET, "s1", "m2")).not.toBe(pseudonym(SECRET, "s1", "m1"));
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const cell of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
    }
    expect(neutraliseCell("Plain text, 1 + 1 = 2")).toBe("Plain text, 1 + 1 = 2");
    expect(neutraliseCell("")).toBe("");
  });
});
