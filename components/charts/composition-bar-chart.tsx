"use client";

import { Bar, BarChart, LabelList, Rectangle, XAxis, YAxis, type BarShapeProps } from "recharts";

export type CompositionBar = {
  label: string;
  count: number;
  /** The "not given" bar: drawn hatched, so it stands apart without relying on colour. */
  muted?: boolean;
};

const BAR_HEIGHT = 32;

/**
 * Horizontal bars with their values written at the end, so the chart reads in grayscale.
 * Decorative for assistive technology: the table next to it carries the same numbers.
 */
export function CompositionBarChart({
  bars,
  patternId,
  labelWidth = 130,
}: {
  bars: CompositionBar[];
  patternId: string;
  /** Room for the category labels, in pixels. */
  labelWidth?: number;
}) {
  const height = bars.length * BAR_HEIGHT + 16;
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <BarChart
        layout="vertical"
        data={bars}
        responsive
        style={{ width: "100%", height }}
        margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
        barCategoryGap={6}
        accessibilityLayer={false}
      >
        <defs>
          <pattern
            id={patternId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="var(--color-surface-muted)" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="var(--color-line-strong)" strokeWidth="3" />
          </pattern>
        </defs>
        <XAxis type="number" allowDecimals={false} hide />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          tickLine={false}
          axisLine={false}
          tick={{ fill: "var(--color-ink)", fontSize: 13 }}
        />
        <Bar
          dataKey="count"
          isAnimationActive={false}
          stroke="var(--color-ink)"
          strokeWidth={1}
          shape={(props: BarShapeProps) => (
            <Rectangle
              {...props}
              fill={
                (props.payload as CompositionBar).muted
                  ? `url(#${patternId})`
                  : "var(--color-accent)"
              }
            />
          )}
        >
          <LabelList dataKey="count" position="right" fill="var(--color-ink)" fontSize={13} />
        </Bar>
      </BarChart>
    </div>
  );
}
