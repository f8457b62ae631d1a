import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getSessionUser, requireActionUser, type SessionUser } from "@/lib/auth/session.ts";
import { getDb } from "@/lib/db/app-db.ts";
import { isAppError } from "@/lib/errors.ts";
import { parseRoundNumber } from "@/lib/responses/parse-round-number.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { requireStudyAccess, type StudyAccess } from "@/lib/guards.ts";
import { getStudyHeader, type StudyHeader } from "./get-study-header.ts";

export type StudyPageContext = {
  user: SessionUser;
  db: PrismaClient;
  /** The member's checked access, which every lib reader of the study's data takes. */
  access: StudyAccess;
  study: StudyHeader;
};

/**
 * Signed-in member's view of a study, or null when signed out (404 for non-members).
 * Cached per request and keyed by the study alone: the study layout and its page share one
 * session lookup and one membership check; lib functions take the access it returns.
 */
export const findStudyPage = cache(async (studyId: string): Promise<StudyPageContext | null> => {
  const user = await getSessionUser();
  if (!user) return null;
  const db = await getDb();
  const access = await orNotFound(requireStudyAccess(db, user.id, studyId, "study.view"));
  const study = await getStudyHeader(db, access);
  return { user, db, access, study };
});

/**
 * The start of every study workspace page: signed in (else to sign-in, back to `subPath`),
 * a member of this study (else 404, as if the study did not exist), plus the database.
 */
export async function loadStudyPage(studyId: string, subPath = ""): Promise<StudyPageContext> {
  const context = await findStudyPage(studyId);
  if (!context)
    redirect(`/signin?callbackUrl=${encodeURIComponent(`/studies/${studyId}${subPath}`)}`);
  return context;
}

export type RoundPageContext = StudyPageContext & { studyId: string; number: number };

/**
 * The start of every page under /studies/<id>/rounds/<number>: the round number parsed once,
 * as the expert pages parse it (anything but "1", "2"… is a 404), then loadStudyPage.
 */
export async function loadRoundPage(
  params: Promise<{ studyId: string; number: string }>,
  subPath = "",
): Promise<RoundPageContext> {
  const { studyId, number: raw } = await params;
  const number = parseRoundNumber(raw);
  if (number === null) notFound();
  const context = await loadStudyPage(studyId, `/rounds/${number}${subPath}`);
  return { ...context, studyId, number };
}

/** A page's data, or the 404 page when the lib says the thing does not exist for the caller. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  return load.catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
}

/**
 * The start of every route handler under /studies/<id>: the signed-in member's access (an
 * AppError otherwise, which routeHandler turns into 401 or 404) and the database.
 */
export async function loadStudyRoute(
  studyId: string,
): Promise<{ db: PrismaClient; access: StudyAccess }> {
  const user = await requireActionUser();
  const db = await getDb();
  return { db, access: await requireStudyAccess(db, user.id, studyId, "study.view") };
}
