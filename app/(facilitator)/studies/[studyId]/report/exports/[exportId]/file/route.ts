import { routeHandler } from "@/lib/http/route-handler.ts";
import { loadStudyRoute } from "@/lib/studies/load-study-page.ts";
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
    const { db, access } = await loadStudyRoute(studyId);
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
