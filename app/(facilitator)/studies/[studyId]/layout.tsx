import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { StudyNav } from "@/components/studies/study-nav.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { findStudyPage } from "@/lib/studies/load-study-page.ts";

export default async function StudyLayout(props: {
  children: ReactNode;
  params: Promise<{ studyId: string }>;
}) {
  const { studyId } = await props.params;
  // Signed out: let the page redirect, since only it knows where to come back to.
  const context = await findStudyPage(studyId);
  if (!context) return props.children;
  const { study } = context;
  const t = await getTranslations("studies");
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3 border-b border-line pb-4">
        <div className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
          <span>{t(`status.${study.status}`)}</span>
          <Badge tone="accent">{t(`role.${study.role}`)}</Badge>
        </div>
        <h1 className="text-3xl">{study.title}</h1>
        <StudyNav studyId={study.id} />
      </header>
      {props.children}
    </div>
  );
}
