import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import { statusOf } from "@/lib/errors.ts";
import { getReport } from "@/lib/report/get-report.ts";
import { renderReportDocx } from "@/lib/report/render-docx.ts";

export const dynamic = "force-dynamic";

/** The report as a Word document, for the study's facilitators. */
export async function GET(_request: Request, context: { params: Promise<{ studyId: string }> }) {
  const { studyId } = await context.params;
  try {
    const user = await requireActionUser();
    const report = await getReport(await getDb(), user.id, studyId);
    const body = new Uint8Array(await renderReportDocx(report));
    return new Response(body, {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Content-Disposition": 'attachment; filename="livewith-report.docx"',
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return new Response(null, { status: statusOf(error) });
  }
}
