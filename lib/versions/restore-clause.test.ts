import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAgreementHeatmap } from "@/lib/consensus/get-agreement-heatmap.ts";
import { getJustificationWorkspace } from "@/lib/justifications/get-justification-workspace.ts";
import { asMember } from "@/test/support/access.ts";
import { addMember } from "@/test/support/fixtures.ts";
import { createStudyWithDroppedClause } from "@/test/support/restore-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getVersionForEditing } from "./get-version-for-editing.ts";
import { loadVersionDiff } from "./internal/get-version-diff.ts";
import { hashText } from "./hash-text.ts";
import { listRestorableClauses } from "./list-restorable-clauses.ts";
import { removeClause } from "./remove-clause.ts";
import { restoreClause } from "./restore-clause.ts";
import { CLAUSES_MAX } from "./schemas.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

type Study = Awaited<ReturnType<typeof createStudyWithDroppedClause>>;

/** Restoring the dropped clause 2 of version 1 into the draft, as the page's form sends it. */
const restoreInput = (s: Study, overrides: Partial<Parameters<typeof restoreClause>[2]> = {}) => ({
  versionId: s.draftId,
  clauseVersionId: s.v1Clauses[1]!.id,
  baseHash: hashText("Clause 2."),
  beforeClauseVersionId: "",
  ...overrides,
});

const draftTexts = async (s: Study) =>
  (await getVersionForEditing(t.db, s.asOwner)).clauses.map((c) => [c.position, c.text]);

describe("restoring a clause dropped in the version before", () => {
  it("offers it with its last wording and brings it back with its identity", async () => {
    const s = await createStudyWithDroppedClause(t.db);
    const draft = { id: s.draftId, number: 3 };
    expect(await listRestorableClauses(t.db, s.asOwner, draft)).toMatchObject([
      {
        clauseVersionId: s.v1Clauses[1]!.id,
        clauseId: s.v1Clauses[1]!.clauseId,
        text: "Clause 2.",
        versionNumber: 1,
        position: 2,
      },
    ]);

    const { id, position } = await restoreClause(t.db, s.asOwner, restoreInput(s));
    expect(position).toBe(3);
    const restored = await t.db.clauseVersion.findUniqueOrThrow({
      where: { id },
      select: { clauseId: true, versionId: true, text: true, origins: true },
    });
    expect(restored).toEqual({
      clauseId: s.v1Clauses[1]!.clauseId,
      versionId: s.draftId,
      text: "Clause 2.",
      origins: [{ childId: id, sourceId: s.v1Clauses[1]!.id }],
    });
    expect(await draftTexts(s)).toEqual([
      [1, "Clause 1."],
      [2, "Clause 3."],
      [3, "Clause 2."],
    ]);
    expect(await listRestorableClauses(t.db, s.asOwner, draft)).toEqual([]);
    expect(
      await t.db.auditEvent.findFirst({
        where: { studyId: s.studyId, action: "clause.restored" },
        select: { targetId: true, data: true },
      }),
    ).toEqual({
      targetId: id,
      data: {
        versionId: s.draftId,
        clauseId: s.v1Clauses[1]!.clauseId,
        fromVersion: 1,
        position: 3,
      },
    });

    // The diff says where it came from and finds no word changed since version 1.
    const diff = await loadVersionDiff(t.db, s.studyId, 3);
    expect(diff!.clauses.map((c) => [c.to, c.kind, c.restoredFrom])).toEqual([
      [1, "UNCHANGED", undefined],
      [2, "UNCHANGED", undefined],
      [3, "RESTORED", 1],
    ]);
    expect(diff!.clauses[2]!.segments).toEqual([{ kind: "same", text: "Clause 2." }]);
    const ws = await getJustificationWorkspace(t.db, s.asOwner);
    expect(ws!.targets.map((x) => [x.kind, x.restoredFrom, x.required])).toEqual([
      ["RESTORED", 1, true],
    ]);

    // Its results follow it: rounds 1 and 2 on the heatmap, an empty cell for round 2.
    const heatmap = await getAgreementHeatmap(t.db, await asMember(t.db, s.ownerId, s.studyId));
    const row = heatmap.rows.find((r) => r.clauseId === s.v1Clauses[1]!.clauseId)!;
    expect(row.cells.map((c) => c && [c.canLiveWith, c.answered])).toEqual([[2, 3], null]);
  });

  it("puts it before a chosen clause, and undoes a removal in the same draft", async () => {
    const s = await createStudyWithDroppedClause(t.db);
    const draft = await getVersionForEditing(t.db, s.asOwner);
    await restoreClause(
      t.db,
      s.asOwner,
      restoreInput(s, { beforeClauseVersionId: draft.clauses[1]!.id }),
    );
    expect(await draftTexts(s)).toEqual([
      [1, "Clause 1."],
      [2, "Clause 2."],
      [3, "Clause 3."],
    ]);
    // Clause 1 removed from the draft and put back where it was: as if never removed.
    await removeClause(t.db, s.asOwner, { clauseVersionId: draft.clauses[0]!.id });
    const [offered] = await listRestorableClauses(t.db, s.asOwner, { id: s.draftId, number: 3 });
    expect(offered).toMatchObject({ text: "Clause 1.", versionNumber: 2, position: 1 });
    await restoreClause(
      t.db,
      s.asOwner,
      restoreInput(s, {
        clauseVersionId: offered!.clauseVersionId,
        baseHash: offered!.textHash,
        beforeClauseVersionId: (await getVersionForEditing(t.db, s.asOwner)).clauses[0]!.id,
      }),
    );
    const diff = await loadVersionDiff(t.db, s.studyId, 3);
    expect(await draftTexts(s)).toEqual([
      [1, "Clause 1."],
      [2, "Clause 2."],
      [3, "Clause 3."],
    ]);
    expect(diff!.clauses.map((c) => [c.to, c.kind])).toEqual([
      [1, "UNCHANGED"],
      [2, "RESTORED"],
      [3, "UNCHANGED"],
    ]);
  });
});

describe("what restoring refuses", () => {
  let s: Study;
  beforeAll(async () => {
    s = await createStudyWithDroppedClause(t.db);
  });

  const snapshot = () =>
    t.db.clauseVersion.findMany({
      where: { version: { studyId: s.studyId } },
      orderBy: { id: "asc" },
      select: { id: true, versionId: true, position: true, text: true },
    });

  it("a page gone stale: another wording, an older wording, a clause to go before removed", async () => {
    // Clause 1 (in versions 1 and 2) taken out of the draft: its last wording is version 2's.
    const draft = await getVersionForEditing(t.db, s.asOwner);
    await removeClause(t.db, s.asOwner, { clauseVersionId: draft.clauses[0]!.id });
    const before = await snapshot();
    const stale = { code: "CONFLICT", messageKey: "text.errors.staleRestore" };
    await expect(
      restoreClause(t.db, s.asOwner, restoreInput(s, { baseHash: hashText("Other.") })),
    ).rejects.toMatchObject(stale);
    await expect(
      restoreClause(
        t.db,
        s.asOwner,
        restoreInput(s, { clauseVersionId: s.v1Clauses[0]!.id, baseHash: hashText("Clause 1.") }),
      ),
    ).rejects.toMatchObject(stale);
    await expect(
      restoreClause(
        t.db,
        s.asOwner,
        restoreInput(s, { beforeClauseVersionId: draft.clauses[0]!.id }),
      ),
    ).rejects.toMatchObject(stale);
    expect(await snapshot()).toEqual(before);
  });

  it("a clause already in the draft (a second click): CONFLICT, nothing doubled", async () => {
    await restoreClause(t.db, s.asOwner, restoreInput(s));
    const before = await snapshot();
    await expect(restoreClause(t.db, s.asOwner, restoreInput(s))).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "text.errors.alreadyInDraft",
      values: { number: 2, version: 3 },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("a draft that already has the most clauses a version may have", async () => {
    const full = await createStudyWithDroppedClause(t.db);
    const ids = Array.from({ length: CLAUSES_MAX - 2 }, (_, i) => `filler-${full.draftId}-${i}`);
    await t.db.clause.createMany({ data: ids.map((id) => ({ id, studyId: full.studyId })) });
    await t.db.clauseVersion.createMany({
      data: ids.map((clauseId, i) => ({
        versionId: full.draftId,
        clauseId,
        position: i + 3,
        text: "Filler.",
      })),
    });
    await expect(restoreClause(t.db, full.asOwner, restoreInput(full))).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "text.errors.tooManyClauses",
    });
  });

  it("a version that is no longer a draft", async () => {
    const v2 = await t.db.version.findFirstOrThrow({
      where: { studyId: s.studyId, number: 2 },
      select: { id: true },
    });
    await expect(
      restoreClause(t.db, s.asOwner, restoreInput(s, { versionId: v2.id })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "text.errors.locked",
      values: { number: 2 },
    });
  });
});

describe("who may restore", () => {
  it("not an observer (FORBIDDEN), nor another team, whichever ids it sends (NOT_FOUND)", async () => {
    const s = await createStudyWithDroppedClause(t.db);
    const other = await createStudyWithDroppedClause(t.db);
    const observer = await addMember(t.db, s.studyId, "OBSERVER");
    const count = () => t.db.clauseVersion.count({ where: { versionId: s.draftId } });
    const before = await count();
    const asObserver = await asMember(t.db, observer.id, s.studyId);
    await expect(restoreClause(t.db, asObserver, restoreInput(s))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Another team's owner gets no access to this study; through their own, this draft is
    // not found.
    await expect(asMember(t.db, other.ownerId, s.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(restoreClause(t.db, other.asOwner, restoreInput(s))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Their own draft, with a clause of this study.
    await expect(
      restoreClause(
        t.db,
        other.asOwner,
        restoreInput(other, { clauseVersionId: s.v1Clauses[1]!.id }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await count()).toBe(before);
    expect(await t.db.clauseVersion.count({ where: { versionId: other.draftId } })).toBe(2);
  });
});
