import "server-only";
import { appSecret } from "@/lib/app-secret.ts";
import type { Db } from "@/lib/db.ts";
import { deriveToken, hashToken, newLinkId } from "./token.ts";

/**
 * Revokes the expert's current link(s) and issues a new one; returns the token, which is
 * never stored (see token.ts) and travels only in emails.
 */
export async function issueExpertLink(
  db: Db,
  panelMemberId: string,
  now = new Date(),
): Promise<string> {
  await db.expertLink.updateMany({
    where: { panelMemberId, revokedAt: null },
    data: { revokedAt: now },
  });
  const id = newLinkId();
  const token = deriveToken(id, appSecret());
  await db.expertLink.create({ data: { id, panelMemberId, tokenHash: hashToken(token) } });
  return token;
}

/** The token of the expert's live link (for later emails), or null if none is live. */
export async function getLiveLinkToken(
  db: Db,
  panelMemberId: string,
  now = new Date(),
): Promise<string | null> {
  const link = await db.expertLink.findFirst({
    where: {
      panelMemberId,
      revokedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
    },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return link ? deriveToken(link.id, appSecret()) : null;
}
