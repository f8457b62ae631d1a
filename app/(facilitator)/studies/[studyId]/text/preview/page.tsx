import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { TextHeader } from "@/components/text/text-header.tsx";
import { TextPreview } from "@/components/text/text-preview.tsx";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";
import { getVersionForEditing } from "@/lib/versions/get-version-for-editing.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("text"))("previewMetaTitle"));
}

export default async function TextPreviewPage(props: { params: Promise<{ studyId: string }> }) {
  const { studyId } = await props.params;
  const { db, access } = await loadStudyPage(studyId, "/text/preview");
  const version = await getVersionForEditing(db, access);
  return (
    <div className="flex flex-col gap-6">
      <TextHeader
        studyId={studyId}
        number={version.number}
        status={version.status}
        current="preview"
      />
      <TextPreview studyId={studyId} version={version} />
    </div>
  );
}
