import { describe, expect, it } from "vitest";
import { pdfPages } from "@/lib/testing/pdf-text.ts";
import type { ComposedReport } from "./compose-report.ts";
import { renderReportPdf } from "./render-pdf.ts";

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

describe("the report as a PDF", () => {
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
