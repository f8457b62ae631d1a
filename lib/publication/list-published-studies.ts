import "server-only";
import type { Db } from "@/lib/db/app-db.ts";

export type PublishedStudy = {
  slug: string;
  title: string;
  purpose: string;
  publishedAt: Date;
  finalVersion: number | null;
};

/** The public index: published studies, newest first. Anyone may read it. */
export async function listPublishedStudies(db: Db): Promise<PublishedStudy[]> {
  const studies = await db.study.findMany({
    where: { publishedAt: { not: null } },
    orderBy: { publishedAt: "desc" },
    take: 500,
    select: {
      slug: true,
      title: true,
      purpose: true,
      publishedAt: true,
      versions: {
        where: { status: { in: ["LOCKED", "PUBLISHED"] } },
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true },
      },
    },
  });
  return studies.map(({ versions, publishedAt, ...s }) => ({
    ...s,
    publishedAt: publishedAt!,
    finalVersion: versions[0]?.number ?? null,
  }));
}
