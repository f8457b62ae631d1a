import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { AddFacilitatorForm } from "@/components/team/add-facilitator-form.tsx";
import { TeamTable } from "@/components/team/team-table.tsx";
import { Card } from "@/components/ui/card.tsx";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";
import { listTeam } from "@/lib/team/list-team.ts";
import { addFacilitatorAction, removeFacilitatorAction } from "./actions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("team"))("metaTitle"));
}

export default async function TeamPage(props: { params: Promise<{ studyId: string }> }) {
  const { studyId } = await props.params;
  const { db, access } = await loadStudyPage(studyId, "/team");
  const team = await listTeam(db, access);
  const t = await getTranslations("team");
  return (
    <div className="flex flex-col gap-6">
      <TeamTable
        members={team.members}
        remove={team.canManage ? removeFacilitatorAction.bind(null, studyId) : null}
      />
      {team.canManage ? (
        <Card>
          <h2 className="mb-1 text-xl font-semibold">{t("addTitle")}</h2>
          <p className="mb-4 text-ink-muted">{t("addIntro")}</p>
          <AddFacilitatorForm action={addFacilitatorAction.bind(null, studyId)} />
        </Card>
      ) : (
        <p className="text-ink-muted">{t("ownersOnly")}</p>
      )}
    </div>
  );
}
