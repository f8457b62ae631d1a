import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { hashToken, isWellFormedToken } from "@/lib/invitations/token.ts";

/** Panel statuses whose links are dead: the expert left, was removed, or was never invited. */
const DEAD_LINK_STATUSES: readonly string[] = ["EXCLUDED", "WITHDRAWN", "PROPOSED"];

/**
 * The one rule for a found link: not revoked, not expired, and its expert still on the
 * panel. Shared with the answer writer, which reads the link in its own locking statement.
 */
export function isLiveLink(
  link: { revokedAt: Date | null; expiresAt: Date | null; status: string },
  now: Date,
): boolean {
  if (link.revokedAt) return false;
  if (link.expiresAt && link.expiresAt <= now) return false;
  return !DEAD_LINK_STATUSES.includes(link.status);
}

export type ExpertIdentity = { panelMemberId: string; studyId: string; linkId: string };

/**
 * The expert behind a personal link, or null for anything that is not a live link:
 * malformed, unknown, revoked, expired, or of someone no longer on the panel. Callers
 * show one neutral page for every null, so a link reveals nothing about why it fails.
 */
export async function resolveExpertLink(
  db: Db,
  token: string,
  now = new Date(),
): Promise<ExpertIdentity | null> {
  if (!isWellFormedToken(token)) return null;
  const link = await db.expertLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      panelMember: { select: { id: true, studyId: true, status: true } },
    },
  });
  if (!link || !isLiveLink({ ...link, status: link.panelMember.status }, now)) return null;
  return { panelMemberId: link.panelMember.id, studyId: link.panelMember.studyId, linkId: link.id };
}
