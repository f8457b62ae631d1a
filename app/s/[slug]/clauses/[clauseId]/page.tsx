import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PublicClauseHistoryView } from "@/components/public/public-clause-history.tsx";
import { getPublicClauseHistory } from "@/lib/publication/get-public-clause-history.ts";
import { loadPublicStudy } from "@/lib/publication/load-public-study.ts";

// Cached like the study page (see there).
export const dynamic = "force-static";
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; clauseId: string }> };

async function load(props: Props) {
  const { slug, clauseId } = await props.params;
  const study = await loadPublicStudy(slug);
  const history = study ? getPublicClauseHistory(study, clauseId) : null;
  return study && history ? { study, history } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found) return {};
  const t = await getTranslations("public.clause");
  return {
    title: `${t("title", { number: found.history.latest.number })} · ${found.study.title}`,
  };
}

export default async function PublicClausePage(props: Props) {
  const found = await load(props);
  if (!found) notFound();
  return (
    <PublicClauseHistoryView
      slug={found.study.slug}
      title={found.study.title}
      history={found.history}
    />
  );
}
