import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LocalMailList } from "@/components/dev-mail/local-mail-list.tsx";
import { PageHeader } from "@/components/ui/page-header.tsx";
import { getDb } from "@/lib/db/app-db.ts";
import { canViewLocalMailbox, listLocalMail } from "@/lib/email/list-local-mail.ts";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  // Even the title stays neutral for those who may not see the page.
  if (!(await canViewLocalMailbox())) return { robots: { index: false } };
  return { title: (await getTranslations("devMail"))("metaTitle"), robots: { index: false } };
}

export default async function LocalMailPage(props: { searchParams: Promise<{ to?: string }> }) {
  if (!(await canViewLocalMailbox())) notFound();
  const { to } = await props.searchParams;
  const messages = await listLocalMail(await getDb(), { to });
  const t = await getTranslations("devMail");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <LocalMailList messages={messages} filter={to ?? ""} />
    </div>
  );
}
