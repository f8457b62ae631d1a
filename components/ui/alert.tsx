import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx.ts";
import { StatusIcon, type StatusTone } from "@/components/ui/status-icon.tsx";

export type AlertTone = StatusTone;

export type AlertProps = {
  tone: AlertTone;
  /** The tone in words, e.g. t("common.alert.error"), so colour is never the only signal. */
  label: string;
  title?: ReactNode;
  children?: ReactNode;
  /** Defaults to "alert" for errors (announced at once) and "status" otherwise (polite). */
  role?: "alert" | "status" | "none";
  className?: string;
};

const tones: Record<AlertTone, string> = {
  info: "border-info bg-info-soft text-info-ink",
  success: "border-success bg-success-soft text-success-ink",
  warning: "border-warning bg-warning-soft text-warning-ink",
  error: "border-danger bg-danger-soft text-danger-ink",
};

export function Alert({ tone, label, title, children, role, className }: AlertProps) {
  const resolvedRole = role ?? (tone === "error" ? "alert" : "status");
  return (
    <div
      role={resolvedRole === "none" ? undefined : resolvedRole}
      className={cx("flex gap-3 rounded-md border border-l-4 p-4", tones[tone], className)}
    >
      <StatusIcon tone={tone} className="mt-0.5" />
      <div className="flex min-w-0 flex-col gap-1">
        <p className="font-semibold">
          {label}
          {title ? (
            <>
              <span aria-hidden="true"> · </span>
              {title}
            </>
          ) : null}
        </p>
        {children ? <div className="text-sm [&_a]:text-current">{children}</div> : null}
      </div>
    </div>
  );
}
