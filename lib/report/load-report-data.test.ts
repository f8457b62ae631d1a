import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl } from "@/lib/http/app-url.ts";
import { writeResponse } from "@/test/support/results-fixtures.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { loadMethodsData } from "./internal/load-methods-data.ts";
import { loadReportData } from "./internal/load-report-data.ts";

// What the report is generated from, read straight from the database: which answers and
// notes count, what the protocol says, and which public files exist. The composers' tests
// take these facts as given; here they are checked against rows built to tell them apart.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

async function answered(
  round: Awaited<ReturnType<typeof createOpenRound>>,
  index: number,
  state: "DRAFT" | "SUBMITTED",
) {
  return writeResponse(t.db, {
    roundId: round.roundId,
    panelMemberId: round.members[index]!.id,
    state,
    clauses: [],
  });
}

const note = (responseId: string, part: string, themes: string[], addressed: boolean) =>
  t.db.feedbackNote.create({ data: { responseId, part, themes, addressed } });

describe("the methods data", () => {
  it("counts the notes on submitted answers of this study only", async () => {
    const round = await createOpenRound(t.db, { experts: 3, clauses: 1 });
    const first = await answered(round, 0, "SUBMITTED");
    const second = await answered(round, 1, "SUBMITTED");
    const draft = await answered(round, 2, "DRAFT");
    await note(first, "text", ["scope", "jargon"], true);
    await note(first, "comments", [], true);
    await note(second, round.clauses[0]!.id, ["jargon", "length"], false);
    // Neither counts: a draft was never given to the facilitators, and another study's
    // notes are another study's.
    await note(draft, "text", ["unsent"], true);
    const other = await createOpenRound(t.db, { experts: 1, clauses: 1 });
    await note(await answered(other, 0, "SUBMITTED"), "text", ["elsewhere"], true);

    const data = await loadMethodsData(t.db, round.studyId);
    expect(data.notes).toEqual({ tagged: 2, themes: 3, addressed: 2 });
  });

  it("passes on the protocol's reporting details and nothing else of the study", async () => {
    const { studyId } = await createOpenRound(t.db, { experts: 1, clauses: 1 });
    const details = {
      panelCap: 30,
      plannedRoundDays: 10,
      registryName: "OSF",
      registrationId: "abc",
      ethicsStatus: "APPROVED" as const,
      ethicsBody: "Board",
      ethicsReference: "R1",
      ethicsExemption: "",
      funding: "None",
      pilotTesting: "Two colleagues",
      steeringGroup: "Three people",
    };
    await t.db.study.update({ where: { id: studyId }, data: details });
    // Exactly these: not the slug, the publication date or any other column of the study.
    expect((await loadMethodsData(t.db, studyId)).protocol).toEqual(details);
  });

  it("lists the public files of a published study, the results only when offered", async () => {
    const { studyId } = await createOpenRound(t.db, { experts: 1, clauses: 1 });
    const { slug } = await t.db.study.findUniqueOrThrow({ where: { id: studyId } });
    const files = async () => {
      const data = await loadMethodsData(t.db, studyId);
      return { published: data.published, files: data.files };
    };

    // Offering the results changes nothing before publication: nothing is public yet.
    await t.db.study.update({ where: { id: studyId }, data: { publicAggregateData: true } });
    expect(await files()).toEqual({ published: false, files: [] });

    await t.db.study.update({
      where: { id: studyId },
      data: { publishedAt: new Date(), publicAggregateData: false },
    });
    expect(await files()).toEqual({
      published: true,
      files: [appUrl(`/s/${slug}`), appUrl(`/s/${slug}/text.json`)],
    });

    await t.db.study.update({ where: { id: studyId }, data: { publicAggregateData: true } });
    expect((await files()).files).toEqual([
      appUrl(`/s/${slug}`),
      appUrl(`/s/${slug}/text.json`),
      appUrl(`/s/${slug}/results.csv`),
      appUrl(`/s/${slug}/results.json`),
    ]);
  });
});

describe("the report data", () => {
  it("keeps unset rating limits unset and reads set ones as numbers", async () => {
    const unset = await createOpenRound(t.db, { experts: 1, clauses: 1 });
    await t.db.study.update({
      where: { id: unset.studyId },
      data: { ratingMedianMin: null, ratingIqrMax: null },
    });
    const none = (await loadReportData(t.db, unset.studyId)).study;
    // Number(null) would be 0: a limit nobody set, refusing every clause whose ratings vary.
    expect([none.ratingMedianMin, none.ratingIqrMax]).toEqual([null, null]);

    const set = await createOpenRound(t.db, { experts: 1, clauses: 1 });
    await t.db.study.update({
      where: { id: set.studyId },
      data: { ratingMedianMin: 7.5, ratingIqrMax: 2.25 },
    });
    const limits = (await loadReportData(t.db, set.studyId)).study;
    expect([limits.ratingMedianMin, limits.ratingIqrMax]).toEqual([7.5, 2.25]);
  });

  it("tells the protocol's changes in order, and the panel by status", async () => {
    const round = await createOpenRound(t.db, { experts: 4, clauses: 1 });
    const { studyId } = round;
    const deviation = (field: string, reason: string, createdAt: Date) =>
      t.db.protocolDeviation.create({
        data: { studyId, field, reason, before: 1, after: 2, createdAt },
      });
    await deviation("plannedRounds", "Later", new Date("2026-03-02T00:00:00Z"));
    await deviation("panelCap", "Earlier", new Date("2026-03-01T00:00:00Z"));
    // Another study's change is that study's.
    const other = await createOpenRound(t.db, { experts: 1, clauses: 1 });
    await t.db.protocolDeviation.create({
      data: { studyId: other.studyId, field: "panelCap", reason: "Elsewhere", before: 1, after: 2 },
    });
    await t.db.panelMember.update({
      where: { id: round.members[3]!.id },
      data: { status: "WITHDRAWN" },
    });

    const data = await loadReportData(t.db, studyId);
    expect(data.deviations).toEqual([
      { field: "panelCap", reason: "Earlier", date: new Date("2026-03-01T00:00:00Z") },
      { field: "plannedRounds", reason: "Later", date: new Date("2026-03-02T00:00:00Z") },
    ]);
    expect(data.panel.byStatus).toEqual({ ACCEPTED: 3, WITHDRAWN: 1 });
  });

  it("counts conflicts of interest among those who took part only", async () => {
    const round = await createOpenRound(t.db, { experts: 4, clauses: 1 });
    const coi = (index: number, conflictOfInterest: string | null) =>
      t.db.panelMember.update({
        where: { id: round.members[index]!.id },
        data: { conflictOfInterest },
      });
    await coi(0, "Adviser to a vendor.");
    await coi(1, null);
    await coi(2, "Shares."); // only a draft: did not take part
    await coi(3, "Board member."); // never answered
    await answered(round, 0, "SUBMITTED");
    await answered(round, 1, "SUBMITTED");
    await answered(round, 2, "DRAFT");

    expect((await loadReportData(t.db, round.studyId)).panel.conflictsDeclared).toBe(1);
  });
});
