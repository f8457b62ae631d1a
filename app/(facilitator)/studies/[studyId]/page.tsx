import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { StudyOverviewView } from "@/components/studies/study-overview.tsx";
import { PublicationCard } from "@/components/publication/publication-card.tsx";
import { getPublicationState } from "@/lib/publication/get-publication-state.ts";
import { getStudyOverview } from "@/lib/studies/get-study.ts";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";

import {
  publishStudyAction,
  setAggregateDataAction,
  unpublishStudyAction,
} from "./publication-actions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("studies.overview"))("metaTitle"));
}

export default async function StudyPage(props: { params: Promise<{ studyId: string }> }) {
  const { studyId } = await props.params;
  const { db, access } = await loadStudyPage(studyId);
  const [study, publication] = await Promise.all([
    getStudyOverview(db, access),
    getPublicationState(db, access),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <StudyOverviewView study={study} />
      <PublicationCard
        state={publication}
        actions={{
          publish: publishStudyAction.bind(null, studyId),
          unpublish: unpublishStudyAction.bind(null, studyId),
          aggregateData: setAggregateDataAction.bind(null, studyId),
        }}
      />
    </div>
  );
}
