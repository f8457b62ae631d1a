"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function StartNextVersionForm({ action, number }: { action: Action; number: number }) {
  const t = useTranslations("text.nextVersion");
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="flex flex-col items-start gap-3">
      <FormErrors state={state} />
      <p>{t("body", { number, next: number + 1 })}</p>
      <SubmitButton pendingLabel={t("pending")}>{t("button", { next: number + 1 })}</SubmitButton>
    </form>
  );
}
