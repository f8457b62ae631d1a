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

/**
 * The tokens of the experts' live links (for later emails), in one query; experts without
 * a live link are absent from the map.
 */
export async function getLiveLinkTokens(
  db: Db,
  panelMemberIds: string[],
  now = new Date(),
): Promise<Map<string, string>> {
  const links = await db.expertLink.findMany({
    where: {
      panelMemberId: { in: panelMemberIds },
      revokedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, panelMemberId: true },
  });
  const secret = appSecret();
  // Ascending order: the newest live link of an expert wins.
  return new Map(links.map((l) => [l.panelMemberId, deriveToken(l.id, secret)]));
}
