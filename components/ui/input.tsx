import type { ComponentProps } from "react";
import { cx } from "@/components/ui/cx.ts";

/** Shared look of text-like form controls; aria-invalid (set by Field) switches to the error style. */
export const controlClasses =
  "block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-ink " +
  "placeholder:text-ink-muted disabled:cursor-not-allowed disabled:bg-surface-muted " +
  "aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger";

/** Text-like inputs (text, email, number, date …). Not for checkboxes or radios. */
export function Input({ className, type, ...props }: ComponentProps<"input">) {
  return <input type={type ?? "text"} className={cx(controlClasses, className)} {...props} />;
}
