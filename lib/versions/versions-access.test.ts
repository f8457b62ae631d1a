import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StudyAccess } from "@/lib/guards.ts";
import { createStudy } from "@/lib/studies/create-study.ts";
import { asMember } from "@/test/support/access.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { addClause } from "./add-clause.ts";
import { getVersionForEditing } from "./get-version-for-editing.ts";
import { hashText } from "./hash-text.ts";
import { moveClause } from "./move-clause.ts";
import { removeClause } from "./remove-clause.ts";
import { restoreClause } from "./restore-clause.ts";
import { updateClause } from "./update-clause.ts";
import { updateExplanatoryText } from "./update-explanatory-text.ts";

/** A study with its owner's access to it. */
type Study = { studyId: string; versionId: string; clauseIds: string[]; owner: StudyAccess };

let t: TestDb;
let ownerA: string;
let observerA: string;
let ownerB: string;
/** The observer's access to study A. */
let asObserverA: StudyAccess;
let studyA: Study;
let studyB: Study;

async function studyWithClauses(userId: string, title: string): Promise<Study> {
  const { id: studyId } = await createStudy(t.db, userId, {
    title,
    slug: "",
    purpose: "",
    audience: "",
  });
  const owner = await asMember(t.db, userId, studyId);
  const { id: versionId } = await getVersionForEditing(t.db, owner);
  const clauseIds: string[] = [];
  for (const text of ["First", "Second", "Third"]) {
    clauseIds.push((await addClause(t.db, owner, { versionId, text })).id);
  }
  return { studyId, versionId, clauseIds, owner };
}

/** Every mutation, with the caller's access, aimed at a version id / clause id of their choice. */
function mutations(access: StudyAccess, versionId: string, clauseVersionId: string) {
  const baseHash = hashText("Second");
  return {
    updateExplanatoryText: () =>
      updateExplanatoryText(t.db, access, {
        versionId,
        explanatoryText: "Changed",
        baseHash: hashText(""),
      }),
    addClause: () => addClause(t.db, access, { versionId, text: "Added" }),
    updateClause: () => updateClause(t.db, access, { clauseVersionId, text: "Changed", baseHash }),
    moveClause: () => moveClause(t.db, access, { clauseVersionId, direction: "up" }),
    removeClause: () => removeClause(t.db, access, { clauseVersionId }),
    restoreClause: () =>
      restoreClause(t.db, access, {
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
  asObserverA = await asMember(t.db, observerA, studyA.studyId);
});
afterAll(() => t.close());

describe("observers", () => {
  it("read the version but may not change it", async () => {
    const version = await getVersionForEditing(t.db, asObserverA);
    expect(version).toMatchObject({ role: "OBSERVER", canEdit: false });
    expect(version.clauses).toHaveLength(3);
  });

  it("get FORBIDDEN from every mutation, and nothing changes", async () => {
    const before = await snapshot(studyA);
    const all = mutations(asObserverA, studyA.versionId, studyA.clauseIds[1]!);
    for (const [name, run] of Object.entries(all)) {
      await expect(run(), name).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await snapshot(studyA)).toEqual(before);
  });
});

describe("another team's study", () => {
  it("cannot be read or changed through its own study id: NOT_FOUND", async () => {
    // Every reader and mutation takes an access to the study, which a non-member cannot get.
    await expect(asMember(t.db, ownerA, studyB.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("cannot be changed through its version or clause ids passed with one's own study id", async () => {
    const before = await snapshot(studyB);
    const all = mutations(studyA.owner, studyB.versionId, studyB.clauseIds[1]!);
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
    expect(await getVersionForEditing(t.db, locked.owner)).toMatchObject({
      status: "LOCKED",
      canEdit: false,
    });
    const before = await snapshot(locked);
    const all = mutations(locked.owner, locked.versionId, locked.clauseIds[1]!);
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
