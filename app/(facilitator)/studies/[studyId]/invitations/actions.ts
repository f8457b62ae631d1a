"use server";

import { revalidatePath } from "next/cache";
import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import { revokeExpertLinks } from "@/lib/invitations/revoke-expert-links.ts";
import { revokeLinkSchema, sendInvitationsSchema } from "@/lib/invitations/schemas.ts";
import { sendInvitations } from "@/lib/invitations/send-invitations.ts";

export async function sendInvitationsAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(sendInvitationsSchema, formData, async (input) => {
    const user = await requireActionUser();
    const target =
      input.scope === "all"
        ? { all: true as const }
        : input.scope === "unanswered"
          ? {
              unanswered: true as const,
              seenBefore: input.seenBefore ? new Date(input.seenBefore) : undefined,
            }
          : {
              panelMemberIds: [input.panelMemberId],
              seenLinks:
                input.linkIssuedAt === undefined
                  ? undefined
                  : { [input.panelMemberId]: input.linkIssuedAt },
            };
    const { invited, justSent } = await sendInvitations(await getDb(), user.id, studyId, target);
    revalidatePath(`/studies/${studyId}`, "layout");
    return { data: { invited, justSent } };
  });
}

export async function revokeLinkAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(revokeLinkSchema, formData, async (input) => {
    const user = await requireActionUser();
    await revokeExpertLinks(await getDb(), user.id, studyId, input.panelMemberId);
    revalidatePath(`/studies/${studyId}/invitations`);
  });
}
