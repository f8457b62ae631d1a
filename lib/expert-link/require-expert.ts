import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import { resolveExpertLink, type ExpertIdentity } from "./resolve-expert-link.ts";

/**
 * The expert behind a link, for a mutation: NOT_FOUND for a dead link. Call it inside the
 * mutation's transaction, since the link may have been rotated since the page loaded.
 */
export async function requireExpert(db: Db, token: string) {
  const who: ExpertIdentity | null = await resolveExpertLink(db, token);
  if (!who) throw new AppError("NOT_FOUND");
  const member = await db.panelMember.findUniqueOrThrow({
    where: { id: who.panelMemberId },
    select: { status: true, email: true, participationConsentAt: true },
  });
  return { ...who, member };
}
