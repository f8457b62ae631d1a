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
  return studyAction(
    studyId,
    saveSummarySchema,
    formData,
    async ({ db, access }, input) => {
      await saveSummaryDraft(db, access, number, input);
    },
    { permission: "round.run" },
  );
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
    async ({ db, access }, { index }) => {
      await removeSummaryQuotation(db, access, number, index);
    },
    { permission: "round.run" },
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
    async ({ db, access }, { revision, withoutChanges }) => {
      // A correction sent after publication replaces the summary shown to the public.
      const sent = await sendSummary(db, access, number, revision, {
        withoutChanges: withoutChanges === "yes",
      });
      return { affects: sent.affects, data: { recipients: sent.recipients } };
    },
    { permission: "round.run" },
  );
}
