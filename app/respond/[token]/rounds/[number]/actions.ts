"use server";

import type { ResponseActionData } from "@/components/responses/response-form.tsx";
import { getDb } from "@/lib/db/app-db.ts";
import { formDataToObject, type FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import { saveResponseDraft } from "@/lib/responses/save-response-draft.ts";
import { responseSchema } from "@/lib/responses/schemas.ts";
import { submitResponse } from "@/lib/responses/submit-response.ts";

// The personal link is the expert's only credential: the lib functions re-resolve it, and
// check the round still takes answers, inside their transaction.
export async function saveResponseAction(
  token: string,
  roundNumber: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(responseSchema, formData, async (input) => {
    const db = await getDb();
    const result =
      input.intent === "submit"
        ? await submitResponse(db, token, roundNumber, input)
        : await saveResponseDraft(db, token, roundNumber, input);
    if (result.status === "conflict") {
      const data: ResponseActionData = { conflict: result.theirs };
      // The form comes back with the expert's version; the page shows the stored one beside it.
      return {
        status: "error",
        formError: { key: "response.errors.conflict" },
        values: formDataToObject(formData),
        data,
      };
    }
    // No revalidatePath: the form shows the stored answer it gets back in `data`, and a
    // re-render of the whole page into every action's reply would cost more than the write
    // itself (profiled under a 100-expert burst). Without JavaScript, Next renders the page
    // after the action anyway.
    const data: ResponseActionData = {
      saved: input.intent === "submit" ? "submitted" : "draft",
      response: result.response,
    };
    return { data };
  });
}
