"use server";

import { studyAction } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
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
  return studyAction(
    studyId,
    openRoundSchema,
    formData,
    async ({ db, access }, input) => {
      const { number } = await openRound(db, access, input);
      return { redirectTo: `/studies/${studyId}/rounds/${number}` };
    },
    { permission: "round.run" },
  );
}

export async function extendRoundAction(
  studyId: string,
  number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    extendRoundSchema,
    formData,
    async ({ db, access }, input) => {
      await extendRound(db, access, number, input);
    },
    { permission: "round.run" },
  );
}

export async function closeRoundAction(
  studyId: string,
  number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    roundActionSchema,
    formData,
    async ({ db, access }) => {
      await closeRound(db, access, number);
    },
    { permission: "round.run" },
  );
}

export async function remindNowAction(
  studyId: string,
  number: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    remindNowSchema,
    formData,
    async ({ db, access }, { seen }) => {
      const count = await remindNow(db, access, number, seen);
      return { data: { count } };
    },
    { permission: "round.run" },
  );
}
