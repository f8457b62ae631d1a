import { appSecret } from "@/lib/app-secret.ts";
import { exportFiles, exportStudyData, type ExportFile } from "@/lib/exports/export-study-data.ts";
import { routeHandler } from "@/lib/http/route-handler.ts";
import { loadStudyRoute } from "@/lib/studies/load-study-page.ts";

export const dynamic = "force-dynamic";

/** Downloads of a study's data: the anonymised dataset, and the identity key. */
export const GET = routeHandler(
  "study exports",
  async (_request: Request, context: { params: Promise<{ studyId: string; file: string }> }) => {
    const { studyId, file } = await context.params;
    if (!exportFiles.includes(file as ExportFile)) return new Response(null, { status: 404 });
    const { db, access } = await loadStudyRoute(studyId);
    const out = await exportStudyData(db, access, file as ExportFile, appSecret());
    return new Response(out.body, {
      headers: {
        "Content-Type": out.contentType,
        "Content-Disposition": `attachment; filename="${out.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
