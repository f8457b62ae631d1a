"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "@/components/ui/button.tsx";

/**
 * A submit button that shows progress while its form's action runs. A form that posts
 * itself (through startTransition, not its `action`) says when it is posting: `pending`.
 */
export function SubmitButton({
  pendingLabel,
  pending: posting,
  children,
  ...props
}: ButtonProps & { pendingLabel: string; pending?: boolean }) {
  const status = useFormStatus();
  const pending = posting ?? status.pending;
  return (
    <Button type="submit" disabled={pending} aria-busy={pending} {...props}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
