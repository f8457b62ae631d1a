"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import {
  studyAction,
  studyIdFromForm,
  type StudyActionContext,
} from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { addClause } from "@/lib/versions/add-clause.ts";
import { createNextVersion } from "@/lib/versions/create-next-version.ts";
import { mergeClauses } from "@/lib/versions/merge-clauses.ts";
import { moveClause } from "@/lib/versions/move-clause.ts";
import { removeClause } from "@/lib/versions/remove-clause.ts";
import { restoreClause } from "@/lib/versions/restore-clause.ts";
import { splitClause } from "@/lib/versions/split-clause.ts";
import {
  addClauseSchema,
  mergeClausesSchema,
  moveClauseSchema,
  removeClauseSchema,
  restoreClauseSchema,
  splitClauseSchema,
  startNextVersionSchema,
  updateClauseSchema,
  updateExplanatoryTextSchema,
} from "@/lib/versions/schemas.ts";
import { updateClause } from "@/lib/versions/update-clause.ts";
import { updateExplanatoryText } from "@/lib/versions/update-explanatory-text.ts";

/**
 * Runs one text change and refreshes the study's pages. They are refreshed after a failure
 * too: a conflict means the page is stale, and the next attempt must start from the
 * current text (the form keeps what the user typed).
 */
function runTextAction<S extends z.ZodType<{ studyId: string }>>(
  schema: S,
  formData: FormData,
  run: (db: StudyActionContext["db"], userId: string, input: z.infer<S>) => Promise<unknown>,
): Promise<FormState> {
  return studyAction(
    studyIdFromForm,
    schema,
    formData,
    async ({ db, userId }, input) => {
      await run(db, userId, input);
    },
    { refreshAfterError: true },
  );
}

export async function updateExplanatoryTextAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runTextAction(updateExplanatoryTextSchema, formData, updateExplanatoryText);
}

export async function addClauseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runTextAction(addClauseSchema, formData, addClause);
}

export async function updateClauseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runTextAction(updateClauseSchema, formData, updateClause);
}

export async function moveClauseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runTextAction(moveClauseSchema, formData, moveClause);
}

/** Leaves a page state (?remove=, ?split=, ?merge=) once its change is made. */
function backToEditor(state: FormState, formData: FormData, anchor = ""): FormState {
  const studyId = formData.get("studyId");
  if (state.status === "success" && typeof studyId === "string") {
    redirect(`/studies/${encodeURIComponent(studyId)}/text${anchor}`);
  }
  return state;
}

export async function removeClauseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return backToEditor(await runTextAction(removeClauseSchema, formData, removeClause), formData);
}

export async function splitClauseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runTextAction(splitClauseSchema, formData, splitClause);
  return backToEditor(state, formData, `#clause-${String(formData.get("clauseVersionId"))}`);
}

export async function mergeClausesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const state = await runTextAction(mergeClausesSchema, formData, mergeClauses);
  return backToEditor(state, formData, `#clause-${String(formData.get("clauseVersionId"))}`);
}

/** Brings a clause of an earlier version back, then shows it where it landed. */
export async function restoreClauseAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  let restoredId = "";
  const state = await runTextAction(restoreClauseSchema, formData, async (db, userId, input) => {
    restoredId = (await restoreClause(db, userId, input)).id;
  });
  return backToEditor(state, formData, `#clause-${restoredId}`);
}

export async function startNextVersionAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runTextAction(startNextVersionSchema, formData, (db, userId, input) =>
    createNextVersion(db, userId, input.studyId),
  );
}
