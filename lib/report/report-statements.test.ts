import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "@/lib/expert-link/accept-invitation.ts";
import { asMember } from "@/test/support/access.ts";
import { createReplayStudy } from "@/test/support/panel-replay-fixture.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { writeResponse } from "@/test/support/results-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getReport, reportMarkdown } from "./get-report.ts";
import { SLOW_REPORT } from "@/test/support/timeouts.ts";

// The report's statements that were wrong (issue 14), each checked against data built to
// tell the right statement from the wrong one.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** The study's owner's access, as the report page has it. */
const asOwnerOf = async (studyId: string) =>
  asMember(
    t.db,
    (await t.db.membership.findFirstOrThrow({ where: { studyId, role: "OWNER" } })).userId,
    studyId,
  );

const consent = { participationConsent: "on" as const, acknowledge: false, affiliation: "" };

describe("conflicts of interest in the report", SLOW_REPORT, () => {
  it("counts only real declarations, not experts who declared none", async () => {
    const round = await createOpenRound(t.db, { experts: 4, clauses: 1 });
    const [none, declared, changedMind, later] = round.members as [
      (typeof round.members)[number],
      (typeof round.members)[number],
      (typeof round.members)[number],
      (typeof round.members)[number],
    ];
    await acceptInvitation(t.db, none.token, { ...consent, coi: "none", coiDetails: "" });
    await acceptInvitation(t.db, declared.token, {
      ...consent,
      coi: "declared",
      coiDetails: "Adviser to a lending platform.",
    });
    // Declared, then came back and said "none": the stale text must not keep counting.
    await acceptInvitation(t.db, changedMind.token, {
      ...consent,
      coi: "declared",
      coiDetails: "Shares in a vendor.",
    });
    await acceptInvitation(t.db, changedMind.token, {
      ...consent,
      coi: "none",
      coiDetails: "Shares in a vendor.",
    });
    await acceptInvitation(t.db, later.token, { ...consent, coi: "none", coiDetails: "" });
    for (const m of [none, declared, changedMind, later])
      await writeResponse(t.db, {
        roundId: round.roundId,
        panelMemberId: m.id,
        state: "SUBMITTED",
        clauses: [{ clauseVersionId: round.clauses[0]!.id, answer: { position: "CAN_LIVE_WITH" } }],
      });
    await t.db.round.update({
      where: { id: round.roundId },
      data: { state: "CLOSED", closedAt: new Date() },
    });

    const stored = await t.db.panelMember.findMany({
      where: { studyId: round.studyId },
      select: { id: true, conflictOfInterest: true },
    });
    expect(stored.filter((m) => m.conflictOfInterest !== null).map((m) => m.id)).toEqual([
      declared.id,
    ]);
    // A blank declaration cannot be stored, whatever writes it.
    await expect(
      t.db.panelMember.update({ where: { id: none.id }, data: { conflictOfInterest: " " } }),
    ).rejects.toThrow();

    const md = reportMarkdown(await getReport(t.db, await asOwnerOf(round.studyId)));
    expect(md).toContain("1 expert who took part declared a conflict of interest.");
    expect(md).not.toContain("4 experts who took part declared");
  });
});

describe("the flow of participants", SLOW_REPORT, () => {
  it("adds up round after round when experts skip a round, come back, or join late", async () => {
    // Round 1: 44. Round 2: 43 (41, 45 and 46 miss it; 42 and 43 answer for the first
    // time). Round 3: 45 (41 comes back; 44 answers for the first time).
    const study = await createReplayStudy(t.db);
    const report = await getReport(t.db, await asMember(t.db, study.ownerId, study.studyId));
    const figure = report.items.find((i) => i.key === "rounds")!.figure!;
    const rounds = figure.steps.filter((s) => s.startsWith("Round "));
    expect(rounds).toEqual([
      "Round 1: 44 of 50 answered (88%)",
      "Round 2: 43 of 50 answered (86%): 44 from round 1 − 3 lost + 0 returned after missing a round + 2 newly joined = 43",
      "Round 3: 45 of 50 answered (90%): 43 from round 2 − 0 lost + 1 returned after missing a round + 1 newly joined = 45",
    ]);
    // Every box closes: the figures it states give the round's own count, which is the
    // count of the box before it.
    let previous = 44;
    for (const step of rounds.slice(1)) {
      const [, answered, from, lost, returned, joined, total] = step
        .match(
          /: (\d+) of .*: (\d+) from round \d+ − (\d+) lost \+ (\d+) returned .* \+ (\d+) newly joined = (\d+)$/,
        )!
        .map(Number);
      expect(from).toBe(previous);
      expect(from! - lost! + returned! + joined!).toBe(total);
      expect(total).toBe(answered);
      previous = answered!;
    }
    const md = reportMarkdown(report);
    expect(md).toContain(
      "Round 3: 45 of 50 (90%). Of the 43 who answered round 2, 0 did not answer this round; 1 came back after missing a round and 1 answered for the first time (43 − 0 + 1 + 1 = 45).",
    );
    expect(md).not.toContain("lost since the previous round");
  });
});

describe("the final version's status", SLOW_REPORT, () => {
  const item = (report: Awaited<ReturnType<typeof getReport>>, key: string) =>
    report.items.find((i) => i.key === key)!.markdown;

  it("says the final text is the version the panel rated in the last round", async () => {
    const study = await createReplayStudy(t.db);
    const report = await getReport(t.db, await asMember(t.db, study.ownerId, study.studyId));
    expect(item(report, "final")).toMatch(
      /^The final text is version 3, the version the panel rated in round 3, the last round\. It was not changed after that round\./,
    );
    expect(item(report, "contested")).toMatch(
      /^These verdicts are on version 3, the final text, as rated in round 3\./,
    );
    expect(reportMarkdown(report)).not.toContain("never rated");
  });

  it("says which version was last rated, what changed after it, why and who decided", async () => {
    const study = await createReplayStudy(t.db);
    const { studyId } = study;
    // After round 3 the facilitators publish version 4: clause 2 reworded (answering three
    // objections from round 3) and a new clause 5, never put to the panel.
    const v4 = await t.db.version.create({
      data: {
        studyId,
        number: 4,
        status: "PUBLISHED",
        lockedAt: new Date(),
        explanatoryText: "What the definition is for.",
      },
      select: { id: true },
    });
    const v3 = await t.db.clauseVersion.findMany({
      where: { version: { studyId, number: 3 } },
      orderBy: { position: "asc" },
      select: { id: true, clauseId: true, text: true },
    });
    const newClause = await t.db.clause.create({ data: { studyId }, select: { id: true } });
    const rows = [
      ...v3.map((c, i) => ({
        clauseId: c.clauseId,
        text: i === 1 ? "Clause 2, sharper." : c.text,
      })),
      { clauseId: newClause.id, text: "Clause 5, new." },
    ];
    const created: { id: string }[] = [];
    for (const [i, row] of rows.entries())
      created.push(
        await t.db.clauseVersion.create({
          data: { versionId: v4.id, position: i + 1, ...row },
          select: { id: true },
        }),
      );
    // Lineage: clauses 1–4 of version 4 descend from those of version 3.
    await t.db.clauseOrigin.createMany({
      data: v3.map((c, i) => ({ childId: created[i]!.id, sourceId: c.id })),
    });
    const round3 = `${studyId}-r3`;
    await t.db.changeJustification.create({
      data: {
        versionId: v4.id,
        clauseVersionId: created[1]!.id,
        kind: "EDITED",
        changeClass: "SUBSTANTIVE",
        justification: "Six experts found clause 2 too vague.",
        feedback: {
          create: [
            { responseId: `${round3}-e0`, part: v3[1]!.id, disposition: "ACCEPTED" },
            { responseId: `${round3}-e1`, part: v3[1]!.id, disposition: "ACCEPTED" },
            { responseId: `${round3}-e2`, part: v3[1]!.id, disposition: "PARTLY_ACCEPTED" },
          ],
        },
      },
    });
    await t.db.changeJustification.create({
      data: {
        versionId: v4.id,
        clauseVersionId: created[4]!.id,
        kind: "ADDED",
        changeClass: "SUBSTANTIVE",
        justification: "Reinstates a duty the panel said was lost.",
      },
    });

    const report = await getReport(t.db, await asMember(t.db, study.ownerId, studyId));
    const final = item(report, "final");
    expect(final).toContain(
      "The panel last rated version 3, in round 3, the last round. The final text, version 4, was adopted by the facilitators after round 3 without a further round: 2 changes the panel did not rate.",
    );
    expect(final).toContain(
      "**Clause 2: reworded (was clause 2)** (substantive). Six experts found clause 2 too vague. Answers feedback items: 2 accepted, 1 partly accepted.",
    );
    expect(final).toContain(
      "**Clause 5: new** (substantive). Reinstates a duty the panel said was lost. Cites no feedback item.",
    );
    const scope =
      "These verdicts are on version 3, as rated in round 3. The final text, version 4, contains parts the panel never rated, for which no consensus is claimed: clause 2 (reworded); clause 5 (new).";
    expect(final).toContain(scope);
    // The verdicts of round 3 come after the statement of what they cover.
    const contested = item(report, "contested");
    expect(contested.startsWith(scope)).toBe(true);
    expect(contested).not.toContain("Clause 5");
    expect(final).toContain("5. Clause 5, new.");
  });
});
