"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import { requestReportExport } from "@/lib/report/request-report-export.ts";
import { runReportExports } from "@/lib/report/run-report-exports.ts";
import { saveReportSection } from "@/lib/report/save-report-section.ts";
import { requestReportExportSchema, saveReportSectionSchema } from "@/lib/report/schemas.ts";

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

export async function requestReportExportAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(requestReportExportSchema, formData, async (input) => {
    const user = await requireActionUser();
    const db = await getDb();
    const { id } = await requestReportExport(db, user.id, input);
    // After the response: the page shows the queued file at once and follows its progress.
    after(() => runReportExports(db));
    revalidatePath(`/studies/${input.studyId}/report`);
    return { data: { exportId: id } };
  });
}
