"use server";

import { revalidatePath } from "next/cache";
import { refreshPublicPages } from "@/lib/publication/refresh-public-pages.ts";
import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import { updateProtocolSchema } from "@/lib/protocol/schemas.ts";
import { updateProtocol } from "@/lib/protocol/update-protocol.ts";

export async function updateProtocolAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(updateProtocolSchema, formData, async (input) => {
    const user = await requireActionUser();
    const { deviations } = await updateProtocol(await getDb(), user.id, studyId, input);
    revalidatePath(`/studies/${studyId}`, "layout");
    // The consensus rule is shown (and applied) on the published pages.
    refreshPublicPages();
    return { data: { deviations } };
  });
}
