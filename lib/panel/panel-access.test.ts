import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StudyAccess } from "@/lib/guards.ts";
import { createStudy } from "@/lib/studies/create-study.ts";
import { asMember } from "@/test/support/access.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { addPanelMember } from "./add-panel-member.ts";
import { getPanelComposition } from "./get-panel-composition.ts";
import { importPanelCsv } from "./import-panel-csv.ts";
import { listPanel } from "./list-panel.ts";
import { panelMemberSchema } from "./schemas.ts";
import { updatePanelMemberStatus } from "./update-panel-member-status.ts";

let t: TestDb;
let ownerA: string;
let ownerB: string;
let observerA: string;
let studyA: string;
let studyB: string;
let memberA: string;
let memberB: string;
let asOwnerA: StudyAccess;
let asOwnerB: StudyAccess;
let asObserverA: StudyAccess;

const member = (email: string) => panelMemberSchema.parse({ name: "Someone", email });
const csv = "name,email\nNew Person,new@example.org\n";
const exclude = (panelMemberId: string) =>
  ({ panelMemberId, status: "EXCLUDED", reason: "Vendor" }) as const;

beforeAll(async () => {
  t = await createTestDb();
  const user = async (email: string) => (await t.db.user.create({ data: { email } })).id;
  [ownerA, ownerB, observerA] = await Promise.all([
    user("a@access.test"),
    user("b@access.test"),
    user("observer@access.test"),
  ]);
  const study = (userId: string) =>
    createStudy(t.db, userId, { title: "Study", slug: "", purpose: "", audience: "" });
  studyA = (await study(ownerA)).id;
  studyB = (await study(ownerB)).id;
  await t.db.membership.create({ data: { studyId: studyA, userId: observerA, role: "OBSERVER" } });
  asOwnerA = await asMember(t.db, ownerA, studyA);
  asOwnerB = await asMember(t.db, ownerB, studyB);
  asObserverA = await asMember(t.db, observerA, studyA);
  memberA = (await addPanelMember(t.db, asOwnerA, member("in-a@example.org"))).id;
  memberB = (await addPanelMember(t.db, asOwnerB, member("in-b@example.org"))).id;
});
afterAll(() => t.close());

const notFound = { code: "NOT_FOUND" };
const forbidden = { code: "FORBIDDEN" };

describe("a facilitator of study A and the panel of study B", () => {
  // Not on B's team, A's facilitator gets no access to B: the panel functions, which all
  // take an access, cannot be called on B for them at all.
  it("cannot list it or read its composition", async () => {
    await expect(asMember(t.db, ownerA, studyB)).rejects.toMatchObject(notFound);
  });

  it("cannot add to it or import into it", async () => {
    await expect(asMember(t.db, ownerA, studyB)).rejects.toMatchObject(notFound);
  });

  it("cannot change the status of its experts, through B's id or through A's own", async () => {
    await expect(asMember(t.db, ownerA, studyB)).rejects.toMatchObject(notFound);
    // Their access to A with a member id from B: scoped by study, so not found either.
    await expect(updatePanelMemberStatus(t.db, asOwnerA, exclude(memberB))).rejects.toMatchObject(
      notFound,
    );
  });

  it("has changed nothing in B", async () => {
    const panel = await listPanel(t.db, asOwnerB);
    expect(panel.members.map((m) => [m.id, m.status])).toEqual([[memberB, "PROPOSED"]]);
    expect(await t.db.auditEvent.count({ where: { studyId: studyB, actorUserId: ownerA } })).toBe(
      0,
    );
  });
});

describe("an observer of the study", () => {
  it("reads the panel and its composition", async () => {
    expect((await listPanel(t.db, asObserverA)).members).toHaveLength(1);
    expect((await getPanelComposition(t.db, asObserverA)).total).toBe(1);
  });

  it("may not add, import or change a status", async () => {
    await expect(addPanelMember(t.db, asObserverA, member("y@example.org"))).rejects.toMatchObject(
      forbidden,
    );
    await expect(importPanelCsv(t.db, asObserverA, csv)).rejects.toMatchObject(forbidden);
    await expect(
      updatePanelMemberStatus(t.db, asObserverA, exclude(memberA)),
    ).rejects.toMatchObject(forbidden);
    expect((await listPanel(t.db, asOwnerA)).members.map((m) => m.status)).toEqual(["PROPOSED"]);
  });
});
