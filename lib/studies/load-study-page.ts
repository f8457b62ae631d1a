import "server-only";
import { notFound } from "next/navigation";
import { requireUser, type SessionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import { isAppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { getStudyHeader, type StudyHeader } from "./get-study-header.ts";

export type StudyPageContext = { user: SessionUser; db: PrismaClient; study: StudyHeader };

/**
 * The start of every study workspace page: signed in, a member of this study (else 404,
 * as if the study did not exist), plus the database to load the rest with.
 */
export async function loadStudyPage(studyId: string, subPath = ""): Promise<StudyPageContext> {
  const user = await requireUser(`/studies/${studyId}${subPath}`);
  const db = await getDb();
  const study = await getStudyHeader(db, user.id, studyId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return { user, db, study };
}
