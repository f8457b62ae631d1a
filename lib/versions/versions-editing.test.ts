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
import { updateClause } from "./update-clause.ts";
import { updateExplanatoryText } from "./update-explanatory-text.ts";

let t: TestDb;
let ownerId: string;

beforeAll(async () => {
  t = await createTestDb();
  ownerId = (await t.db.user.create({ data: { email: "owner@example.org" } })).id;
});
afterAll(() => t.close());

async function newStudy(title: string) {
  const { id: studyId } = await createStudy(t.db, ownerId, {
    title,
    slug: "",
    purpose: "",
    audience: "",
  });
  const asOwner = await asMember(t.db, ownerId, studyId);
  const version = await getVersionForEditing(t.db, asOwner);
  return { studyId, versionId: version.id, asOwner };
}

async function clausesOf(access: StudyAccess) {
  const version = await getVersionForEditing(t.db, access);
  return version.clauses.map((c) => ({ id: c.id, position: c.position, text: c.text }));
}

async function addAll(access: StudyAccess, versionId: string, texts: string[]) {
  const ids: string[] = [];
  for (const text of texts) ids.push((await addClause(t.db, access, { versionId, text })).id);
  return ids;
}

describe("version 1 of a new study", () => {
  it("is an empty draft the owner can edit", async () => {
    const { asOwner } = await newStudy("Empty");
    const version = await getVersionForEditing(t.db, asOwner);
    expect(version).toMatchObject({
      number: 1,
      status: "DRAFT",
      explanatoryText: "",
      clauses: [],
      role: "OWNER",
      canEdit: true,
    });
  });
});

describe("editing clauses", () => {
  it("adds clauses at the end, numbered 1..n, each with its own identity", async () => {
    const { studyId, versionId, asOwner } = await newStudy("Adding");
    const ids = await addAll(asOwner, versionId, ["One", "Two", "Three", "Four"]);
    expect(await clausesOf(asOwner)).toEqual([
      { id: ids[0], position: 1, text: "One" },
      { id: ids[1], position: 2, text: "Two" },
      { id: ids[2], position: 3, text: "Three" },
      { id: ids[3], position: 4, text: "Four" },
    ]);
    expect(await t.db.clause.count({ where: { studyId } })).toBe(4);
    expect(await t.db.auditEvent.count({ where: { studyId, action: "clause.added" } })).toBe(4);
  });

  it("rewords a clause and refuses a save made over someone else's newer wording", async () => {
    const { studyId, versionId, asOwner } = await newStudy("Rewording");
    const [id] = await addAll(asOwner, versionId, ["Original"]);
    const base = hashText("Original");
    const edit = (text: string, baseHash: string) =>
      updateClause(t.db, asOwner, { clauseVersionId: id!, text, baseHash });

    expect(await edit("First edit", base)).toEqual({ changed: true });
    // A second facilitator still looking at "Original":
    await expect(edit("Second edit", base)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "text.errors.staleClause",
      field: "text",
    });
    // Submitting the same text twice is not a conflict.
    expect(await edit("First edit", base)).toEqual({ changed: false });
    expect((await clausesOf(asOwner))[0]?.text).toBe("First edit");
    expect(await t.db.auditEvent.count({ where: { studyId, action: "clause.updated" } })).toBe(1);
  });

  it("moves a clause up or down by one and keeps the numbering dense", async () => {
    const { studyId, versionId, asOwner } = await newStudy("Moving");
    const [a, b, c, d] = await addAll(asOwner, versionId, ["A", "B", "C", "D"]);
    const move = (id: string, direction: "up" | "down") =>
      moveClause(t.db, asOwner, { clauseVersionId: id, direction });

    expect(await move(d!, "up")).toEqual({ moved: true, position: 3 });
    expect((await clausesOf(asOwner)).map((x) => x.text)).toEqual(["A", "B", "D", "C"]);
    expect(await move(a!, "down")).toEqual({ moved: true, position: 2 });
    const after = await clausesOf(asOwner);
    expect(after.map((x) => x.text)).toEqual(["B", "A", "D", "C"]);
    expect(after.map((x) => x.position)).toEqual([1, 2, 3, 4]);

    // At the ends nothing moves and nothing is logged.
    expect(await move(b!, "up")).toEqual({ moved: false, position: 1 });
    expect(await move(c!, "down")).toEqual({ moved: false, position: 4 });
    expect(await clausesOf(asOwner)).toEqual(after);
    expect(await t.db.auditEvent.count({ where: { studyId, action: "clause.moved" } })).toBe(2);
  });

  it("removes a clause, closes the gap and deletes an identity no other version uses", async () => {
    const { studyId, versionId, asOwner } = await newStudy("Removing");
    const [, b] = await addAll(asOwner, versionId, ["A", "B", "C"]);
    const { clauseId } = await t.db.clauseVersion.findUniqueOrThrow({ where: { id: b! } });

    expect(await removeClause(t.db, asOwner, { clauseVersionId: b! })).toEqual({
      clauseDeleted: true,
    });
    expect((await clausesOf(asOwner)).map((x) => [x.position, x.text])).toEqual([
      [1, "A"],
      [2, "C"],
    ]);
    expect(await t.db.clause.findUnique({ where: { id: clauseId } })).toBeNull();
    expect(await t.db.auditEvent.count({ where: { studyId, action: "clause.removed" } })).toBe(1);
  });

  it("keeps the identity of a clause that an earlier version still holds", async () => {
    const { studyId, versionId, asOwner } = await newStudy("Two versions");
    const [kept] = await addAll(asOwner, versionId, ["Carried over"]);
    const { clauseId } = await t.db.clauseVersion.findUniqueOrThrow({ where: { id: kept! } });
    await t.db.version.update({ where: { id: versionId }, data: { status: "LOCKED" } });
    const v2 = await t.db.version.create({
      data: {
        studyId,
        number: 2,
        basedOnId: versionId,
        clauses: { create: { clauseId, position: 1, text: "Carried over" } },
      },
      include: { clauses: true },
    });

    const result = await removeClause(t.db, asOwner, {
      clauseVersionId: v2.clauses[0]!.id,
    });
    expect(result).toEqual({ clauseDeleted: false });
    expect(await t.db.clause.findUnique({ where: { id: clauseId } })).not.toBeNull();
    expect(await t.db.clauseVersion.count({ where: { versionId } })).toBe(1);
  });

  it("renumbers from the rows as they are, whatever order edits arrive in", async () => {
    const { versionId, asOwner } = await newStudy("Concurrent");
    const [a, b, c] = await addAll(asOwner, versionId, ["A", "B", "C"]);
    // Positions left with a gap and a duplicate (as a buggy or interrupted writer might).
    await t.db.clauseVersion.update({ where: { id: b! }, data: { position: 7 } });
    await t.db.clauseVersion.update({ where: { id: c! }, data: { position: 1 } });
    await moveClause(t.db, asOwner, { clauseVersionId: b!, direction: "up" });
    expect((await clausesOf(asOwner)).map((x) => x.position)).toEqual([1, 2, 3]);

    // Two facilitators at once: an addition, a move and a removal on the same version.
    await Promise.all([
      addClause(t.db, asOwner, { versionId, text: "D" }),
      moveClause(t.db, asOwner, { clauseVersionId: a!, direction: "down" }),
      removeClause(t.db, asOwner, { clauseVersionId: c! }),
    ]);
    const after = await clausesOf(asOwner);
    expect(after.map((x) => x.position)).toEqual([1, 2, 3]);
    expect(after.map((x) => x.text).sort()).toEqual(["A", "B", "D"]);
  });
});

describe("editing the explanatory text", () => {
  it("saves Markdown as written and refuses a save over a newer text", async () => {
    const { versionId, asOwner } = await newStudy("Explanatory");
    const save = (explanatoryText: string, baseHash: string) =>
      updateExplanatoryText(t.db, asOwner, { versionId, explanatoryText, baseHash });

    expect(await save("Some **bold** text", hashText(""))).toEqual({ changed: true });
    await expect(save("Another text", hashText(""))).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "text.errors.staleText",
      field: "explanatoryText",
    });
    expect(await save("", hashText("Some **bold** text"))).toEqual({ changed: true });
    expect((await getVersionForEditing(t.db, asOwner)).explanatoryText).toBe("");
  });
});
