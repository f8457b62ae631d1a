import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import type { Protocol } from "@/lib/protocol/get-protocol.ts";

const raw = (v: unknown) => (v as { value?: unknown } | null)?.value;
const RULE_FIELDS = new Set(["partsRule", "wholeRule"]);

export async function DeviationList({ deviations }: { deviations: Protocol["deviations"] }) {
  const t = await getTranslations("protocol");
  const format = await getFormatter();
  // A rule kind or ethics status is stored as its enum name; show it in words.
  const show = (field: string, v: unknown) => {
    const value = raw(v);
    // An empty reporting detail (say, no registry yet) is "none", not a blank.
    if (value === null || value === undefined || value === "") return "—";
    if (RULE_FIELDS.has(field)) return t(`rule.kind.${value as "SHARE"}`);
    if (field === "ethicsStatus") return t(`reporting.ethicsStatus.${value as "APPROVED"}`);
    return String(value);
  };
  if (!deviations.length)
    return (
      <EmptyState title={t("noDeviations")} description={t("noDeviationsBody")} headingLevel="h3" />
    );
  return (
    <ol className="flex flex-col gap-4">
      {deviations.map((d) => (
        <li key={d.id} className="border-l-4 border-warning pl-3 text-sm">
          <p className="font-semibold">{t(`fields.${d.field as "panelCap"}`)}</p>
          <p>{t("change", { before: show(d.field, d.before), after: show(d.field, d.after) })}</p>
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
