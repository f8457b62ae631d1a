import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StudyAccess } from "@/lib/guards.ts";
import { createStudy } from "@/lib/studies/create-study.ts";
import { asMember } from "@/test/support/access.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getPanelComposition } from "./get-panel-composition.ts";
import { importPanelCsv } from "./import-panel-csv.ts";
import { listPanel } from "./list-panel.ts";
import { canTransition, manualTransitionsFrom, PANEL_STATUSES } from "./panel-rules.ts";
import { updatePanelMemberStatusSchema } from "./schemas.ts";
import { updatePanelMemberStatus } from "./update-panel-member-status.ts";

let t: TestDb;
let ownerId: string;

beforeAll(async () => {
  t = await createTestDb();
  ownerId = (await t.db.user.create({ data: { email: "owner@status.test" } })).id;
});
afterAll(() => t.close());

async function studyWith(rows: string[], panelCap = 50) {
  const { id: studyId } = await createStudy(t.db, ownerId, {
    title: `Study ${Math.random()}`,
    slug: "",
    purpose: "",
    audience: "",
  });
  await t.db.study.update({ where: { id: studyId }, data: { panelCap } });
  const asOwner = await asMember(t.db, ownerId, studyId);
  const file = ["name,email,region,sector,gender", ...rows].join("\n");
  expect(await importPanelCsv(t.db, asOwner, file)).toMatchObject({ status: "imported" });
  const { members } = await listPanel(t.db, asOwner);
  return { studyId, asOwner, ids: members.map((m) => m.id) };
}

const setStatus = (access: StudyAccess, panelMemberId: string, status: string, reason = "") =>
  updatePanelMemberStatus(
    t.db,
    access,
    updatePanelMemberStatusSchema.parse({ panelMemberId, status, reason }),
  );

describe("status rules", () => {
  it("lets facilitators exclude, withdraw and restore, never invite or accept by hand", () => {
    expect(manualTransitionsFrom("PROPOSED")).toEqual(["EXCLUDED", "WITHDRAWN"]);
    expect(manualTransitionsFrom("INVITED")).toEqual(["EXCLUDED", "WITHDRAWN"]);
    expect(manualTransitionsFrom("ACCEPTED")).toEqual(["EXCLUDED", "WITHDRAWN"]);
    expect(manualTransitionsFrom("DECLINED")).toEqual([]);
    expect(manualTransitionsFrom("EXCLUDED")).toEqual(["PROPOSED"]);
    expect(manualTransitionsFrom("WITHDRAWN")).toEqual(["PROPOSED"]);
    expect(canTransition("PROPOSED", "INVITED")).toBe(true);
    expect(canTransition("INVITED", "ACCEPTED")).toBe(true);
    expect(canTransition("PROPOSED", "ACCEPTED")).toBe(false);
    for (const s of PANEL_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  it("the action schema refuses an exclusion without a reason and any status but the manual ones", () => {
    const parse = (v: object) => updatePanelMemberStatusSchema.safeParse(v).success;
    expect(parse({ panelMemberId: "x", status: "EXCLUDED", reason: "  " })).toBe(false);
    expect(parse({ panelMemberId: "x", status: "EXCLUDED", reason: "Vendor" })).toBe(true);
    expect(parse({ panelMemberId: "x", status: "WITHDRAWN" })).toBe(true);
    expect(parse({ panelMemberId: "x", status: "INVITED", reason: "" })).toBe(false);
    expect(parse({ panelMemberId: "x", status: "ACCEPTED", reason: "" })).toBe(false);
    expect(parse({ panelMemberId: "x", status: "PROPOSED", reason: "", extra: "1" })).toBe(false);
  });
});

describe("changing an expert's status", () => {
  it("excludes with the reason stored, and refuses an exclusion without one", async () => {
    const { studyId, asOwner, ids } = await studyWith(["A,a@example.org,,,"]);
    await expect(
      updatePanelMemberStatus(t.db, asOwner, {
        panelMemberId: ids[0]!,
        status: "EXCLUDED",
        reason: " ",
      }),
    ).rejects.toMatchObject({ code: "INVALID", field: "reason" });
    await setStatus(asOwner, ids[0]!, "EXCLUDED", "Consults for a platform vendor");
    const [member] = (await listPanel(t.db, asOwner)).members;
    expect(member).toMatchObject({
      status: "EXCLUDED",
      statusReason: "Consults for a platform vendor",
    });
    const event = await t.db.auditEvent.findFirstOrThrow({
      where: { studyId, action: "panel.status_changed" },
    });
    expect(event.data).toEqual({
      from: "PROPOSED",
      to: "EXCLUDED",
      reason: "Consults for a platform vendor",
    });
  });

  it("refuses moves the rules do not allow, and restores to proposed", async () => {
    const { asOwner, ids } = await studyWith(["A,a@example.org,,,", "B,b@example.org,,,"]);
    await setStatus(asOwner, ids[0]!, "WITHDRAWN");
    await expect(setStatus(asOwner, ids[0]!, "EXCLUDED", "late")).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "panel.errors.transition",
    });
    await setStatus(asOwner, ids[0]!, "PROPOSED");
    await t.db.panelMember.update({ where: { id: ids[1]! }, data: { status: "DECLINED" } });
    await expect(setStatus(asOwner, ids[1]!, "PROPOSED")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const members = (await listPanel(t.db, asOwner)).members;
    expect(members.map((m) => [m.status, m.statusReason])).toEqual([
      ["PROPOSED", null],
      ["DECLINED", null],
    ]);
  });

  it("restoring takes a place again, so it respects the cap", async () => {
    const { asOwner, ids } = await studyWith(["A,a@example.org,,,", "B,b@example.org,,,"], 2);
    await setStatus(asOwner, ids[0]!, "EXCLUDED", "Vendor");
    expect(await importPanelCsv(t.db, asOwner, "name,email\nC,c@example.org")).toMatchObject({
      status: "imported",
    });
    await expect(setStatus(asOwner, ids[0]!, "PROPOSED")).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "panel.errors.capReached",
    });
  });
});

describe("panel composition", () => {
  it("counts experts on the panel by region, sector and gender, with a not-given group", async () => {
    const { asOwner, ids } = await studyWith([
      "A,a@example.org,Europe,Academia,woman",
      "B,b@example.org,Europe,Industry,man",
      "C,c@example.org,Africa,Academia,",
      "D,d@example.org,,Academia,", // stored as null
      "E,e@example.org,Asia,Industry,non-binary",
      "F,f@example.org,Europe,Industry,man", // excluded below: not counted
    ]);
    await setStatus(asOwner, ids[5]!, "EXCLUDED", "Vendor");
    // An empty string (e.g. from another feature) and null are both "not given".
    await t.db.panelMember.update({ where: { id: ids[2]! }, data: { gender: "" } });
    const composition = await getPanelComposition(t.db, asOwner);
    expect(composition).toEqual({
      total: 5,
      groups: {
        region: [
          { value: "Europe", count: 2 },
          { value: "Africa", count: 1 },
          { value: "Asia", count: 1 },
          { value: null, count: 1 },
        ],
        sector: [
          { value: "Academia", count: 3 },
          { value: "Industry", count: 2 },
        ],
        gender: [
          { value: "man", count: 1 },
          { value: "non-binary", count: 1 },
          { value: "woman", count: 1 },
          { value: null, count: 2 },
        ],
      },
    });
  });
});
