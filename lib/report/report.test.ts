import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPanel } from "@/demo/demo-content.ts";
import { addSourceDefinition } from "@/lib/sources/add-source-definition.ts";
import { addSourceSchema } from "@/lib/sources/schemas.ts";
import { asMember } from "@/test/support/access.ts";
import { addMember, createStudyWithPanel } from "@/test/support/fixtures.ts";
import { seedDemoPublishedStudy } from "@/test/support/demo-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { strFromU8, unzipSync } from "fflate";
import { getReport, reportMarkdown } from "./get-report.ts";
import { pdfText } from "@/test/support/pdf-text.ts";
import { renderReportDocx } from "./render-docx.ts";
import { renderReportPdf } from "./render-pdf.ts";
import { suppressSmall } from "./suppress-small.ts";
import { saveReportSection } from "./save-report-section.ts";
import { SLOW_REPORT } from "@/test/support/timeouts.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("the study report", SLOW_REPORT, () => {
  it("is generated from the data, with a checklist of what is filled and by whom", async () => {
    const { study, ownerId } = await seedDemoPublishedStudy(t.db);
    const asOwner = await asMember(t.db, ownerId, study.id);
    for (const characteristics of ["Lending, Membership", "lending, Catalogue", "Lending"]) {
      await addSourceDefinition(
        t.db,
        asOwner,
        addSourceSchema.parse({
          text: "A library of things.",
          citation: `Source ${characteristics}`,
          characteristics,
        }),
      );
    }

    let report = await getReport(t.db, asOwner);
    const status = (key: string) => report.items.find((i) => i.key === key)!.status;
    expect(status("protocol")).toBe("data");
    expect(status("limitations")).toBe("empty");
    expect(status("facilitators")).toBe("empty");
    await saveReportSection(t.db, asOwner, {
      key: "limitations",
      body: "A small panel from *one* country.",
    });
    report = await getReport(t.db, asOwner);
    expect(status("limitations")).toBe("written");

    const md = reportMarkdown(report);
    const n = demoPanel.length;
    expect(md).toContain(`# ${study.title}: a Delphi consensus study`);
    expect(md).toContain(`at least ${study.consensusThreshold}% of the experts who answered`);
    expect(md).toContain(`Round 1: ${n - 1} of ${n} (`);
    expect(md).toContain(`Round 2: ${n - 2} of ${n} (`);
    expect(md).toContain("### Version 1 (");
    expect(md).toContain("### Version 2 (");
    expect(md).toContain("Two separate duties in one clause; the panel can now answer on each.");
    expect(md).toContain("**Clauses 3 and 4: split from clause 3** (editorial)");
    expect(md).toContain("| Lending | 3 | 100% |");
    expect(md).toContain("A small panel from *one* country.");
    // Only the experts who consented are named; the rest are counted.
    for (const [i, person] of demoPanel.entries()) {
      if (i % 2 === 0 && i < 5) expect(md).toContain(person.name);
      else expect(md).not.toContain(person.name);
      expect(md).not.toContain(person.email.split("@")[0]!);
    }
    expect(md).toContain(`and ${n - 1 - 3} further experts who preferred not to be named.`);

    // The Word document (its XML) and the PDF (its text, read back as a reader sees it)
    // carry the same content.
    const docx = unzipSync(new Uint8Array(await renderReportDocx(report)));
    const xml = strFromU8(docx["word/document.xml"]!);
    expect(xml).toContain("<w:tbl>");
    const progress: number[] = [];
    const pdf = await renderReportPdf(report, (share) => progress.push(share));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = (await pdfText(pdf)).replace(/\s+/g, " ");
    expect(text).toContain("Flow of participants");
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    for (const file of [xml, text]) {
      expect(file).toContain(`Round 1: ${n - 1} of ${n} (`);
      expect(file).toContain(`at least ${study.consensusThreshold}% of the experts who answered`);
      expect(file).toContain("Appendix A: every version in full");
      expect(file).toContain(
        "Two separate duties in one clause; the panel can now answer on each.",
      );
      for (const [i, person] of demoPanel.entries()) {
        if (i % 2 === 0 && i < 5) expect(file).toContain(person.name);
        else expect(file).not.toContain(person.name);
      }
    }

    // Observers read it; they cannot write; strangers cannot read it.
    const observer = await addMember(t.db, study.id, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, study.id);
    expect((await getReport(t.db, asObserver)).canEdit).toBe(false);
    await expect(
      saveReportSection(t.db, asObserver, { key: "limitations", body: "x" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stranger = await addMember(
      t.db,
      (await t.db.study.findFirstOrThrow({ where: { NOT: { id: study.id } } })).id,
      "OWNER",
    );
    // A stranger gets no access to the study, so no report can be made for them.
    await expect(asMember(t.db, stranger.id, study.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("names each deviation by the protocol field's label, not its column", async () => {
    const { studyId, owner } = await createStudyWithPanel(t.db);
    await t.db.protocolDeviation.createMany({
      data: [
        { studyId, field: "wholeRule", before: {}, after: {}, reason: "Board's advice" },
        { studyId, field: "consensusThreshold", before: {}, after: {}, reason: "Smaller panel" },
      ],
    });
    const md = reportMarkdown(await getReport(t.db, await asMember(t.db, owner.id, studyId)));
    expect(md).toContain("Consensus rule for the text as a whole changed. Reason: Board's advice");
    expect(md).toContain("Threshold for the parts (%) changed. Reason: Smaller panel");
    expect(md).not.toContain("wholeRule");
  });

  it("never shows a group of fewer than five experts on its own", () => {
    expect(
      suppressSmall([
        { label: "Europe", count: 7 },
        { label: "Asia", count: 2 },
        { label: null, count: 1 },
        { label: "Africa", count: 5 },
      ]),
    ).toEqual([
      { label: "Europe", count: 7 },
      { label: "Africa", count: 5 },
      { label: null, count: 3 },
    ]);
  });
});
