"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { Textarea } from "@/components/ui/textarea.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";
import {
  manualTransitionsFrom,
  type ManualPanelStatus,
  type PanelStatus,
} from "@/lib/panel/panel-rules.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Props = { action: Action; memberId: string; name: string; status: PanelStatus };

/**
 * The status changes a facilitator may make on one expert, folded away in a disclosure so a
 * long table stays readable. Inviting and accepting are not here: the invitation flow sets them.
 */
export function PanelMemberStatusActions({ action, memberId, name, status }: Props) {
  const t = useTranslations("panel.actions");
  const targets = manualTransitionsFrom(status);
  if (!targets.length) return <span className="text-sm text-ink-muted">{t("noChange")}</span>;
  return (
    <details className="group min-w-48">
      <summary className="cursor-pointer text-sm font-medium text-accent underline">
        {t("summary")}
        <span className="sr-only"> {t("summaryFor", { name })}</span>
      </summary>
      <div className="mt-3 flex w-72 flex-col gap-4">
        {targets.map((to) => (
          <StatusForm key={to} action={action} memberId={memberId} name={name} to={to} />
        ))}
      </div>
    </details>
  );
}

const labels = {
  EXCLUDED: { submit: "exclude", pending: "excluding" },
  WITHDRAWN: { submit: "withdraw", pending: "withdrawing" },
  PROPOSED: { submit: "restore", pending: "restoring" },
} as const;

function StatusForm({
  action,
  memberId,
  name,
  to,
}: Omit<Props, "status"> & { to: ManualPanelStatus }) {
  const t = useTranslations("panel.actions");
  const tc = useTranslations("common");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const reasonId = `panel-${to.toLowerCase()}-reason-${memberId}`;
  const reasonError = message(fieldError(state, "reason"));
  return (
    <form
      action={formAction}
      noValidate
      className="flex flex-col gap-2 border-t border-line pt-3 first:border-t-0 first:pt-0"
    >
      <input type="hidden" name="panelMemberId" value={memberId} />
      <input type="hidden" name="status" value={to} />
      <FormErrors state={state} fieldIds={{ reason: reasonId }} />
      {to === "EXCLUDED" ? (
        <Field
          id={reasonId}
          label={t("excludeLabel")}
          hint={t("excludeHint")}
          error={reasonError}
          required
          requiredLabel={tc("required")}
        >
          {(c) => (
            <Textarea
              {...c}
              name="reason"
              rows={2}
              maxLength={1000}
              defaultValue={submittedValue(state, "reason")}
            />
          )}
        </Field>
      ) : to === "WITHDRAWN" ? (
        <Field
          id={reasonId}
          label={t("withdrawLabel")}
          hint={t("withdrawHint")}
          error={reasonError}
        >
          {(c) => (
            <Input
              {...c}
              name="reason"
              maxLength={1000}
              defaultValue={submittedValue(state, "reason")}
            />
          )}
        </Field>
      ) : (
        <>
          <input type="hidden" name="reason" value="" />
          <p className="text-sm text-ink-muted">{t("restoreHint")}</p>
        </>
      )}
      <div>
        <SubmitButton
          size="sm"
          variant={to === "EXCLUDED" ? "danger" : "secondary"}
          pendingLabel={t(labels[to].pending)}
        >
          {t(labels[to].submit)}
          <span className="sr-only"> {name}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
