"use server";

import { studyAction } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { importPanelCsv } from "@/lib/panel/import-panel-csv.ts";
import { importPanelCsvSchema } from "@/lib/panel/schemas.ts";

export async function importPanelCsvAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  // A chosen file wins over pasted text; either way the schema sees one "csv" field.
  const file = formData.get("file");
  const input = new FormData();
  input.set(
    "csv",
    file instanceof File && file.size > 0 ? await file.text() : String(formData.get("csv") ?? ""),
  );
  return studyAction(
    studyId,
    importPanelCsvSchema,
    input,
    async ({ db, access }, { csv }) => {
      const result = await importPanelCsv(db, access, csv);
      if (result.status === "invalid")
        return {
          status: "error",
          formError: { key: "panel.import.invalid", values: { count: result.errors.length } },
          data: { errors: result.errors },
          // Pasted text comes back for correction; an uploaded file is fixed in the file.
          values: { csv: String(formData.get("csv") ?? "") },
        };
      return { redirectTo: `/studies/${studyId}/panel?imported=${result.count}` };
    },
    { permission: "panel.manage" },
  );
}
