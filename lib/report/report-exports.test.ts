import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StudyAccess } from "@/lib/guards.ts";
import { asMember } from "@/test/support/access.ts";
import { addMember, createStudyWithPanel } from "@/test/support/fixtures.ts";
import { pdfText } from "@/test/support/pdf-text.ts";
import { seedDemoPublishedStudy } from "@/test/support/demo-fixtures.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getReportExport, getReportExportFile, listReportExports } from "./get-report-export.ts";
import { requestReportExport } from "./request-report-export.ts";
import { runReportExports } from "./run-report-exports.ts";
import { SLOW_REPORT } from "@/test/support/timeouts.ts";

let t: TestDb;
let studyId: string;
let asOwner: StudyAccess;
beforeAll(async () => {
  t = await createTestDb();
  const seeded = await seedDemoPublishedStudy(t.db);
  studyId = seeded.study.id;
  asOwner = await asMember(t.db, seeded.ownerId, studyId);
});
afterAll(() => t.close());

describe("report files generated in the background", SLOW_REPORT, () => {
  it("queues once per format, runs, and serves the finished files to facilitators", async () => {
    // Observers download files; only owners and facilitators make (and so replace) them.
    const observer = await addMember(t.db, studyId, "OBSERVER");
    const asObserver = await asMember(t.db, observer.id, studyId);
    await expect(requestReportExport(t.db, asObserver, { format: "PDF" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const pdf = await requestReportExport(t.db, asOwner, { format: "PDF" });
    // A second click while it waits is the same file, not a second one.
    expect(await requestReportExport(t.db, asOwner, { format: "PDF" })).toEqual(pdf);
    const docx = await requestReportExport(t.db, asOwner, { format: "DOCX" });
    expect((await getReportExport(t.db, asOwner, pdf.id)).state).toBe("QUEUED");
    await expect(getReportExportFile(t.db, asOwner, pdf.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    expect(await runReportExports(t.db)).toBe(2);
    const done = await getReportExport(t.db, asObserver, pdf.id);
    expect(done).toMatchObject({ state: "DONE", progress: 100, format: "PDF" });
    const pdfFile = await getReportExportFile(t.db, asObserver, pdf.id);
    expect(done.size).toBe(pdfFile.file.byteLength);
    expect((await pdfText(pdfFile.file)).replace(/\s+/g, " ")).toContain(
      "Appendix A: every version in full",
    );
    const docxFile = await getReportExportFile(t.db, asOwner, docx.id);
    expect(docxFile.format).toBe("DOCX");
    const zip = unzipSync(docxFile.file);
    const xml = strFromU8(zip["word/document.xml"]!);
    expect(xml).toContain("Appendix A: every version in full");

    // Both files open with a title block: the date, the report's and the study's version.
    const pdfWords = (await pdfText(pdfFile.file)).replace(/\s+/g, " ");
    const today = new Date().toISOString().slice(0, 10);
    for (const file of [pdfWords, xml]) {
      expect(file).toContain(`Report date: ${today}`);
      expect(file).toContain("Report version: final, for the study published on");
      expect(file).toContain(
        "Study version: text version 2 (as put to the panel); 2 of 3 planned rounds closed",
      );
    }
    // Word numbers the clauses itself: no "1. " typed into the text, a decimal list
    // instead, restarted for each version (one numbering instance per list).
    const paragraphs = xml.split("<w:p>").slice(1);
    const clause = paragraphs.filter((p) => p.includes("<w:numPr>"));
    expect(clause.length).toBeGreaterThanOrEqual(4);
    expect(xml).not.toMatch(/<w:t[^>]*>1\. /);
    expect(strFromU8(zip["word/numbering.xml"]!)).toContain('w:val="decimal"');
    expect(new Set(clause.map((p) => /<w:numId w:val="(\d+)"/.exec(p)![1])).size).toBeGreaterThan(
      1,
    );
    // The flow of participants is a table, not steps joined by arrows.
    expect(xml).not.toContain("↓");
    const flow = xml.slice(xml.indexOf("Flow of participants"));
    expect(flow.indexOf("<w:tbl>")).toBeLessThan(flow.indexOf("Invited: "));
    expect(flow.slice(0, flow.indexOf("</w:tbl>"))).toContain("Round 2: ");
    // Table rows never split, and a header row stays with the rows after it.
    expect(xml).toContain("<w:cantSplit/>");
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain("<w:keepNext/>");
    expect((await listReportExports(t.db, asOwner)).map((f) => f.id).sort()).toEqual(
      [pdf.id, docx.id].sort(),
    );

    // Asking again replaces the finished file of that format only.
    const again = await requestReportExport(t.db, asOwner, { format: "PDF" });
    expect(again.id).not.toBe(pdf.id);
    const ids = (await listReportExports(t.db, asOwner)).map((f) => f.id);
    expect(ids).toContain(docx.id);
    expect(ids).not.toContain(pdf.id);
    await runReportExports(t.db);
  });

  it("queues a fresh file when asked while one is being made, and makes it in the same run", async () => {
    const first = await requestReportExport(t.db, asOwner, { format: "DOCX" });
    const run = runReportExports(t.db);
    await expect
      .poll(async () => (await getReportExport(t.db, asOwner, first.id)).state, {
        interval: 5,
      })
      .not.toBe("QUEUED");
    // The running file read the report before this request: a new one is queued, and the
    // run already under way makes it too (joining it asks it to look once more).
    const second = await requestReportExport(t.db, asOwner, { format: "DOCX" });
    expect(second.id).not.toBe(first.id);
    await runReportExports(t.db);
    await run;
    expect((await getReportExport(t.db, asOwner, second.id)).state).toBe("DONE");
  });

  it("shows nothing to anyone outside the study, even by file id", async () => {
    const [file] = await listReportExports(t.db, asOwner);
    const other = await createStudyWithPanel(t.db, { experts: 0 });
    const stranger = await addMember(t.db, other.studyId, "OWNER");
    // No access to the study for a stranger, so none of its files can be asked for…
    await expect(asMember(t.db, stranger.id, studyId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // …and the stranger's own study does not open another study's file.
    const asStranger = await asMember(t.db, stranger.id, other.studyId);
    for (const attempt of [
      () => getReportExportFile(t.db, asStranger, file!.id),
      () => getReportExport(t.db, asStranger, file!.id),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("fails a file whose requester lost access, and takes up files abandoned mid-way", async () => {
    const leaving = await addMember(t.db, studyId, "FACILITATOR");
    const asLeaving = await asMember(t.db, leaving.id, studyId);
    const orphan = await requestReportExport(t.db, asLeaving, { format: "DOCX" });
    await t.db.membership.deleteMany({ where: { userId: leaving.id, studyId } });
    // Still on the team, but now an observer, who may not ask for files.
    const demoted = await addMember(t.db, studyId, "FACILITATOR");
    const asDemoted = await asMember(t.db, demoted.id, studyId);
    const asked = await requestReportExport(t.db, asDemoted, { format: "PDF" });
    await t.db.membership.updateMany({
      where: { userId: demoted.id, studyId },
      data: { role: "OBSERVER" },
    });
    await runReportExports(t.db);
    expect((await getReportExport(t.db, asOwner, orphan.id)).state).toBe("FAILED");
    expect((await getReportExport(t.db, asOwner, asked.id)).state).toBe("FAILED");
    await expect(getReportExportFile(t.db, asOwner, orphan.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    // A server that stopped while rendering leaves a RUNNING row that stops moving.
    const stuck = await requestReportExport(t.db, asOwner, { format: "DOCX" });
    await t.db.reportExport.update({
      where: { id: stuck.id },
      data: { state: "RUNNING", progress: 40, updatedAt: new Date(Date.now() - 10 * 60_000) },
    });
    expect(await runReportExports(t.db)).toBe(1);
    expect((await getReportExport(t.db, asOwner, stuck.id)).state).toBe("DONE");
  });
});
