import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { pseudonym } from "../pseudonym.ts";

export type IdentityRow = { expert: string; name: string; email: string; organisation: string };

/** Which pseudonym is whom: the key that re-identifies the dataset. No authorization here. */
export async function buildIdentityKey(
  db: Db,
  studyId: string,
  secret: string,
): Promise<IdentityRow[]> {
  const members = await db.panelMember.findMany({
    where: { studyId, OR: [{ participations: { some: {} } }, { responses: { some: {} } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, organisation: true },
  });
  return members.map((m) => ({
    expert: pseudonym(secret, studyId, m.id),
    name: m.name,
    email: m.email,
    organisation: m.organisation,
  }));
}
