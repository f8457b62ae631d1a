import { cx } from "@/components/ui/cx.ts";

export type StatusTone = "info" | "success" | "warning" | "error";

// Each tone has its own shape, so the icon still says something in grayscale.
const marks: Record<StatusTone, string> = {
  info: "M10 9v5M10 6h.01",
  success: "M6.5 10.5l2.5 2.5 4.5-5",
  warning: "M10 8v4M10 14.5h.01",
  error: "M10 6v5M10 14h.01",
};

/** Decorative (aria-hidden): always pair it with text. */
export function StatusIcon({ tone, className }: { tone: StatusTone; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={cx("size-5 shrink-0", className)}
    >
      {tone === "warning" ? (
        <path d="M10 2.5 18.5 17h-17L10 2.5Z" />
      ) : tone === "error" ? (
        <path d="M7 2.5h6L17.5 7v6L13 17.5H7L2.5 13V7L7 2.5Z" />
      ) : (
        <circle cx="10" cy="10" r="7.75" />
      )}
      <path d={marks[tone]} />
    </svg>
  );
}
