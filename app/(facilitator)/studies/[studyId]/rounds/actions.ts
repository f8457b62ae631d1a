"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionUser } from "@/lib/auth.ts";
import { getDb } from "@/lib/db.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { runFormAction } from "@/lib/forms/run-form-action.ts";
import { closeRound, extendRound } from "@/lib/rounds/change-round.ts";
import { openRound } from "@/lib/rounds/open-round.ts";
import {
  extendRoundSchema,
  openRoundSchema,
  remindNowSchema,
  roundActionSchema,
} from "@/lib/rounds/schemas.ts";
import { remindNow } from "@/lib/rounds/send-reminders.ts";

export async function openRoundAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  let number = 0;
  const state = await runFormAction(openRoundSchema, formData, async (input) => {
    number = (await openRound(await getDb(), (await requireActionUser()).id, studyId, input))
      .number;
    revalidatePath(`/studies/${studyId}`, "layout");
  });
  if (state.status === "success") redirect(`/studies/${studyId}/rounds/${number}`);
  return state;
}

export async function extendRoundAction(
  studyId: string,
  number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(extendRoundSchema, formData, async (input) => {
    await extendRound(await getDb(), (await requireActionUser()).id, studyId, number, input);
    revalidatePath(`/studies/${studyId}`, "layout");
  });
}

export async function closeRoundAction(
  studyId: string,
  number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(roundActionSchema, formData, async () => {
    await closeRound(await getDb(), (await requireActionUser()).id, studyId, number);
    revalidatePath(`/studies/${studyId}`, "layout");
  });
}

export async function remindNowAction(
  studyId: string,
  number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(remindNowSchema, formData, async ({ seen }) => {
    const user = await requireActionUser();
    const count = await remindNow(await getDb(), user.id, studyId, number, seen);
    revalidatePath(`/studies/${studyId}/rounds/${number}`);
    return { data: { count } };
  });
}
