"use server";

import { revalidatePath } from "next/cache";
import { refreshPublicPages } from "@/lib/publication/refresh-public-pages.ts";
import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import { decideNomination } from "@/lib/nominations/decide-nomination.ts";
import { decideNominationSchema } from "@/lib/nominations/schemas.ts";
import { addPanelMember } from "@/lib/panel/add-panel-member.ts";
import { panelMemberSchema, updatePanelMemberStatusSchema } from "@/lib/panel/schemas.ts";
import { updatePanelMemberStatus } from "@/lib/panel/update-panel-member-status.ts";

// Bound to the study in the page: addPanelMemberAction.bind(null, studyId).

export async function addPanelMemberAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(panelMemberSchema, formData, async (input) => {
    const user = await requireActionUser();
    await addPanelMember(await getDb(), user.id, studyId, input);
    revalidatePath(`/studies/${studyId}`, "layout");
    return { data: { name: input.name } };
  });
}

export async function updatePanelMemberStatusAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(updatePanelMemberStatusSchema, formData, async (input) => {
    const user = await requireActionUser();
    await updatePanelMemberStatus(await getDb(), user.id, studyId, input);
    revalidatePath(`/studies/${studyId}`, "layout");
    // A withdrawn or excluded expert leaves the published acknowledgements.
    refreshPublicPages();
  });
}

export async function decideNominationAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(decideNominationSchema, formData, async (input) => {
    const user = await requireActionUser();
    await decideNomination(await getDb(), user.id, studyId, input);
    revalidatePath(`/studies/${studyId}`, "layout");
    return { data: { decision: input.decision } };
  });
}
