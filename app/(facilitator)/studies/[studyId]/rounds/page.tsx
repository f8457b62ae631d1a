import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import type { ReactNode } from "react";
import { DeliveryProgress } from "@/components/email/delivery-progress.tsx";
import { OpenRoundForm } from "@/components/rounds/open-round-form.tsx";
import { RoundTable } from "@/components/rounds/round-table.tsx";
import { Card } from "@/components/ui/card.tsx";
import { getDeliveryProgress } from "@/lib/email/get-delivery-progress.ts";
import { listRounds } from "@/lib/rounds/list-rounds.ts";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";
import { openRoundAction } from "./actions.ts";
import { can } from "@/lib/auth/permissions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("rounds"))("metaTitle"));
}

export default async function RoundsPage(props: { params: Promise<{ studyId: string }> }) {
  const { studyId } = await props.params;
  const { db, access, study } = await loadStudyPage(studyId, "/rounds");
  const list = await listRounds(db, access);
  const progress = await getDeliveryProgress(db, access);
  const t = await getTranslations("rounds");
  // Why the next round cannot open yet, if it cannot: said instead of what opening would do.
  const blocker = list.next.hasOpenRound
    ? "blockedOpen"
    : !list.next.versionReady
      ? "blockedVersion"
      : list.next.number === 1 && list.next.accepted + list.next.invited === 0
        ? "blockedPanel"
        : null;
  const pageLink = (page: string) =>
    function PageLink(chunks: ReactNode) {
      return <Link href={`/studies/${studyId}/${page}`}>{chunks}</Link>;
    };
  return (
    <div className="flex flex-col gap-6">
      <DeliveryProgress progress={progress} />
      <RoundTable studyId={studyId} rounds={list.rounds} />
      {can(study.role, "round.run") ? (
        <Card>
          <h2 className="text-xl font-semibold">{t("openTitle", { number: list.next.number })}</h2>
          {blocker ? (
            <p role="status" className="mt-1">
              {t.rich(blocker, { text: pageLink("text"), panel: pageLink("panel") })}
            </p>
          ) : (
            <>
              <p className="mt-1 mb-4 text-ink-muted">
                {t("openIntro", {
                  version: list.next.versionNumber ?? 1,
                  accepted: list.next.accepted,
                  invited: list.next.number === 1 ? list.next.invited : 0,
                })}
              </p>
              <OpenRoundForm
                action={openRoundAction.bind(null, studyId)}
                number={list.next.number}
                ratingScaleMax={list.next.ratingScaleMax}
                plannedRoundDays={list.next.plannedRoundDays}
              />
            </>
          )}
        </Card>
      ) : null}
    </div>
  );
}
