import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx.ts";

export type BadgeTone = "neutral" | "accent" | "info" | "success" | "warning" | "danger";

const tones: Record<BadgeTone, string> = {
  neutral: "border-line-strong bg-surface-muted text-ink",
  accent: "border-accent bg-accent-soft text-accent-strong",
  info: "border-info bg-info-soft text-info-ink",
  success: "border-success bg-success-soft text-success-ink",
  warning: "border-warning bg-warning-soft text-warning-ink",
  danger: "border-danger bg-danger-soft text-danger-ink",
};

/** A short status word (e.g. a round state). The text carries the meaning; the tone only helps. */
export function Badge({
  children,
  tone = "neutral",
  className,
}: {
  children: ReactNode;
  tone?: BadgeTone;
  className?: string;
}) {
  return (
    <span
      className={cx(
        "inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
