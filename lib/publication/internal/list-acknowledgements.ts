import "server-only";
import type { Db } from "@/lib/db/app-db.ts";

export type Acknowledgements = {
  named: { name: string; affiliation: string | null }[];
  /** Experts who took part and did not consent to be named. */
  further: number;
};

/**
 * The experts who took part (submitted at least once), consented to be named and were
 * neither withdrawn nor excluded from the panel, in
 * alphabetical order, with the affiliation they consented to. Nobody else's name is even
 * read: the others are only counted.
 */
export async function listAcknowledgements(db: Db, studyId: string): Promise<Acknowledgements> {
  const tookPart = { studyId, responses: { some: { state: "SUBMITTED" as const } } };
  const consenting = {
    ...tookPart,
    acknowledgeConsent: true,
    status: { notIn: ["WITHDRAWN" as const, "EXCLUDED" as const] },
  };
  const [named, total] = await Promise.all([
    db.panelMember.findMany({
      where: consenting,
      select: { name: true, acknowledgeAffiliation: true },
    }),
    db.panelMember.count({ where: tookPart }),
  ]);
  const collator = new Intl.Collator("en", { sensitivity: "base" });
  return {
    named: named
      .map((m) => ({ name: m.name, affiliation: m.acknowledgeAffiliation || null }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    further: total - named.length,
  };
}
