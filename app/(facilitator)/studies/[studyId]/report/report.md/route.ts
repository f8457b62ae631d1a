import { routeHandler } from "@/lib/http/route-handler.ts";
import { loadStudyRoute } from "@/lib/studies/load-study-page.ts";
import { getReport, reportMarkdown } from "@/lib/report/get-report.ts";

export const dynamic = "force-dynamic";

/** The report as a Markdown file, for the study's facilitators. */
export const GET = routeHandler(
  "report markdown",
  async (_request: Request, context: { params: Promise<{ studyId: string }> }) => {
    const { studyId } = await context.params;
    const { db, access } = await loadStudyRoute(studyId);
    const report = await getReport(db, access);
    return new Response(reportMarkdown(report), {
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": 'attachment; filename="livewith-report.md"',
        "Cache-Control": "no-store",
      },
    });
  },
);
