import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx.ts";

export type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links shown to the right on wide screens, below the title on narrow ones. */
  actions?: ReactNode;
  /** Small context line above the title, e.g. the study name or a back link. */
  eyebrow?: ReactNode;
  className?: string;
};

/** The page's one <h1>. */
export function PageHeader({ title, description, actions, eyebrow, className }: PageHeaderProps) {
  return (
    <div
      className={cx(
        "mb-8 flex flex-col gap-4 border-b border-line pb-6 sm:flex-row sm:items-end sm:justify-between",
        className,
      )}
    >
      <div className="flex min-w-0 flex-col gap-2">
        {eyebrow ? <div className="text-sm text-ink-muted">{eyebrow}</div> : null}
        <h1 className="text-2xl sm:text-3xl">{title}</h1>
        {description ? <div className="text-ink-muted">{description}</div> : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap gap-2 print:hidden">{actions}</div> : null}
    </div>
  );
}
