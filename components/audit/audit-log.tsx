import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";

type Event = {
  id: string;
  action: string;
  createdAt: Date;
  actor: string | null;
  actorKind: string;
  reason: string | null;
};

export async function AuditLog({ events }: { events: Event[] }) {
  const t = await getTranslations("activity");
  const format = await getFormatter();
  // Action names use dots ("study.created"); catalog keys cannot, since dots nest.
  const describe = (action: string) => {
    const key = `actions.${action.replace(/\./g, "_")}`;
    return t.has(key as "actions.study_created") ? t(key as "actions.study_created") : action;
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
            <Td>{e.actor ?? t(`actor.${e.actorKind as "SYSTEM"}`)}</Td>
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
