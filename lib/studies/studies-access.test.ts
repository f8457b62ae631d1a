import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemoStudy } from "@/demo/create-demo-study.ts";
import { DEMO_FACILITATOR_EMAIL } from "@/demo/demo-content.ts";
import { asMember } from "@/test/support/access.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getStudyOverview } from "./get-study.ts";
import { listStudies } from "./list-studies.ts";

let t: TestDb;
let studyId: string;
let ownerId: string;
let outsiderId: string;
let observerId: string;

beforeAll(async () => {
  t = await createTestDb();
  ({ studyId } = await createDemoStudy(t.db));
  ownerId = (await t.db.user.findUniqueOrThrow({ where: { email: DEMO_FACILITATOR_EMAIL } })).id;
  outsiderId = (await t.db.user.create({ data: { email: `outsider-${Date.now()}@example.org` } }))
    .id;
  observerId = (await t.db.user.create({ data: { email: `observer-${Date.now()}@example.org` } }))
    .id;
  await t.db.membership.create({ data: { studyId, userId: observerId, role: "OBSERVER" } });
});
afterAll(() => t.close());

describe("who sees a study", () => {
  it("its owner sees it in their list with its panel size", async () => {
    const studies = await listStudies(t.db, ownerId);
    expect(studies).toHaveLength(1);
    expect(studies[0]).toMatchObject({ id: studyId, role: "OWNER", panelSize: 8, status: "DRAFT" });
  });

  it("its owner and observers get the overview: version 1 with four clauses in order", async () => {
    for (const userId of [ownerId, observerId]) {
      const study = await getStudyOverview(t.db, await asMember(t.db, userId, studyId));
      expect(study.latestVersion?.number).toBe(1);
      expect(study.latestVersion?.clauses.map((c) => c.position)).toEqual([1, 2, 3, 4]);
      expect(study.panelByStatus).toEqual({ ACCEPTED: 3, INVITED: 2, PROPOSED: 3 });
    }
    const asObserver = await asMember(t.db, observerId, studyId);
    expect((await getStudyOverview(t.db, asObserver)).role).toBe("OBSERVER");
  });

  it("a facilitator of no part in it gets NOT_FOUND, never the study, and an empty list", async () => {
    expect(await listStudies(t.db, outsiderId)).toEqual([]);
    // No access to the study for them, so its overview cannot be asked for on their behalf.
    await expect(asMember(t.db, outsiderId, studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("seeding twice creates nothing new", async () => {
    expect(await createDemoStudy(t.db)).toEqual({ studyId, created: false });
    expect(await t.db.study.count()).toBe(1);
  });
});

describe("choosing a study's web address", () => {
  it("says 'in use' only for studies the caller can see, and never reveals another team's", async () => {
    const { createStudy } = await import("./create-study.ts");
    const { createStudySchema } = await import("./schemas.ts");
    const input = (slug: string) =>
      createStudySchema.parse({ title: "A study", slug, purpose: "", audience: "" });
    const a = await t.db.user.create({ data: { email: `slug-a-${Date.now()}@example.org` } });
    const b = await t.db.user.create({ data: { email: `slug-b-${Date.now()}@example.org` } });
    const slug = `secret-plan-${Date.now() % 1e9}`;
    await createStudy(t.db, a.id, input(slug));
    await expect(createStudy(t.db, a.id, input(slug))).rejects.toMatchObject({
      field: "slug",
      messageKey: "studies.create.slugTaken",
    });
    await expect(createStudy(t.db, b.id, input(slug))).rejects.toMatchObject({
      field: "slug",
      messageKey: "studies.create.slugUnavailable",
    });
    // Once published, the address is public anyway: "in use" for everyone.
    await t.db.study.update({ where: { slug }, data: { status: "PUBLISHED" } });
    await expect(createStudy(t.db, b.id, input(slug))).rejects.toMatchObject({
      messageKey: "studies.create.slugTaken",
    });
  });
});
