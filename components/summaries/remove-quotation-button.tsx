"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { useMessage } from "@/components/forms/use-message.ts";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function RemoveQuotationButton({ action, index }: { action: Action; index: number }) {
  const t = useTranslations("summaries");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="index" value={index} />
      <SubmitButton
        size="sm"
        variant="secondary"
        pendingLabel={t("removing")}
        aria-label={t("removeQuote", { number: index + 1 })}
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
