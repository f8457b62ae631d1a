"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { SubmitButton } from "@/components/forms/submit-button.tsx";
import { fieldError, submittedValue, useMessage } from "@/components/forms/use-message.ts";
import { Input } from "@/components/ui/input.tsx";
import { idleState, type FormState } from "@/lib/forms/form-state.ts";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Themes and the "addressed" mark of one feedback item (facilitators' own notes). */
export function FeedbackNoteForm(props: {
  action: Action;
  responseId: string;
  part: string;
  themes: string[];
  addressed: boolean;
  /** Names the item for screen readers, e.g. "Clause 2, Expert 4". */
  itemLabel: string;
  /** Themes already used in the study, offered as suggestions. */
  themeListId: string;
}) {
  const t = useTranslations("feedback");
  const message = useMessage();
  const [state, formAction] = useActionState(props.action, idleState);
  const id = useId();
  const error = message(fieldError(state, "themes"));
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="responseId" value={props.responseId} />
      <input type="hidden" name="part" value={props.part} />
      <div className="flex min-w-48 flex-1 flex-col gap-1">
        <label htmlFor={`${id}-themes`} className="text-sm font-medium">
          {t("themes")}
        </label>
        <Input
          id={`${id}-themes`}
          name="themes"
          list={props.themeListId}
          defaultValue={submittedValue(state, "themes", props.themes.join(", "))}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
        />
        <p id={`${id}-hint`} className="text-xs text-ink-muted">
          {t("themesHint")}
        </p>
        {error ? (
          <p id={`${id}-error`} className="text-sm text-danger-ink">
            {error}
          </p>
        ) : null}
      </div>
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="addressed"
          defaultChecked={props.addressed}
          className="size-5"
        />
        {t("addressed")}
      </label>
      <SubmitButton
        size="sm"
        variant="secondary"
        pendingLabel={t("saving")}
        aria-label={t("saveFor", { item: props.itemLabel })}
      >
        {t("save")}
      </SubmitButton>
      <p role="status" className="w-full text-sm">
        {state.status === "success"
          ? t("saved")
          : state.status === "error" && !error
            ? message(state.formError)
            : ""}
      </p>
    </form>
  );
}
