import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { RoundResultsView } from "@/components/consensus/round-results-view.tsx";
import { getAgreementHeatmap } from "@/lib/consensus/get-agreement-heatmap.ts";
import { getParticipationFunnel } from "@/lib/consensus/get-participation-funnel.ts";
import { getRoundResults } from "@/lib/consensus/get-round-results.ts";
import { loadRoundPage, orNotFound } from "@/lib/studies/load-study-page.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("results"))("metaTitle"));
}

export default async function RoundResultsPage(props: {
  params: Promise<{ studyId: string; number: string }>;
}) {
  const { db, access, studyId, number } = await loadRoundPage(props.params, "/results");
  const results = await orNotFound(getRoundResults(db, access, number));
  const [heatmap, funnel] = await Promise.all([
    getAgreementHeatmap(db, access, number),
    getParticipationFunnel(db, access),
  ]);
  return <RoundResultsView studyId={studyId} results={results} heatmap={heatmap} funnel={funnel} />;
}
