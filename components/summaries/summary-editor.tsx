"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { Field } from "@/components/ui/field.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";
import { SUMMARY_MAX_LENGTH } from "@/lib/summaries/schemas.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function SummaryEditor({ action, body }: { action: Action; body: string }) {
  const t = useTranslations("summaries");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormErrors state={state} fieldIds={{ body: "summary-body" }} />
      <Field
        id="summary-body"
        label={t("bodyLabel")}
        hint={t("bodyHint", { max: SUMMARY_MAX_LENGTH })}
        error={message(fieldError(state, "body"))}
      >
        {(c) => (
          <Textarea
            {...c}
            name="body"
            rows={12}
            maxLength={SUMMARY_MAX_LENGTH}
            defaultValue={submittedValue(state, "body", body)}
          />
        )}
      </Field>
      <div className="flex items-center gap-3">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        <p role="status" className="text-sm">
          {state.status === "success" ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
