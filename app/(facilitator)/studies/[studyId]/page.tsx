import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StudyOverviewView } from "@/components/studies/study-overview.tsx";
import { getStudyOverview } from "@/lib/studies/get-study.ts";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studies.overview"))("metaTitle") };
}

export default async function StudyPage(props: { params: Promise<{ studyId: string }> }) {
  const { studyId } = await props.params;
  const { db, user } = await loadStudyPage(studyId);
  return <StudyOverviewView study={await getStudyOverview(db, user.id, studyId)} />;
}
