"use server";

import { studyAction } from "@/lib/actions/study-action.ts";
import type { FormState } from "@/lib/forms/form-state.ts";
import { publishStudy, unpublishStudy } from "@/lib/publication/publish-study.ts";
import {
  publishStudySchema,
  setAggregateDataSchema,
  unpublishStudySchema,
} from "@/lib/publication/schemas.ts";
import { setPublicAggregateData } from "@/lib/publication/set-public-aggregate-data.ts";

export async function publishStudyAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    publishStudySchema,
    formData,
    async ({ db, access }) => ({
      affects: (await publishStudy(db, access)).affects,
    }),
    { permission: "study.publish" },
  );
}

export async function unpublishStudyAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    unpublishStudySchema,
    formData,
    async ({ db, access }) => ({
      affects: (await unpublishStudy(db, access)).affects,
    }),
    { permission: "study.publish" },
  );
}

export async function setAggregateDataAction(
  studyId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return studyAction(
    studyId,
    setAggregateDataSchema,
    formData,
    ({ db, access }, input) => setPublicAggregateData(db, access, input),
    { permission: "study.publish" },
  );
}
