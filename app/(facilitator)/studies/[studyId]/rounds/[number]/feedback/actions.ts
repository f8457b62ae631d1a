"use server";

import { revalidatePath } from "next/cache";
import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import { updateFeedbackNoteSchema } from "@/lib/feedback/schemas.ts";
import { updateFeedbackNote } from "@/lib/feedback/update-feedback-note.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import { addSummaryQuotation } from "@/lib/summaries/change-summary-quotations.ts";
import { addQuotationSchema } from "@/lib/summaries/schemas.ts";

// Bound in the page: action.bind(null, studyId, number).

export async function updateFeedbackNoteAction(
  studyId: string,
  number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(updateFeedbackNoteSchema, formData, async (input) => {
    await updateFeedbackNote(await getDb(), (await requireActionUser()).id, studyId, input);
    revalidatePath(`/studies/${studyId}/rounds/${number}/feedback`);
  });
}

export async function addQuotationAction(
  studyId: string,
  number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(addQuotationSchema, formData, async (input) => {
    const user = await requireActionUser();
    const { added } = await addSummaryQuotation(await getDb(), user.id, studyId, number, input);
    revalidatePath(`/studies/${studyId}/rounds/${number}/summary`);
    return { data: { added } };
  });
}
