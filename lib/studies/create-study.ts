import "server-only";
import crypto from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event.ts";
import type { Db } from "@/lib/db/app-db.ts";
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
  return create(db, userId, input, base, chosen).catch((error: unknown) => {
    // Two teams choosing one address at the same moment: the database keeps it unique,
    // and the loser hears the same neutral answer as above.
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "slug taken", {
        field: "slug",
        messageKey: "studies.create.slugUnavailable",
      });
    throw error;
  });
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

async function create(
  db: PrismaClient,
  userId: string,
  input: CreateStudyInput,
  base: string,
  chosen: boolean,
): Promise<{ id: string; slug: string }> {
  return db.$transaction(async (tx) => {
    const slug = await freeSlug(tx, userId, base, chosen);
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

/**
 * The slug to use. A chosen one taken by a study the caller can see (theirs, or published)
 * is "in use"; taken by another team's unpublished study, it is only "not available", so
 * the form cannot be used to find out which addresses other teams have chosen.
 */
async function freeSlug(db: Db, userId: string, base: string, chosen: boolean): Promise<string> {
  const taken = await db.study.findUnique({
    where: { slug: base },
    select: { status: true, memberships: { where: { userId }, select: { id: true } } },
  });
  if (!taken) return base;
  if (chosen) {
    const visible = taken.status === "PUBLISHED" || taken.memberships.length > 0;
    throw new AppError("CONFLICT", "slug taken", {
      field: "slug",
      messageKey: visible ? "studies.create.slugTaken" : "studies.create.slugUnavailable",
    });
  }
  return `${base.slice(0, 53)}-${crypto.randomBytes(3).toString("hex")}`;
}
