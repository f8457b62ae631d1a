import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import type { Position } from "@/lib/generated/prisma/enums.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import type { DigestFilter } from "./schemas.ts";
import { roundTextSelect } from "@/lib/rounds/round-text-select.ts";

export type FeedbackItem = {
  responseId: string;
  part: string;
  /** Facilitators may see who said what; this list never leaves the facilitator pages. */
  author: string;
  position: Position | null;
  reason: string;
  suggestion: string;
  themes: string[];
  addressed: boolean;
};

export type FeedbackGroup = {
  /** "text", "comments", or a clause version id. */
  part: string;
  clauseNumber: number | null;
  wording: string;
  items: FeedbackItem[];
};

export type FeedbackDigest = {
  groups: FeedbackGroup[];
  /** Every theme used in this study's notes, for the filter and suggestions. */
  themes: string[];
  total: number;
};

/**
 * Every reason, suggested rewording and general comment of a round's submitted responses,
 * grouped by part in reading order, with the facilitators' notes. Filters: position,
 * theme, and "not addressed yet". General comments carry no position and are left out
 * when filtering by one.
 */
export async function listFeedbackDigest(
  db: Db,
  access: StudyAccess,
  number: number,
  filter: DigestFilter,
): Promise<FeedbackDigest> {
  const { studyId } = access;
  const round = await db.round.findUnique({
    where: { studyId_number: { studyId, number } },
    select: {
      id: true,
      version: { select: roundTextSelect },
    },
  });
  if (!round) throw new AppError("NOT_FOUND");
  const [responses, themeRows] = await Promise.all([
    db.response.findMany({
      where: { roundId: round.id, state: "SUBMITTED" },
      orderBy: { submittedAt: "asc" },
      select: {
        id: true,
        textPosition: true,
        textReason: true,
        textSuggestion: true,
        generalComments: true,
        panelMember: { select: { name: true } },
        clauses: {
          where: { OR: [{ reason: { not: "" } }, { suggestion: { not: "" } }] },
          select: { clauseVersionId: true, position: true, reason: true, suggestion: true },
        },
        notes: { select: { part: true, themes: true, addressed: true } },
      },
    }),
    db.$queryRaw<{ theme: string }[]>`
      SELECT DISTINCT unnest(n."themes") AS "theme"
      FROM "FeedbackNote" n
      JOIN "Response" r ON r."id" = n."responseId"
      JOIN "Round" rd ON rd."id" = r."roundId"
      WHERE rd."studyId" = ${studyId}`,
  ]);

  const groups = new Map<string, FeedbackGroup>();
  const group = (part: string, clauseNumber: number | null, wording: string) => {
    groups.set(part, { part, clauseNumber, wording, items: [] });
  };
  if (round.version.explanatoryText.trim()) group("text", null, round.version.explanatoryText);
  for (const c of round.version.clauses) group(c.id, c.position, c.text);
  group("comments", null, "");

  let total = 0;
  for (const r of responses) {
    const notes = new Map(r.notes.map((n) => [n.part, n]));
    const add = (part: string, position: Position | null, reason: string, suggestion: string) => {
      if (!reason && !suggestion) return;
      const note = notes.get(part);
      const item: FeedbackItem = {
        responseId: r.id,
        part,
        author: r.panelMember.name,
        position,
        reason,
        suggestion,
        themes: note?.themes ?? [],
        addressed: note?.addressed ?? false,
      };
      total++;
      if (!matches(item, filter)) return;
      groups.get(part)?.items.push(item);
    };
    add("text", r.textPosition, r.textReason, r.textSuggestion);
    for (const c of r.clauses) add(c.clauseVersionId, c.position, c.reason, c.suggestion);
    add("comments", null, r.generalComments, "");
  }
  return {
    groups: [...groups.values()],
    themes: themeRows.map((t) => t.theme).sort(byName),
    total,
  };
}

// In JavaScript, not SQL: the database's collation differs between PostgreSQL and PGlite.
const byName = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });

function matches(item: FeedbackItem, filter: DigestFilter): boolean {
  if (filter.position !== "all" && item.position !== filter.position) return false;
  if (filter.theme && !item.themes.some((t) => t.toLowerCase() === filter.theme.toLowerCase()))
    return false;
  return !(filter.open && item.addressed);
}
