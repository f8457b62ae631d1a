import "server-only";
import type { Db } from "@/lib/db.ts";
import { generateToken, hashToken } from "./token.ts";

/**
 * Revokes the expert's current link(s) and issues a new one; returns the raw token,
 * which exists only in memory and in the email that carries it.
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
  const token = generateToken();
  await db.expertLink.create({ data: { panelMemberId, tokenHash: hashToken(token) } });
  return token;
}
