"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { useMessage } from "@/components/forms/use-message.ts";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Copies an item's words (never its author) into the summary draft's quotations. */
export function QuoteButton(props: {
  action: Action;
  responseId: string;
  part: string;
  field: "reason" | "suggestion";
  label: string;
}) {
  const t = useTranslations("feedback");
  const message = useMessage();
  const [state, formAction] = useActionState(props.action, idleState);
  const added = (state.data as { added?: boolean } | undefined)?.added;
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="responseId" value={props.responseId} />
      <input type="hidden" name="part" value={props.part} />
      <input type="hidden" name="field" value={props.field} />
      <SubmitButton size="sm" variant="secondary" pendingLabel={t("quoting")}>
        {props.label}
      </SubmitButton>
      <span role="status" className="text-sm">
        {state.status === "success"
          ? t(added ? "quoted" : "alreadyQuoted")
          : state.status === "error"
            ? message(state.formError)
            : ""}
      </span>
    </form>
  );
}
