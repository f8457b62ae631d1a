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
export function PublishForm({ action }: { action: FormAction }) {
  const t = useTranslations("publication");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const confirmError = message(fieldError(state, "confirm"));
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormErrors state={state} fieldIds={{ confirm: "publish-confirm" }} />
      <ConfirmCheckbox id="publish-confirm" error={confirmError}>
        {t("confirm")}
      </ConfirmCheckbox>
      <div>
        <SubmitButton pendingLabel={t("publishing")}>{t("publish")}</SubmitButton>
      </div>
    </form>
  );
}

export function UnpublishForm({ action }: { action: FormAction }) {
  const t = useTranslations("publication");
  return (
    <ButtonForm
      action={action}
      fields={{}}
      label={t("unpublish")}
      pendingLabel={t("unpublishing")}
    />
  );
}

/** Offers, or stops offering, the aggregate results on the public pages. */
export function AggregateDataForm({ action, offered }: { action: FormAction; offered: boolean }) {
  const t = useTranslations("publication");
  return (
    <ButtonForm
      action={action}
      fields={{ offer: offered ? "no" : "yes" }}
      label={t(offered ? "withdrawAggregate" : "offerAggregate")}
      pendingLabel={t("saving")}
    />
  );
}

/** A secondary action that is one button: its fields are hidden inputs. */
function ButtonForm(props: {
  action: FormAction;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(props.action, idleState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormErrors state={state} />
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <SubmitButton variant="secondary" size="sm" pendingLabel={props.pendingLabel}>
          {props.label}
        </SubmitButton>
      </div>
    </form>
  );
}
