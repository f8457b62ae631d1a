"use server";

import { revalidatePath } from "next/cache";
import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import { saveJustifications } from "@/lib/justifications/save-justification.ts";
import { saveJustificationsSchema } from "@/lib/justifications/schemas.ts";

export async function saveJustificationsAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  let studyId: string | undefined;
  const state = await runFormAction(saveJustificationsSchema, formData, async (input) => {
    studyId = input.studyId;
    const user = await requireActionUser();
    return { data: await saveJustifications(await getDb(), user.id, input) };
  });
  if (studyId) revalidatePath(`/studies/${studyId}`, "layout");
  return state;
}
