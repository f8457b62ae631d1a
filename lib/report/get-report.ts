import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { can } from "@/lib/auth/permissions.ts";
import { requireStudyAccess } from "@/lib/guards.ts";
import { getSourceAnalysis } from "@/lib/sources/get-source-analysis.ts";
import { composeReport, itemMarkdownWithFigure, type ComposedReport } from "./compose-report.ts";
import { loadReportData } from "./load-report-data.ts";

export type StudyReport = ComposedReport & { canEdit: boolean; written: Record<string, string> };

/** The study report, generated from the data, for the study's facilitators. */
export async function getReport(db: Db, userId: string, studyId: string): Promise<StudyReport> {
  const access = await requireStudyAccess(db, userId, studyId, "study.view");
  const [data, sources] = await Promise.all([
    loadReportData(db, studyId),
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
