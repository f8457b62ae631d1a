import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { StudyOverviewView } from "@/components/studies/study-overview.tsx";
import { requireUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import { isAppError } from "@/lib/errors.ts";
import { getStudyOverview } from "@/lib/studies/get-study.ts";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ studyId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studies.overview"))("metaTitle") };
}

export default async function StudyPage({ params }: Props) {
  const { studyId } = await params;
  const user = await requireUser(`/studies/${studyId}`);
  const study = await getStudyOverview(await getDb(), user.id, studyId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return <StudyOverviewView study={study} />;
}
