import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { idleState } from "@/lib/forms/form-state.ts";
import type { ReportExportView } from "@/lib/report/report-export-view.ts";
import en from "@/messages/en/index.ts";
import { ReportFiles } from "./report-files.tsx";

const done: ReportExportView = {
  id: "f1",
  format: "PDF",
  state: "DONE",
  progress: 100,
  size: 48_000,
  createdAt: "2026-11-29T03:00:00.000Z",
  finishedAt: "2026-11-29T03:00:02.000Z",
};
const running: ReportExportView = {
  ...done,
  id: "f2",
  format: "DOCX",
  state: "RUNNING",
  progress: 45,
  size: null,
  finishedAt: null,
};

const render = (files: ReportExportView[], canEdit: boolean) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
      <ReportFiles studyId="s1" files={files} canEdit={canEdit} action={async () => idleState} />
    </NextIntlClientProvider>,
  );

describe("the report's files", () => {
  it("offers facilitators to generate each format, and shows a file's progress", () => {
    const html = render([running], true);
    expect(html).toContain("Generate PDF");
    // No file made yet, and one being made: not "again", and no second request meanwhile.
    expect(html).not.toContain("again");
    expect(html).toMatch(/<button[^>]* disabled=""[^>]*>Generate Word \(DOCX\)<\/button>/);
    expect(html).toMatch(/<button(?![^>]* disabled="")[^>]*>Generate PDF<\/button>/);
    expect(html).toContain("Word (DOCX): generating, 45% done");
    expect(html).toMatch(/<progress[^>]*value="45"/);
    expect(html).toContain('role="status"');
  });

  it("offers a new file once one was made or failed", () => {
    const html = render([done, { ...running, state: "FAILED", progress: 60 }], true);
    expect(html).toContain("Generate PDF again");
    expect(html).toContain("Generate Word (DOCX) again");
    expect(html).not.toContain(' disabled=""');
  });

  it("lets observers download what there is, without generating anything", () => {
    const html = render([done], false);
    expect(html).not.toContain("<button");
    expect(html).not.toContain("Generate PDF");
    expect(html).toContain('href="/studies/s1/report/exports/f1/file"');
    expect(html).toContain("Download PDF (47 kB)");
    expect(html).toContain("Owners and facilitators generate the PDF and Word files");
  });
});
