import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { getDb } from "@/lib/db/app-db.ts";
import { listPublishedStudies } from "@/lib/publication/list-published-studies.ts";

// The index changes whenever any study is published; it is one small query.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("public.index"))("metaTitle") };
}

export default async function PublishedStudiesPage() {
  const t = await getTranslations("public.index");
  const format = await getFormatter();
  const studies = await listPublishedStudies(await getDb());
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      {studies.length === 0 ? (
        <EmptyState headingLevel="h2" title={t("empty")} />
      ) : (
        <ul className="flex flex-col gap-4">
          {studies.map((s) => (
            <li key={s.slug} className="rounded-lg border border-line bg-surface p-4">
              <h2 className="text-lg">
                <Link href={`/s/${s.slug}`}>{s.title}</Link>
              </h2>
              <p className="text-sm text-ink-muted">
                {t("published", { date: format.dateTime(s.publishedAt, { dateStyle: "long" }) })}
                {s.finalVersion ? ` · ${t("final", { number: s.finalVersion })}` : ""}
              </p>
              {s.purpose ? <p className="mt-2">{s.purpose}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
