"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Select } from "@/components/ui/select.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function AddFacilitatorForm({ action }: { action: Action }) {
  const t = useTranslations("team");
  const tr = useTranslations("studies.role");
  const tc = useTranslations("common");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const ids = { email: "team-email", role: "team-role" };
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormErrors state={state} fieldIds={ids} />
      {state.status === "success" ? (
        <p role="status" className="font-medium">
          {t("added")}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
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
              defaultValue={state.status === "error" ? submittedValue(state, "email") : ""}
            />
          )}
        </Field>
        <Field
          id={ids.role}
          label={t("role")}
          hint={t("roleHint")}
          error={message(fieldError(state, "role"))}
        >
          {(c) => (
            <Select {...c} name="role" defaultValue={submittedValue(state, "role", "FACILITATOR")}>
              {(["FACILITATOR", "OBSERVER", "OWNER"] as const).map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div>
        <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
      </div>
    </form>
  );
}

export function RemoveFacilitatorForm({
  action,
  membershipId,
  email,
}: {
  action: Action;
  membershipId: string;
  email: string;
}) {
  const t = useTranslations("team");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="membershipId" value={membershipId} />
      <SubmitButton
        variant="ghost"
        size="sm"
        pendingLabel={t("removing")}
        aria-label={t("removeWho", { email })}
      >
        {t("remove")}
      </SubmitButton>
      {state.status === "error" ? (
        <span role="alert" className="text-sm text-danger-ink">
          {message(state.formError)}
        </span>
      ) : null}
    </form>
  );
}
