"use server";

import { studyAction } from "@/lib/actions/study-action.ts";
import { updateFeedbackNoteSchema } from "@/lib/feedback/schemas.ts";
import { updateFeedbackNote } from "@/lib/feedback/update-feedback-note.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { addSummaryQuotation } from "@/lib/summaries/change-summary-quotations.ts";
import { addQuotationSchema } from "@/lib/summaries/schemas.ts";

// Bound in the page: action.bind(null, studyId, number).

export async function updateFeedbackNoteAction(
  studyId: string,
  _number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    updateFeedbackNoteSchema,
    formData,
    async ({ db, access }, input) => {
      await updateFeedbackNote(db, access, input);
    },
    { permission: "study.edit" },
  );
}

export async function addQuotationAction(
  studyId: string,
  number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    addQuotationSchema,
    formData,
    async ({ db, access }, input) => {
      const { added } = await addSummaryQuotation(db, access, number, input);
      return { data: { added } };
    },
    { permission: "round.run" },
  );
}
