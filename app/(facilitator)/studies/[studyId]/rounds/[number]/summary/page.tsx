import type { Metadata } from "next";
import { TransitionLink } from "@/components/rounds/transition-link.tsx";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { SummaryWorkspaceView } from "@/components/summaries/summary-workspace-view.tsx";
import { getRoundResults } from "@/lib/consensus/get-round-results.ts";
import { loadRoundPage, orNotFound } from "@/lib/studies/load-study-page.ts";
import { getJustifiedChanges } from "@/lib/justifications/get-justified-changes.ts";
import { composeSummary } from "@/lib/summaries/compose-summary.ts";
import { getSummaryWorkspace } from "@/lib/summaries/get-summary-workspace.ts";
import { removeQuotationAction, saveSummaryAction, sendSummaryAction } from "./actions.ts";
import { can } from "@/lib/auth/permissions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("summaries"))("metaTitle"));
}

export default async function SummaryPage(props: {
  params: Promise<{ studyId: string; number: string }>;
}) {
  const { db, access, study, studyId, number } = await loadRoundPage(props.params, "/summary");
  const [workspace, results] = await orNotFound(
    Promise.all([getSummaryWorkspace(db, access, number), getRoundResults(db, access, number)]),
  );
  const { draft } = workspace;
  const changes = await getJustifiedChanges(db, access, number);
  const preview = composeSummary({ ...draft, results, changes, shuffle: false });
  return (
    <div className="flex flex-col gap-6">
      <TransitionLink studyId={studyId} number={number} />
      <SummaryWorkspaceView
        studyId={studyId}
        number={number}
        workspace={workspace}
        preview={preview}
        actions={
          can(study.role, "round.run")
            ? {
                save: saveSummaryAction.bind(null, studyId, number),
                remove: removeQuotationAction.bind(null, studyId, number),
                send: sendSummaryAction.bind(null, studyId, number),
              }
            : null
        }
      />
    </div>
  );
}
