import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PUBLISHED_SLUG } from "@/demo/create-demo-published-study.ts";
import { demoPanel } from "@/demo/demo-content.ts";
import { asMember } from "@/test/support/access.ts";
import { addMember, createStudyWithPanel } from "@/test/support/fixtures.ts";
import { seedDemoPublishedStudy } from "@/test/support/demo-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getPublicStudy } from "./get-public-study.ts";
import {
  publicAggregateCsv,
  publicAggregateJson,
  publicAggregateRows,
} from "./public-aggregate-data.ts";
import { setPublicAggregateData } from "./set-public-aggregate-data.ts";

let t: TestDb;
let studyId: string;
let ownerId: string;
beforeAll(async () => {
  t = await createTestDb();
  const seeded = await seedDemoPublishedStudy(t.db);
  studyId = seeded.study.id;
  ownerId = seeded.ownerId;
});
afterAll(() => t.close());

describe("the aggregate results a published study may offer", () => {
  it("are offered only when the facilitators choose, and only by editors", async () => {
    expect((await getPublicStudy(t.db, DEMO_PUBLISHED_SLUG))!.offersAggregateData).toBe(false);
    const observer = await addMember(t.db, studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, studyId);
    await expect(setPublicAggregateData(t.db, asObserver, { offer: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Another study's owner gets no access to this one, so cannot change it.
    const other = await createStudyWithPanel(t.db);
    await expect(asMember(t.db, other.owner.id, studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await setPublicAggregateData(t.db, await asMember(t.db, ownerId, studyId), { offer: true });
    expect((await getPublicStudy(t.db, DEMO_PUBLISHED_SLUG))!.offersAggregateData).toBe(true);
    const audit = await t.db.auditEvent.findFirst({
      where: { studyId, action: "study.aggregateData.offered" },
    });
    expect(audit?.actorUserId).toBe(ownerId);
  });

  it("count, per round and clause, the submitted answers in the database", async () => {
    const study = (await getPublicStudy(t.db, DEMO_PUBLISHED_SLUG))!;
    const rows = publicAggregateRows(study);
    const clauseRows = rows.filter((r) => r.part === "clause");
    expect(clauseRows.length).toBeGreaterThan(0);
    for (const row of clauseRows) {
      const answers = await t.db.clauseResponse.groupBy({
        by: ["position"],
        where: {
          clauseVersion: { clauseId: row.clauseId!, version: { number: row.version, studyId } },
          response: { state: "SUBMITTED", round: { number: row.round, studyId } },
        },
        _count: { _all: true },
      });
      const count = (p: string) => answers.find((a) => a.position === p)?._count._all ?? 0;
      expect(
        [row.canLiveWith, row.cannotLiveWith],
        `round ${row.round} clause ${row.clauseNumber}`,
      ).toEqual([count("CAN_LIVE_WITH"), count("CANNOT_LIVE_WITH")]);
      expect(row.canLiveWith + row.cannotLiveWith + row.noAnswer).toBe(row.respondents);
    }
    const seated = await t.db.roundParticipation.count({
      where: { round: { studyId, number: 1 } },
    });
    expect(rows.find((r) => r.round === 1)!.seated).toBe(seated);

    // Nothing in either file is about a single expert.
    const csv = publicAggregateCsv(study);
    const json = JSON.stringify(publicAggregateJson(study, (p) => `https://x.test${p}`));
    expect(csv.split("\n")[0]).toContain("round,version,part,clauseNumber,clauseId,wording");
    const members = await t.db.panelMember.findMany({ where: { studyId }, select: { id: true } });
    for (const text of [csv, json]) {
      for (const person of demoPanel) {
        expect(text).not.toContain(person.name);
        expect(text).not.toContain(person.email);
      }
      for (const member of members) expect(text).not.toContain(member.id);
    }
  });
});
