import type { Metadata } from "next";
import { TransitionLink } from "@/components/rounds/transition-link.tsx";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { FeedbackDigestView } from "@/components/feedback/feedback-digest-view.tsx";
import { listFeedbackDigest } from "@/lib/feedback/list-feedback-digest.ts";
import { digestFilterSchema } from "@/lib/feedback/schemas.ts";
import { loadRoundPage, orNotFound } from "@/lib/studies/load-study-page.ts";
import { addQuotationAction, updateFeedbackNoteAction } from "./actions.ts";
import { can } from "@/lib/auth/permissions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("feedback"))("metaTitle"));
}

export default async function FeedbackPage(props: {
  params: Promise<{ studyId: string; number: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { db, access, study, studyId, number } = await loadRoundPage(props.params, "/feedback");
  const filter = digestFilterSchema.parse(await props.searchParams);
  const digest = await orNotFound(listFeedbackDigest(db, access, number, filter));
  return (
    <div className="flex flex-col gap-6">
      <TransitionLink studyId={studyId} number={number} />
      <FeedbackDigestView
        studyId={studyId}
        number={number}
        digest={digest}
        filter={filter}
        actions={
          can(study.role, "study.edit")
            ? {
                note: updateFeedbackNoteAction.bind(null, studyId, number),
                quote: addQuotationAction.bind(null, studyId, number),
              }
            : null
        }
      />
    </div>
  );
}
