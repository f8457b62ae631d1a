import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { can } from "@/lib/auth/permissions.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { getSourceAnalysis } from "@/lib/sources/get-source-analysis.ts";
import { composeReport, itemMarkdownWithFigure, type ComposedReport } from "./compose-report.ts";
import { loadReportData } from "./internal/load-report-data.ts";

export type StudyReport = ComposedReport & { canEdit: boolean; written: Record<string, string> };

/** The study report, generated from the data, for the study's facilitators. */
export async function getReport(db: Db, access: StudyAccess): Promise<StudyReport> {
  const [data, sources] = await Promise.all([
    loadReportData(db, access.studyId),
    getSourceAnalysis(db, access),
  ]);
  return {
    ...composeReport(data, sources),
    canEdit: can(access.role, "report.generate"),
    written: data.written,
  };
}

/** The whole report as one Markdown document. */
export function reportMarkdown(report: ComposedReport): string {
  return [
    `# ${report.title}`,
    ...report.items
      .filter((item) => item.key !== "title")
      .map((item) => `## ${item.title}\n\n${itemMarkdownWithFigure(item) || "_—_"}`),
  ].join("\n\n");
}
