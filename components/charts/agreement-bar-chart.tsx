"use client";

import { Bar, BarChart, LabelList, XAxis, YAxis } from "recharts";

export type AgreementBar = {
  label: string;
  canLiveWith: number;
  cannotLiveWith: number;
  noAnswer: number;
};

const BAR_HEIGHT = 30;

// Three fills that differ in lightness and texture, not only hue, so the chart survives
// grayscale printing; each segment also carries its count.
const series = [
  { key: "canLiveWith", fill: "var(--color-accent)", text: "var(--color-on-accent)" },
  { key: "cannotLiveWith", fill: "url(#agreement-cannot)", text: "var(--color-ink)" },
  { key: "noAnswer", fill: "var(--color-surface-muted)", text: "var(--color-ink)" },
] as const;

/**
 * Per part, stacked: can live with, cannot live with, no answer. Decorative for assistive
 * technology (the results table beside it holds the same numbers); the legend is text.
 */
export function AgreementBarChart({
  bars,
  legend,
}: {
  bars: AgreementBar[];
  legend: Record<(typeof series)[number]["key"], string>;
}) {
  const height = bars.length * BAR_HEIGHT + 24;
  return (
    <figure className="flex flex-col gap-2">
      <div aria-hidden="true" className="w-full" style={{ height }}>
        <BarChart
          layout="vertical"
          data={bars}
          responsive
          style={{ width: "100%", height }}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          barCategoryGap={5}
          accessibilityLayer={false}
        >
          <defs>
            <pattern
              id="agreement-cannot"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="var(--color-surface)" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="var(--color-danger)" strokeWidth="3" />
            </pattern>
          </defs>
          <XAxis type="number" allowDecimals={false} hide />
          <YAxis
            type="category"
            dataKey="label"
            width={110}
            tickLine={false}
            axisLine={false}
            tick={{ fill: "var(--color-ink)", fontSize: 13 }}
          />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              stackId="positions"
              fill={s.fill}
              stroke="var(--color-ink)"
              strokeWidth={1}
              isAnimationActive={false}
            >
              <LabelList
                dataKey={s.key}
                position="center"
                fill={s.text}
                fontSize={12}
                formatter={(v: unknown) => (typeof v === "number" && v > 0 ? v : "")}
              />
            </Bar>
          ))}
        </BarChart>
      </div>
      <figcaption className="flex flex-wrap gap-4 text-sm">
        {series.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-2">
            <svg width="16" height="16" aria-hidden="true">
              <rect width="16" height="16" fill={s.fill} stroke="var(--color-ink)" />
            </svg>
            {legend[s.key]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
