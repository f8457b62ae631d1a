import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStudy } from "@/lib/studies/create-study.ts";
import { asMember } from "@/test/support/access.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { addPanelMember } from "./add-panel-member.ts";
import { importPanelCsv } from "./import-panel-csv.ts";
import { listPanel } from "./list-panel.ts";
import { panelMemberSchema, type PanelMemberFields } from "./schemas.ts";
import { updatePanelMemberStatus } from "./update-panel-member-status.ts";

let t: TestDb;
let ownerId: string;

beforeAll(async () => {
  t = await createTestDb();
  ownerId = (await t.db.user.create({ data: { email: "owner@panel.test" } })).id;
});
afterAll(() => t.close());

async function newStudy(panelCap = 50): Promise<string> {
  const { id } = await createStudy(t.db, ownerId, {
    title: `Study ${Math.random()}`,
    slug: "",
    purpose: "",
    audience: "",
  });
  await t.db.study.update({ where: { id }, data: { panelCap } });
  return id;
}

const add = async (studyId: string, fields: PanelMemberFields) =>
  addPanelMember(t.db, await asMember(t.db, ownerId, studyId), panelMemberSchema.parse(fields));

const csvRows = (n: number, tag = "e") =>
  Array.from(
    { length: n },
    (_, i) => `Expert ${i + 1},${tag}${i + 1}@example.org,Org ${i},Kenya,Africa,Academia,,ethics`,
  );
const csv = (rows: string[]) =>
  ["name,email,organisation,country,region,sector,gender,expertise", ...rows].join("\n");

describe("adding one expert", () => {
  it("adds them as proposed, address in lowercase, and records it", async () => {
    const studyId = await newStudy();
    const asOwner = await asMember(t.db, ownerId, studyId);
    const { id } = await add(studyId, {
      name: " Ana  Quiroga ",
      email: "Ana.Quiroga@Example.ORG",
      organisation: "Uni A",
      expertise: "ethics; law ;",
      gender: "",
    });
    const panel = await listPanel(t.db, asOwner);
    expect(panel).toMatchObject({ cap: 50, taken: 1 });
    expect(panel.members).toEqual([
      expect.objectContaining({
        id,
        name: "Ana Quiroga",
        email: "ana.quiroga@example.org",
        status: "PROPOSED",
        gender: null,
        expertise: ["ethics", "law"],
      }),
    ]);
    const events = await t.db.auditEvent.findMany({
      where: { studyId, action: "panel.member_added" },
    });
    expect(events).toMatchObject([{ actorUserId: ownerId, targetId: id }]);
  });

  it("refuses an address already on the panel, whatever its case", async () => {
    const studyId = await newStudy();
    await add(studyId, { name: "Ana", email: "ana@example.org" });
    await expect(
      add(studyId, { name: "Ana again", email: "ANA@example.org" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      field: "email",
      messageKey: "panel.errors.duplicateEmail",
    });
  });

  it("stops at the panel cap; an excluded expert frees a place", async () => {
    const studyId = await newStudy(2);
    const asOwner = await asMember(t.db, ownerId, studyId);
    const { id: first } = await add(studyId, { name: "A", email: "a@example.org" });
    await add(studyId, { name: "B", email: "b@example.org" });
    await expect(add(studyId, { name: "C", email: "c@example.org" })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "panel.errors.capReached",
      values: { cap: 2 },
    });
    await updatePanelMemberStatus(t.db, asOwner, {
      panelMemberId: first,
      status: "EXCLUDED",
      reason: "Works for a vendor",
    });
    await add(studyId, { name: "C", email: "c@example.org" });
    expect(await listPanel(t.db, asOwner)).toMatchObject({ cap: 2, taken: 2 });
  });
});

describe("a finished study", () => {
  it("keeps its panel as it was", async () => {
    const studyId = await newStudy();
    const asOwner = await asMember(t.db, ownerId, studyId);
    await t.db.study.update({ where: { id: studyId }, data: { status: "PUBLISHED" } });
    await expect(add(studyId, { name: "Late", email: "late@example.org" })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "panel.errors.studyClosed",
    });
    await expect(importPanelCsv(t.db, asOwner, csv(csvRows(1)))).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("importing a CSV file", () => {
  it("writes all 50 rows of a valid file, in one audit event", async () => {
    const studyId = await newStudy();
    const asOwner = await asMember(t.db, ownerId, studyId);
    const result = await importPanelCsv(t.db, asOwner, csv(csvRows(50)));
    expect(result).toEqual({ status: "imported", count: 50 });
    const panel = await listPanel(t.db, asOwner);
    expect(panel.taken).toBe(50);
    expect(panel.members[0]).toMatchObject({ name: "Expert 1", gender: null, status: "PROPOSED" });
    expect(await t.db.auditEvent.count({ where: { studyId, action: "panel.imported" } })).toBe(1);
  });

  it("writes nothing when any row is wrong, and reports every error with its row", async () => {
    const studyId = await newStudy(4);
    const asOwner = await asMember(t.db, ownerId, studyId);
    await add(studyId, { name: "Already here", email: "here@example.org" });
    const file = csv([
      "Valid One,one@example.org,,,,,,", // row 2
      "Bad Email,not-an-address,,,,,,", // row 3
      "Twice,ONE@example.org,,,,,,", // row 4: duplicate of row 2
      "Again,here@example.org,,,,,,", // row 5: already on the panel
      ",noname@example.org,,,,,,", // row 6: missing name
      "Valid Two,two@example.org,,,,,,", // row 7
      "Valid Three,three@example.org,,,,,,", // row 8
      "Valid Four,four@example.org,,,,,,", // row 9: 1 on the panel + 3 = cap of 4
    ]);
    const result = await importPanelCsv(t.db, asOwner, file);
    expect(result).toEqual({
      status: "invalid",
      rowCount: 8,
      errors: [
        { row: 3, column: "email", message: { key: "validation.email" } },
        {
          row: 4,
          column: "email",
          message: { key: "panel.import.errors.duplicateInFile", values: { row: 2 } },
        },
        { row: 5, column: "email", message: { key: "panel.import.errors.alreadyOnPanel" } },
        { row: 6, column: "name", message: { key: "validation.required" } },
        {
          row: 9,
          column: null,
          message: { key: "panel.import.errors.overCap", values: { cap: 4, free: 3 } },
        },
      ],
    });
    expect((await listPanel(t.db, asOwner)).members.map((m) => m.email)).toEqual([
      "here@example.org",
    ]);
    expect(await t.db.auditEvent.count({ where: { studyId, action: "panel.imported" } })).toBe(0);
  });

  it("counts only experts still on the panel against the cap", async () => {
    const studyId = await newStudy(3);
    const asOwner = await asMember(t.db, ownerId, studyId);
    const { id } = await add(studyId, { name: "Gone", email: "gone@example.org" });
    await updatePanelMemberStatus(t.db, asOwner, {
      panelMemberId: id,
      status: "WITHDRAWN",
      reason: "",
    });
    expect(await importPanelCsv(t.db, asOwner, csv(csvRows(3)))).toEqual({
      status: "imported",
      count: 3,
    });
    const over = await importPanelCsv(t.db, asOwner, csv(csvRows(1, "late")));
    expect(over).toMatchObject({ status: "invalid", errors: [{ row: 2, column: null }] });
  });

  it("reports a file-level problem without a row", async () => {
    const studyId = await newStudy();
    const asOwner = await asMember(t.db, ownerId, studyId);
    expect(await importPanelCsv(t.db, asOwner, "")).toEqual({
      status: "invalid",
      rowCount: 0,
      errors: [{ row: null, column: null, message: { key: "panel.import.errors.empty" } }],
    });
  });
});
