"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { useMessage } from "@/components/forms/use-message.ts";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function DecideNominationForm({
  action,
  nominationId,
  name,
}: {
  action: Action;
  nominationId: string;
  name: string;
}) {
  const t = useTranslations("panel.nominations");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="flex flex-col items-start gap-2">
      <input type="hidden" name="nominationId" value={nominationId} />
      <div className="flex gap-2">
        <SubmitButton
          name="decision"
          value="add"
          size="sm"
          pendingLabel={t("saving")}
          aria-label={t("addWho", { name })}
        >
          {t("add")}
        </SubmitButton>
        <SubmitButton
          name="decision"
          value="dismiss"
          size="sm"
          variant="secondary"
          pendingLabel={t("saving")}
          aria-label={t("dismissWho", { name })}
        >
          {t("dismiss")}
        </SubmitButton>
      </div>
      {state.status === "error" ? (
        <p role="alert" className="text-sm text-danger-ink">
          {message(state.formError)}
        </p>
      ) : null}
    </form>
  );
}
