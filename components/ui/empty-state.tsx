import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx.ts";

export type EmptyStateProps = {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  headingLevel?: "h2" | "h3";
  className?: string;
};

/** What to show instead of an empty list or table: what is missing and what to do next. */
export function EmptyState({
  title,
  description,
  action,
  headingLevel: Heading = "h2",
  className,
}: EmptyStateProps) {
  return (
    <div
      className={cx(
        "flex flex-col items-center gap-3 rounded-lg border border-dashed border-line-strong bg-surface px-6 py-10 text-center",
        className,
      )}
    >
      <Heading className="text-lg">{title}</Heading>
      {description ? <div className="text-ink-muted">{description}</div> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
