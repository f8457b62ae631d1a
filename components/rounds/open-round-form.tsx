"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { TimeZoneField } from "@/components/ui/local-time.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";
import { useDefaultDeadline } from "./use-default-deadline.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function OpenRoundForm({
  action,
  number,
  ratingScaleMax,
  plannedRoundDays,
}: {
  action: Action;
  number: number;
  ratingScaleMax: number | null;
  /** The protocol's planned round length: the deadline starts that many days ahead. */
  plannedRoundDays: number;
}) {
  const t = useTranslations("rounds");
  const tc = useTranslations("common");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const deadline = useDefaultDeadline(plannedRoundDays);
  const ids = { closesAt: "round-closes-at", reminderDays: "round-reminders" };
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormErrors state={state} fieldIds={ids} />
      <TimeZoneField />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field
          id={ids.closesAt}
          label={t("closesAt")}
          hint={t("closesAtDefaultHint", { days: plannedRoundDays })}
          error={message(fieldError(state, "closesAt"))}
          required
          requiredLabel={tc("required")}
        >
          {(c) => (
            <Input
              {...c}
              name="closesAt"
              type="datetime-local"
              defaultValue={submittedValue(state, "closesAt", deadline)}
            />
          )}
        </Field>
        <Field
          id={ids.reminderDays}
          label={t("reminderDays")}
          hint={t("reminderDaysHint")}
          error={message(fieldError(state, "reminderDays"))}
        >
          {(c) => (
            <Input
              {...c}
              name="reminderDays"
              defaultValue={submittedValue(state, "reminderDays", "3, 1")}
            />
          )}
        </Field>
      </div>
      {ratingScaleMax ? (
        <label className="flex items-center gap-3">
          <input type="checkbox" name="collectRatings" defaultChecked className="size-5" />
          <span>{t("collectRatings", { max: ratingScaleMax })}</span>
        </label>
      ) : null}
      <p className="text-sm text-ink-muted">{t("openWarning")}</p>
      <div>
        <SubmitButton pendingLabel={t("opening")}>{t("open", { number })}</SubmitButton>
      </div>
    </form>
  );
}
