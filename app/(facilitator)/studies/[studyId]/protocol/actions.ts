"use server";

import { studyAction } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { updateProtocolSchema } from "@/lib/protocol/schemas.ts";
import { updateProtocol } from "@/lib/protocol/update-protocol.ts";

export async function updateProtocolAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    updateProtocolSchema,
    formData,
    async ({ db, access }, input) => {
      const { deviations, affects } = await updateProtocol(db, access, input);
      return { affects, data: { deviations } };
    },
    { permission: "study.edit" },
  );
}
