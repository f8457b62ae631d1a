import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJustificationWorkspace } from "@/lib/justifications/get-justification-workspace.ts";
import { saveJustification } from "@/lib/justifications/save-justification.ts";
import { asMember } from "@/test/support/access.ts";
import { createStudyWithDroppedClause } from "@/test/support/restore-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { addClause } from "@/lib/versions/add-clause.ts";
import { createNextVersion } from "@/lib/versions/create-next-version.ts";
import { hashText } from "@/lib/versions/hash-text.ts";
import { restoreClause } from "@/lib/versions/restore-clause.ts";
import { getPublicClauseHistory } from "./get-public-clause-history.ts";
import { getPublicStudy } from "./get-public-study.ts";
import { publicStudyJson } from "./public-study-json.ts";
import { publishStudy } from "./publish-study.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** Clause 2 of version 1, dropped in version 2, restored in version 3, published. */
async function publishedWithRestoredClause() {
  const s = await createStudyWithDroppedClause(t.db);
  await restoreClause(t.db, s.asOwner, {
    versionId: s.draftId,
    clauseVersionId: s.v1Clauses[1]!.id,
    baseHash: hashText("Clause 2."),
    beforeClauseVersionId: "",
  });
  const ws = await getJustificationWorkspace(t.db, s.asOwner);
  for (const target of ws!.targets) {
    await saveJustification(t.db, s.asOwner, {
      versionId: s.draftId,
      target: target.key,
      changeClass: "SUBSTANTIVE",
      justification: "The panel missed it.",
      links: [],
    });
  }
  const { slug } = await t.db.study.findUniqueOrThrow({
    where: { id: s.studyId },
    select: { slug: true },
  });
  return { ...s, slug };
}

describe("a restored clause in public", () => {
  it("is not public before the study is", async () => {
    const s = await publishedWithRestoredClause();
    expect(await getPublicStudy(t.db, s.slug)).toBeNull();
  });

  it("says where it came back from, and its history follows it through every round", async () => {
    const s = await publishedWithRestoredClause();
    expect(await publishStudy(t.db, await asMember(t.db, s.ownerId, s.studyId))).toMatchObject({
      finalVersion: 3,
    });
    const study = (await getPublicStudy(t.db, s.slug))!;
    expect(study.versions[2]!.changes).toEqual([
      expect.objectContaining({
        heading: "Clause 3: restored from version 1",
        kind: "RESTORED",
        restoredFrom: 1,
        parts: [{ to: 3, segments: [{ kind: "same", text: "Clause 2." }] }],
      }),
    ]);
    // text.json: one identity throughout, and the wording it was restored from.
    const json = publicStudyJson(study, (p) => `https://example.org${p}`);
    expect(json.url).toBe(`https://example.org/s/${s.slug}`);
    expect(json.finalVersion).toBe(3);
    expect(json.versions.map((v) => v.url)).toEqual(
      [1, 2, 3].map((n) => `https://example.org/s/${s.slug}/v/${n}`),
    );
    // Version 3's change, with the facilitators' justification, as the page shows it.
    expect(json.versions[2]!.changes).toEqual([
      expect.objectContaining({ class: "SUBSTANTIVE", justification: "The panel missed it." }),
    ]);
    const restored = json.versions[2]!.clauses[2]!;
    expect(restored).toMatchObject({
      clauseId: s.v1Clauses[1]!.clauseId,
      derivedFrom: [s.v1Clauses[1]!.id],
      history: `https://example.org/s/${s.slug}/clauses/${s.v1Clauses[1]!.clauseId}`,
    });

    const history = getPublicClauseHistory(study, s.v1Clauses[1]!.clauseId)!;
    expect(history.latest).toEqual({ version: 3, number: 3, text: "Clause 2." });
    expect(history.steps).toEqual([
      {
        version: 1,
        event: "first",
        number: 2,
        text: "Clause 2.",
        segments: null,
        restoredFrom: null,
      },
      { version: 2, event: "dropped" },
      {
        version: 3,
        event: "restored",
        number: 3,
        text: "Clause 2.",
        segments: null,
        restoredFrom: 1,
      },
    ]);
    // Round 1 had it (one of three experts could not live with it); round 2 did not.
    expect(history.rounds).toEqual([
      {
        round: 1,
        version: 1,
        number: 2,
        canLiveWith: 2,
        cannotLiveWith: 1,
        noAnswer: 0,
        canShare: 2 / 3,
        status: "NO_CONSENSUS",
        median: null,
      },
    ]);
    // A clause kept throughout has both rounds.
    const kept = getPublicClauseHistory(study, s.v1Clauses[0]!.clauseId)!;
    expect(kept.rounds.map((r) => [r.round, r.number, r.canLiveWith])).toEqual([
      [1, 1, 3],
      [2, 1, 3],
    ]);
    expect(kept.steps.map((x) => x.event)).toEqual(["first", "kept", "kept"]);

    // Aggregate only: no expert's name, email, panel member id or response id anywhere.
    const experts = await t.db.panelMember.findMany({
      where: { studyId: s.studyId },
      select: { id: true, name: true, email: true },
    });
    const responses = await t.db.response.findMany({
      where: { round: { studyId: s.studyId } },
      select: { id: true },
    });
    const everything = JSON.stringify([history, kept]);
    for (const secret of [
      ...experts.flatMap((e) => [e.id, e.name, e.email]),
      ...responses.map((r) => r.id),
    ]) {
      expect(everything).not.toContain(secret);
    }
  });

  it("knows no clause of another study, nor one no public version has", async () => {
    const s = await publishedWithRestoredClause();
    const other = await publishedWithRestoredClause();
    await publishStudy(t.db, await asMember(t.db, s.ownerId, s.studyId));
    const study = (await getPublicStudy(t.db, s.slug))!;
    expect(getPublicClauseHistory(study, other.v1Clauses[1]!.clauseId)).toBeNull();
    expect(getPublicClauseHistory(study, "no-such-clause")).toBeNull();
    // A clause added to a draft after publication is not public.
    await createNextVersion(t.db, s.asOwner);
    const draft = await t.db.version.findFirstOrThrow({
      where: { studyId: s.studyId, number: 4 },
      select: { id: true },
    });
    await addClause(t.db, s.asOwner, { versionId: draft.id, text: "Later." });
    const { clauseId } = await t.db.clauseVersion.findFirstOrThrow({
      where: { versionId: draft.id, text: "Later." },
      select: { clauseId: true },
    });
    const after = (await getPublicStudy(t.db, s.slug))!;
    expect(getPublicClauseHistory(after, clauseId)).toBeNull();
    expect(getPublicClauseHistory(after, s.v1Clauses[1]!.clauseId)).not.toBeNull();
  });
});
