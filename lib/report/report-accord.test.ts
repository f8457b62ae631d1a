import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getProtocol } from "@/lib/protocol/get-protocol.ts";
import { updateProtocolSchema } from "@/lib/protocol/schemas.ts";
import { updateProtocol } from "@/lib/protocol/update-protocol.ts";
import { asMember } from "@/test/support/access.ts";
import { seedDemoPublishedStudy } from "@/test/support/demo-fixtures.ts";
import { pdfText } from "@/test/support/pdf-text.ts";
import { createTestDb, type TestDb } from "@/test/support/test-db.ts";
import { getTranslator } from "@/lib/i18n/translator.ts";
import { ACCORD_SECTIONS, accordItems } from "./accord-items.ts";
import { CREDES_SECTIONS, credesItems } from "./credes-items.ts";
import { getReport, reportMarkdown } from "./get-report.ts";
import { renderReportDocx } from "./render-docx.ts";
import { renderReportPdf } from "./render-pdf.ts";
import { reportItems, writableItems } from "./report-items.ts";
import { reportingChecklist } from "./reporting-checklist.ts";
import { saveReportSection } from "./save-report-section.ts";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const details = {
  registryName: "OSF Registries",
  registrationId: "osf.io/lw123",
  ethicsStatus: "NOT_REQUIRED",
  ethicsExemption: "An anonymous consultation of professionals needs no approval here.",
  funding: "No external funding.",
  pilotTesting: "Two librarians tried version 1 and the form.",
  steeringGroup: "Two facilitators from the city library.",
};

describe("ACCORD and CREDES checklists", () => {
  it("have every item of both guidelines, each in its section with at least one home in the report", () => {
    expect(accordItems).toHaveLength(35);
    const perSection = ACCORD_SECTIONS.map(
      (s) => accordItems.filter((i) => i.section === s).length,
    );
    // ACCORD: title 1, introduction 3, methods 21, results 5, discussion 2, other 3.
    expect(perSection).toEqual([1, 3, 21, 5, 2, 3]);
    expect(credesItems).toHaveLength(16);
    expect(new Set(credesItems.map((i) => i.section))).toEqual(new Set(CREDES_SECTIONS));
    const keys = new Set<string>(reportItems.map((i) => i.key));
    for (const item of [...accordItems, ...credesItems]) {
      expect(item.homes.length, `${item.id} has a home`).toBeGreaterThan(0);
      for (const home of item.homes) expect(keys, `${item.id} → ${home}`).toContain(home);
    }
    expect(new Set(accordItems.map((i) => i.id)).size).toBe(35);
  });

  it("prompt the facilitators on every section only they can write", () => {
    const prompt = getTranslator("reportAccord.prompt");
    for (const key of writableItems) {
      expect(prompt(key), key).not.toMatch(/^reportAccord/);
    }
  });
});

describe("the report's methods section, from the protocol and the data", () => {
  // Generous: it renders a PDF and a Word file on a machine that may be busy.
  it(
    "states every ACCORD and CREDES item's home, prints 'Not reported' where nothing is known, and carries the protocol's reporting details into every format",
    { timeout: 180_000 },
    async () => {
      const { study, ownerId } = await seedDemoPublishedStudy(t.db);
      const asOwner = await asMember(t.db, ownerId, study.id);
      const before = await getReport(t.db, asOwner);
      const md0 = reportMarkdown(before);
      // Every ACCORD and CREDES item has a heading of its own in the generated report.
      for (const item of [...accordItems, ...credesItems]) {
        for (const home of item.homes) {
          const section = before.items.find((i) => i.key === home)!;
          // The title item is the document's title; every other item is a section heading.
          const heading = home === "title" ? `# ${section.markdown}\n` : `## ${section.title}\n`;
          expect(md0, `${item.id}: ${section.title}`).toContain(heading);
        }
      }
      // Facts nobody entered yet are not reported, in so many words.
      const item = (report: typeof before, key: string) => report.items.find((i) => i.key === key)!;
      for (const key of ["registration", "ethics", "funding", "pilot", "discussion"]) {
        expect(item(before, key).status, key).toBe("empty");
        expect(item(before, key).markdown, key).toBe("_Not reported._");
      }
      let checklist = reportingChecklist(before);
      const row = (id: string) => checklist.accord.flatMap((g) => g.rows).find((r) => r.id === id)!;
      expect(row("M1").status).toBe("empty");
      expect(row("M10").status).toBe("data");
      const { data, written, empty } = checklist.counts;
      expect(data + written + empty).toBe(35);
      expect(checklist.accord.map((g) => g.section)).toEqual([...ACCORD_SECTIONS]);

      // Generated from the study's own settings and records.
      expect(item(before, "instrument").markdown).toContain(
        "can live with it or cannot live with it",
      );
      expect(item(before, "panelSize").markdown).toContain(`capped the panel at ${study.panelCap}`);
      expect(item(before, "stopping").markdown).toContain(
        `planned to stop after ${study.plannedRounds} rounds`,
      );
      expect(item(before, "nonAnswers").markdown).toContain("“no answer”");
      expect(item(before, "dataAvailability").markdown).toContain(`/s/${study.slug}/text.json`);
      expect(item(before, "analysis").markdown).toMatch(
        /\| Version 2 \| [^|]+ \| \d+ \| \d+ \| \d+ \| \d+ \|/,
      );
      const summaries = await t.db.summary.findMany({
        where: { round: { studyId: study.id }, status: "SENT" },
        select: { sentBody: true },
      });
      expect(summaries.length).toBeGreaterThan(0);
      const firstLine = summaries[0]!.sentBody!.trim().split("\n")[0]!;
      expect(item(before, "appendixSummaries").markdown).toContain(firstLine);

      // The protocol is locked (the demo ran its rounds): the details are a recorded deviation.
      const p = await getProtocol(t.db, asOwner);
      const s = (v: number | null) => (v === null ? "" : String(v));
      await updateProtocol(
        t.db,
        asOwner,
        updateProtocolSchema.parse({
          partsRule: p.partsRule,
          consensusThreshold: s(p.consensusThreshold),
          wholeRule: p.wholeRule,
          wholeThreshold: s(p.wholeThreshold),
          plannedRounds: s(p.plannedRounds),
          plannedRoundDays: s(p.plannedRoundDays),
          panelCap: s(p.panelCap),
          anonymityStatement: p.anonymityStatement,
          ratingScaleMax: s(p.ratingScaleMax ?? 0),
          ratingMedianMin: s(p.ratingMedianMin),
          ratingIqrMax: s(p.ratingIqrMax),
          ...details,
          deviationReason: "Reporting details added for the journal.",
        }),
      );
      await saveReportSection(t.db, asOwner, {
        key: "discussion",
        body: "The panel settled on *lending* as the core.",
      });
      const after = await getReport(t.db, asOwner);
      expect(item(after, "registration").markdown).toBe(
        "The study was registered with OSF Registries under osf.io/lw123.",
      );
      expect(item(after, "ethics").markdown).toContain(
        `No ethics approval was sought: ${details.ethicsExemption}`,
      );
      expect(item(after, "funding").status).toBe("data");
      expect(item(after, "pilot").markdown).toBe(details.pilotTesting);
      expect(item(after, "facilitators").markdown).toContain(details.steeringGroup);
      expect(item(after, "deviations").markdown).toContain(
        "Registration identifier changed. Reason: Reporting details added for the journal.",
      );
      checklist = reportingChecklist(after);
      expect(row("M1").status).toBe("data");
      expect(row("D1").status).toBe("written");
      expect(row("O1").status).toBe("data");
      expect(checklist.counts.empty).toBeLessThan(empty);

      // The new sections reach the Markdown, the Word file and the PDF alike.
      const docx = strFromU8(
        unzipSync(new Uint8Array(await renderReportDocx(after)))["word/document.xml"]!,
      );
      const pdf = (await pdfText(await renderReportPdf(after, () => {}))).replace(/\s+/g, " ");
      for (const file of [reportMarkdown(after), docx, pdf]) {
        for (const expected of [
          "Format of the questionnaire",
          "Ethics approval and consent",
          "osf.io/lw123",
          details.pilotTesting,
          details.funding,
          "Handling of non-answers",
          "Appendix D: summaries sent between rounds",
          "Not reported.",
        ]) {
          expect(file).toContain(expected);
        }
      }
    },
  );
});
