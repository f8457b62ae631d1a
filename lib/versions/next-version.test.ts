import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asMember } from "@/test/support/access.ts";
import { addMember } from "@/test/support/fixtures.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { createNextVersion } from "./create-next-version.ts";
import { getVersionForEditing } from "./get-version-for-editing.ts";
import { loadVersionDiff } from "./internal/get-version-diff.ts";
import { hashText } from "./hash-text.ts";
import { mergeClauses } from "./merge-clauses.ts";
import { removeClause } from "./remove-clause.ts";
import { splitClause } from "./split-clause.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("drafting the next version", () => {
  it("waits for the round to close, then copies the text with each clause's lineage", async () => {
    const r = await createOpenRound(t.db, { clauses: 3 });
    const owner = await t.db.membership.findFirstOrThrow({ where: { studyId: r.studyId } });
    const asOwner = await asMember(t.db, owner.userId, r.studyId);
    await expect(createNextVersion(t.db, asOwner)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "text.errors.roundStillOpen",
    });
    await t.db.round.update({ where: { id: r.roundId }, data: { state: "CLOSED" } });
    const observer = await addMember(t.db, r.studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, r.studyId);
    await expect(createNextVersion(t.db, asObserver)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // An owner of another study gets no access to this one.
    const stranger = await addMember(t.db, (await createOpenRound(t.db)).studyId, "OWNER");
    await expect(asMember(t.db, stranger.id, r.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    // Two clicks at once: one version 2.
    const results = await Promise.all([
      createNextVersion(t.db, asOwner),
      createNextVersion(t.db, asOwner),
    ]);
    expect(results.map((x) => x.number)).toEqual([2, 2]);
    expect(results.filter((x) => x.created)).toHaveLength(1);

    const v2 = await getVersionForEditing(t.db, asOwner);
    expect(v2).toMatchObject({ number: 2, status: "DRAFT", canEdit: true });
    expect(v2.explanatoryText).toBe("Some **context**.");
    expect(v2.clauses.map((c) => [c.position, c.text])).toEqual([
      [1, "Clause 1."],
      [2, "Clause 2."],
      [3, "Clause 3."],
    ]);
    const copies = await t.db.clauseVersion.findMany({
      where: { versionId: v2.id },
      orderBy: { position: "asc" },
      select: { clauseId: true, origins: { select: { sourceId: true } } },
    });
    expect(copies.map((c) => c.clauseId)).toEqual(r.clauses.map((c) => c.clauseId));
    expect(copies.map((c) => c.origins.map((o) => o.sourceId))).toEqual(
      r.clauses.map((c) => [c.id]),
    );

    // Removing a copied clause from the draft keeps version 1's clause and its identity.
    await removeClause(t.db, asOwner, { clauseVersionId: v2.clauses[0]!.id });
    expect(await t.db.clauseVersion.count({ where: { id: r.clauses[0]!.id } })).toBe(1);
    expect(await t.db.clause.count({ where: { id: r.clauses[0]!.clauseId } })).toBe(1);
  });

  it("splits and merges clauses of the draft, keeping each part's lineage", async () => {
    const r = await createOpenRound(t.db, { clauses: 4 });
    const owner = await t.db.membership.findFirstOrThrow({ where: { studyId: r.studyId } });
    const asOwner = await asMember(t.db, owner.userId, r.studyId);
    await t.db.round.update({ where: { id: r.roundId }, data: { state: "CLOSED" } });
    await createNextVersion(t.db, asOwner);
    const draft = await getVersionForEditing(t.db, asOwner);
    const [c1, c2, c3] = draft.clauses;
    const studyId = r.studyId;

    // A stale page (the wording changed since) is refused, nothing split.
    const split = { clauseVersionId: c1!.id, first: "Part A.", second: "Part B." };
    await expect(
      splitClause(t.db, asOwner, { ...split, baseHash: hashText("other") }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "text.errors.staleClause" });
    const observer = await addMember(t.db, studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, studyId);
    await expect(
      splitClause(t.db, asObserver, { ...split, baseHash: c1!.textHash }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await splitClause(t.db, asOwner, { ...split, baseHash: c1!.textHash });

    // Clauses 3 and 4 of the draft (version 1's 2 and 3) become one.
    await expect(
      mergeClauses(t.db, asOwner, {
        clauseVersionId: c2!.id,
        nextClauseVersionId: c1!.id,
        baseHash: c2!.textHash,
        nextHash: c1!.textHash,
        text: "Merged.",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "text.errors.staleMerge" });
    const merge = {
      clauseVersionId: c2!.id,
      nextClauseVersionId: c3!.id,
      baseHash: c2!.textHash,
      nextHash: c3!.textHash,
      text: "Merged.",
    };
    // A wording changed since the form was shown is not merged away.
    await expect(
      mergeClauses(t.db, asOwner, { ...merge, nextHash: hashText("Other.") }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "text.errors.staleMerge" });
    await mergeClauses(t.db, asOwner, merge);

    const after = await getVersionForEditing(t.db, asOwner);
    expect(after.clauses.map((c) => [c.position, c.text])).toEqual([
      [1, "Part A."],
      [2, "Part B."],
      [3, "Merged."],
      [4, "Clause 4."],
    ]);
    const diff = await loadVersionDiff(t.db, studyId, 2);
    expect(diff!.clauses.map((c) => [c.kind, c.from, c.to])).toEqual([
      ["SPLIT", [1], 1],
      ["SPLIT", [1], 2],
      ["MERGED", [2, 3], 3],
      ["UNCHANGED", [4], 4],
    ]);
    expect(diff!.removed).toEqual([]);
    // Version 1 is untouched.
    expect(await t.db.clauseVersion.count({ where: { versionId: r.versionId } })).toBe(4);
  });
});
