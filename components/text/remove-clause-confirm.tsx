"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { ButtonLink } from "@/components/ui/button.tsx";
import { idleState } from "@/lib/forms/form-state.ts";
import type { FormAction } from "./types.ts";

/**
 * The confirmation step of "Remove": a page state (?remove=<id>) rather than a browser
 * dialog, so it works without JavaScript. It takes focus when it appears.
 */
export function RemoveClauseConfirm({
  action,
  clauseVersionId,
  number,
  cancelHref,
}: {
  action: FormAction;
  clauseVersionId: string;
  number: number;
  cancelHref: string;
}) {
  const t = useTranslations("text.removeConfirm");
  const [state, formAction] = useActionState(action, idleState);
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `remove-${clauseVersionId}-title`;
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      id={`remove-${clauseVersionId}`}
      tabIndex={-1}
      role="group"
      aria-labelledby={titleId}
      className="flex flex-col gap-3 rounded-md border border-l-4 border-danger bg-danger-soft p-4 text-danger-ink"
    >
      <h5 id={titleId} className="font-semibold text-danger-ink">
        {t("title", { number })}
      </h5>
      <p className="text-sm">{t("body")}</p>
      <form action={formAction} className="flex flex-col gap-3">
        <FormErrors state={state} />
        <input type="hidden" name="clauseVersionId" value={clauseVersionId} />
        <div className="flex flex-wrap gap-2">
          <SubmitButton variant="danger" size="sm" pendingLabel={t("removing")}>
            {t("confirm", { number })}
          </SubmitButton>
          <ButtonLink href={cancelHref} variant="secondary" size="sm">
            {t("cancel")}
          </ButtonLink>
        </div>
      </form>
    </div>
  );
}
