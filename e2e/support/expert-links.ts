import pg from "pg";
import { deriveToken, hashToken, newLinkId } from "../../lib/invitations/token.ts";
import type { E2EServer } from "./servers.ts";

/**
 * A new personal link (its token) for the expert `name` of the study at `slug`, made as the
 * server makes one: for specs that need a demo expert's pages (PostgreSQL: the spec writes
 * to the server's database).
 */
export async function expertLinkFor(server: E2EServer, slug: string, name: string) {
  const db = new pg.Client({ connectionString: server.env.DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      `SELECT m.id FROM "PanelMember" m JOIN "Study" s ON s.id = m."studyId"
       WHERE s.slug = $1 AND m.name = $2`,
      [slug, name],
    );
    if (!rows[0]) throw new Error(`no expert ${name} in ${slug}`);
    const linkId = newLinkId();
    const token = deriveToken(linkId, server.env.NEXTAUTH_SECRET!);
    await db.query(
      `INSERT INTO "ExpertLink" (id, "panelMemberId", "tokenHash") VALUES ($1, $2, $3)`,
      [linkId, rows[0].id, hashToken(token)],
    );
    return token;
  } finally {
    await db.end();
  }
}
