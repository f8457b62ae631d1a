import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RoundResponsesView } from "@/components/rounds/round-responses-view.tsx";
import { isAppError } from "@/lib/errors.ts";
import { listRoundResponses } from "@/lib/rounds/list-round-responses.ts";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rounds.responses"))("metaTitle") };
}

export default async function RoundResponsesPage(props: {
  params: Promise<{ studyId: string; number: string }>;
}) {
  const { studyId, number: raw } = await props.params;
  const number = Number(raw);
  if (!Number.isInteger(number) || number < 1) notFound();
  const { db, user } = await loadStudyPage(studyId, `/rounds/${number}/responses`);
  const data = await listRoundResponses(db, user.id, studyId, number).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return <RoundResponsesView number={number} data={data} />;
}
