import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { DeliveryProgress } from "@/components/email/delivery-progress.tsx";
import { InvitationTable } from "@/components/invitations/invitation-table.tsx";
import {
  ResendUnansweredForm,
  SendInvitationsForm,
} from "@/components/invitations/send-invitations-form.tsx";
import { Card } from "@/components/ui/card.tsx";
import { getDeliveryProgress } from "@/lib/email/get-delivery-progress.ts";
import { listInvitations } from "@/lib/invitations/list-invitations.ts";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";
import { revokeLinkAction, sendInvitationsAction } from "./actions.ts";
import { can } from "@/lib/auth/permissions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("invitations"))("metaTitle"));
}

export default async function InvitationsPage(props: { params: Promise<{ studyId: string }> }) {
  const { studyId } = await props.params;
  const { db, access, study } = await loadStudyPage(studyId, "/invitations");
  const rows = await listInvitations(db, access);
  const progress = await getDeliveryProgress(db, access);
  const t = await getTranslations("invitations");
  const action = sendInvitationsAction.bind(null, studyId);
  const proposed = rows.filter((r) => r.status === "PROPOSED").length;
  const pending = rows.filter((r) => r.status === "INVITED");
  const unanswered = pending.length;
  // The newest link this page shows: any issued later (a click arriving twice) is not resent.
  const seenBefore = pending.map((r) => r.linkIssuedAt).reduce((a, b) => (b > a ? b : a), "");
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="mt-1 mb-4 text-ink-muted">{t("intro")}</p>
        <DeliveryProgress progress={progress} />
        {can(study.role, "panel.manage") ? (
          <div className="flex flex-col gap-4">
            <SendInvitationsForm action={action} proposed={proposed} />
            {unanswered > 0 ? (
              <ResendUnansweredForm
                action={action}
                unanswered={unanswered}
                seenBefore={seenBefore}
              />
            ) : null}
          </div>
        ) : null}
      </Card>
      <InvitationTable
        rows={rows}
        resend={can(study.role, "panel.manage") ? action : null}
        revoke={can(study.role, "panel.manage") ? revokeLinkAction.bind(null, studyId) : null}
      />
    </div>
  );
}
