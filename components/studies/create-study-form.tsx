"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function CreateStudyForm({ action }: { action: Action }) {
  const t = useTranslations("studies.create");
  const tc = useTranslations("common");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const ids = {
    title: "study-title",
    slug: "study-slug",
    purpose: "study-purpose",
    audience: "study-audience",
  };
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormErrors state={state} fieldIds={ids} />
      <Field
        id={ids.title}
        label={t("titleLabel")}
        hint={t("titleHint")}
        error={message(fieldError(state, "title"))}
        required
        requiredLabel={tc("required")}
      >
        {(c) => (
          <Input
            {...c}
            name="title"
            maxLength={200}
            defaultValue={submittedValue(state, "title")}
          />
        )}
      </Field>
      <Field
        id={ids.slug}
        label={t("slugLabel")}
        hint={t("slugHint")}
        error={message(fieldError(state, "slug"))}
      >
        {(c) => (
          <Input
            {...c}
            name="slug"
            maxLength={60}
            defaultValue={submittedValue(state, "slug")}
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
          />
        )}
      </Field>
      <Field
        id={ids.purpose}
        label={t("purposeLabel")}
        hint={t("purposeHint")}
        error={message(fieldError(state, "purpose"))}
      >
        {(c) => (
          <Textarea
            {...c}
            name="purpose"
            rows={5}
            maxLength={5000}
            defaultValue={submittedValue(state, "purpose")}
          />
        )}
      </Field>
      <Field
        id={ids.audience}
        label={t("audienceLabel")}
        hint={t("audienceHint")}
        error={message(fieldError(state, "audience"))}
      >
        {(c) => (
          <Textarea
            {...c}
            name="audience"
            rows={2}
            maxLength={1000}
            defaultValue={submittedValue(state, "audience")}
          />
        )}
      </Field>
      <div>
        <SubmitButton pendingLabel={t("creating")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
