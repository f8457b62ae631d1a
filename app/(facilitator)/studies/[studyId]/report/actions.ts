"use server";

import { after } from "next/server";
import { studyAction } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { requestReportExport } from "@/lib/report/request-report-export.ts";
import { runReportExports } from "@/lib/report/run-report-exports.ts";
import { saveReportSection } from "@/lib/report/save-report-section.ts";
import { requestReportExportSchema, saveReportSectionSchema } from "@/lib/report/schemas.ts";

export async function saveReportSectionAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    saveReportSectionSchema,
    formData,
    async ({ db, access }, input) => {
      await saveReportSection(db, access, input);
    },
    { permission: "report.generate" },
  );
}

export async function requestReportExportAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    requestReportExportSchema,
    formData,
    async ({ db, access }, input) => {
      const { id } = await requestReportExport(db, access, input);
      // After the response: the page shows the queued file at once and follows its progress.
      after(() => runReportExports(db));
      return { data: { exportId: id } };
    },
    { permission: "report.generate" },
  );
}
