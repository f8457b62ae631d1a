"use client";

import type { FormState } from "@/lib/forms/form-state.ts";

/** A polite "saved" line next to a form's button; the live region exists before it fills. */
export function SavedNote({ state, children }: { state: FormState; children: string }) {
  return (
    <p role="status" className="text-sm font-medium text-success-ink">
      {state.status === "success" ? children : null}
    </p>
  );
}
