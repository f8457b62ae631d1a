"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
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
  let imported = 0;
  const state = await runFormAction(importPanelCsvSchema, input, async ({ csv }) => {
    const user = await requireActionUser();
    const result = await importPanelCsv(await getDb(), user.id, studyId, csv);
    if (result.status === "invalid") {
      return {
        status: "error",
        formError: { key: "panel.import.invalid", values: { count: result.errors.length } },
        data: { errors: result.errors },
        // Pasted text comes back for correction; an uploaded file is fixed in the file.
        values: { csv: String(formData.get("csv") ?? "") },
      };
    }
    imported = result.count;
  });
  if (state.status === "success") {
    revalidatePath(`/studies/${studyId}`, "layout");
    redirect(`/studies/${studyId}/panel?imported=${imported}`);
  }
  return state;
}
