"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useMessage } from "@/components/forms/use-message.ts";
import { Button } from "@/components/ui/button.tsx";
import { idleState } from "@/lib/forms/form-state.ts";
import type { FormAction } from "./types.ts";

/** "Move up" / "Move down" for one clause; at the end of the list the button is disabled. */
export function MoveClauseForm({
  action,
  clauseVersionId,
  number,
  direction,
  atEnd,
}: {
  action: FormAction;
  clauseVersionId: string;
  number: number;
  direction: "up" | "down";
  atEnd: boolean;
}) {
  const t = useTranslations("text.clauses");
  const message = useMessage();
  const [state, formAction] = useActionState(action, idleState);
  const label = t(direction === "up" ? "moveUp" : "moveDown");
  // The visible words come first in the accessible name (WCAG 2.5.3), then the clause.
  const name = t(direction === "up" ? "moveUpLabel" : "moveDownLabel", { number });
  if (atEnd) {
    return (
      <Button variant="secondary" size="sm" disabled aria-label={name}>
        {label}
      </Button>
    );
  }
  return (
    <form action={formAction}>
      <input type="hidden" name="clauseVersionId" value={clauseVersionId} />
      <input type="hidden" name="direction" value={direction} />
      <MoveButton name={name} pendingLabel={t("moving")}>
        {label}
      </MoveButton>
      {state.status === "error" ? (
        <p role="alert" className="mt-1 text-sm font-medium text-danger-ink">
          {message(state.formError)}
        </p>
      ) : null}
    </form>
  );
}

// aria-disabled rather than disabled while pending: a disabled button drops keyboard focus,
// and someone moving a clause by keyboard presses the same button again and again.
function MoveButton({
  name,
  pendingLabel,
  children,
}: {
  name: string;
  pendingLabel: string;
  children: ReactNode;
}) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      variant="secondary"
      size="sm"
      aria-label={pending ? `${name} (${pendingLabel})` : name}
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      {pending ? pendingLabel : children}
    </Button>
  );
}
