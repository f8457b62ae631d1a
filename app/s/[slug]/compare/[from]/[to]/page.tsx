import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { VersionDiffView } from "@/components/versions/version-diff-view.tsx";
import { comparePublicVersions } from "@/lib/publication/compare-public-versions.ts";
import { loadPublicStudy } from "@/lib/publication/load-public-study.ts";

// Cached like the study page (see there).
export const dynamic = "force-static";
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; from: string; to: string }> };

async function load(props: Props) {
  const { slug, from, to } = await props.params;
  const study = await loadPublicStudy(slug);
  const number = (s: string) => (/^\d{1,4}$/.test(s) ? Number(s) : NaN);
  const diff = study ? comparePublicVersions(study, number(from), number(to)) : null;
  return study && diff ? { study, diff } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found) return {};
  const t = await getTranslations("public.compare");
  return {
    title: `${t("metaTitle", { from: found.diff.from, to: found.diff.to })} · ${found.study.title}`,
  };
}

export default async function CompareVersionsPage(props: Props) {
  const found = await load(props);
  if (!found) notFound();
  const { study, diff } = found;
  const t = await getTranslations("public.compare");
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="print:hidden">
          <Link href={`/s/${study.slug}`}>{t("back")}</Link>
        </p>
        <h1 className="text-3xl">{t("title", { from: diff.from, to: diff.to })}</h1>
        <p className="text-ink-muted">{t("intro", { title: study.title })}</p>
      </header>
      <VersionDiffView diff={diff} />
    </article>
  );
}
