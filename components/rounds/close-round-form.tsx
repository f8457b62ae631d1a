"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Closing a round early: one confirmation step with JavaScript, a direct POST without. */
export function CloseRoundForm({ action }: { action: Action }) {
  const t = useTranslations("rounds");
  const [closeState, closeAction] = useActionState(action, idleState);
  const [confirming, setConfirming] = useState(false);
  return (
    <form action={closeAction} className="flex flex-col gap-3">
      <FormErrors state={closeState} />
      <p className="text-sm text-ink-muted">{t("closeIntro")}</p>
      {/* Without JavaScript the button submits directly; with it, one confirmation step. */}
      {confirming ? (
        <div className="flex gap-2">
          <SubmitButton variant="danger" pendingLabel={t("closing")}>
            {t("closeConfirm")}
          </SubmitButton>
          <button type="button" className="underline" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </button>
        </div>
      ) : (
        <div>
          <SubmitButton
            variant="danger"
            pendingLabel={t("closing")}
            onClick={(event) => {
              event.preventDefault();
              setConfirming(true);
            }}
          >
            {t("closeNow")}
          </SubmitButton>
        </div>
      )}
    </form>
  );
}
