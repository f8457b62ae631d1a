"use client";

import type { ReactNode } from "react";

/**
 * The "I understand…" box of a deliberate action (sending, publishing), posting
 * confirm=yes (or <name>=yes), with its error announced next to it.
 */
export function ConfirmCheckbox({
  id,
  error,
  children,
  name = "confirm",
}: {
  id: string;
  error: ReactNode;
  children: ReactNode;
  name?: string;
}) {
  return (
    <>
      <label className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name={name}
          value="yes"
          className="mt-0.5 size-5"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <span>{children}</span>
      </label>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger-ink">
          {error}
        </p>
      ) : null}
    </>
  );
}
