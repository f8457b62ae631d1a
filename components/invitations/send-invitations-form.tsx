"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrors } from "@/components/forms/form-errors.tsx";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** "Invite everyone proposed" (one email each, through the outbox). */
export function SendInvitationsForm({ action, proposed }: { action: Action; proposed: number }) {
  const t = useTranslations("invitations");
  const [state, formAction] = useActionState(action, idleState);
  const invited = (state.data as { invited?: number } | undefined)?.invited;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormErrors state={state} />
      <input type="hidden" name="scope" value="all" />
      {state.status === "success" ? (
        <p role="status" className="font-medium">
          {t("queued", { count: invited ?? 0 })}
        </p>
      ) : null}
      <div>
        <SubmitButton pendingLabel={t("sending")} disabled={proposed === 0}>
          {t("inviteAll", { count: proposed })}
        </SubmitButton>
      </div>
      {proposed === 0 ? <p className="text-sm text-ink-muted">{t("noneProposed")}</p> : null}
    </form>
  );
}

/** Per-expert resend: rotates the link (the previous one stops working). */
export function ResendForm({
  action,
  panelMemberId,
  name,
}: {
  action: Action;
  panelMemberId: string;
  name: string;
}) {
  const t = useTranslations("invitations");
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="scope" value="one" />
      <input type="hidden" name="panelMemberId" value={panelMemberId} />
      <SubmitButton
        variant="secondary"
        size="sm"
        pendingLabel={t("sending")}
        aria-label={t("resendTo", { name })}
      >
        {t("resend")}
      </SubmitButton>
      {state.status === "success" ? (
        <span role="status" className="text-sm">
          {t("resent")}
        </span>
      ) : null}
      {state.status === "error" ? (
        <span role="alert" className="text-sm text-danger-ink">
          {t("resendFailed")}
        </span>
      ) : null}
    </form>
  );
}

/** Stops the expert's current link; "Send again" issues a new one. */
export function RevokeLinkForm({
  action,
  panelMemberId,
  name,
}: {
  action: Action;
  panelMemberId: string;
  name: string;
}) {
  const t = useTranslations("invitations");
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="panelMemberId" value={panelMemberId} />
      <SubmitButton
        variant="ghost"
        size="sm"
        pendingLabel={t("revoking")}
        aria-label={t("revokeFor", { name })}
      >
        {t("revoke")}
      </SubmitButton>
      {state.status === "error" ? (
        <span role="alert" className="text-sm text-danger-ink">
          {t("revokeFailed")}
        </span>
      ) : null}
    </form>
  );
}
