import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { RoundResponsesView } from "@/components/rounds/round-responses-view.tsx";
import { listRoundResponses } from "@/lib/rounds/list-round-responses.ts";
import { loadRoundPage, orNotFound } from "@/lib/studies/load-study-page.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("rounds.responses"))("metaTitle"));
}

export default async function RoundResponsesPage(props: {
  params: Promise<{ studyId: string; number: string }>;
}) {
  const { db, access, number } = await loadRoundPage(props.params, "/responses");
  const data = await orNotFound(listRoundResponses(db, access, number));
  return <RoundResponsesView number={number} data={data} />;
}
