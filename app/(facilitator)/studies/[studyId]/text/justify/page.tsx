import type { Metadata } from "next";
import { TransitionLink } from "@/components/rounds/transition-link.tsx";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { JustificationWorkspaceView } from "@/components/justifications/justification-workspace-view.tsx";
import { TextHeader } from "@/components/text/text-header.tsx";
import { getJustificationWorkspace } from "@/lib/justifications/get-justification-workspace.ts";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";
import { getVersionForEditing } from "@/lib/versions/get-version-for-editing.ts";
import { saveJustificationsAction } from "./actions.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("justify"))("metaTitle"));
}

export default async function JustifyPage(props: { params: Promise<{ studyId: string }> }) {
  const { studyId } = await props.params;
  const { db, access } = await loadStudyPage(studyId, "/text/justify");
  const t = await getTranslations("justify");
  const version = await getVersionForEditing(db, access);
  const workspace = await getJustificationWorkspace(db, access);
  return (
    <div className="flex flex-col gap-6">
      <TextHeader
        studyId={studyId}
        number={version.number}
        status={version.status}
        current="justify"
      />
      <h3 className="text-xl">{t("title", { number: version.number })}</h3>
      {workspace?.round ? (
        <TransitionLink studyId={studyId} number={workspace.round.number} />
      ) : null}
      {workspace ? (
        <JustificationWorkspaceView
          workspace={workspace}
          action={saveJustificationsAction.bind(null, studyId)}
        />
      ) : (
        <p className="max-w-prose">{t("firstVersion")}</p>
      )}
    </div>
  );
}
