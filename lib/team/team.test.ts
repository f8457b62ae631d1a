import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/list-audit-events.ts";
import { asMember } from "@/test/support/access.ts";
import { addMember, createStudyWithPanel } from "@/test/support/fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { addFacilitator } from "./add-facilitator.ts";
import { listTeam } from "./list-team.ts";
import { removeFacilitator } from "./remove-facilitator.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("the study team", () => {
  it("owners add co-facilitators by email (account created, email queued) and remove them", async () => {
    const { studyId, owner } = await createStudyWithPanel(t.db);
    const email = `co-${Date.now()}@example.org`;
    const asOwner = await asMember(t.db, owner.id, studyId);
    await addFacilitator(t.db, asOwner, { email, role: "FACILITATOR" });
    await expect(addFacilitator(t.db, asOwner, { email, role: "OBSERVER" })).rejects.toMatchObject({
      code: "CONFLICT",
      field: "email",
    });
    const team = await listTeam(t.db, asOwner);
    expect(team.members.map((m) => [m.email, m.role])).toEqual([
      [owner.email, "OWNER"],
      [email, "FACILITATOR"],
    ]);
    expect(await t.db.outboundEmail.count({ where: { to: email, kind: "NOTICE", studyId } })).toBe(
      1,
    );

    const co = team.members.find((m) => m.email === email)!;
    const coUser = await t.db.user.findUniqueOrThrow({ where: { email } });
    // The new facilitator is not an owner: they can see the team but not change it.
    const asCo = await asMember(t.db, coUser.id, studyId);
    expect((await listTeam(t.db, asCo)).canManage).toBe(false);
    await expect(removeFacilitator(t.db, asCo, co.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await removeFacilitator(t.db, asOwner, co.id);
    // Removed from the team, they can no longer get an access to the study at all.
    await expect(asMember(t.db, coUser.id, studyId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listAuditEvents(t.db, asOwner)).map((e) => e.action)).toEqual([
      "team.removed",
      "team.added",
    ]);
  });

  it("keeps at least one owner", async () => {
    const { studyId, owner } = await createStudyWithPanel(t.db);
    const asOwner = await asMember(t.db, owner.id, studyId);
    const mine = (await listTeam(t.db, asOwner)).members[0]!;
    await expect(removeFacilitator(t.db, asOwner, mine.id)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses owners of another study, whatever ids they pass", async () => {
    const a = await createStudyWithPanel(t.db);
    const b = await createStudyWithPanel(t.db);
    const bObserver = await addMember(t.db, b.studyId, "OBSERVER");
    const asOwnerOfB = await asMember(t.db, b.owner.id, b.studyId);
    const bMembership = (await listTeam(t.db, asOwnerOfB)).members.find(
      (m) => m.email === bObserver.email,
    )!;
    // No access to b for a's owner, so none of b's team functions can be called for them…
    await expect(asMember(t.db, a.owner.id, b.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // …and their access to a reaches nothing of b's, whatever ids they pass.
    await expect(
      removeFacilitator(t.db, await asMember(t.db, a.owner.id, a.studyId), bMembership.id),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listTeam(t.db, asOwnerOfB)).members).toHaveLength(2);
  });
});
