import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveJustification } from "@/lib/justifications/save-justification.ts";
import { getJustificationWorkspace } from "@/lib/justifications/get-justification-workspace.ts";
import { openRound } from "@/lib/rounds/open-round.ts";
import { asMember } from "@/test/support/access.ts";
import { addMember } from "@/test/support/fixtures.ts";
import { writeResponse } from "@/test/support/results-fixtures.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { createNextVersion } from "@/lib/versions/create-next-version.ts";
import { getVersionForEditing } from "@/lib/versions/get-version-for-editing.ts";
import { updateClause } from "@/lib/versions/update-clause.ts";
import { comparePublicVersions } from "./compare-public-versions.ts";
import { getPublicStudy } from "./get-public-study.ts";
import { publicStudyJson } from "./public-study-json.ts";
import { publishStudy, unpublishStudy } from "./publish-study.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const DAY = 86_400_000;

describe("publishing a study", () => {
  it("shows the public only closed rounds, locked versions and consenting names", async () => {
    const r = await createOpenRound(t.db, { experts: 4, clauses: 2 });
    const { studyId } = r;
    const owner = await t.db.membership.findFirstOrThrow({ where: { studyId } });
    const asOwner = await asMember(t.db, owner.userId, studyId);
    const experts = await t.db.panelMember.findMany({
      where: { studyId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true },
    });
    // Experts 2 and 3 consent to be named; 4 consents but never answers; 1 does not.
    await t.db.panelMember.update({
      where: { id: experts[2]!.id },
      data: { acknowledgeConsent: true, acknowledgeAffiliation: "Uni C" },
    });
    await t.db.panelMember.update({
      where: { id: experts[1]!.id },
      data: { acknowledgeConsent: true },
    });
    await t.db.panelMember.update({
      where: { id: experts[3]!.id },
      data: { acknowledgeConsent: true },
    });
    for (const expert of experts.slice(0, 3)) {
      await writeResponse(t.db, {
        roundId: r.roundId,
        panelMemberId: expert.id,
        state: "SUBMITTED",
        clauses: r.clauses.map((c, i) => ({
          clauseVersionId: c.id,
          answer: { position: i === 1 ? "CANNOT_LIVE_WITH" : "CAN_LIVE_WITH" },
        })),
      });
    }
    expect(await getPublicStudy(t.db, "no-such-study")).toBeNull();
    await expect(publishStudy(t.db, asOwner)).rejects.toMatchObject({
      messageKey: "publication.errors.roundInProgress",
    });
    await t.db.round.update({
      where: { id: r.roundId },
      data: { state: "CLOSED", closedAt: new Date() },
    });

    // Version 2 rewords clause 2 (contested), and goes to round 2.
    await createNextVersion(t.db, asOwner);
    const draft = await getVersionForEditing(t.db, asOwner);
    await updateClause(t.db, asOwner, {
      clauseVersionId: draft.clauses[1]!.id,
      baseHash: draft.clauses[1]!.textHash,
      text: "Clause 2, reworded.",
    });
    const ws = await getJustificationWorkspace(t.db, asOwner);
    await saveJustification(t.db, asOwner, {
      versionId: draft.id,
      target: ws!.targets[0]!.key,
      changeClass: "SUBSTANTIVE",
      justification: "Three experts could not live with it.",
      links: ws!.feedback.map((f) => ({
        item: f.id,
        disposition: "ACCEPTED" as const,
      })),
    });
    const round2 = await openRound(t.db, await asMember(t.db, owner.userId, studyId), {
      closesAt: new Date(Date.now() + 7 * DAY),
      reminderDays: [1],
      collectRatings: false,
    });
    for (const expert of experts.slice(0, 2)) {
      await writeResponse(t.db, {
        roundId: round2.roundId,
        panelMemberId: expert.id,
        state: "SUBMITTED",
        clauses: draft.clauses.map((c) => ({
          clauseVersionId: c.id,
          answer: { position: "CAN_LIVE_WITH" },
        })),
      });
    }
    await t.db.round.update({
      where: { id: round2.roundId },
      data: { state: "CLOSED", closedAt: new Date() },
    });

    const observer = await addMember(t.db, studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, studyId);
    await expect(publishStudy(t.db, asObserver)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const slug = (await t.db.study.findUniqueOrThrow({ where: { id: studyId } })).slug;
    expect(await getPublicStudy(t.db, slug)).toBeNull();
    // Version 3 started but never edited: it stays a draft, version 2 is the final text.
    await createNextVersion(t.db, asOwner);
    expect(await publishStudy(t.db, asOwner)).toMatchObject({ finalVersion: 2 });
    expect(
      await t.db.version.findFirstOrThrow({
        where: { studyId, number: 3 },
        select: { status: true },
      }),
    ).toEqual({ status: "DRAFT" });

    const study = (await getPublicStudy(t.db, slug))!;
    expect(study.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(study.versions[1]!.clauses[1]).toMatchObject({
      number: 2,
      text: "Clause 2, reworded.",
      sourceIds: [r.clauses[1]!.id],
    });
    expect(study.versions[1]!.changes).toEqual([
      expect.objectContaining({
        heading: "Clause 2: reworded (was clause 2)",
        changeClass: "SUBSTANTIVE",
        justification: "Three experts could not live with it.",
        answered: { ACCEPTED: 3 },
      }),
    ]);
    expect(study.rounds.map((x) => [x.number, x.invited, x.respondents])).toEqual([
      [1, 0, 3],
      [2, 4, 2],
    ]);
    expect(study.rounds[0]!.clauses[1]).toMatchObject({
      cannotLiveWith: 3,
      status: "NO_CONSENSUS",
    });
    expect(study.acknowledgements).toEqual({
      named: [
        { name: experts[1]!.name, affiliation: null },
        { name: experts[2]!.name, affiliation: "Uni C" },
      ],
      further: 1,
    });

    // Any two versions compare by lineage; the reworded clause 2 is the one change.
    expect(comparePublicVersions(study, 1, 2)!.clauses.map((c) => c.kind)).toEqual([
      "UNCHANGED",
      "EDITED",
    ]);
    expect(comparePublicVersions(study, 2, 1)).toBeNull();

    // Nothing public names expert 1 or 4, or carries any expert's email or id.
    const everything = JSON.stringify([study, publicStudyJson(study, (p) => p)]);
    for (const expert of experts) {
      expect(everything).not.toContain(expert.email);
      expect(everything).not.toContain(expert.id);
    }
    expect(everything).not.toContain(`"${experts[0]!.name}"`);
    expect(everything).not.toContain(`"${experts[3]!.name}"`);

    await unpublishStudy(t.db, asOwner);
    expect(await getPublicStudy(t.db, slug)).toBeNull();
  });
});
