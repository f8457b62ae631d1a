import { describe, expect, it } from "vitest";
import { pdfPages } from "@/test/support/pdf-text.ts";
import type { ComposedReport } from "./compose-report.ts";
import { renderReportPdf } from "./render-pdf.ts";
import { SLOW_REPORT } from "@/test/support/timeouts.ts";

// A report whose second heading lands, for one of these lengths of the first section, in
// the last lines of page 1: enough one-line paragraphs to fill the page, give or take.
const LENGTHS = [26, 27, 28, 29, 30, 31, 32];

function reportWith(lines: number): ComposedReport {
  const filler = Array.from({ length: lines }, (_, i) => `Line ${i + 1} of the first section.`);
  return {
    title: "Page breaks",
    items: [
      { key: "rationale", title: "First section", status: "data", markdown: filler.join("\n\n") },
      { key: "protocol", title: "Second section", status: "data", markdown: "Text under it." },
    ],
  };
}

describe("the report as a PDF", SLOW_REPORT, () => {
  it("never leaves a heading alone at the foot of a page", async () => {
    const files = await Promise.all(LENGTHS.map((n) => renderReportPdf(reportWith(n))));
    const placements = await Promise.all(
      files.map(async (pdf) => {
        const pages = (await pdfPages(pdf)).map((p) => p.replace(/\s+/g, " "));
        return {
          heading: pages.findIndex((p) => p.includes("Second section")),
          text: pages.findIndex((p) => p.includes("Text under it.")),
          pages: pages.length,
        };
      }),
    );
    // The lengths do cross a page: the heading is on page 2 for some of them.
    expect(placements.some((p) => p.heading === 1)).toBe(true);
    for (const p of placements) expect(p.heading).toBe(p.text);
  });

  it("lays the file out off the main thread, so the server keeps answering meanwhile", async () => {
    // The longest gap between ticks of a 5 ms timer while a long report renders: were the
    // layout on this thread, one gap would take up most of the rendering time.
    let last = performance.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const start = performance.now();
    const pdf = await renderReportPdf(reportWith(1500));
    const duration = performance.now() - start;
    clearInterval(ticker);
    expect((await pdfPages(pdf)).length).toBeGreaterThan(20);
    expect(longestGap).toBeLessThan(duration / 2);
  });
});

describe("tables in the PDF", SLOW_REPORT, () => {
  // A table whose header lands near the foot of page 1 for some of these filler lengths.
  const FILLER = [30, 31, 32, 33, 34, 35, 36];
  const rows = Array.from({ length: 8 }, (_, i) =>
    i === 5
      ? `| Row ${i + 1} begins | ${"a long cell that wraps over several lines ".repeat(6)}ends row ${i + 1} |`
      : `| Row ${i + 1} begins | ends row ${i + 1} |`,
  );
  const report = (lines: number): ComposedReport => ({
    title: "Tables",
    titleBlock: { lines: ["Report date: 2026-12-01", "Study version: text version 4"] },
    items: [
      {
        key: "results",
        title: "Results",
        status: "data",
        markdown: [
          ...Array.from({ length: lines }, (_, i) => `Line ${i + 1}.`),
          ["| Part heading | Figures heading |", "| --- | --- |", ...rows].join("\n"),
        ].join("\n\n"),
      },
    ],
  });

  it("keeps the header row with the first rows, and never splits a row", async () => {
    const files = await Promise.all(FILLER.map((n) => renderReportPdf(report(n))));
    const layouts = await Promise.all(
      files.map(async (pdf) => (await pdfPages(pdf)).map((p) => p.replace(/\s+/g, " "))),
    );
    const pageOf = (pages: string[], text: string) => pages.findIndex((p) => p.includes(text));
    // Some lengths do push the table past page 1.
    expect(layouts.some((pages) => pageOf(pages, "Part heading") === 1)).toBe(true);
    for (const pages of layouts) {
      const header = pageOf(pages, "Part heading");
      for (const n of [1, 2, 3]) expect(pageOf(pages, `ends row ${n}`)).toBe(header);
      for (let n = 1; n <= rows.length; n++)
        expect(pageOf(pages, `Row ${n} begins`)).toBe(pageOf(pages, `ends row ${n}`));
    }
    // The title block sits under the title on page 1.
    expect(layouts[0]![0]).toContain("Report date: 2026-12-01 Study version: text version 4");
  });
});
