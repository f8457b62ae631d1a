"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function DeclineForm({ action, declined }: { action: Action; declined: boolean }) {
  const t = useTranslations("respond.decline");
  const [state, formAction] = useActionState(action, idleState);
  if (declined) return null;
  return (
    <form action={formAction} className="mt-6 flex flex-col gap-3 border-t border-line pt-5">
      <FormErrors state={state} />
      <p className="text-ink-muted">{t("intro")}</p>
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
