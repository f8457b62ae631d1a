import "server-only";
import type { Db } from "@/lib/db/app-db.ts";
import { AppError } from "@/lib/errors.ts";
import type { MembershipRole, VersionStatus } from "@/lib/generated/prisma/enums.ts";
import { can } from "@/lib/auth/permissions.ts";
import type { StudyAccess } from "@/lib/guards.ts";
import { hashText } from "./hash-text.ts";

export type EditableClause = { id: string; position: number; text: string; textHash: string };

export type VersionForEditing = {
  id: string;
  studyId: string;
  number: number;
  status: VersionStatus;
  explanatoryText: string;
  textHash: string;
  clauses: EditableClause[];
  role: MembershipRole;
  /** The caller may change it: an owner or facilitator, and the version is a draft. */
  canEdit: boolean;
};

/** A version of the study (by number, else the latest) with its clauses in order. */
export async function getVersionForEditing(
  db: Db,
  access: StudyAccess,
  number?: number,
): Promise<VersionForEditing> {
  const { studyId, role } = access;
  const version = await db.version.findFirst({
    where: { studyId, ...(number === undefined ? {} : { number }) },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      status: true,
      explanatoryText: true,
      clauses: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true, position: true, text: true },
      },
    },
  });
  if (!version) throw new AppError("NOT_FOUND");
  return {
    id: version.id,
    studyId,
    number: version.number,
    status: version.status,
    explanatoryText: version.explanatoryText,
    textHash: hashText(version.explanatoryText),
    clauses: version.clauses.map((c) => ({ ...c, textHash: hashText(c.text) })),
    role,
    canEdit: can(role, "study.edit") && version.status === "DRAFT",
  };
}
