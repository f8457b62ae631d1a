import { routeHandler } from "@/lib/http/route-handler.ts";
import { loadStudyRoute } from "@/lib/studies/load-study-page.ts";
import { getReportExport } from "@/lib/report/get-report-export.ts";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ studyId: string; exportId: string }> };

/** Where a report file stands, polled by the report page's progress display. */
export const GET = routeHandler(
  "report export status",
  async (_request: Request, context: Params) => {
    const { studyId, exportId } = await context.params;
    const { db, access } = await loadStudyRoute(studyId);
    const view = await getReportExport(db, access, exportId);
    return Response.json(view, { headers: { "Cache-Control": "no-store" } });
  },
);
