import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateStudyForm } from "@/components/studies/create-study-form.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageHeader } from "@/components/ui/page-header.tsx";
import { requireUser } from "@/lib/auth/session.ts";
import { createStudyAction } from "./actions.ts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studies.create"))("metaTitle") };
}

export default async function NewStudyPage() {
  await requireUser("/studies/new");
  const t = await getTranslations("studies.create");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CreateStudyForm action={createStudyAction} />
      </Card>
    </div>
  );
}
