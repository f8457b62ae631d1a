import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import Link from "next/link";
import { DeliveryProgress } from "@/components/email/delivery-progress.tsx";
import { AutoRefresh } from "@/components/rounds/auto-refresh.tsx";
import { RoundControls } from "@/components/rounds/round-controls.tsx";
import { RoundProgress } from "@/components/rounds/round-progress.tsx";
import { getDeliveryProgress } from "@/lib/email/get-delivery-progress.ts";
import { countManualReminders } from "@/lib/rounds/count-manual-reminders.ts";
import { getRoundDashboard } from "@/lib/rounds/get-round-dashboard.ts";
import { loadRoundPage, orNotFound } from "@/lib/studies/load-study-page.ts";
import { closeRoundAction, extendRoundAction, remindNowAction } from "../actions.ts";
import { can } from "@/lib/auth/permissions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("rounds"))("dashboardMetaTitle"));
}

export default async function RoundPage(props: {
  params: Promise<{ studyId: string; number: string }>;
}) {
  const { db, access, study, studyId, number } = await loadRoundPage(props.params);
  const dashboard = await orNotFound(getRoundDashboard(db, access, number));
  const open = dashboard.round.state === "OPEN";
  const t = await getTranslations("rounds");
  const tr = await getTranslations("results");
  const tt = await getTranslations("rounds.transition");
  return (
    <div className="flex flex-col gap-6">
      {open ? <AutoRefresh seconds={30} /> : null}
      <DeliveryProgress progress={await getDeliveryProgress(db, access)} />
      <RoundProgress dashboard={dashboard} />
      <p>
        <Link href={`/studies/${studyId}/rounds/${number}/next`} className="font-medium">
          {tt("link", { number, next: number + 1 })}
        </Link>
      </p>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/studies/${studyId}/rounds/${number}/results`}>{tr("viewResults")}</Link>
        <Link href={`/studies/${studyId}/rounds/${number}/feedback`}>{tr("viewFeedback")}</Link>
        <Link href={`/studies/${studyId}/rounds/${number}/summary`}>{tr("viewSummary")}</Link>
        <Link href={`/studies/${studyId}/rounds/${number}/responses`}>{t("viewResponses")}</Link>
      </p>
      {can(study.role, "round.run") && open ? (
        <RoundControls
          extend={extendRoundAction.bind(null, studyId, number)}
          close={closeRoundAction.bind(null, studyId, number)}
          remind={remindNowAction.bind(null, studyId, number)}
          pending={dashboard.counts.draft + dashboard.counts.notStarted}
          remindersSeen={await countManualReminders(db, access, number)}
        />
      ) : null}
    </div>
  );
}
