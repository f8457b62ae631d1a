"use server";

import { studyAction } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { revokeExpertLinks } from "@/lib/invitations/revoke-expert-links.ts";
import { revokeLinkSchema, sendInvitationsSchema } from "@/lib/invitations/schemas.ts";
import { sendInvitations } from "@/lib/invitations/send-invitations.ts";

export async function sendInvitationsAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    sendInvitationsSchema,
    formData,
    async ({ db, access }, input) => {
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
      const { invited, justSent } = await sendInvitations(db, access, target);
      return { data: { invited, justSent } };
    },
    { permission: "panel.manage" },
  );
}

export async function revokeLinkAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    revokeLinkSchema,
    formData,
    async ({ db, access }, input) => {
      await revokeExpertLinks(db, access, input.panelMemberId);
    },
    { permission: "panel.manage" },
  );
}
