import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { appUrl } from "@/lib/http/app-url.ts";
import { reportingColumns } from "@/lib/protocol/schemas.ts";

export type MethodsData = Awaited<ReturnType<typeof loadMethodsData>>;

/**
 * What the methods items need beyond the study's history: the protocol's reporting details
 * (registration, ethics, funding, pilot, steering group), the panel cap, how the feedback
 * was worked through, and where the public data files live. No authorization (like
 * loadReportData, which calls it).
 */
export async function loadMethodsData(db: Db, studyId: string) {
  const [study, notes] = await Promise.all([
    db.study.findUniqueOrThrow({
      where: { id: studyId },
      select: {
        slug: true,
        publishedAt: true,
        publicAggregateData: true,
        panelCap: true,
        plannedRoundDays: true,
        ...reportingColumns,
      },
    }),
    db.feedbackNote.findMany({
      where: { response: { round: { studyId }, state: "SUBMITTED" } },
      select: { themes: true, addressed: true },
    }),
  ]);
  const { slug, publishedAt, publicAggregateData, ...protocol } = study;
  // Only a published study has public files; the aggregate results only when offered.
  const files = publishedAt
    ? [
        appUrl(`/s/${slug}`),
        appUrl(`/s/${slug}/text.json`),
        ...(publicAggregateData
          ? [appUrl(`/s/${slug}/results.csv`), appUrl(`/s/${slug}/results.json`)]
          : []),
      ]
    : [];
  return {
    published: publishedAt !== null,
    protocol,
    notes: {
      tagged: notes.filter((n) => n.themes.length > 0).length,
      themes: new Set(notes.flatMap((n) => n.themes)).size,
      addressed: notes.filter((n) => n.addressed).length,
    },
    files,
  };
}
