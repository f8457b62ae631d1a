import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { studyPageMetadata, type StudyPageParams } from "@/lib/studies/study-page-metadata.ts";
import { AuditLog } from "@/components/audit/audit-log.tsx";
import { listAuditEvents } from "@/lib/audit/list-audit-events.ts";
import { loadStudyPage } from "@/lib/studies/load-study-page.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: { params: StudyPageParams }): Promise<Metadata> {
  return studyPageMetadata(props.params, (await getTranslations("activity"))("metaTitle"));
}

export default async function ActivityPage(props: { params: Promise<{ studyId: string }> }) {
  const { studyId } = await props.params;
  const { db, access } = await loadStudyPage(studyId, "/activity");
  return <AuditLog events={await listAuditEvents(db, access)} />;
}
