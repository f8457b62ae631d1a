"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import { refreshPublicPages } from "@/lib/publication/refresh-public-pages.ts";
import { acceptInvitation } from "@/lib/respond/accept-invitation.ts";
import { declineInvitation } from "@/lib/respond/decline-invitation.ts";
import { nominatePeer } from "@/lib/respond/nominate-peer.ts";
import {
  acceptInvitationSchema,
  declineInvitationSchema,
  nominatePeerSchema,
} from "@/lib/respond/schemas.ts";

// The personal link is the expert's only credential: every action re-resolves it.

export async function acceptInvitationAction(
  token: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(acceptInvitationSchema, formData, async (input) => {
    await acceptInvitation(await getDb(), token, input);
    revalidatePath(`/respond/${token}`);
    // The acknowledgement consent is shown on a published study's page.
    refreshPublicPages();
  });
}

export async function declineInvitationAction(
  token: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(declineInvitationSchema, formData, async () => {
    await declineInvitation(await getDb(), token);
    revalidatePath(`/respond/${token}`);
    refreshPublicPages();
  });
}

export async function nominatePeerAction(
  token: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(nominatePeerSchema, formData, async (input) => {
    await nominatePeer(await getDb(), token, input);
    revalidatePath(`/respond/${token}`);
  });
}
