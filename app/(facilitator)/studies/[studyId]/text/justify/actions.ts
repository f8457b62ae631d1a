"use server";

import { studyAction } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { saveJustifications } from "@/lib/justifications/save-justification.ts";
import { saveJustificationsSchema } from "@/lib/justifications/schemas.ts";

// Bound in the page: action.bind(null, studyId).

export async function saveJustificationsAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  // Refreshed after a refusal too: a conflict means the page is stale.
  return studyAction(
    studyId,
    saveJustificationsSchema,
    formData,
    async ({ db, access }, input) => ({ data: await saveJustifications(db, access, input) }),
    { permission: "study.edit", refreshAfterError: true },
  );
}
