"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function NominateForm({ action, count }: { action: Action; count: number }) {
  const t = useTranslations("respond.nominate");
  const tc = useTranslations("common");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "success") form.current?.reset();
  }, [state.status, state.at]);
  const ids = { name: "nominee-name", email: "nominee-email", reason: "nominee-reason" };
  const keep = state.status === "error";
  return (
    <form ref={form} action={formAction} className="mt-4 flex flex-col gap-4" noValidate>
      <FormErrors state={state} fieldIds={ids} />
      {state.status === "success" ? (
        <p role="status" className="font-medium">
          {t("thanks")}
        </p>
      ) : null}
      {count > 0 ? <p className="text-sm text-ink-muted">{t("count", { count })}</p> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field
          id={ids.name}
          label={t("name")}
          error={message(fieldError(state, "name"))}
          required
          requiredLabel={tc("required")}
        >
          {(c) => (
            <Input
              {...c}
              name="name"
              maxLength={200}
              defaultValue={keep ? submittedValue(state, "name") : ""}
            />
          )}
        </Field>
        <Field
          id={ids.email}
          label={t("email")}
          error={message(fieldError(state, "email"))}
          required
          requiredLabel={tc("required")}
        >
          {(c) => (
            <Input
              {...c}
              name="email"
              type="email"
              maxLength={320}
              defaultValue={keep ? submittedValue(state, "email") : ""}
            />
          )}
        </Field>
      </div>
      <Field
        id={ids.reason}
        label={t("reason")}
        hint={t("reasonHint")}
        error={message(fieldError(state, "reason"))}
      >
        {(c) => (
          <Textarea
            {...c}
            name="reason"
            rows={3}
            maxLength={2000}
            defaultValue={keep ? submittedValue(state, "reason") : ""}
          />
        )}
      </Field>
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
