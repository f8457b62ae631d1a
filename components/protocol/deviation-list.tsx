import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import type { Protocol } from "@/lib/protocol/get-protocol.ts";
import { ETHICS_STATUSES, PROTOCOL_FIELDS, RULE_KINDS } from "@/lib/protocol/schemas.ts";

const raw = (v: unknown) => (v as { value?: unknown } | null)?.value;
const RULE_FIELDS = new Set(["partsRule", "wholeRule"]);

export async function DeviationList({ deviations }: { deviations: Protocol["deviations"] }) {
  const t = await getTranslations("protocol");
  const format = await getFormatter();
  // A deviation's field and values are stored strings: each is looked up among the names
  // the protocol has words for, so a key is only built from a name the catalog knows.
  const label = (field: string) => {
    const known = PROTOCOL_FIELDS.find((f) => f === field);
    return known ? t(`fields.${known}`) : field;
  };
  // A rule kind or ethics status is stored as its enum name; show it in words.
  const show = (field: string, v: unknown) => {
    const value = raw(v);
    // An empty reporting detail (say, no registry yet) is "none", not a blank.
    if (value === null || value === undefined || value === "") return "—";
    const kind = RULE_FIELDS.has(field) ? RULE_KINDS.find((k) => k === value) : undefined;
    if (kind) return t(`rule.kind.${kind}`);
    const ethics = field === "ethicsStatus" ? ETHICS_STATUSES.find((s) => s === value) : undefined;
    if (ethics) return t(`reporting.ethicsStatus.${ethics}`);
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
          <p className="font-semibold">{label(d.field)}</p>
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
