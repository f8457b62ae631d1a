import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireActionUser } from "@/lib/auth/session.ts";
import { getDb } from "@/lib/db/app-db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import type { Permission } from "@/lib/auth/permissions.ts";
import { requireStudyAccess, type StudyAccess } from "@/lib/guards.ts";
import type { Affected } from "./affected.ts";
import { purgeAffected } from "./purge-affected.ts";

// The one pipeline behind every server action: parse with the form's schema, find the
// signed-in facilitator (or take the expert's link), open the database, run one lib/
// mutation, map its errors to messages (runFormAction), then refresh what it changed. The
// mutation reports what it changed (`affects`), so no action has to remember which caches
// to purge: forgetting one would leave a public page showing stale data.

/**
 * What an action's body may return: the caches its mutation touched, where to go after
 * success, and anything for the form's state (`data` for the page, or a refusal the lib
 * reported as a result rather than an error).
 */
export type ActionOutcome =
  | (Partial<FormState> & {
      affects?: readonly Affected[];
      /** Where to go after success (e.g. the round just opened). */
      redirectTo?: string;
    })
  | void;

export type StudyActionContext = {
  db: PrismaClient;
  /** The signed-in facilitator's checked access to the study (see lib/guards.ts). */
  access: StudyAccess;
};

type StudyOptions = {
  /**
   * What the action needs of the caller's role (default: being on the team). The lib
   * mutation authorizes itself again with the permission it needs, so this is a first,
   * cheap refusal, not the only one.
   */
  permission?: Permission;
  /**
   * Refresh the study's pages after a refused change too: for edits whose refusal means the
   * page is stale (a conflict), so the next attempt starts from the current data.
   */
  refreshAfterError?: boolean;
};

/**
 * A facilitator's action on one study. `studyId` is bound by the page
 * (`action.bind(null, studyId)`), never read from the form: one way for every action.
 * The pipeline checks the signed-in user's membership (NOT_FOUND for anyone else) and hands
 * the lib mutation a StudyAccess, which is the only way to call it.
 */
export async function studyAction<S extends z.ZodType>(
  studyId: string,
  schema: S,
  formData: FormData,
  run: (context: StudyActionContext, input: z.infer<S>) => Promise<ActionOutcome>,
  options: StudyOptions = {},
): Promise<FormState> {
  let redirectTo: string | undefined;
  const state = await runFormAction(schema, formData, async (input) => {
    const user = await requireActionUser();
    const db = await getDb();
    const access = await requireStudyAccess(
      db,
      user.id,
      studyId,
      options.permission ?? "study.view",
    );
    const outcome = await run({ db, access }, input);
    redirectTo = outcome?.redirectTo;
    return await settle(outcome);
  });
  if (state.status === "success" || options.refreshAfterError)
    revalidatePath(`/studies/${studyId}`, "layout");
  if (redirectTo && state.status === "success") redirect(redirectTo);
  return state;
}

/**
 * An expert's action through their personal link (no account): the link is the credential,
 * re-resolved by the lib mutation; the expert's own pages are refreshed after it.
 */
export async function expertAction<S extends z.ZodType>(
  token: string,
  schema: S,
  formData: FormData,
  run: (db: PrismaClient, input: z.infer<S>) => Promise<ActionOutcome>,
): Promise<FormState> {
  return runFormAction(schema, formData, async (input) => {
    const outcome = await run(await getDb(), input);
    revalidatePath(`/respond/${token}`);
    return await settle(outcome);
  });
}

/** Purges what the mutation changed; the rest of its outcome is the form's state. */
async function settle(outcome: ActionOutcome): Promise<Partial<FormState>> {
  if (!outcome) return {};
  const { affects, redirectTo: _redirect, ...state } = outcome;
  await purgeAffected(affects);
  return state;
}
