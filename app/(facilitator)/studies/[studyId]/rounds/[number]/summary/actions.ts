"use server";

import { refreshPublicPages } from "@/lib/publication/refresh-public-pages.ts";
import { revalidatePath } from "next/cache";
import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
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
  return runFormAction(saveSummarySchema, formData, async (input) => {
    await saveSummaryDraft(await getDb(), (await requireActionUser()).id, studyId, number, input);
    revalidatePath(`/studies/${studyId}/rounds/${number}/summary`);
  });
}

export async function removeQuotationAction(
  studyId: string,
  number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(removeQuotationSchema, formData, async ({ index }) => {
    const user = await requireActionUser();
    await removeSummaryQuotation(await getDb(), user.id, studyId, number, index);
    revalidatePath(`/studies/${studyId}/rounds/${number}/summary`);
  });
}

export async function sendSummaryAction(
  studyId: string,
  number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(sendSummarySchema, formData, async ({ revision, withoutChanges }) => {
    const user = await requireActionUser();
    const sent = await sendSummary(await getDb(), user.id, studyId, number, revision, {
      withoutChanges: withoutChanges === "yes",
    });
    revalidatePath(`/studies/${studyId}`, "layout");
    // A correction sent after publication replaces the summary shown to the public.
    refreshPublicPages();
    return { data: { recipients: sent.recipients } };
  });
}
