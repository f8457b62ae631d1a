"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import { studyAction, type StudyActionContext } from "@/lib/actions/study-action.ts";
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

// Bound in the page: action.bind(null, studyId).

/**
 * Runs one text change and refreshes the study's pages. They are refreshed after a failure
 * too: a conflict means the page is stale, and the next attempt must start from the
 * current text (the form keeps what the user typed).
 */
function runTextAction<S extends z.ZodType>(
  studyId: string,
  schema: S,
  formData: FormData,
  run: (context: StudyActionContext, input: z.infer<S>) => Promise<unknown>,
): Promise<FormState> {
  return studyAction(
    studyId,
    schema,
    formData,
    async (context, input) => {
      await run(context, input);
    },
    { permission: "study.edit", refreshAfterError: true },
  );
}

export async function updateExplanatoryTextAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runTextAction(studyId, updateExplanatoryTextSchema, formData, ({ db, access }, input) =>
    updateExplanatoryText(db, access, input),
  );
}

export async function addClauseAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runTextAction(studyId, addClauseSchema, formData, ({ db, access }, input) =>
    addClause(db, access, input),
  );
}

export async function updateClauseAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runTextAction(studyId, updateClauseSchema, formData, ({ db, access }, input) =>
    updateClause(db, access, input),
  );
}

export async function moveClauseAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runTextAction(studyId, moveClauseSchema, formData, ({ db, access }, input) =>
    moveClause(db, access, input),
  );
}

/** Leaves a page state (?remove=, ?split=, ?merge=) once its change is made. */
function backToEditor(studyId: string, state: FormState, anchor = ""): FormState {
  if (state.status === "success") {
    redirect(`/studies/${encodeURIComponent(studyId)}/text${anchor}`);
  }
  return state;
}

export async function removeClauseAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const state = await runTextAction(
    studyId,
    removeClauseSchema,
    formData,
    ({ db, access }, input) => removeClause(db, access, input),
  );
  return backToEditor(studyId, state);
}

export async function splitClauseAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const state = await runTextAction(studyId, splitClauseSchema, formData, ({ db, access }, input) =>
    splitClause(db, access, input),
  );
  return backToEditor(studyId, state, `#clause-${String(formData.get("clauseVersionId"))}`);
}

export async function mergeClausesAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const state = await runTextAction(
    studyId,
    mergeClausesSchema,
    formData,
    ({ db, access }, input) => mergeClauses(db, access, input),
  );
  return backToEditor(studyId, state, `#clause-${String(formData.get("clauseVersionId"))}`);
}

/** Brings a clause of an earlier version back, then shows it where it landed. */
export async function restoreClauseAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  let restoredId = "";
  const state = await runTextAction(
    studyId,
    restoreClauseSchema,
    formData,
    async ({ db, access }, input) => {
      restoredId = (await restoreClause(db, access, input)).id;
    },
  );
  return backToEditor(studyId, state, `#clause-${restoredId}`);
}

export async function startNextVersionAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runTextAction(studyId, startNextVersionSchema, formData, ({ db, access }) =>
    createNextVersion(db, access),
  );
}
