import { type ComponentProps, type ReactNode, useId } from "react";
import { cx } from "@/components/ui/cx.ts";

export type TableProps = Omit<ComponentProps<"table">, "children"> & {
  children: ReactNode;
  /** Names the table for screen readers; strongly recommended. */
  caption?: ReactNode;
  /** Keep the caption for screen readers only (e.g. when a heading above says the same). */
  captionHidden?: boolean;
};

/**
 * A wide table scrolls inside its own region, with a shadow on the side where more is hidden
 * (`scroll-cue`, globals.css). The region is focusable and named by the caption so keyboard
 * users can scroll it too (axe: scrollable-region-focusable).
 */
export function Table({ children, caption, captionHidden, className, ...props }: TableProps) {
  const captionId = useId();
  return (
    <div
      className="scroll-cue rounded-lg border border-line print:overflow-visible print:border-0"
      {...(caption ? { role: "region", "aria-labelledby": captionId, tabIndex: 0 } : {})}
    >
      <table className={cx("w-full border-collapse text-left text-sm", className)} {...props}>
        {caption ? (
          <caption
            id={captionId}
            className={
              captionHidden ? "sr-only" : "px-4 pt-3 pb-2 text-left font-semibold text-ink"
            }
          >
            {caption}
          </caption>
        ) : null}
        {children}
      </table>
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return (
    <thead className={cx("border-b border-line-strong bg-surface-muted", className)} {...props} />
  );
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cx("divide-y divide-line", className)} {...props} />;
}

export function Tr({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cx("align-top", className)} {...props} />;
}

type CellStyle = {
  /** Right-aligned, tabular figures: counts, percentages, dates. */
  numeric?: boolean;
};

export type ThProps = ComponentProps<"th"> & CellStyle;

/** Column header by default; use scope="row" for the first cell of a body row. */
export function Th({ scope, numeric, className, ...props }: ThProps) {
  return (
    <th
      scope={scope ?? "col"}
      className={cx(
        "px-4 py-2.5 font-semibold text-ink",
        numeric && "text-right tabular-nums",
        className,
      )}
      {...props}
    />
  );
}

export type TdProps = ComponentProps<"td"> & CellStyle;

export function Td({ numeric, className, ...props }: TdProps) {
  return (
    <td
      className={cx("px-4 py-2.5 text-ink", numeric && "text-right tabular-nums", className)}
      {...props}
    />
  );
}
