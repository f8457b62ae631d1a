"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ConfirmCheckbox } from "@/components/forms/confirm-checkbox.tsx";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, useMessage } from "@/components/forms/use-message.ts";
import type { FormAction } from "@/components/text/types.ts";
import { idleState } from "@/lib/forms/form-state.ts";

/** Publishing is deliberate: a box saying what becomes public must be ticked. */
export function PublishForm({ action, studyId }: { action: FormAction; studyId: string }) {
  const t = useTranslations("publication");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const confirmError = message(fieldError(state, "confirm"));
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormErrors state={state} fieldIds={{ confirm: "publish-confirm" }} />
      <input type="hidden" name="studyId" value={studyId} />
      <ConfirmCheckbox id="publish-confirm" error={confirmError}>
        {t("confirm")}
      </ConfirmCheckbox>
      <div>
        <SubmitButton pendingLabel={t("publishing")}>{t("publish")}</SubmitButton>
      </div>
    </form>
  );
}

export function UnpublishForm({ action, studyId }: { action: FormAction; studyId: string }) {
  const t = useTranslations("publication");
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormErrors state={state} />
      <input type="hidden" name="studyId" value={studyId} />
      <div>
        <SubmitButton variant="secondary" size="sm" pendingLabel={t("unpublishing")}>
          {t("unpublish")}
        </SubmitButton>
      </div>
    </form>
  );
}
