import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asMember } from "@/test/support/access.ts";
import { createStudyWithPanel } from "@/test/support/fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { decideNomination } from "./decide-nomination.ts";
import { listNominations } from "./list-nominations.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

async function nominate(studyId: string, nominatorId: string, email: string) {
  return t.db.nomination.create({
    data: { studyId, nominatorId, name: `Nominee ${email}`, email, reason: "Expert" },
    select: { id: true },
  });
}

describe("peer nominations", () => {
  it("wait for a facilitator, who adds the nominee as proposed or dismisses the nomination", async () => {
    const { studyId, owner, experts } = await createStudyWithPanel(t.db, { experts: 1 });
    const asOwner = await asMember(t.db, owner.id, studyId);
    const nominator = experts[0]!.id;
    const a = await nominate(studyId, nominator, "nominee-a@example.org");
    const b = await nominate(studyId, nominator, "nominee-b@example.org");
    expect((await listNominations(t.db, asOwner)).map((n) => n.email)).toEqual([
      "nominee-a@example.org",
      "nominee-b@example.org",
    ]);

    await decideNomination(t.db, asOwner, { nominationId: a.id, decision: "add" });
    await decideNomination(t.db, asOwner, { nominationId: b.id, decision: "dismiss" });
    const added = await t.db.panelMember.findUniqueOrThrow({
      where: { studyId_email: { studyId, email: "nominee-a@example.org" } },
    });
    expect(added).toMatchObject({ status: "PROPOSED", nominatedById: nominator });
    expect(
      await t.db.panelMember.count({ where: { studyId, email: "nominee-b@example.org" } }),
    ).toBe(0);
    expect(await listNominations(t.db, asOwner)).toEqual([]);
    // Decided once: a second decision finds nothing pending.
    await expect(
      decideNomination(t.db, asOwner, { nominationId: a.id, decision: "add" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("respect the panel cap", async () => {
    const { studyId, owner, experts } = await createStudyWithPanel(t.db, { experts: 3 });
    const asOwner = await asMember(t.db, owner.id, studyId);
    await t.db.study.update({ where: { id: studyId }, data: { panelCap: 3 } });
    const n = await nominate(studyId, experts[0]!.id, "one-too-many@example.org");
    await expect(
      decideNomination(t.db, asOwner, { nominationId: n.id, decision: "add" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listNominations(t.db, asOwner)).map((x) => x.id)).toEqual([n.id]);
  });

  it("are invisible and untouchable for facilitators of another study", async () => {
    const a = await createStudyWithPanel(t.db, { experts: 1 });
    const b = await createStudyWithPanel(t.db, { experts: 1 });
    const bn = await nominate(b.studyId, b.experts[0]!.id, "b-nominee@example.org");
    // No access to b for a's owner, so b's nominations can be neither listed nor decided…
    await expect(asMember(t.db, a.owner.id, b.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // …and their access to a does not reach b's nomination.
    const asOwnerOfA = await asMember(t.db, a.owner.id, a.studyId);
    await expect(
      decideNomination(t.db, asOwnerOfA, { nominationId: bn.id, decision: "dismiss" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const asOwnerOfB = await asMember(t.db, b.owner.id, b.studyId);
    expect(await listNominations(t.db, asOwnerOfB)).toHaveLength(1);
  });
});
