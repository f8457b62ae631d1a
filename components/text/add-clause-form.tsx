"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { Field } from "@/components/ui/field.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { idleState } from "@/lib/forms/form-state.ts";
import { CLAUSE_TEXT_MAX } from "@/lib/versions/schemas.ts";
import { SavedNote } from "./saved-note.tsx";
import type { FormAction } from "./types.ts";

export function AddClauseForm({ action, versionId }: { action: FormAction; versionId: string }) {
  const t = useTranslations("text");
  const tc = useTranslations("common");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const id = "new-clause";
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormErrors state={state} fieldIds={{ text: id }} />
      <input type="hidden" name="versionId" value={versionId} />
      <Field
        id={id}
        label={t("add.label")}
        hint={t("add.hint")}
        error={message(fieldError(state, "text"))}
        required
        requiredLabel={tc("required")}
      >
        {(c) => (
          <Textarea
            {...c}
            name="text"
            rows={3}
            maxLength={CLAUSE_TEXT_MAX}
            defaultValue={submittedValue(state, "text")}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={t("add.adding")}>{t("add.submit")}</SubmitButton>
        <SavedNote state={state}>{t("add.added")}</SavedNote>
      </div>
    </form>
  );
}
