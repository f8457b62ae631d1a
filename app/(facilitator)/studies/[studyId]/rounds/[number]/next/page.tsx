import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { RoundTransitionView } from "@/components/rounds/round-transition-view.tsx";
import { getRoundTransition } from "@/lib/rounds/get-round-transition.ts";
import { loadRoundPage, orNotFound } from "@/lib/studies/load-study-page.ts";
import { startNextVersionAction } from "../../../text/actions.ts";
import { closeRoundAction, openRoundAction } from "../../actions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("rounds.transition"))("metaTitle"));
}

export default async function RoundTransitionPage(props: {
  params: Promise<{ studyId: string; number: string }>;
}) {
  const { db, access, studyId, number } = await loadRoundPage(props.params, "/next");
  const transition = await orNotFound(getRoundTransition(db, access, number));
  const t = await getTranslations("rounds.transition");
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h2 className="text-2xl">{t("title", { number, next: number + 1 })}</h2>
        <p className="max-w-prose text-ink-muted">{t("intro")}</p>
      </header>
      <RoundTransitionView
        studyId={studyId}
        transition={transition}
        actions={
          transition.canEdit
            ? {
                close: closeRoundAction.bind(null, studyId, number),
                startNextVersion: startNextVersionAction.bind(null, studyId),
                open: openRoundAction.bind(null, studyId),
              }
            : null
        }
      />
    </div>
  );
}
