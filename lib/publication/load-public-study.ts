import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/app-db.ts";
import { appUrl } from "@/lib/http/app-url.ts";
import type { CitationInput } from "./citation.ts";
import { getPublicStudy, type PublicStudy } from "./get-public-study.ts";

/** One read per render: the page and its metadata share it. Null when not published. */
export const loadPublicStudy = cache(async (slug: string) => getPublicStudy(await getDb(), slug));

/** What "cite this" needs for one version of the study (the final one by default). */
export function citationFor(study: PublicStudy, number?: number): CitationInput {
  const version = study.versions.find((v) => v.number === number) ?? study.versions.at(-1);
  const n = version?.number ?? 1;
  return {
    title: study.title,
    slug: study.slug,
    version: n,
    date: version?.date ?? study.publishedAt,
    url: appUrl(`/s/${study.slug}/v/${n}`),
  };
}
