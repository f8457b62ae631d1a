"use server";

import type { z } from "zod";
import { studyAction, type StudyActionContext } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { addSourceDefinition } from "@/lib/sources/add-source-definition.ts";
import { removeSourceDefinition } from "@/lib/sources/remove-source-definition.ts";
import { saveCharacteristicMapping } from "@/lib/sources/save-characteristic-mapping.ts";
import { addSourceSchema, removeSourceSchema, saveMappingSchema } from "@/lib/sources/schemas.ts";

// Bound in the page: action.bind(null, studyId).

function runSourceAction<S extends z.ZodType>(
  studyId: string,
  schema: S,
  formData: FormData,
  run: (
    db: StudyActionContext["db"],
    access: StudyActionContext["access"],
    input: z.infer<S>,
  ) => Promise<unknown>,
): Promise<FormState> {
  return studyAction(
    studyId,
    schema,
    formData,
    async ({ db, access }, input) => {
      await run(db, access, input);
    },
    { permission: "study.edit" },
  );
}

export async function addSourceAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runSourceAction(studyId, addSourceSchema, formData, addSourceDefinition);
}

export async function removeSourceAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runSourceAction(studyId, removeSourceSchema, formData, removeSourceDefinition);
}

export async function saveMappingAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runSourceAction(studyId, saveMappingSchema, formData, saveCharacteristicMapping);
}
