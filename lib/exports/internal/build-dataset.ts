import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { pseudonym } from "../pseudonym.ts";

/** One expert × round × clause. Blank position: seated in the round but no answer. */
export type DatasetRow = {
  expert: string;
  round: number;
  version: number;
  clause_id: string;
  clause_number: number;
  clause_text: string;
  responded: boolean;
  position: "can_live_with" | "cannot_live_with" | "";
  rating: number | null;
  reason: string;
  suggested_wording: string;
};

export const datasetColumns: (keyof DatasetRow)[] = [
  "expert",
  "round",
  "version",
  "clause_id",
  "clause_number",
  "clause_text",
  "responded",
  "position",
  "rating",
  "reason",
  "suggested_wording",
];

/**
 * The anonymised dataset: for every round, every expert seated in it and every clause of
 * its version, what they answered (submitted responses only; drafts are not data). Experts
 * appear only as pseudonyms. No authorization here: the caller decides who may have it.
 */
export async function buildDataset(db: Db, studyId: string, secret: string): Promise<DatasetRow[]> {
  const rounds = await db.round.findMany({
    where: { studyId },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      version: {
        select: {
          number: true,
          clauses: {
            orderBy: { position: "asc" },
            select: { id: true, clauseId: true, position: true, text: true },
          },
        },
      },
      participations: { orderBy: { createdAt: "asc" }, select: { panelMemberId: true } },
      responses: {
        where: { state: "SUBMITTED" },
        select: {
          panelMemberId: true,
          clauses: {
            select: {
              clauseVersionId: true,
              position: true,
              rating: true,
              reason: true,
              suggestion: true,
            },
          },
        },
      },
    },
  });
  const rows: DatasetRow[] = [];
  for (const round of rounds) {
    const byMember = new Map(round.responses.map((r) => [r.panelMemberId, r]));
    const members = [...round.participations.map((p) => p.panelMemberId)];
    // A response from someone not seated (a legacy row) still counts.
    for (const id of byMember.keys()) if (!members.includes(id)) members.push(id);
    for (const memberId of members) {
      const response = byMember.get(memberId);
      const answers = new Map(response?.clauses.map((c) => [c.clauseVersionId, c]));
      for (const clause of round.version.clauses) {
        const answer = answers.get(clause.id);
        rows.push({
          expert: pseudonym(secret, studyId, memberId),
          round: round.number,
          version: round.version.number,
          clause_id: clause.clauseId,
          clause_number: clause.position,
          clause_text: clause.text,
          responded: response !== undefined,
          position:
            answer?.position === "CAN_LIVE_WITH"
              ? "can_live_with"
              : answer?.position === "CANNOT_LIVE_WITH"
                ? "cannot_live_with"
                : "",
          rating: answer?.rating ?? null,
          reason: answer?.reason ?? "",
          suggested_wording: answer?.suggestion ?? "",
        });
      }
    }
  }
  return rows;
}
