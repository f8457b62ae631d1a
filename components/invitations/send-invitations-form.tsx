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

/**
 * "Send again to everyone who has not answered": a fresh link each (the old ones stop
 * working). The newest link the page showed goes with it, so the same click arriving twice
 * sends once.
 */
export function ResendUnansweredForm(props: {
  action: Action;
  unanswered: number;
  seenBefore: string;
}) {
  const t = useTranslations("invitations");
  const [state, formAction] = useActionState(props.action, idleState);
  const data = state.data as { invited?: number; justSent?: number } | undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormErrors state={state} />
      <input type="hidden" name="scope" value="unanswered" />
      <input type="hidden" name="seenBefore" value={props.seenBefore} />
      {state.status === "success" ? (
        <p role="status" className="font-medium">
          {t("resentUnanswered", { count: data?.invited ?? 0 })}
          {data?.justSent ? ` ${t("skippedJustSent", { count: data.justSent })}` : null}
        </p>
      ) : null}
      <div>
        <SubmitButton
          variant="secondary"
          pendingLabel={t("sending")}
          disabled={props.unanswered === 0}
        >
          {t("resendUnanswered", { count: props.unanswered })}
        </SubmitButton>
      </div>
    </form>
  );
}

type RowFormProps = { action: Action; panelMemberId: string; name: string };

/** One small per-expert form: a button, and what happened next to it. */
function ExpertRowForm(props: {
  action: Action;
  fields: Record<string, string>;
  variant: "secondary" | "ghost";
  label: string;
  ariaLabel: string;
  pendingLabel: string;
  /** What to say once done; the action's reply data may change it. */
  successText?: string | ((data: unknown) => string);
  failureText: string;
}) {
  const [state, formAction] = useActionState(props.action, idleState);
  return (
    <form action={formAction} className="flex items-center gap-2">
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton
        variant={props.variant}
        size="sm"
        pendingLabel={props.pendingLabel}
        aria-label={props.ariaLabel}
      >
        {props.label}
      </SubmitButton>
      {state.status === "success" && props.successText ? (
        <span role="status" className="text-sm">
          {typeof props.successText === "function"
            ? props.successText(state.data)
            : props.successText}
        </span>
      ) : null}
      {state.status === "error" ? (
        <span role="alert" className="text-sm text-danger-ink">
          {props.failureText}
        </span>
      ) : null}
    </form>
  );
}

/**
 * Per-expert resend: rotates the link (the previous one stops working). It names the link
 * the page showed, so the same click arriving twice sends once.
 */
export function ResendForm({
  action,
  panelMemberId,
  name,
  linkIssuedAt,
}: RowFormProps & { linkIssuedAt: string }) {
  const t = useTranslations("invitations");
  const sent = (data: unknown) =>
    (data as { justSent?: number } | undefined)?.justSent ? t("alreadyResent") : t("resent");
  return (
    <ExpertRowForm
      action={action}
      fields={{ scope: "one", panelMemberId, linkIssuedAt }}
      variant="secondary"
      label={t("resend")}
      ariaLabel={t("resendTo", { name })}
      pendingLabel={t("sending")}
      successText={sent}
      failureText={t("resendFailed")}
    />
  );
}

/** Stops the expert's current link; "Send again" issues a new one. */
export function RevokeLinkForm({ action, panelMemberId, name }: RowFormProps) {
  const t = useTranslations("invitations");
  return (
    <ExpertRowForm
      action={action}
      fields={{ panelMemberId }}
      variant="ghost"
      label={t("revoke")}
      ariaLabel={t("revokeFor", { name })}
      pendingLabel={t("revoking")}
      failureText={t("revokeFailed")}
    />
  );
}
