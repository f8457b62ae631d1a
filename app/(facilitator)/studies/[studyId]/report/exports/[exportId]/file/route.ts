import { requireActionUser } from "@/lib/auth/session.ts";
import { getDb } from "@/lib/db/app-db.ts";
import { requireStudyAccess } from "@/lib/guards.ts";
import { routeHandler } from "@/lib/http/route-handler.ts";
import { getReportExportFile } from "@/lib/report/get-report-export.ts";

export const dynamic = "force-dynamic";

const types = {
  PDF: { type: "application/pdf", extension: "pdf" },
  DOCX: {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
  },
} as const;

/** A generated report file, for the study's facilitators. */
export const GET = routeHandler(
  "report export file",
  async (
    _request: Request,
    context: { params: Promise<{ studyId: string; exportId: string }> },
  ) => {
    const { studyId, exportId } = await context.params;
    const user = await requireActionUser();
    const db = await getDb();
    const access = await requireStudyAccess(db, user.id, studyId, "study.view");
    const { format, file } = await getReportExportFile(db, access, exportId);
    const { type, extension } = types[format];
    return new Response(new Uint8Array(file), {
      headers: {
        "Content-Type": type,
        "Content-Disposition": `attachment; filename="livewith-report.${extension}"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
