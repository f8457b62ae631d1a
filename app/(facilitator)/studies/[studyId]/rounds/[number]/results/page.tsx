import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RoundResultsView } from "@/components/consensus/round-results-view.tsx";
import { getAgreementHeatmap } from "@/lib/consensus/get-agreement-heatmap.ts";
import { getParticipationFunnel } from "@/lib/consensus/get-participation-funnel.ts";
import { getRoundResults } from "@/lib/consensus/get-round-results.ts";
import { isAppError } from "@/lib/errors.ts";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("metaTitle") };
}

export default async function RoundResultsPage(props: {
  params: Promise<{ studyId: string; number: string }>;
}) {
  const { studyId, number: raw } = await props.params;
  const number = Number(raw);
  if (!Number.isInteger(number) || number < 1) notFound();
  const { db, user } = await loadStudyPage(studyId, `/rounds/${number}/results`);
  const results = await getRoundResults(db, user.id, studyId, number).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [heatmap, funnel] = await Promise.all([
    getAgreementHeatmap(db, user.id, studyId, number),
    getParticipationFunnel(db, user.id, studyId),
  ]);
  return <RoundResultsView studyId={studyId} results={results} heatmap={heatmap} funnel={funnel} />;
}
