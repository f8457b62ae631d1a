"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, useMessage } from "@/components/forms/use-message.ts";
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";
import { Input } from "@/components/ui/input.tsx";
import { TimeZoneField } from "@/components/ui/local-time.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";
import { CloseRoundForm } from "./close-round-form.tsx";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function RoundControls({
  extend,
  close,
  remind,
  pending,
  remindersSeen,
}: {
  extend: Action;
  close: Action;
  remind: Action;
  pending: number;
  /** Manual reminders already sent: names the next batch, so a double click sends once. */
  remindersSeen: number;
}) {
  const t = useTranslations("rounds");
  const message = useMessage();
  const [extendState, extendAction] = useActionState(extend, idleState);
  const [remindState, remindAction] = useActionState(remind, idleState);
  const reminded = (remindState.data as { count?: number } | undefined)?.count;
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("remindTitle")}</h2>
        <form action={remindAction} className="flex flex-col gap-3">
          <FormErrors state={remindState} />
          <input type="hidden" name="seen" value={remindersSeen} />
          <p className="text-sm text-ink-muted">{t("remindIntro", { count: pending })}</p>
          {remindState.status === "success" ? (
            <p role="status">{t("reminded", { count: reminded ?? 0 })}</p>
          ) : null}
          <div>
            <SubmitButton variant="secondary" pendingLabel={t("sending")} disabled={pending === 0}>
              {t("remindNow")}
            </SubmitButton>
          </div>
        </form>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("extendTitle")}</h2>
        <form action={extendAction} className="flex flex-col gap-3" noValidate>
          <FormErrors state={extendState} fieldIds={{ closesAt: "extend-closes-at" }} />
          <TimeZoneField />
          <Field
            id="extend-closes-at"
            label={t("newDeadline")}
            error={message(fieldError(extendState, "closesAt"))}
            required
          >
            {(c) => <Input {...c} name="closesAt" type="datetime-local" />}
          </Field>
          {extendState.status === "success" ? <p role="status">{t("extended")}</p> : null}
          <div>
            <SubmitButton variant="secondary" pendingLabel={t("saving")}>
              {t("extend")}
            </SubmitButton>
          </div>
        </form>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("closeTitle")}</h2>
        <CloseRoundForm action={close} />
      </Card>
    </div>
  );
}
