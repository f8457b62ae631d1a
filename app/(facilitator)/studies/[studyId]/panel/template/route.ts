import { routeHandler } from "@/lib/http/route-handler.ts";
import { loadStudyRoute } from "@/lib/studies/load-study-page.ts";
import { panelCsvTemplate } from "@/lib/panel/panel-csv-template.ts";

export const dynamic = "force-dynamic";

/** The CSV template for the panel import: column names and one example row. */
export const GET = routeHandler(
  "panel template",
  async (_request: Request, context: { params: Promise<{ studyId: string }> }) => {
    const { studyId } = await context.params;
    // Like every page of a study: members only, and 404 for everyone else.
    await loadStudyRoute(studyId);
    return new Response(panelCsvTemplate(), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="livewith-panel-template.csv"',
        "Cache-Control": "no-store",
      },
    });
  },
);
