import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStudy } from "@/lib/studies/create-study.ts";
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
  memberA = (await addPanelMember(t.db, ownerA, studyA, member("in-a@example.org"))).id;
  memberB = (await addPanelMember(t.db, ownerB, studyB, member("in-b@example.org"))).id;
});
afterAll(() => t.close());

const notFound = { code: "NOT_FOUND" };
const forbidden = { code: "FORBIDDEN" };

describe("a facilitator of study A and the panel of study B", () => {
  it("cannot list it or read its composition", async () => {
    await expect(listPanel(t.db, ownerA, studyB)).rejects.toMatchObject(notFound);
    await expect(getPanelComposition(t.db, ownerA, studyB)).rejects.toMatchObject(notFound);
  });

  it("cannot add to it or import into it", async () => {
    await expect(
      addPanelMember(t.db, ownerA, studyB, member("x@example.org")),
    ).rejects.toMatchObject(notFound);
    await expect(importPanelCsv(t.db, ownerA, studyB, csv)).rejects.toMatchObject(notFound);
  });

  it("cannot change the status of its experts, through B's id or through A's own", async () => {
    await expect(
      updatePanelMemberStatus(t.db, ownerA, studyB, exclude(memberB)),
    ).rejects.toMatchObject(notFound);
    // Their own study id with a member id from B: scoped by study, so not found either.
    await expect(
      updatePanelMemberStatus(t.db, ownerA, studyA, exclude(memberB)),
    ).rejects.toMatchObject(notFound);
  });

  it("has changed nothing in B", async () => {
    const panel = await listPanel(t.db, ownerB, studyB);
    expect(panel.members.map((m) => [m.id, m.status])).toEqual([[memberB, "PROPOSED"]]);
    expect(await t.db.auditEvent.count({ where: { studyId: studyB, actorUserId: ownerA } })).toBe(
      0,
    );
  });
});

describe("an observer of the study", () => {
  it("reads the panel and its composition", async () => {
    expect((await listPanel(t.db, observerA, studyA)).members).toHaveLength(1);
    expect((await getPanelComposition(t.db, observerA, studyA)).total).toBe(1);
  });

  it("may not add, import or change a status", async () => {
    await expect(
      addPanelMember(t.db, observerA, studyA, member("y@example.org")),
    ).rejects.toMatchObject(forbidden);
    await expect(importPanelCsv(t.db, observerA, studyA, csv)).rejects.toMatchObject(forbidden);
    await expect(
      updatePanelMemberStatus(t.db, observerA, studyA, exclude(memberA)),
    ).rejects.toMatchObject(forbidden);
    expect((await listPanel(t.db, ownerA, studyA)).members.map((m) => m.status)).toEqual([
      "PROPOSED",
    ]);
  });
});
