"use server";

import type { z } from "zod";
import {
  studyAction,
  studyIdFromForm,
  type StudyActionContext,
} from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { addSourceDefinition } from "@/lib/sources/add-source-definition.ts";
import { removeSourceDefinition } from "@/lib/sources/remove-source-definition.ts";
import { saveCharacteristicMapping } from "@/lib/sources/save-characteristic-mapping.ts";
import { addSourceSchema, removeSourceSchema, saveMappingSchema } from "@/lib/sources/schemas.ts";

// The source forms carry their study in a hidden field.
function runSourceAction<S extends z.ZodType<{ studyId: string }>>(
  schema: S,
  formData: FormData,
  run: (db: StudyActionContext["db"], userId: string, input: z.infer<S>) => Promise<unknown>,
): Promise<FormState> {
  return studyAction(studyIdFromForm, schema, formData, async ({ db, userId }, input) => {
    await run(db, userId, input);
  });
}

export async function addSourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSourceAction(addSourceSchema, formData, addSourceDefinition);
}

export async function removeSourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSourceAction(removeSourceSchema, formData, removeSourceDefinition);
}

export async function saveMappingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runSourceAction(saveMappingSchema, formData, saveCharacteristicMapping);
}
