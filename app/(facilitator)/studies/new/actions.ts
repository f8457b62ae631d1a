"use server";

import { redirect } from "next/navigation";
import { requireActionUser } from "@/lib/auth/session.ts";
import { getDb } from "@/lib/db/app-db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import { createStudy } from "@/lib/studies/create-study.ts";
import { createStudySchema } from "@/lib/studies/schemas.ts";

export async function createStudyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let studyId = "";
  const state = await runFormAction(createStudySchema, formData, async (input) => {
    const user = await requireActionUser();
    studyId = (await createStudy(await getDb(), user.id, input)).id;
  });
  if (state.status === "success") redirect(`/studies/${studyId}/protocol`);
  return state;
}
