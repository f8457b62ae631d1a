import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PublicVersionView } from "@/components/public/public-version-view.tsx";
import { citationFor, loadPublicStudy } from "@/lib/publication/load-public-study.ts";

// Cached like the study page (see there).
export const dynamic = "force-static";
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; number: string }> };

async function load(props: Props) {
  const { slug, number } = await props.params;
  const study = await loadPublicStudy(slug);
  const version = /^\d{1,4}$/.test(number)
    ? study?.versions.find((v) => v.number === Number(number))
    : undefined;
  return study && version ? { study, version } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found) return {};
  const t = await getTranslations("public.version");
  return { title: `${t("metaTitle", { number: found.version.number })} · ${found.study.title}` };
}

export default async function PublicVersionPage(props: Props) {
  const found = await load(props);
  if (!found) notFound();
  const { study, version } = found;
  return (
    <PublicVersionView
      study={study}
      version={version}
      citation={citationFor(study, version.number)}
    />
  );
}
