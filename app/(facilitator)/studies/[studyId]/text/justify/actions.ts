"use server";

import { studyAction, studyIdFromForm } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { saveJustifications } from "@/lib/justifications/save-justification.ts";
import { saveJustificationsSchema } from "@/lib/justifications/schemas.ts";

export async function saveJustificationsAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  // Refreshed after a refusal too: a conflict means the page is stale.
  return studyAction(
    studyIdFromForm,
    saveJustificationsSchema,
    formData,
    async ({ db, userId }, input) => ({ data: await saveJustifications(db, userId, input) }),
    { refreshAfterError: true },
  );
}
