"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ConfirmCheckbox } from "@/components/forms/confirm-checkbox.tsx";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, useMessage } from "@/components/forms/use-message.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";
import type { SummaryChanges } from "@/lib/summaries/get-summary-workspace.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Sending is deliberate: a confirmation box, and the revision the facilitator previewed. */
export function SendSummaryForm({
  action,
  revision,
  hasDraft,
  everSent,
  changes,
}: {
  action: Action;
  revision: number;
  /** False before anything is saved, and once the latest revision is sent. */
  hasDraft: boolean;
  /** Whether a revision was ever sent: then a new one is a correction. */
  everSent: boolean;
  changes: SummaryChanges;
}) {
  const t = useTranslations("summaries");
  const tc = useTranslations("common");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const recipients = (state.data as { recipients?: number } | undefined)?.recipients;
  const confirmError = message(fieldError(state, "confirm"));
  const withoutError = message(fieldError(state, "withoutChanges"));
  const incomplete = !changes.drafted || changes.missing > 0;
  // The box also appears when the server found the changes incomplete after this page loaded.
  const askWithout = incomplete || withoutError !== undefined;
  if (state.status === "success" && recipients !== undefined)
    return <Alert tone="success" label={tc("alert.success")} title={t("sent", { recipients })} />;
  if (!hasDraft) return <p>{t(everSent ? "nothingToSend" : "nothingWritten")}</p>;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormErrors
        state={state}
        fieldIds={{ confirm: "send-confirm", withoutChanges: "send-without-changes" }}
      />
      <input type="hidden" name="revision" value={revision} />
      {incomplete ? (
        <Alert tone="warning" label={tc("alert.warning")}>
          {changes.drafted
            ? t("changesMissing", { next: changes.next, missing: changes.missing })
            : t("changesNotDrafted", { next: changes.next })}
        </Alert>
      ) : null}
      <ConfirmCheckbox id="send-confirm" error={confirmError}>
        {t("confirm", { revision })}
      </ConfirmCheckbox>
      {askWithout ? (
        <ConfirmCheckbox id="send-without-changes" name="withoutChanges" error={withoutError}>
          {t("confirmWithoutChanges", { next: changes.next })}
        </ConfirmCheckbox>
      ) : null}
      <div>
        <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
      </div>
    </form>
  );
}
