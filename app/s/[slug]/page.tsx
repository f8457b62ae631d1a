import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicStudyView } from "@/components/public/public-study-view.tsx";
import { citationFor, loadPublicStudy } from "@/lib/publication/load-public-study.ts";

// Rendered on first request and then served from Next's cache until publishing (or a
// change to what it shows) revalidates it; see lib/publication/refresh-public-pages.ts.
// force-static also keeps the shared header from reading the visitor's cookies here.
export const dynamic = "force-static";
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const study = await loadPublicStudy((await props.params).slug);
  return study ? { title: study.title, description: study.purpose || undefined } : {};
}

export default async function PublicStudyPage(props: Props) {
  const study = await loadPublicStudy((await props.params).slug);
  if (!study) notFound();
  return <PublicStudyView study={study} citation={citationFor(study)} />;
}
