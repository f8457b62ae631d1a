import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StudyList } from "@/components/studies/study-list.tsx";
import { ButtonLink } from "@/components/ui/button.tsx";
import { PageHeader } from "@/components/ui/page-header.tsx";
import { requireUser } from "@/lib/auth/session.ts";
import { getDb } from "@/lib/db/app-db.ts";
import { listStudies } from "@/lib/studies/list-studies.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studies.list"))("metaTitle") };
}

export default async function StudiesPage() {
  const user = await requireUser("/studies");
  const studies = await listStudies(await getDb(), user.id);
  const t = await getTranslations("studies.list");
  const tc = await getTranslations("studies");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<ButtonLink href="/studies/new">{tc("create.newStudy")}</ButtonLink>}
      />
      <StudyList studies={studies} />
    </div>
  );
}
