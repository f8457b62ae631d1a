import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { SourceAnalysisView } from "@/components/sources/source-analysis-view.tsx";
import { getSourceAnalysis } from "@/lib/sources/get-source-analysis.ts";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";
import { addSourceAction, removeSourceAction, saveMappingAction } from "./actions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("sources"))("metaTitle"));
}

export default async function SourcesPage(props: {
  params: Promise<{ studyId: string }>;
  searchParams: Promise<{ version?: string | string[] }>;
}) {
  const { studyId } = await props.params;
  const { version } = await props.searchParams;
  const { db, access } = await loadStudyPage(studyId, "/sources");
  const t = await getTranslations("sources");
  const number =
    typeof version === "string" && /^\d{1,4}$/.test(version) ? Number(version) : undefined;
  const analysis = await getSourceAnalysis(db, access, number);
  return (
    <div className="flex flex-col gap-6">
      <h2 className="text-2xl">{t("title")}</h2>
      <SourceAnalysisView
        analysis={analysis}
        actions={{
          add: addSourceAction.bind(null, studyId),
          remove: removeSourceAction.bind(null, studyId),
          map: saveMappingAction.bind(null, studyId),
        }}
      />
    </div>
  );
}
