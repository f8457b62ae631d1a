"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { Field } from "@/components/ui/field.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { idleState } from "@/lib/forms/form-state.ts";
import { EXPLANATORY_TEXT_MAX } from "@/lib/versions/schemas.ts";
import { SavedNote } from "./saved-note.tsx";
import type { FormAction } from "./types.ts";

export function ExplanatoryTextForm({
  action,
  versionId,
  text,
  textHash,
}: {
  action: FormAction;
  versionId: string;
  text: string;
  textHash: string;
}) {
  const t = useTranslations("text");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const id = "explanatory-text";
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormErrors state={state} fieldIds={{ explanatoryText: id }} />
      <input type="hidden" name="versionId" value={versionId} />
      <input type="hidden" name="baseHash" value={textHash} />
      <Field
        id={id}
        label={t("explanatory.label")}
        hint={t("explanatory.hint")}
        error={message(fieldError(state, "explanatoryText"))}
      >
        {(c) => (
          <Textarea
            {...c}
            name="explanatoryText"
            rows={8}
            maxLength={EXPLANATORY_TEXT_MAX}
            defaultValue={submittedValue(state, "explanatoryText", text)}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={t("explanatory.saving")}>{t("explanatory.save")}</SubmitButton>
        <SavedNote state={state}>{t("saved")}</SavedNote>
      </div>
    </form>
  );
}
