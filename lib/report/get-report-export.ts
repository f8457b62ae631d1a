import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import type { ReportExportState, ReportFormat } from "@/lib/generated/prisma/enums.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import type { ReportExportView } from "./report-export-view.ts";

const view = {
  id: true,
  format: true,
  state: true,
  progress: true,
  size: true,
  createdAt: true,
  finishedAt: true,
} as const;

function toView(row: {
  id: string;
  format: ReportFormat;
  state: ReportExportState;
  progress: number;
  createdAt: Date;
  finishedAt: Date | null;
  size: number | null;
}): ReportExportView {
  return {
    id: row.id,
    format: row.format,
    state: row.state,
    progress: row.progress,
    size: row.size,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** Where a report file stands (for the progress display), for the study's facilitators. */
export async function getReportExport(
  db: Db,
  access: StudyAccess,
  exportId: string,
): Promise<ReportExportView> {
  const { studyId } = access;
  const row = await db.reportExport.findFirst({ where: { id: exportId, studyId }, select: view });
  if (!row) throw new AppError("NOT_FOUND");
  return toView(row);
}

/** The latest file of each format, newest first, for the report page. */
export async function listReportExports(db: Db, access: StudyAccess): Promise<ReportExportView[]> {
  const { studyId } = access;
  const rows = await db.reportExport.findMany({
    where: { studyId },
    orderBy: { createdAt: "desc" },
    select: view,
  });
  return rows.map(toView);
}

/** A finished report file, for the study's facilitators. */
export async function getReportExportFile(
  db: Db,
  access: StudyAccess,
  exportId: string,
): Promise<{ format: ReportFormat; file: Uint8Array }> {
  const { studyId } = access;
  const row = await db.reportExport.findFirst({
    where: { id: exportId, studyId, state: "DONE" },
    select: { format: true, file: true },
  });
  if (!row?.file) throw new AppError("NOT_FOUND");
  return { format: row.format, file: row.file };
}
