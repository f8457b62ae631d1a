import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStudy } from "@/lib/studies/create-study.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { addClause } from "./add-clause.ts";
import { getVersionForEditing } from "./get-version-for-editing.ts";
import { hashText } from "./hash-text.ts";
import { moveClause } from "./move-clause.ts";
import { removeClause } from "./remove-clause.ts";
import { restoreClause } from "./restore-clause.ts";
import { updateClause } from "./update-clause.ts";
import { updateExplanatoryText } from "./update-explanatory-text.ts";

type Study = { studyId: string; versionId: string; clauseIds: string[] };

let t: TestDb;
let ownerA: string;
let observerA: string;
let ownerB: string;
let studyA: Study;
let studyB: Study;

async function studyWithClauses(userId: string, title: string): Promise<Study> {
  const { id: studyId } = await createStudy(t.db, userId, {
    title,
    slug: "",
    purpose: "",
    audience: "",
  });
  const { id: versionId } = await getVersionForEditing(t.db, userId, studyId);
  const clauseIds: string[] = [];
  for (const text of ["First", "Second", "Third"]) {
    clauseIds.push((await addClause(t.db, userId, { studyId, versionId, text })).id);
  }
  return { studyId, versionId, clauseIds };
}

/** Every mutation, aimed at a study id and a version id / clause id of the caller's choice. */
function mutations(userId: string, studyId: string, versionId: string, clauseVersionId: string) {
  const baseHash = hashText("Second");
  return {
    updateExplanatoryText: () =>
      updateExplanatoryText(t.db, userId, {
        studyId,
        versionId,
        explanatoryText: "Changed",
        baseHash: hashText(""),
      }),
    addClause: () => addClause(t.db, userId, { studyId, versionId, text: "Added" }),
    updateClause: () =>
      updateClause(t.db, userId, { studyId, clauseVersionId, text: "Changed", baseHash }),
    moveClause: () => moveClause(t.db, userId, { studyId, clauseVersionId, direction: "up" }),
    removeClause: () => removeClause(t.db, userId, { studyId, clauseVersionId }),
    restoreClause: () =>
      restoreClause(t.db, userId, {
        studyId,
        versionId,
        clauseVersionId,
        baseHash,
        beforeClauseVersionId: "",
      }),
  };
}

async function snapshot(study: Study) {
  return t.db.version.findUniqueOrThrow({
    where: { id: study.versionId },
    select: {
      explanatoryText: true,
      status: true,
      clauses: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true } },
    },
  });
}

beforeAll(async () => {
  t = await createTestDb();
  [ownerA, observerA, ownerB] = (await Promise.all(
    ["owner-a", "observer-a", "owner-b"].map(
      async (name) => (await t.db.user.create({ data: { email: `${name}@example.org` } })).id,
    ),
  )) as [string, string, string];
  studyA = await studyWithClauses(ownerA, "Study A");
  studyB = await studyWithClauses(ownerB, "Study B");
  await t.db.membership.create({
    data: { studyId: studyA.studyId, userId: observerA, role: "OBSERVER" },
  });
});
afterAll(() => t.close());

describe("observers", () => {
  it("read the version but may not change it", async () => {
    const version = await getVersionForEditing(t.db, observerA, studyA.studyId);
    expect(version).toMatchObject({ role: "OBSERVER", canEdit: false });
    expect(version.clauses).toHaveLength(3);
  });

  it("get FORBIDDEN from every mutation, and nothing changes", async () => {
    const before = await snapshot(studyA);
    const all = mutations(observerA, studyA.studyId, studyA.versionId, studyA.clauseIds[1]!);
    for (const [name, run] of Object.entries(all)) {
      await expect(run(), name).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await snapshot(studyA)).toEqual(before);
  });
});

describe("another team's study", () => {
  it("cannot be read: NOT_FOUND", async () => {
    await expect(getVersionForEditing(t.db, ownerA, studyB.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("cannot be changed through its own study id: NOT_FOUND", async () => {
    const before = await snapshot(studyB);
    const all = mutations(ownerA, studyB.studyId, studyB.versionId, studyB.clauseIds[1]!);
    for (const [name, run] of Object.entries(all)) {
      await expect(run(), name).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await snapshot(studyB)).toEqual(before);
  });

  it("cannot be changed through its version or clause ids passed with one's own study id", async () => {
    const before = await snapshot(studyB);
    const all = mutations(ownerA, studyA.studyId, studyB.versionId, studyB.clauseIds[1]!);
    for (const [name, run] of Object.entries(all)) {
      await expect(run(), name).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await snapshot(studyB)).toEqual(before);
  });
});

describe("a version that is no longer a draft", () => {
  it("is read-only and refuses every change with CONFLICT", async () => {
    const locked = await studyWithClauses(ownerA, "Locked");
    await t.db.version.update({ where: { id: locked.versionId }, data: { status: "LOCKED" } });
    expect(await getVersionForEditing(t.db, ownerA, locked.studyId)).toMatchObject({
      status: "LOCKED",
      canEdit: false,
    });
    const before = await snapshot(locked);
    const all = mutations(ownerA, locked.studyId, locked.versionId, locked.clauseIds[1]!);
    for (const [name, run] of Object.entries(all)) {
      await expect(run(), name).rejects.toMatchObject({
        code: "CONFLICT",
        messageKey: "text.errors.locked",
        values: { number: 1 },
      });
    }
    expect(await snapshot(locked)).toEqual(before);
  });
});
