"use server";

import { studyAction } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
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
  return studyAction(studyId, panelMemberSchema, formData, async ({ db, userId }, input) => {
    await addPanelMember(db, userId, studyId, input);
    return { data: { name: input.name } };
  });
}

export async function updatePanelMemberStatusAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(studyId, updatePanelMemberStatusSchema, formData, ({ db, userId }, input) =>
    updatePanelMemberStatus(db, userId, studyId, input),
  );
}

export async function decideNominationAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(studyId, decideNominationSchema, formData, async ({ db, userId }, input) => {
    await decideNomination(db, userId, studyId, input);
    return { data: { decision: input.decision } };
  });
}
