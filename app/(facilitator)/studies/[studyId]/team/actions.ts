"use server";

import { studyAction } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { addFacilitator } from "@/lib/team/add-facilitator.ts";
import { removeFacilitator } from "@/lib/team/remove-facilitator.ts";
import { addFacilitatorSchema, removeFacilitatorSchema } from "@/lib/team/schemas.ts";

export async function addFacilitatorAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    addFacilitatorSchema,
    formData,
    async ({ db, access }, input) => {
      await addFacilitator(db, access, input);
    },
    { permission: "team.manage" },
  );
}

export async function removeFacilitatorAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    removeFacilitatorSchema,
    formData,
    async ({ db, access }, input) => {
      await removeFacilitator(db, access, input.membershipId);
    },
    { permission: "team.manage" },
  );
}
