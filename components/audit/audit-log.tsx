import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import type { MessageKeyIn } from "@/i18n/types.ts";
import type { AuditEntry } from "@/lib/audit/list-audit-events.ts";

export async function AuditLog({ events }: { events: AuditEntry[] }) {
  const t = await getTranslations("activity");
  const format = await getFormatter();
  // Action names use dots ("study.created"); catalog keys cannot, since dots nest. An action
  // is a stored string, and the catalog has no words for some, so no type can say the key
  // exists: `t.has` checks at run time, and the cast only lets it ask.
  const describe = (action: string) => {
    const key = `actions.${action.replace(/\./g, "_")}` as MessageKeyIn<"activity">;
    return t.has(key) ? t(key) : action;
  };
  if (!events.length) return <EmptyState title={t("emptyTitle")} />;
  return (
    <Table caption={t("caption")}>
      <THead>
        <Tr>
          <Th>{t("when")}</Th>
          <Th>{t("who")}</Th>
          <Th>{t("what")}</Th>
        </Tr>
      </THead>
      <TBody>
        {events.map((e) => (
          <Tr key={e.id}>
            <Td className="whitespace-nowrap">
              {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </Td>
            <Td>{e.actor ?? t(`actor.${e.actorKind}`)}</Td>
            <Td>
              {describe(e.action)}
              {e.reason ? (
                <span className="block text-sm text-ink-muted">
                  {t("reason", { reason: e.reason })}
                </span>
              ) : null}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
