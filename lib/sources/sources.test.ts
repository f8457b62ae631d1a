import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asMember } from "@/test/support/access.ts";
import { addMember } from "@/test/support/fixtures.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { addSourceDefinition } from "./add-source-definition.ts";
import { getSourceAnalysis } from "./get-source-analysis.ts";
import { removeSourceDefinition } from "./remove-source-definition.ts";
import { saveCharacteristicMapping } from "./save-characteristic-mapping.ts";
import { addSourceSchema, saveMappingSchema } from "./schemas.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const source = (characteristics: string, citation = "Agency (2024).") =>
  addSourceSchema.parse({
    text: "A short learning experience, assessed and certified.",
    citation,
    jurisdiction: "EU",
    sector: "Higher education",
    characteristics,
  });

describe("source definitions", () => {
  it("counts characteristics across sources and maps them onto a version", async () => {
    const r = await createOpenRound(t.db, { clauses: 3 });
    const { studyId } = r;
    const owner = await t.db.membership.findFirstOrThrow({ where: { studyId } });
    const asOwner = await asMember(t.db, owner.userId, studyId);
    await addSourceDefinition(t.db, asOwner, source("Certification, assessment"));
    await addSourceDefinition(t.db, asOwner, source("certification; Duration"));
    const third = await addSourceDefinition(
      t.db,
      asOwner,
      source("Certification, Quality assurance, duration"),
    );

    let analysis = await getSourceAnalysis(t.db, asOwner);
    expect(analysis.sources).toHaveLength(3);
    // Names are matched regardless of case; the first spelling is kept.
    expect(analysis.frequency.map((f) => [f.name, f.sources, f.share.toFixed(2)])).toEqual([
      ["Certification", 3, "1.00"],
      ["Duration", 2, "0.67"],
      ["assessment", 1, "0.33"],
      ["Quality assurance", 1, "0.33"],
    ]);
    const certification = analysis.frequency[0]!.id;
    const duration = analysis.frequency[1]!.id;

    await saveCharacteristicMapping(
      t.db,
      asOwner,
      saveMappingSchema.parse({
        versionId: r.versionId,
        characteristicId: certification,
        at_text: "on",
        [`at_${r.clauses[2]!.id}`]: "on",
      }),
    );
    analysis = await getSourceAnalysis(t.db, asOwner, 1);
    expect(analysis.mapping!.rows.map((row) => [row.name, row.inText, row.clauses])).toEqual([
      ["Certification", true, [3]],
      ["Duration", false, []],
      ["assessment", false, []],
      ["Quality assurance", false, []],
    ]);

    // Saving again replaces the places; a clause of another study is refused.
    await saveCharacteristicMapping(t.db, asOwner, {
      versionId: r.versionId,
      characteristicId: certification,
      locations: [r.clauses[0]!.id],
    });
    const other = await createOpenRound(t.db);
    await expect(
      saveCharacteristicMapping(t.db, asOwner, {
        versionId: r.versionId,
        characteristicId: duration,
        locations: [other.clauses[0]!.id],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    analysis = await getSourceAnalysis(t.db, asOwner);
    expect(analysis.mapping!.rows[0]).toMatchObject({ inText: false, clauses: [1] });

    // Observers read but do not write; strangers see nothing.
    const observer = await addMember(t.db, studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, studyId);
    expect((await getSourceAnalysis(t.db, asObserver)).canEdit).toBe(false);
    await expect(addSourceDefinition(t.db, asObserver, source("x"))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // A stranger gets no access to this study, and their own study's reaches none of its sources.
    const stranger = await addMember(t.db, other.studyId, "OWNER");
    await expect(asMember(t.db, stranger.id, studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const asStranger = await asMember(t.db, stranger.id, other.studyId);
    await expect(
      removeSourceDefinition(t.db, asStranger, { sourceId: third.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Removing the only source of a characteristic removes the characteristic.
    await removeSourceDefinition(t.db, asOwner, { sourceId: third.id });
    analysis = await getSourceAnalysis(t.db, asOwner);
    expect(analysis.frequency.map((f) => [f.name, f.sources])).toEqual([
      ["Certification", 2],
      ["assessment", 1],
      ["Duration", 1],
    ]);
  });
});
