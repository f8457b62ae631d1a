import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/list-audit-events.ts";
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
    await addFacilitator(t.db, owner.id, studyId, { email, role: "FACILITATOR" });
    await expect(
      addFacilitator(t.db, owner.id, studyId, { email, role: "OBSERVER" }),
    ).rejects.toMatchObject({ code: "CONFLICT", field: "email" });
    const team = await listTeam(t.db, owner.id, studyId);
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
    expect((await listTeam(t.db, coUser.id, studyId)).canManage).toBe(false);
    await expect(removeFacilitator(t.db, coUser.id, studyId, co.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await removeFacilitator(t.db, owner.id, studyId, co.id);
    await expect(listTeam(t.db, coUser.id, studyId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listAuditEvents(t.db, owner.id, studyId)).map((e) => e.action)).toEqual([
      "team.removed",
      "team.added",
    ]);
  });

  it("keeps at least one owner", async () => {
    const { studyId, owner } = await createStudyWithPanel(t.db);
    const mine = (await listTeam(t.db, owner.id, studyId)).members[0]!;
    await expect(removeFacilitator(t.db, owner.id, studyId, mine.id)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses owners of another study, whatever ids they pass", async () => {
    const a = await createStudyWithPanel(t.db);
    const b = await createStudyWithPanel(t.db);
    const bObserver = await addMember(t.db, b.studyId, "OBSERVER");
    const bMembership = (await listTeam(t.db, b.owner.id, b.studyId)).members.find(
      (m) => m.email === bObserver.email,
    )!;
    await expect(listTeam(t.db, a.owner.id, b.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      addFacilitator(t.db, a.owner.id, b.studyId, { email: "x@example.org", role: "OWNER" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      removeFacilitator(t.db, a.owner.id, b.studyId, bMembership.id),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      removeFacilitator(t.db, a.owner.id, a.studyId, bMembership.id),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listAuditEvents(t.db, a.owner.id, b.studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await listTeam(t.db, b.owner.id, b.studyId)).members).toHaveLength(2);
  });
});
