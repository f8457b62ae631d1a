import "server-only";
import { Prisma } from "@/lib/generated/prisma/client.ts";

// The deadline guarantee: an answer being written when its round closes is either committed
// before the close or refused. Writers hold a shared advisory lock on the round for their
// transaction; whatever ends the window (closing, moving the deadline) takes it exclusively,
// so it waits for writes in flight and later writers wait for it, then read its outcome.
// Advisory locks live in the lock manager, not on the round row: hundreds of writers do not
// turn one hot row into a multixact (as FOR SHARE on "Round" did).

/** First key of the two-key advisory lock space: "round answers" (an arbitrary constant). */
const ROUND_ANSWERS = 16_001;

/** SQL taking the writers' shared lock on the round whose id is `roundId` (a column or value). */
export function roundWriteLockSql(roundId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`pg_advisory_xact_lock_shared(${ROUND_ANSWERS}::int, hashtext(${roundId}))::text`;
}

/** Waits for answers in flight on the round, and holds new ones back until this commits. */
export async function lockRoundAgainstWrites(
  tx: Prisma.TransactionClient,
  roundId: string,
): Promise<void> {
  await tx.$queryRaw`
    SELECT pg_advisory_xact_lock(${ROUND_ANSWERS}::int, hashtext(${roundId}))::text AS "locked"`;
}
