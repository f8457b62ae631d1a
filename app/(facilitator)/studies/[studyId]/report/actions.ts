"use server";

import { after } from "next/server";
import { studyAction, studyIdFromForm } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { requestReportExport } from "@/lib/report/request-report-export.ts";
import { runReportExports } from "@/lib/report/run-report-exports.ts";
import { saveReportSection } from "@/lib/report/save-report-section.ts";
import { requestReportExportSchema, saveReportSectionSchema } from "@/lib/report/schemas.ts";

// The report's forms carry their study in a hidden field.

export async function saveReportSectionAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyIdFromForm,
    saveReportSectionSchema,
    formData,
    async ({ db, userId }, input) => {
      await saveReportSection(db, userId, input);
    },
  );
}

export async function requestReportExportAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyIdFromForm,
    requestReportExportSchema,
    formData,
    async ({ db, userId }, input) => {
      const { id } = await requestReportExport(db, userId, input);
      // After the response: the page shows the queued file at once and follows its progress.
      after(() => runReportExports(db));
      return { data: { exportId: id } };
    },
  );
}
