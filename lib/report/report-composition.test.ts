import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asMember } from "@/test/support/access.ts";
import { writeResponse } from "@/test/support/results-fixtures.ts";
import { createOpenRound } from "@/test/support/round-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getReport, reportMarkdown } from "./get-report.ts";
import { renderReportDocx } from "./render-docx.ts";

// The report's panel composition is public once the report is. A region or sector held by
// fewer than five experts would single them out, so the report must pool such groups —
// read here from the composed report itself, not from the pooling function alone.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

// Nine experts take part; a tenth, from a region nobody else shares, never answers.
const regions = [
  "Europe",
  "Europe",
  "Europe",
  "Europe",
  "Europe",
  "Europe",
  "Oceania",
  "Arctic",
  "Arctic",
  "Antarctica",
];
const sectors = [
  "Academia",
  "Academia",
  "Academia",
  "Academia",
  "Academia",
  "Industry",
  "Industry",
  "Government",
  "",
  "Museums",
];

describe("the report's panel composition", () => {
  it("names only groups of five or more experts who took part and pools the rest", async () => {
    const round = await createOpenRound(t.db, { experts: regions.length, clauses: 1 });
    for (const [i, member] of round.members.entries()) {
      await t.db.panelMember.update({
        where: { id: member.id },
        data: { region: regions[i], sector: sectors[i] },
      });
      if (i === regions.length - 1) continue;
      await writeResponse(t.db, {
        roundId: round.roundId,
        panelMemberId: member.id,
        state: "SUBMITTED",
        text: { position: "CAN_LIVE_WITH" },
        clauses: [{ clauseVersionId: round.clauses[0]!.id, answer: { position: "CAN_LIVE_WITH" } }],
      });
    }
    const owner = await t.db.membership.findFirstOrThrow({
      where: { studyId: round.studyId, role: "OWNER" },
      select: { userId: true },
    });

    const report = await getReport(t.db, await asMember(t.db, owner.userId, round.studyId));
    const md = reportMarkdown(report);
    expect(md).toContain("The 9 experts who answered at least one round");
    expect(md).toContain("Europe: 6");
    expect(md).toContain("Academia: 5");
    // Oceania (1) + Arctic (2); Industry (2) + Government (1) + not given (1).
    expect(md).toContain("Other or not given (groups of fewer than 5): 3");
    expect(md).toContain("Other or not given (groups of fewer than 5): 4");
    const docx = unzipSync(new Uint8Array(await renderReportDocx(report)));
    const xml = strFromU8(docx["word/document.xml"]!);
    for (const text of [md, xml]) {
      for (const rare of ["Oceania", "Arctic", "Antarctica", "Industry", "Government", "Museums"]) {
        expect(text).not.toContain(rare);
      }
    }
  });
});
