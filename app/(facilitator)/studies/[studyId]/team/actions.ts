"use server";

import { revalidatePath } from "next/cache";
import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import { addFacilitator } from "@/lib/team/add-facilitator.ts";
import { removeFacilitator } from "@/lib/team/remove-facilitator.ts";
import { addFacilitatorSchema, removeFacilitatorSchema } from "@/lib/team/schemas.ts";

export async function addFacilitatorAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(addFacilitatorSchema, formData, async (input) => {
    await addFacilitator(await getDb(), (await requireActionUser()).id, studyId, input);
    revalidatePath(`/studies/${studyId}/team`);
  });
}

export async function removeFacilitatorAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(removeFacilitatorSchema, formData, async (input) => {
    await removeFacilitator(
      await getDb(),
      (await requireActionUser()).id,
      studyId,
      input.membershipId,
    );
    revalidatePath(`/studies/${studyId}/team`);
  });
}
