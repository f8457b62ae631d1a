import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import type { PanelMemberStatus } from "../../lib/generated/prisma/enums.ts";
import { createStudyWithPanel } from "./fixtures.ts";

/**
 * A study at the panel cap, built in a handful of multi-row INSERTs (one by one, 1,000
 * experts would take most of a test's time): version 1 still a draft with an explanatory
 * text and `clauses` clauses, and `experts` panel members in `status`.
 */
export async function createStudyWithLargePanel(
  db: PrismaClient,
  options: { experts: number; clauses?: number; status?: PanelMemberStatus },
) {
  const { studyId, owner } = await createStudyWithPanel(db, { tag: "mass" });
  const version = await db.version.update({
    where: { studyId_number: { studyId, number: 1 } },
    data: { explanatoryText: "Some context." },
    select: { id: true },
  });
  const positions = Array.from({ length: options.clauses ?? 3 }, (_, i) => i + 1);
  const clauses = await db.clause.createManyAndReturn({
    data: positions.map(() => ({ studyId })),
    select: { id: true },
  });
  await db.clauseVersion.createMany({
    data: clauses.map((c, i) => ({
      versionId: version.id,
      clauseId: c.id,
      position: i + 1,
      text: `Clause ${i + 1}.`,
    })),
  });
  const now = new Date();
  const experts = await db.panelMember.createManyAndReturn({
    data: Array.from({ length: options.experts }, (_, i) => ({
      studyId,
      name: `Expert ${i + 1}`,
      email: `expert-${i + 1}-${studyId}@example.org`,
      status: options.status ?? "PROPOSED",
      ...(options.status === "ACCEPTED" ? { participationConsentAt: now, invitedAt: now } : {}),
    })),
    select: { id: true, email: true, name: true },
  });
  return { studyId, owner, versionId: version.id, experts };
}
