import "server-only";
import crypto from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { Db } from "@/lib/db.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { slugify, type CreateStudyInput } from "./schemas.ts";

const DEFAULT_ANONYMITY_STATEMENT =
  "Your answers are seen by the facilitators only. Other panel members never learn who took " +
  "part or who said what. Published results are aggregate, and you are named in the " +
  "acknowledgements only if you agree to it.";

/**
 * Creates a study with the caller as owner and an empty version 1. A slug left empty is
 * derived from the title (with a short suffix if taken); a chosen slug must be free.
 */
export async function createStudy(
  db: PrismaClient,
  userId: string,
  input: CreateStudyInput,
): Promise<{ id: string; slug: string }> {
  const chosen = input.slug !== "";
  const base = chosen ? input.slug : slugify(input.title) || "study";
  return db.$transaction(async (tx) => {
    const slug = await freeSlug(tx, base, chosen);
    const study = await tx.study.create({
      data: {
        title: input.title,
        slug,
        purpose: input.purpose,
        audience: input.audience,
        anonymityStatement: DEFAULT_ANONYMITY_STATEMENT,
        memberships: { create: { userId, role: "OWNER" } },
        versions: { create: { number: 1 } },
      },
      select: { id: true, slug: true },
    });
    await recordAuditEvent(tx, {
      studyId: study.id,
      actorUserId: userId,
      action: "study.created",
      data: { slug },
    });
    return study;
  });
}

async function freeSlug(db: Db, base: string, chosen: boolean): Promise<string> {
  const taken = await db.study.findUnique({ where: { slug: base }, select: { id: true } });
  if (!taken) return base;
  if (chosen)
    throw new AppError("CONFLICT", "slug taken", {
      field: "slug",
      messageKey: "studies.create.slugTaken",
    });
  return `${base.slice(0, 53)}-${crypto.randomBytes(3).toString("hex")}`;
}
