import { getTranslations } from "next-intl/server";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table.tsx";
import type { FormState } from "@/lib/forms/form-state.ts";
import type { PanelListItem } from "@/lib/panel/list-panel.ts";
import { PanelMemberStatusActions } from "./panel-member-status-actions.tsx";
import { PanelStatusBadge } from "./panel-status-badge.tsx";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Every expert on record, with their status; actions only for those who may edit. */
export async function PanelTable({
  members,
  statusAction,
}: {
  members: PanelListItem[];
  /** Absent for observers, who read the panel but do not change it. */
  statusAction?: Action;
}) {
  const t = await getTranslations("panel.list");
  return (
    <Table caption={t("caption", { count: members.length })}>
      <THead>
        <Tr>
          <Th>{t("columns.name")}</Th>
          <Th>{t("columns.organisation")}</Th>
          <Th>{t("columns.location")}</Th>
          <Th>{t("columns.sector")}</Th>
          <Th>{t("columns.status")}</Th>
          {statusAction ? <Th>{t("columns.actions")}</Th> : null}
        </Tr>
      </THead>
      <TBody>
        {members.map((m) => (
          <Tr key={m.id} data-testid="panel-member">
            <Th scope="row">
              {m.name}
              <span className="block font-normal [overflow-wrap:anywhere] text-ink-muted">
                {m.email}
              </span>
              {m.expertise.length ? (
                <span className="mt-1 block text-xs font-normal text-ink-muted">
                  {t("expertise", { list: m.expertise.join(", ") })}
                </span>
              ) : null}
            </Th>
            <Td>{m.organisation}</Td>
            <Td>{[m.country, m.region].filter(Boolean).join(" · ")}</Td>
            <Td>{m.sector}</Td>
            <Td>
              <PanelStatusBadge status={m.status} />
              {m.statusReason ? (
                <span className="mt-1 block max-w-56 text-xs text-ink-muted">
                  {t("reason", { reason: m.statusReason })}
                </span>
              ) : null}
            </Td>
            {statusAction ? (
              <Td>
                <PanelMemberStatusActions
                  key={`${m.id}-${m.status}`}
                  action={statusAction}
                  memberId={m.id}
                  name={m.name}
                  status={m.status}
                />
              </Td>
            ) : null}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
