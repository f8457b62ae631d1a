"use server";

import { studyAction } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { removeSummaryQuotation } from "@/lib/summaries/change-summary-quotations.ts";
import { saveSummaryDraft } from "@/lib/summaries/save-summary-draft.ts";
import {
  removeQuotationSchema,
  saveSummarySchema,
  sendSummarySchema,
} from "@/lib/summaries/schemas.ts";
import { sendSummary } from "@/lib/summaries/send-summary.ts";

// Bound in the page: action.bind(null, studyId, number).

export async function saveSummaryAction(
  studyId: string,
  number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(studyId, saveSummarySchema, formData, async ({ db, userId }, input) => {
    await saveSummaryDraft(db, userId, studyId, number, input);
  });
}

export async function removeQuotationAction(
  studyId: string,
  number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    removeQuotationSchema,
    formData,
    async ({ db, userId }, { index }) => {
      await removeSummaryQuotation(db, userId, studyId, number, index);
    },
  );
}

export async function sendSummaryAction(
  studyId: string,
  number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    sendSummarySchema,
    formData,
    async ({ db, userId }, { revision, withoutChanges }) => {
      // A correction sent after publication replaces the summary shown to the public.
      const sent = await sendSummary(db, userId, studyId, number, revision, {
        withoutChanges: withoutChanges === "yes",
      });
      return { affects: sent.affects, data: { recipients: sent.recipients } };
    },
  );
}
