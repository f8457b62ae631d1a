"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import { addSourceDefinition } from "@/lib/sources/add-source-definition.ts";
import { removeSourceDefinition } from "@/lib/sources/remove-source-definition.ts";
import { saveCharacteristicMapping } from "@/lib/sources/save-characteristic-mapping.ts";
import { addSourceSchema, removeSourceSchema, saveMappingSchema } from "@/lib/sources/schemas.ts";

async function runSourceAction<S extends z.ZodType<{ studyId: string }>>(
  schema: S,
  formData: FormData,
  run: (
    db: Awaited<ReturnType<typeof getDb>>,
    userId: string,
    input: z.infer<S>,
  ) => Promise<unknown>,
): Promise<FormState> {
  return runFormAction(schema, formData, async (input) => {
    const user = await requireActionUser();
    await run(await getDb(), user.id, input);
    revalidatePath(`/studies/${input.studyId}/sources`);
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
