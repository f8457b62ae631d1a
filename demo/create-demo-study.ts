import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import {
  DEMO_FACILITATOR_EMAIL,
  DEMO_STUDY_SLUG,
  demoPanel,
  demoStudy,
  demoVersion,
} from "./demo-content.ts";

/** Creates the demo facilitator and study once; later runs change nothing. */
export async function createDemoStudy(db: Db): Promise<{ studyId: string; created: boolean }> {
  const existing = await db.study.findUnique({
    where: { slug: DEMO_STUDY_SLUG },
    select: { id: true },
  });
  if (existing) return { studyId: existing.id, created: false };

  const user = await db.user.upsert({
    where: { email: DEMO_FACILITATOR_EMAIL },
    create: { email: DEMO_FACILITATOR_EMAIL, name: "Demo Facilitator" },
    update: {},
    select: { id: true },
  });
  const study = await db.study.create({
    data: {
      slug: DEMO_STUDY_SLUG,
      ...demoStudy,
      memberships: { create: { userId: user.id, role: "OWNER" } },
      panel: {
        create: demoPanel.map((p, i) => ({
          ...p,
          // A realistic mix: most still to be invited, a few already answered.
          status: i < 3 ? "ACCEPTED" : i < 5 ? "INVITED" : "PROPOSED",
        })),
      },
    },
    select: { id: true },
  });
  const version = await db.version.create({
    data: { studyId: study.id, number: 1, explanatoryText: demoVersion.explanatoryText },
    select: { id: true },
  });
  for (const [index, text] of demoVersion.clauses.entries()) {
    const clause = await db.clause.create({ data: { studyId: study.id }, select: { id: true } });
    await db.clauseVersion.create({
      data: { versionId: version.id, clauseId: clause.id, position: index + 1, text },
    });
  }
  await db.auditEvent.create({
    data: { studyId: study.id, actorKind: "SYSTEM", action: "study.seeded" },
  });
  return { studyId: study.id, created: true };
}
