"use server";

import { studyAction, studyIdFromForm } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { publishStudy, unpublishStudy } from "@/lib/publication/publish-study.ts";
import {
  publishStudySchema,
  setAggregateDataSchema,
  unpublishStudySchema,
} from "@/lib/publication/schemas.ts";
import { setPublicAggregateData } from "@/lib/publication/set-public-aggregate-data.ts";

// The publication forms carry their study in a hidden field.

export async function publishStudyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return studyAction(
    studyIdFromForm,
    publishStudySchema,
    formData,
    async ({ db, userId, studyId }) => ({
      affects: (await publishStudy(db, userId, studyId)).affects,
    }),
  );
}

export async function unpublishStudyAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyIdFromForm,
    unpublishStudySchema,
    formData,
    async ({ db, userId, studyId }) => ({
      affects: (await unpublishStudy(db, userId, studyId)).affects,
    }),
  );
}

export async function setAggregateDataAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(studyIdFromForm, setAggregateDataSchema, formData, ({ db, userId }, input) =>
    setPublicAggregateData(db, userId, input),
  );
}
