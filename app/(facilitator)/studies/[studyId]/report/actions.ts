"use server";

import { revalidatePath } from "next/cache";
import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import { saveReportSection } from "@/lib/report/save-report-section.ts";
import { saveReportSectionSchema } from "@/lib/report/schemas.ts";

export async function saveReportSectionAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(saveReportSectionSchema, formData, async (input) => {
    const user = await requireActionUser();
    await saveReportSection(await getDb(), user.id, input);
    revalidatePath(`/studies/${input.studyId}/report`);
  });
}
