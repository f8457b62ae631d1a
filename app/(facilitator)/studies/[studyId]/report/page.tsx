import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { ReportFiles } from "@/components/report/report-files.tsx";
import { ReportView } from "@/components/report/report-view.tsx";
import { getReport } from "@/lib/report/get-report.ts";
import { listReportExports } from "@/lib/report/get-report-export.ts";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";
import { requestReportExportAction, saveReportSectionAction } from "./actions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("reportPage"))("metaTitle"));
}

export default async function ReportPage(props: { params: Promise<{ studyId: string }> }) {
  const { studyId } = await props.params;
  const { db, access } = await loadStudyPage(studyId, "/report");
  const t = await getTranslations("reportPage");
  const [report, files] = await Promise.all([getReport(db, access), listReportExports(db, access)]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3 print:hidden">
        <h2 className="text-2xl">{t("title")}</h2>
        <ul className="flex flex-wrap gap-4">
          <li>
            <a href={`/studies/${studyId}/report/report.md`} download>
              {t("download")}
            </a>
          </li>
        </ul>
      </div>
      <p className="max-w-prose print:hidden">{t("intro")}</p>
      <ReportFiles
        studyId={studyId}
        files={files}
        canEdit={report.canEdit}
        action={requestReportExportAction.bind(null, studyId)}
      />
      <ReportView report={report} action={saveReportSectionAction.bind(null, studyId)} />
    </div>
  );
}
