"use server";

import { expertAction } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { acceptInvitation } from "@/lib/expert-link/accept-invitation.ts";
import { declineInvitation } from "@/lib/expert-link/decline-invitation.ts";
import { nominatePeer } from "@/lib/expert-link/nominate-peer.ts";
import {
  acceptInvitationSchema,
  declineInvitationSchema,
  nominatePeerSchema,
} from "@/lib/expert-link/schemas.ts";

// The personal link is the expert's only credential: every action re-resolves it.

export async function acceptInvitationAction(
  token: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return expertAction(token, acceptInvitationSchema, formData, (db, input) =>
    acceptInvitation(db, token, input),
  );
}

export async function declineInvitationAction(
  token: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return expertAction(token, declineInvitationSchema, formData, (db) =>
    declineInvitation(db, token),
  );
}

export async function nominatePeerAction(
  token: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return expertAction(token, nominatePeerSchema, formData, async (db, input) => {
    await nominatePeer(db, token, input);
  });
}
