import { appSecret } from "@/lib/app-secret.ts";
import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import { statusOf } from "@/lib/errors.ts";
import { exportFiles, exportStudyData, type ExportFile } from "@/lib/exports/export-study-data.ts";

export const dynamic = "force-dynamic";

/** Downloads of a study's data: the anonymised dataset, and the identity key. */
export async function GET(
  _request: Request,
  context: { params: Promise<{ studyId: string; file: string }> },
) {
  const { studyId, file } = await context.params;
  if (!exportFiles.includes(file as ExportFile)) return new Response(null, { status: 404 });
  try {
    const user = await requireActionUser();
    const out = await exportStudyData(
      await getDb(),
      user.id,
      studyId,
      file as ExportFile,
      appSecret(),
    );
    return new Response(out.body, {
      headers: {
        "Content-Type": out.contentType,
        "Content-Disposition": `attachment; filename="${out.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return new Response(null, { status: statusOf(error) });
  }
}
