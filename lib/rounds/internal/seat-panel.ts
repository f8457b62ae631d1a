import "server-only";
import type { Db } from "@/lib/db/app-db.ts";

/**
 * Gives each expert a place in a round just created: one INSERT … SELECT over an array,
 * so seating 1,000 experts costs one statement (a nested Prisma `create` list is one
 * INSERT per row, and createMany spends seconds building the rows on the client).
 */
export async function seatPanel(
  db: Db,
  roundId: string,
  panelMemberIds: string[],
  now: Date,
): Promise<void> {
  if (panelMemberIds.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "RoundParticipation" (id, "roundId", "panelMemberId", "notifiedAt", "createdAt")
    SELECT gen_random_uuid()::text, ${roundId}, p.id, ${now}, ${now}
      FROM unnest(${panelMemberIds}::text[]) AS p(id)
    ON CONFLICT ("roundId", "panelMemberId") DO NOTHING`;
}
