import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import type { Protocol } from "@/lib/protocol/get-protocol.ts";

const show = (v: unknown) => {
  const value = (v as { value?: unknown } | null)?.value;
  return value === null || value === undefined ? "—" : String(value);
};

export async function DeviationList({ deviations }: { deviations: Protocol["deviations"] }) {
  const t = await getTranslations("protocol");
  const format = await getFormatter();
  if (!deviations.length)
    return (
      <EmptyState title={t("noDeviations")} description={t("noDeviationsBody")} headingLevel="h3" />
    );
  return (
    <ol className="flex flex-col gap-4">
      {deviations.map((d) => (
        <li key={d.id} className="border-l-4 border-warning pl-3 text-sm">
          <p className="font-semibold">{t(`fields.${d.field as "panelCap"}`)}</p>
          <p>{t("change", { before: show(d.before), after: show(d.after) })}</p>
          <p className="text-ink-muted">{t("reasonShown", { reason: d.reason })}</p>
          <p className="text-ink-muted">
            {format.dateTime(d.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            {d.createdBy ? ` · ${d.createdBy}` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}
