import "server-only";
import { appSecret } from "@/lib/app-secret.ts";
import type { Db } from "@/lib/db/app-db.ts";
import { deriveToken, hashToken, newLinkId } from "./token.ts";

/**
 * Revokes the experts' current links and issues a new one each; returns each expert's
 * token, which is never stored (see token.ts) and travels only in emails. Two statements
 * whatever the number of experts: a panel of 1,000 must fit in one short transaction.
 */
export async function issueExpertLinks(
  db: Db,
  panelMemberIds: string[],
  now = new Date(),
): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  if (panelMemberIds.length === 0) return tokens;
  await db.$executeRaw`
    UPDATE "ExpertLink" SET "revokedAt" = ${now}
     WHERE "panelMemberId" = ANY(${panelMemberIds}::text[]) AND "revokedAt" IS NULL`;
  const secret = appSecret();
  const ids = panelMemberIds.map(() => newLinkId());
  const hashes = panelMemberIds.map((panelMemberId, i) => {
    const token = deriveToken(ids[i]!, secret);
    tokens.set(panelMemberId, token);
    return hashToken(token);
  });
  // INSERT … SELECT over arrays: three parameters for any number of links (Prisma's
  // createMany spends seconds building 1,000 rows).
  await db.$executeRaw`
    INSERT INTO "ExpertLink" (id, "panelMemberId", "tokenHash", "createdAt")
    SELECT l.id, l."panelMemberId", l."tokenHash", ${now}
      FROM unnest(${ids}::text[], ${panelMemberIds}::text[], ${hashes}::text[])
           AS l(id, "panelMemberId", "tokenHash")`;
  return tokens;
}

/** One expert's new link (the previous ones revoked); returns its token. */
export async function issueExpertLink(
  db: Db,
  panelMemberId: string,
  now = new Date(),
): Promise<string> {
  return (await issueExpertLinks(db, [panelMemberId], now)).get(panelMemberId)!;
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

/** Each expert's live link, issuing one (in bulk) to those who have none left. */
export async function getOrIssueLinkTokens(
  db: Db,
  panelMemberIds: string[],
  now = new Date(),
): Promise<Map<string, string>> {
  const tokens = await getLiveLinkTokens(db, panelMemberIds, now);
  const missing = panelMemberIds.filter((id) => !tokens.has(id));
  for (const [id, token] of await issueExpertLinks(db, missing, now)) tokens.set(id, token);
  return tokens;
}
