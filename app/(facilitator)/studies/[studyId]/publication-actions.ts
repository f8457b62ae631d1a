"use server";

import { revalidatePath } from "next/cache";
import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import { publishStudy, unpublishStudy } from "@/lib/publication/publish-study.ts";
import { refreshPublicPages } from "@/lib/publication/refresh-public-pages.ts";
import {
  publishStudySchema,
  setAggregateDataSchema,
  unpublishStudySchema,
} from "@/lib/publication/schemas.ts";
import { setPublicAggregateData } from "@/lib/publication/set-public-aggregate-data.ts";

export async function publishStudyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(publishStudySchema, formData, async ({ studyId }) => {
    const user = await requireActionUser();
    await publishStudy(await getDb(), user.id, studyId);
    refreshPublicPages();
    revalidatePath(`/studies/${studyId}`, "layout");
  });
}

export async function unpublishStudyAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(unpublishStudySchema, formData, async ({ studyId }) => {
    const user = await requireActionUser();
    await unpublishStudy(await getDb(), user.id, studyId);
    refreshPublicPages();
    revalidatePath(`/studies/${studyId}`, "layout");
  });
}

export async function setAggregateDataAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(setAggregateDataSchema, formData, async (input) => {
    const user = await requireActionUser();
    await setPublicAggregateData(await getDb(), user.id, input);
    refreshPublicPages();
    revalidatePath(`/studies/${input.studyId}`);
  });
}
