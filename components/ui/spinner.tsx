import { cx } from "@/components/ui/cx.ts";

export type SpinnerProps = {
  /** Announced to screen readers, e.g. t("common.loading"). */
  label: string;
  /** Also show the label next to the spinner. */
  showLabel?: boolean;
  size?: "sm" | "md" | "lg";
  className?: string;
};

const sizes = { sm: "size-4", md: "size-6", lg: "size-10" } as const;

export function Spinner({ label, showLabel, size = "md", className }: SpinnerProps) {
  return (
    <span role="status" className={cx("inline-flex items-center gap-2 text-ink-muted", className)}>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        fill="none"
        className={cx(sizes[size], "motion-safe:animate-spin")}
      >
        <circle
          cx="12"
          cy="12"
          r="9.5"
          stroke="currentColor"
          strokeOpacity="0.25"
          strokeWidth="3"
        />
        <path
          d="M21.5 12A9.5 9.5 0 0 0 12 2.5"
          stroke="currentColor"
          strokeWidth="3"
          strokeLinecap="round"
        />
      </svg>
      <span className={showLabel ? undefined : "sr-only"}>{label}</span>
    </span>
  );
}
