import "server-only";
import type { Db } from "@/lib/db/app-db.ts";

export type PanelSummary = {
  roundNumber: number;
  revision: number;
  sentAt: Date;
  body: string;
  /** Earlier sent revisions this one corrected, newest first. */
  earlier: { revision: number; sentAt: Date }[];
};

/**
 * The summaries sent to the panel of a study, for an expert's page: the text as sent
 * (aggregates and unattributed quotations only) and nothing about any expert. The caller
 * has resolved the expert's link for this study.
 */
export async function listPanelSummaries(db: Db, studyId: string): Promise<PanelSummary[]> {
  const sent = await db.summary.findMany({
    where: { status: "SENT", sentBody: { not: null }, round: { studyId } },
    orderBy: [{ round: { number: "desc" } }, { revision: "desc" }],
    select: { revision: true, sentAt: true, sentBody: true, round: { select: { number: true } } },
  });
  const out: PanelSummary[] = [];
  for (const s of sent) {
    const last = out[out.length - 1];
    if (last && last.roundNumber === s.round.number) {
      last.earlier.push({ revision: s.revision, sentAt: s.sentAt! });
      continue;
    }
    out.push({
      roundNumber: s.round.number,
      revision: s.revision,
      sentAt: s.sentAt!,
      body: s.sentBody!,
      earlier: [],
    });
  }
  return out;
}
