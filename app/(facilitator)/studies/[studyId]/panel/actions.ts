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
  return studyAction(
    studyId,
    panelMemberSchema,
    formData,
    async ({ db, access }, input) => {
      await addPanelMember(db, access, input);
      return { data: { name: input.name } };
    },
    { permission: "panel.manage" },
  );
}

export async function updatePanelMemberStatusAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    updatePanelMemberStatusSchema,
    formData,
    ({ db, access }, input) => updatePanelMemberStatus(db, access, input),
    { permission: "panel.manage" },
  );
}

export async function decideNominationAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    decideNominationSchema,
    formData,
    async ({ db, access }, input) => {
      await decideNomination(db, access, input);
      return { data: { decision: input.decision } };
    },
    { permission: "panel.manage" },
  );
}
