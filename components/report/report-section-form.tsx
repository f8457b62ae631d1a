"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { SavedNote } from "@/components/text/saved-note.tsx";
import type { FormAction } from "@/components/text/types.ts";
import { Field } from "@/components/ui/field.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { idleState } from "@/lib/forms/form-state.ts";
import { REPORT_SECTION_MAX } from "@/lib/report/schemas.ts";

/** The facilitators' own text for one reporting item. */
export function ReportSectionForm({
  action,
  itemKey,
  title,
  prompt,
  body,
}: {
  action: FormAction;
  itemKey: string;
  title: string;
  /** What the reporting guidelines expect this item to say. */
  prompt: string;
  body: string;
}) {
  const t = useTranslations("reportPage");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const id = `report-${itemKey}`;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormErrors state={state} fieldIds={{ body: id }} />
      <input type="hidden" name="key" value={itemKey} />
      <Field
        id={id}
        label={t("label", { title })}
        hint={`${prompt} ${t("hint")}`}
        error={message(fieldError(state, "body"))}
      >
        {(c) => (
          <Textarea
            {...c}
            name="body"
            rows={4}
            maxLength={REPORT_SECTION_MAX}
            defaultValue={submittedValue(state, "body", body)}
          />
        )}
      </Field>
      <div className="flex items-center gap-3">
        <SubmitButton size="sm" pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
        <SavedNote state={state}>{t("saved")}</SavedNote>
      </div>
    </form>
  );
}
