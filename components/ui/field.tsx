import { type ReactNode, useId } from "react";
import { cx } from "@/components/ui/cx.ts";
import { StatusIcon } from "@/components/ui/status-icon.tsx";

/** Spread onto the control so its label, hint and error are announced with it. */
export type FieldControlProps = {
  id: string;
  required?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
};

export type FieldProps = {
  label: ReactNode;
  children: (control: FieldControlProps) => ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  /** Visible marker after the label, e.g. t("common.required"); defaults to "*". */
  requiredLabel?: string;
  className?: string;
};

/**
 * Label + hint + error around one control, wired with aria-describedby / aria-invalid:
 * <Field label={t("title")} error={errors.title} required>{(c) => <Input {...c} name="title" />}</Field>
 */
export function Field({
  label,
  children,
  id,
  hint,
  error,
  required,
  requiredLabel,
  className,
}: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const hasError = error !== undefined && error !== null && error !== false && error !== "";
  const describedBy = [hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(" ");

  return (
    <div className={cx("flex flex-col gap-1.5", className)}>
      <label htmlFor={controlId} className="font-medium text-ink">
        {label}
        {required ? (
          // The control's own `required` is what assistive technology announces.
          <span aria-hidden="true" className="ml-1 text-sm font-normal text-ink-muted">
            {requiredLabel ? `(${requiredLabel})` : "*"}
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {hasError ? (
        <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-danger-ink">
          <StatusIcon tone="error" className="mt-0.5 size-4" />
          <span>{error}</span>
        </p>
      ) : null}
      {children({
        id: controlId,
        required,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": hasError ? true : undefined,
      })}
    </div>
  );
}
